import {describe, expect, it} from '@jest/globals'
import {buildxArgs, dockerBuildArgs} from '../src/docker-args'
import {getInputs, type Inputs} from '../src/inputs'

function inputs(values: Record<string, string>): Inputs {
  const env: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries({
    image: 'ghcr.io/acme/app',
    tags: 'v1.0.0-SNAPSHOT-abc1234',
    ...values,
  })) {
    env[`INPUT_${k.toUpperCase()}`] = v
  }
  return getInputs(env)
}

describe('docker command lines', () => {
  it.each([
    [{}, ['build', '--tag', 'ghcr.io/acme/app:v1.0.0-SNAPSHOT-abc1234', '.']],
    [
      {
        tags: 'a\nb',
        file: 'docker/Dockerfile',
        context: 'app',
        'build-args': 'VERSION=1.0.0\nEMPTY=',
        labels: 'org.opencontainers.image.revision=abc',
        target: 'runtime',
        'no-cache': 'true',
        pull: 'true',
        platforms: 'linux/arm64',
      },
      [
        'build',
        '--file',
        'docker/Dockerfile',
        '--tag',
        'ghcr.io/acme/app:a',
        '--tag',
        'ghcr.io/acme/app:b',
        '--build-arg',
        'VERSION=1.0.0',
        '--build-arg',
        'EMPTY=',
        '--label',
        'org.opencontainers.image.revision=abc',
        '--target',
        'runtime',
        '--no-cache',
        '--pull',
        '--platform',
        'linux/arm64',
        'app',
      ],
    ],
  ])('docker build for %j', (values, expected) => {
    expect(dockerBuildArgs(inputs(values))).toEqual(expected)
  })

  it.each([
    [
      {},
      [
        'buildx',
        'build',
        '--tag',
        'ghcr.io/acme/app:v1.0.0-SNAPSHOT-abc1234',
        '--provenance=false',
        '--metadata-file',
        '/t/m.json',
        '--push',
        '.',
      ],
    ],
    [
      {platforms: 'linux/amd64,linux/arm64', push: 'false'},
      [
        'buildx',
        'build',
        '--tag',
        'ghcr.io/acme/app:v1.0.0-SNAPSHOT-abc1234',
        '--platform',
        'linux/amd64,linux/arm64',
        '--provenance=false',
        '--metadata-file',
        '/t/m.json',
        '--load',
        '.',
      ],
    ],
  ])('buildx for %j', (values, expected) => {
    expect(buildxArgs(inputs(values), '/t/m.json')).toEqual(expected)
  })
})

describe('build-snapshot inputs', () => {
  it.each([
    [{image: ''}, "Input 'image': is required"],
    [{tags: ''}, "Input 'tags': is required"],
    [{tags: 'ghcr.io/acme/app:v1'}, 'Give bare tags'],
    [{'build-args': 'not a pair'}, "Input 'build-args': each line must be KEY=VALUE"],
    [{builder: 'kaniko'}, "Input 'builder': 'kaniko' is not one of 'auto', 'buildx', 'docker'."],
    [{builder: 'docker', platforms: 'linux/amd64,linux/arm64'}, 'needs buildx'],
    [{'registry-type': 'ecr', username: 'u', password: 'p'}, 'AWS credential chain'],
  ])('refuses %j', (values, message) => {
    expect(() => inputs(values)).toThrow(message)
  })

  it('defaults match action.yml', () => {
    expect(inputs({})).toMatchObject({
      context: '.',
      push: true,
      skipExisting: true,
      builder: 'auto',
      noCache: false,
      pull: false,
      registry: {kind: 'generic', credentials: undefined, insecure: false},
    })
  })
})
