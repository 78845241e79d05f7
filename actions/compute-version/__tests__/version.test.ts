import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import semver from 'semver'
import {
  composeTags,
  isDockerTag,
  latestTag,
  parseVersion,
  previousReleaseTag,
  VersionError,
} from '../src/version'

describe('parseVersion', () => {
  it.each([
    ['1.4.0', {version: '1.4.0', major: 1, minor: 4, patch: 0, prerelease: '', droppedBuildMetadata: ''}],
    ['0.0.1', {version: '0.0.1', major: 0, minor: 0, patch: 1, prerelease: '', droppedBuildMetadata: ''}],
    [
      '10.20.30-rc.1',
      {
        version: '10.20.30-rc.1',
        major: 10,
        minor: 20,
        patch: 30,
        prerelease: 'rc.1',
        droppedBuildMetadata: '',
      },
    ],
    [
      '1.0.0-alpha-beta.0.x',
      {
        version: '1.0.0-alpha-beta.0.x',
        major: 1,
        minor: 0,
        patch: 0,
        prerelease: 'alpha-beta.0.x',
        droppedBuildMetadata: '',
      },
    ],
  ])('%s', (raw, expected) => {
    expect(parseVersion(raw, 'test')).toEqual(expected)
  })

  it.each([
    '1.4',
    '1',
    '01.2.3',
    '1.02.3',
    '1.2.3-01',
    '1.2.3-',
    '1.2.3.4',
    'v1.2.3',
    '=1.2.3',
    ' 1.2.3',
    '1.2.3-rc..1',
    '1.2.3-rc_1',
    'latest',
    '',
  ])('rejects %j, naming where it came from', (raw) => {
    expect(() => parseVersion(raw, 'pyproject.toml ([project].version)')).toThrow(
      `pyproject.toml ([project].version): '${raw}' is not a SemVer 2.0 version`,
    )
  })

  it('accepts one leading v only where allowed', () => {
    expect(parseVersion('v2.0.0', 'VERSION', {allowV: true}).version).toBe('2.0.0')
    expect(() => parseVersion('vv2.0.0', 'VERSION', {allowV: true})).toThrow(VersionError)
  })

  it('rejects build metadata by default and says how to drop it', () => {
    expect(() => parseVersion('1.4.0+build.5', 'Input version')).toThrow(
      "Input version: '1.4.0+build.5' has build metadata '+build.5', which no Docker tag can hold. " +
        "Remove '+build.5', or set build-metadata: strip to drop it.",
    )
    expect(parseVersion('1.4.0-rc.1+build.5', 'x', {buildMetadata: 'strip'})).toMatchObject({
      version: '1.4.0-rc.1',
      droppedBuildMetadata: 'build.5',
    })
  })
})

describe('composeTags', () => {
  const v = (s: string) => parseVersion(s, 'test')

  it.each([
    ['1.4.0', 'v', 'SNAPSHOT', 'abc1234', 'v1.4.0', 'v1.4.0-SNAPSHOT-abc1234'],
    ['1.4.0-rc.1', 'v', 'SNAPSHOT', 'abc1234', 'v1.4.0-rc.1', 'v1.4.0-rc.1-SNAPSHOT-abc1234'],
    ['2.0.0', '', 'dev', '0123456789', '2.0.0', '2.0.0-dev-0123456789'],
    ['2.0.0', 'release-', 'SNAPSHOT', 'abcd', 'release-2.0.0', 'release-2.0.0-SNAPSHOT-abcd'],
  ])('%s with prefix %j', (version, prefix, snapshotLabel, shortSha, tag, snapshotTag) => {
    expect(composeTags(v(version), {prefix, snapshotLabel, shortSha})).toEqual({tag, snapshotTag})
  })

  it('refuses a tag longer than Docker allows', () => {
    const long = v(`1.0.0-${'a'.repeat(120)}`)
    expect(() => composeTags(long, {prefix: 'v', snapshotLabel: 'SNAPSHOT', shortSha: 'abc1234'})).toThrow(
      /is not a valid Docker tag .* Shorten the prerelease part or the tag prefix\./,
    )
  })
})

