import {describe, expect, it} from '@jest/globals'
import {composeNotes, imageSection, repositoryOf} from '../src/notes'

const digest = `sha256:${'0'.repeat(64)}`

describe('repositoryOf', () => {
  it.each([
    ['ghcr.io/acme/app:v1', 'ghcr.io/acme/app'],
    ['127.0.0.1:5000/app:v1', '127.0.0.1:5000/app'],
    ['127.0.0.1:5000/app', '127.0.0.1:5000/app'],
    [`app@${digest}`, 'docker.io/library/app'],
    ['app', 'docker.io/library/app'],
    ['docker.io/acme/app:1', 'docker.io/acme/app'],
  ])('%j → %j', (image, repo) => {
    expect(repositoryOf(image)).toBe(repo)
  })
})

describe('imageSection', () => {
  it('shows the image, the digest and the pull-by-digest command', () => {
    expect(imageSection({image: 'ghcr.io/acme/app:v1.2.3', digest})).toBe(
      [
        '### Container image',
        '',
        '- Image: `ghcr.io/acme/app:v1.2.3`',
        `- Digest: \`${digest}\``,
        '',
        '```',
        `docker pull ghcr.io/acme/app@${digest}`,
        '```',
      ].join('\n'),
    )
  })

  it('is empty without image and digest', () => {
    expect(imageSection({image: undefined, digest: undefined})).toBe('')
  })
})

describe('composeNotes', () => {
  it('joins body, image and changelog, leaving out empty parts', () => {
    expect(
      composeNotes({body: ' Intro \n', image: {image: undefined, digest: undefined}, changelog: 'log'}),
    ).toBe('Intro\n\nlog')
    expect(composeNotes({body: '', image: {image: undefined, digest: undefined}, changelog: ''})).toBe('')
  })
})
