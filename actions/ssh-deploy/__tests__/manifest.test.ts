import {describe, expect, it} from '@jest/globals'
import {substituteImage} from '../src/manifest'

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

  it('compares repositories as Docker reads them', () => {
    const manifest = ['image: nginx:1.25', 'image: docker.io/library/nginx', 'image: nginx-extra:1', ''].join(
      '\n',
    )
    const {text, count} = substituteImage(manifest, `nginx@sha256:${'c'.repeat(64)}`)
    expect(count).toBe(2)
    expect(text.split('\n')).toEqual([
      `image: nginx@sha256:${'c'.repeat(64)}`,
      `image: nginx@sha256:${'c'.repeat(64)}`,
      'image: nginx-extra:1',
      '',
    ])
  })

  it('leaves fields that are not image references alone', () => {
    expect(substituteImage('image: {{ .Values.image }}\nimage: Bad/Name\n', 'app:2').count).toBe(0)
  })

  it('counts nothing when the repository does not appear', () => {
    expect(substituteImage('image: other/app:1\n', 'ghcr.io/o/app:2')).toEqual({
      text: 'image: other/app:1\n',
      count: 0,
    })
  })
})
