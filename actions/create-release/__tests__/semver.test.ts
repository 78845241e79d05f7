import {describe, expect, it} from '@jest/globals'
import {compareVersions, isPrerelease, parseVersionTag, previousVersionTag} from '../src/semver'

const v = (name: string) => parseVersionTag(name)!

describe('parseVersionTag', () => {
  it.each([
    ['v1.2.3', 'v', '1.2.3'],
    ['1.2.3', '', '1.2.3'],
    ['release-10.0.1-rc.2', 'release-', '10.0.1-rc.2'],
    ['v1.2.3+build.7', 'v', '1.2.3'],
    ['10.2.3', '', '10.2.3'],
  ])('%j', (name, prefix, version) => {
    const tag = parseVersionTag(name)
    expect(tag?.name).toBe(name)
    expect(tag?.prefix).toBe(prefix)
    expect(tag?.version.version).toBe(version)
  })

  it.each(['v1.2', 'latest', 'v01.2.3', 'v1.2.3-', 'v1.2.3-rc..1', 'vv1.2.3x'])(
    '%j is not a version',
    (name) => {
      expect(parseVersionTag(name)).toBeUndefined()
    },
  )
})

describe('compareVersions (SemVer 2.0 §11)', () => {
  const ordered = [
    '1.0.0-alpha',
    '1.0.0-alpha.1',
    '1.0.0-alpha.beta',
    '1.0.0-beta',
    '1.0.0-beta.2',
    '1.0.0-beta.11',
    '1.0.0-rc.1',
    '1.0.0',
    '1.0.1',
    '1.1.0',
    '2.0.0',
  ]
  it('orders the specification example', () => {
    const shuffled = [...ordered].reverse()
    expect(shuffled.sort((a, b) => compareVersions(v(a), v(b)))).toEqual(ordered)
  })

  it('treats build metadata as equal', () => {
    expect(compareVersions(v('1.0.0+a'), v('1.0.0+b'))).toBe(0)
  })
})

describe('previousVersionTag', () => {
  const tags = [
    'v1.0.0',
    'v1.1.0-rc.1',
    'v1.1.0-rc.2',
    'v1.1.0',
    'v1.2.0-rc.1',
    'api-v9.0.0',
    'latest',
    'v2.0.0',
  ]

  it.each([
    ['v1.2.0', 'v1.1.0'],
    ['v1.2.0-rc.2', 'v1.2.0-rc.1'],
    ['v1.1.0', 'v1.0.0'],
    ['v1.1.0-rc.1', 'v1.0.0'],
    ['v1.0.0', undefined],
    ['v3.0.0', 'v2.0.0'],
    ['api-v9.1.0', 'api-v9.0.0'],
    ['latest', undefined],
  ])('%j follows %j', (tag, previous) => {
    expect(previousVersionTag(tag, tags)).toBe(previous)
  })

  it('skips prereleases for a release', () => {
    expect(previousVersionTag('v1.2.0', ['v1.1.0', 'v1.2.0-rc.3'])).toBe('v1.1.0')
  })
})

describe('isPrerelease', () => {
  it.each([
    ['v1.0.0-rc.1', true],
    ['v1.0.0', false],
    ['nightly', false],
  ])('%j → %j', (tag, expected) => {
    expect(isPrerelease(tag)).toBe(expected)
  })
})