describe('tag lists', () => {
  const tags = [
    'v1.0.0',
    'v1.2.0',
    'v1.10.0',
    'v2.0.0-rc.1',
    'v0.9.0',
    'latest',
    'v1.3',
    'x1.11.0',
    'v1.4.0+meta',
  ]

  it('finds the highest SemVer tag by precedence, not by name', () => {
    expect(latestTag(tags, 'v')).toBe('v2.0.0-rc.1')
    expect(latestTag(['1.0.0', 'v3.0.0'], '')).toBe('1.0.0')
    expect(latestTag(['nothing'], 'v')).toBeUndefined()
  })

  it.each([
    ['1.11.0', 'v1.10.0'],
    ['1.10.0', 'v1.2.0'],
    ['2.0.0', 'v1.10.0'],
    ['2.0.0-rc.2', 'v1.10.0'],
    ['1.0.0', 'v0.9.0'],
    ['0.9.0', undefined],
  ])('previous release of %s is %s (prereleases skipped)', (version, expected) => {
    expect(previousReleaseTag(tags, 'v', version)).toBe(expected)
  })
})

describe('properties', () => {
  const identifier = fc.oneof(
    fc.nat({max: 999}).map(String),
    fc.stringMatching(/^[0-9A-Za-z-]{0,8}[A-Za-z-][0-9A-Za-z-]{0,8}$/),
  )
  const version = fc
    .record({
      major: fc.nat({max: 9999}),
      minor: fc.nat({max: 9999}),
      patch: fc.nat({max: 9999}),
      pre: fc.array(identifier, {maxLength: 4}),
    })
    .map(({major, minor, patch, pre}) => `${major}.${minor}.${patch}${pre.length ? `-${pre.join('.')}` : ''}`)
  const prefix = fc.constantFrom('', 'v', 'release-', 'app_v')
  const label = fc.stringMatching(/^[A-Za-z0-9]{1,12}$/)
  const sha = fc.stringMatching(/^[0-9a-f]{40}$/)
  const length = fc.integer({min: 4, max: 40})

  it('every tag produced is a valid Docker tag, or the version is refused with a VersionError', () => {
    fc.assert(
      fc.property(version, prefix, label, sha, length, (raw, p, l, s, n) => {
        const parsed = parseVersion(raw, 'generated')
        try {
          const {tag, snapshotTag} = composeTags(parsed, {
            prefix: p,
            snapshotLabel: l,
            shortSha: s.slice(0, n),
          })
          return isDockerTag(tag) && isDockerTag(snapshotTag) && !tag.includes('+')
        } catch (err) {
          return err instanceof VersionError && `${p}${raw}-${l}-${s.slice(0, n)}`.length > 128
        }
      }),
      {numRuns: 500},
    )
  })

  it('a snapshot is SemVer and sorts below its release version, and above every lower release', () => {
    fc.assert(
      fc.property(version, label, sha, (raw, l, s) => {
        const parsed = parseVersion(raw, 'generated')
        const {snapshotTag} = composeTags(parsed, {prefix: '', snapshotLabel: l, shortSha: s.slice(0, 7)})
        const core = `${parsed.major}.${parsed.minor}.${parsed.patch}`
        const lower = parsed.patch > 0 ? `${parsed.major}.${parsed.minor}.${parsed.patch - 1}` : undefined
        return (
          semver.valid(snapshotTag) === snapshotTag &&
          semver.lt(snapshotTag, core) &&
          (parsed.prerelease !== '' || semver.lt(snapshotTag, parsed.version)) &&
          (lower === undefined || semver.gt(snapshotTag, lower))
        )
      }),
      {numRuns: 500},
    )
  })
})
