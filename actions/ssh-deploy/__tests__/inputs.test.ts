import {readFileSync} from 'node:fs'
import {describe, expect, it, jest} from '@jest/globals'
import {parse} from 'yaml'
import {getInputs} from '../src/inputs'

const actionYml = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, {default?: string; required?: boolean}>
}

const KEY =
  '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU\n-----END OPENSSH PRIVATE KEY-----'
const HOST_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIgQioMmC2pthXw2gDlEVm4QSOJofmXwW/PcNfTFuy6z'

const env = (inputs: Record<string, string>) =>
  Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))

const base = {
  host: 'web.example.com',
  username: 'deploy',
  'private-key': KEY,
  'known-hosts': `web.example.com ${HOST_KEY}`,
  script: 'true',
}

function inputs(more: Record<string, string> = {}) {
  return getInputs(env({...base, ...more}))
}

function error(more: Record<string, string>): string {
  try {
    inputs(more)
  } catch (err) {
    return (err as Error).message
  }
  throw new Error('no error')
}

describe('getInputs', () => {
  it('reads the same values from action.yml defaults as from no inputs at all', () => {
    const defaults = Object.fromEntries(
      Object.entries(actionYml.inputs)
        .filter(([, spec]) => spec.default !== undefined)
        .map(([name, spec]) => [name, String(spec.default)]),
    )
    expect(getInputs(env({...defaults, ...base}))).toEqual(inputs())
    expect(inputs()).toMatchObject({
      hosts: [{host: 'web.example.com', port: 22, label: 'web.example.com:22'}],
      strategy: 'script',
      shell: 'bash',
      strict: true,
      connectTimeoutMs: 30_000,
      connectRetries: 3,
      commandTimeoutMs: 30 * 60_000,
      maxParallel: 1,
      failFast: true,
    })
    expect(inputs()).not.toHaveProperty('docker')
    expect(inputs()).not.toHaveProperty('kubernetes')
    expect(inputs()).not.toHaveProperty('image')
  })

  const STRATEGY_INPUTS = {
    script: {script: 'true'},
    docker: {strategy: 'docker', image: 'app:1', 'container-name': 'app'},
    kubernetes: {strategy: 'kubernetes', image: 'app:1', deployment: 'web'},
  }

  function inputsRead(more: Record<string, string>): Set<string> {
    const read = new Set<string>()
    const spy = new Proxy(env({...base, ...more}), {
      get: (target, key) => {
        if (typeof key === 'string' && key.startsWith('INPUT_')) read.add(key.slice(6).toLowerCase())
        return target[key as string]
      },
    })
    getInputs(spy)
    return read
  }

  it('reads every input it declares, and declares every input it reads', () => {
    const read = new Set(Object.values(STRATEGY_INPUTS).flatMap((more) => [...inputsRead(more)]))
    expect([...read].sort()).toEqual(Object.keys(actionYml.inputs).sort())
  })

  it('reads only the inputs of the strategy it runs', () => {
    const script = inputsRead(STRATEGY_INPUTS.script)
    const docker = inputsRead(STRATEGY_INPUTS.docker)
    const kubernetes = inputsRead(STRATEGY_INPUTS.kubernetes)
    for (const name of ['image', 'container-name', 'docker-command', 'kubectl', 'deployment', 'manifest'])
      expect(script).not.toContain(name)
    for (const name of ['script', 'shell', 'kubectl', 'deployment']) expect(docker).not.toContain(name)
    for (const name of ['script', 'container-name', 'docker-command', 'health-url'])
      expect(kubernetes).not.toContain(name)
  })

  it('leaves the inputs of other strategies alone: a script run does not check kubectl', () => {
    expect(inputs({kubectl: 'kubectl;rm', 'docker-command': '$(id)', image: 'not an image'})).toMatchObject({
      strategy: 'script',
      script: 'true',
    })
  })

  it('masks the key (whole and line by line), passphrase, password and secret-env values at once', () => {
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      inputs({passphrase: 'pass phrase', password: 'pw-1234', 'secret-env': 'TOKEN=tok-5678'})
      const masks = write.mock.calls.map(([text]) => String(text)).filter((t) => t.startsWith('::add-mask::'))
      expect(masks).toEqual(
        expect.arrayContaining([
          `::add-mask::${KEY.replace(/\n/g, '%0A')}\n`,
          '::add-mask::b3BlbnNzaC1rZXktdjEAAAAABG5vbmU\n',
          '::add-mask::pass phrase\n',
          '::add-mask::pw-1234\n',
          '::add-mask::tok-5678\n',
        ]),
      )
    } finally {
      write.mockRestore()
    }
  })

  it('reads a host list with ports, IPv6 and the default port', () => {
    expect(
      inputs({host: 'a.example.com\nb.example.com:2222, [2001:db8::1]:2200\n2001:db8::2', port: '23'}).hosts,
    ).toEqual([
      {host: 'a.example.com', port: 23, label: 'a.example.com:23'},
      {host: 'b.example.com', port: 2222, label: 'b.example.com:2222'},
      {host: '2001:db8::1', port: 2200, label: '[2001:db8::1]:2200'},
      {host: '2001:db8::2', port: 23, label: '[2001:db8::2]:23'},
    ])
  })

  it('gives the jump host its own login, falling back to the main key and pins', () => {
    const jump = inputs({'jump-host': 'bastion:2022', 'jump-username': 'hop'}).jump!
    expect(jump).toMatchObject({host: {host: 'bastion', port: 2022}, username: 'hop', privateKey: `${KEY}\n`})
    expect(jump.knownHosts).toHaveLength(1)
    const own = inputs({
      'jump-host': 'bastion',
      'jump-fingerprint': 'SHA256:pGRfeigC1j+0Pa71Vz4ghen6Bk9dr4rBwN+goLbiNsQ',
    }).jump!
    expect([own.knownHosts, own.fingerprints.length, own.host.port]).toEqual([[], 1, 22])
  })

  it('sets up the docker and kubernetes strategies', () => {
    const docker = inputs({
      strategy: 'docker',
      image: 'ghcr.io/o/app:1.2.3',
      'container-name': 'app',
      ports: '8080:80\n127.0.0.1:9090:90/udp',
      'container-env': 'A=1\nB=x=y',
      'docker-args': '--memory 512m  --network host',
      'docker-command': 'sudo docker',
    })
    if (docker.strategy !== 'docker') throw new Error(`strategy ${docker.strategy}`)
    expect(docker.image).toBe('ghcr.io/o/app:1.2.3')
    expect(docker.docker).toMatchObject({
      containerName: 'app',
      ports: ['8080:80', '127.0.0.1:9090:90/udp'],
      containerEnv: new Map([
        ['A', '1'],
        ['B', 'x=y'],
      ]),
      dockerArgs: ['--memory', '512m', '--network', 'host'],
      dockerCommand: ['sudo', 'docker'],
      healthTimeoutMs: 60_000,
    })
    const kubernetes = inputs({
      strategy: 'kubernetes',
      image: `app@sha256:${'a'.repeat(64)}`,
      deployment: 'web',
    })
    if (kubernetes.strategy !== 'kubernetes') throw new Error(`strategy ${kubernetes.strategy}`)
    expect(kubernetes.kubernetes).toEqual({
      kubectl: ['kubectl'],
      deployment: 'web',
      container: 'web',
      namespace: undefined,
      manifest: undefined,
      rolloutTimeoutMs: 300_000,
    })
  })

  it.each([
    [{host: ''}, /^Input 'host': is required/],
    [{host: 'web:ssh'}, /^Input 'host': 'web:ssh' has a port that is not a number/],
    [{host: 'web;id'}, /^Input 'host': 'web;id' is not a host name/],
    [{'private-key': ''}, /^Input 'private-key': is required \(or password/],
    [{'known-hosts': ''}, /^Input 'known-hosts': or fingerprint is required/],
    [
      {'known-hosts': 'web.example.com ssh-ed25519'},
      /^Input 'known-hosts': line 1 is not a known_hosts line/,
    ],
    [{fingerprint: 'abc'}, /^Input 'fingerprint': 'abc' is not a SHA256 fingerprint/],
    [{script: ''}, /^Input 'script': is required with strategy script/],
    [{strategy: 'ftp'}, /^Input 'strategy': 'ftp' is not one of 'script', 'docker', 'kubernetes'/],
    [{env: 'A.B=1'}, /^Input 'env': 'A\.B' is not a shell variable name/],
    [{'secret-env': 'A=1\n1A=tok-5678'}, /^Input 'secret-env': line 2 is not NAME=VALUE.*not shown/],
    [{'jump-username': 'hop'}, /^Input 'jump-host': is empty, but other jump-\* inputs are set/],
    [{strategy: 'docker', image: 'app:1'}, /^Input 'container-name': is required with strategy docker/],
    [{strategy: 'docker', 'container-name': 'app'}, /^Input 'image': is required with strategy docker/],
    [
      {strategy: 'docker', image: 'app:1', 'container-name': 'a b'},
      /^Input 'container-name': 'a b' is not a container name/,
    ],
    [
      {strategy: 'docker', image: 'App Image', 'container-name': 'a'},
      /^Input 'image': 'App Image' contains whitespace/,
    ],
    [
      {strategy: 'docker', image: 'a:1', 'container-name': 'a', ports: '80:80;id'},
      /^Input 'ports': '80:80;id' is not a port mapping/,
    ],
    [
      {strategy: 'docker', image: 'a:1', 'container-name': 'a', 'restart-policy': 'sometimes'},
      /^Input 'restart-policy'/,
    ],
    [
      {
        strategy: 'docker',
        image: 'a:1',
        'container-name': 'a',
        'health-url': 'http://x/',
        'health-cmd': 'true',
      },
      /^Input 'health-url': and health-cmd are both set/,
    ],
    [
      {strategy: 'docker', image: 'a:1', 'container-name': 'a', 'health-url': "http://x/'$(id)'"},
      /^Input 'health-url': .* is not an http\(s\) URL/,
    ],
    [
      {strategy: 'docker', image: 'a:1', 'container-name': 'a', 'docker-command': 'docker && id'},
      /^Input 'docker-command': .* must be a plain command/,
    ],
    [{strategy: 'kubernetes', image: 'a:1'}, /^Input 'deployment': is required with strategy kubernetes/],
    [
      {strategy: 'kubernetes', image: 'a:1', deployment: 'Web'},
      /^Input 'deployment': 'Web' is not a Kubernetes name/,
    ],
    [{strategy: 'kubernetes', image: 'a:1', deployment: 'web', namespace: 'a b'}, /^Input 'namespace'/],
    [{'max-parallel': '0'}, /^Input 'max-parallel': '0' is not a whole number from 1 to 100/],
    [{'connect-timeout': 'soon'}, /^Input 'connect-timeout': 'soon' is not a duration/],
  ])('rejects %j', (more, message) => {
    expect(error(more as Record<string, string>)).toMatch(message)
  })

  it('never puts a secret into an input error', () => {
    const message = error({
      'private-key': 'not a key at all',
      password: 'pw-1234',
      'secret-env': 'BAD-NAME=pw-1234',
    })
    expect(message).toMatch(/^Input 'secret-env'/)
    expect(message).not.toContain('pw-1234')
    expect(message).not.toContain('not a key at all')
  })
})
