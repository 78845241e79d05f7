import {describe, expect, it} from '@jest/globals'
import {imageRepository, substituteImage} from '../src/manifest'

describe('imageRepository', () => {
  it.each([
    ['app', 'app'],
    ['app:1', 'app'],
    ['registry:5000/team/app:1.2', 'registry:5000/team/app'],
    ['registry:5000/team/app', 'registry:5000/team/app'],
    [`ghcr.io/o/app@sha256:${'a'.repeat(64)}`, 'ghcr.io/o/app'],
  ])('%s → %s', (image, repository) => {
    expect(imageRepository(image)).toBe(repository)
  })
})

describe('substituteImage', () => {
  it('replaces the tag or digest of every image: of the repository, in any YAML quoting', () => {
    const manifest = [
      'containers:',
      '  - name: web',
      '    image: ghcr.io/o/app:old # pinned by CI',
      '  - image: "ghcr.io/o/app"',
      `    image: 'ghcr.io/o/app@sha256:${'b'.repeat(64)}'`,
      '    image: ghcr.io/o/app-sidecar:1',
      '    image: other.io/ghcr.io/o/app:1',
      '',
    ].join('\n')
    const {text, count} = substituteImage(manifest, 'ghcr.io/o/app:2')
    expect(count).toBe(3)
    expect(text.split('\n')).toEqual([
      'containers:',
      '  - name: web',
      '    image: ghcr.io/o/app:2 # pinned by CI',
      '  - image: "ghcr.io/o/app:2"',
      "    image: 'ghcr.io/o/app:2'",
      '    image: ghcr.io/o/app-sidecar:1',
      '    image: other.io/ghcr.io/o/app:1',
      '',
    ])
  })

  it('counts nothing when the repository does not appear', () => {
    expect(substituteImage('image: other/app:1\n', 'ghcr.io/o/app:2')).toEqual({
      text: 'image: other/app:1\n',
      count: 0,
    })
  })
})
