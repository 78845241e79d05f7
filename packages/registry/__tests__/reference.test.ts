import {describe, expect, it} from '@jest/globals'
import {
  formatReference,
  ImageReferenceError,
  parseImageName,
  parseImageReference,
  registryScheme,
} from '../src/reference'

const DIGEST = `sha256:${'a'.repeat(64)}`

describe('parseImageReference', () => {
  it.each([
    ['nginx', 'docker.io', 'library/nginx', undefined, undefined],
    ['nginx:1.27', 'docker.io', 'library/nginx', '1.27', undefined],
    ['acme/app', 'docker.io', 'acme/app', undefined, undefined],
    ['index.docker.io/acme/app', 'docker.io', 'acme/app', undefined, undefined],
    ['ghcr.io/acme/app:v1.2.3', 'ghcr.io', 'acme/app', 'v1.2.3', undefined],
    [
      'public.ecr.aws/my-alias/app:v1.2.3-SNAPSHOT-abc1234',
      'public.ecr.aws',
      'my-alias/app',
      'v1.2.3-SNAPSHOT-abc1234',
      undefined,
    ],
    [
      '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/app',
      '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
      'team/app',
      undefined,
      undefined,
    ],
    ['localhost:5000/app', 'localhost:5000', 'app', undefined, undefined],
    ['localhost/app', 'localhost', 'app', undefined, undefined],
    ['127.0.0.1:5000/a/b/c:t', '127.0.0.1:5000', 'a/b/c', 't', undefined],
    [`ghcr.io/acme/app@${DIGEST}`, 'ghcr.io', 'acme/app', undefined, DIGEST],
    [`ghcr.io/acme/app:v1@${DIGEST}`, 'ghcr.io', 'acme/app', 'v1', DIGEST],
    ['GHCR.IO/acme/app', 'ghcr.io', 'acme/app', undefined, undefined],
    ['ghcr.io/acme/my_app__x.y-z', 'ghcr.io', 'acme/my_app__x.y-z', undefined, undefined],
  ])('%s', (text, registry, repository, tag, digest) => {
    expect(parseImageReference(text)).toEqual({registry, repository, tag, digest})
  })

  it.each([
    ['', 'empty'],
    ['ghcr.io/Acme/App', 'lower case'],
    ['https://ghcr.io/acme/app', 'is a URL'],
    ['ghcr.io/acme/app:', 'invalid tag'],
    ['ghcr.io/acme/app:-bad', 'invalid tag'],
    [`ghcr.io/acme/app:${'x'.repeat(129)}`, 'invalid tag'],
    ['ghcr.io/acme/app@sha256:abc', 'malformed digest'],
    ['ghcr.io/acme//app', "invalid path component ''"],
    ['ghcr.io/acme/-app', 'invalid path component'],
    ['ghcr.io/acme/app name', 'whitespace'],
    ['ghcr.io:99999/acme/app', 'invalid port'],
    ['ghcr.io/', 'names no repository'],
  ])('refuses %j (%s)', (text, message) => {
    expect(() => parseImageReference(text)).toThrow(ImageReferenceError)
    expect(() => parseImageReference(text)).toThrow(message)
  })
})

describe('parseImageName', () => {
  it('refuses a tag or digest, showing the name without it', () => {
    expect(() => parseImageName('ghcr.io/acme/app:v1')).toThrow(
      'give the image without it (e.g. ghcr.io/acme/app)',
    )
    expect(() => parseImageName(`ghcr.io/acme/app@${DIGEST}`)).toThrow('has a digest')
  })

  it('round-trips through formatReference', () => {
    const name = parseImageName('public.ecr.aws/alias/app')
    expect(formatReference(name, {tag: 'v1'})).toBe('public.ecr.aws/alias/app:v1')
    expect(formatReference(name, {digest: DIGEST})).toBe(`public.ecr.aws/alias/app@${DIGEST}`)
  })
})

describe('registryScheme', () => {
  it.each([
    ['127.0.0.1:5000', false, 'http'],
    ['127.1.2.3', false, 'http'],
    ['localhost:5000', false, 'http'],
    ['[::1]:5000', false, 'http'],
    ['ghcr.io', false, 'https'],
    ['10.0.0.5:5000', false, 'https'],
    ['127.0.0.1.example.com', false, 'https'],
    ['10.0.0.5:5000', true, 'http'],
  ] as const)('%s (insecure %s) → %s', (registry, insecure, scheme) => {
    expect(registryScheme(registry, insecure)).toBe(scheme)
  })
})
