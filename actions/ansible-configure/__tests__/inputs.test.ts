import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterEach, beforeEach, describe, expect, it, jest} from '@jest/globals'
import {parse} from 'yaml'
import {getInputs, normaliseKey} from '../src/inputs'

const actionYml = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, {default?: string; required?: boolean}>
}
const fixtures = fileURLToPath(new URL('../../../test/fixtures/ansible-configure', import.meta.url))
const KNOWN =
  '[10.0.0.1]:2222 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEJ0i1QXc6V2QnJ2f3yY7bJmYbCG5q6c5LwPjUKxq1aB'
const KEY = [
  '-----BEGIN OPENSSH PRIVATE KEY-----',
  'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
  'QyNTUxOQAAACBCdItUF3OldkJydn98mO2yZmGwhuaunOS8D41CsatWgQAAAJg=',
  '-----END OPENSSH PRIVATE KEY-----',
].join('\r\n')

const env = (inputs: Record<string, string>) => ({
  GITHUB_WORKSPACE: fixtures,
  ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
})
const minimal = {playbook: 'site.yml', hosts: '10.0.0.1', 'known-hosts': KNOWN}

let stdout: string[]
beforeEach(() => {
  stdout = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout.push(String(chunk))
    return true
  })
})
afterEach(() => {
  jest.restoreAllMocks()
})

describe('getInputs', () => {
  it('reads the same values from action.yml defaults as from no inputs at all', () => {
    const defaults = Object.fromEntries(
      Object.entries(actionYml.inputs)
        .filter(([, spec]) => spec.default !== undefined)
        .map(([name, spec]) => [name, String(spec.default)]),
    )
    expect(getInputs(env({...defaults, ...minimal}))).toEqual(getInputs(env(minimal)))
    expect(getInputs(env(minimal))).toEqual({
      playbooks: [join(fixtures, 'site.yml')],
      workingDirectory: fixtures,
      inventory: {kind: 'hosts', text: '10.0.0.1'},
      group: 'targets',
      username: undefined,
      port: undefined,
      pythonInterpreter: undefined,
      privateKey: undefined,
      knownHosts: `${KNOWN}\n`,
      insecureSkipHostKeyCheck: false,
      sshCommonArgs: undefined,
      extraVars: undefined,
      vaultPassword: undefined,
      requirements: undefined,
      check: false,
      diff: false,
      limit: undefined,
      tags: [],
      skipTags: [],
      verbosity: 0,
      options: [],
      ansibleVersion: undefined,
      install: true,
    })
  })

  it('reads every input it declares, and declares every input it reads', () => {
    const read = new Set<string>()
    const values = env(minimal) as Record<string, string>
    const spy = new Proxy(values, {
      get: (target, key) => {
        if (typeof key === 'string' && key.startsWith('INPUT_')) read.add(key.slice(6).toLowerCase())
        return typeof key === 'string' ? target[key] : undefined
      },
    })
    getInputs(spy)
    expect([...read].sort()).toEqual(Object.keys(actionYml.inputs).sort())
    expect(actionYml.inputs['playbook']?.required).toBe(true)
  })

  it('masks the key (and each line of it) and the vault password before anything else', () => {
    const inputs = getInputs(env({...minimal, 'private-key': KEY, 'vault-password': 'pw with spaces'}))
    const masks = stdout
      .filter((l) => l.startsWith('::add-mask::'))
      .map((l) => l.trim().slice('::add-mask::'.length))
    expect(masks).toEqual([
      KEY.replace(/\r/g, '%0D').replace(/\n/g, '%0A'),
      'pw with spaces',
      'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
      'QyNTUxOQAAACBCdItUF3OldkJydn98mO2yZmGwhuaunOS8D41CsatWgQAAAJg=',
    ])
    // LF line ends and the final newline OpenSSH insists on.
    expect(inputs.privateKey).toBe(`${KEY.replace(/\r\n/g, '\n')}\n`)
  })

  it('takes a one-line inventory as a path and a multi-line one as text', () => {
    const {hosts: _, ...noHosts} = minimal
    expect(getInputs(env({...noHosts, inventory: 'site.yml'})).inventory).toEqual({
      kind: 'file',
      path: join(fixtures, 'site.yml'),
    })
    expect(getInputs(env({...noHosts, inventory: '[web]\n10.0.0.1'})).inventory).toEqual({
      kind: 'inline',
      text: '[web]\n10.0.0.1\n',
    })
  })

  it('reads paths relative to working-directory', () => {
    const inputs = getInputs(
      env({
        ...minimal,
        'working-directory': 'templates',
        playbook: '../site.yml',
        requirements: 'proxy.conf.j2',
      }),
    )
    expect(inputs.workingDirectory).toBe(join(fixtures, 'templates'))
    expect(inputs.playbooks).toEqual([join(fixtures, 'site.yml')])
    expect(inputs.requirements).toBe(join(fixtures, 'templates', 'proxy.conf.j2'))
  })

  it('warns that the insecure flag is ignored when known-hosts is given', () => {
    const inputs = getInputs(env({...minimal, 'insecure-skip-host-key-check': 'true'}))
    expect(inputs.insecureSkipHostKeyCheck).toBe(false)
    expect(stdout.join('')).toContain(
      '::warning::known-hosts is given, so insecure-skip-host-key-check is ignored',
    )
    const insecure = getInputs(env({...minimal, 'known-hosts': '', 'insecure-skip-host-key-check': 'true'}))
    expect(insecure).toMatchObject({insecureSkipHostKeyCheck: true, knownHosts: undefined})
  })

  it.each([
    [{playbook: ''}, "Input 'playbook': is required"],
    [{playbook: 'nope.yml'}, "Input 'playbook': 'nope.yml' was not found (looked for "],
    [{playbook: 'templates'}, "Input 'playbook': 'templates' was not found"],
    [{'working-directory': 'missing'}, "Input 'working-directory': 'missing' is not a directory"],
    [{hosts: '', inventory: ''}, "Input 'inventory': or hosts is required"],
    [{inventory: 'hosts.ini'}, "Input 'hosts': and inventory are both given."],
    [{hosts: '', inventory: 'hosts.ini'}, "Input 'inventory': 'hosts.ini' was not found"],
    [{'known-hosts': ''}, "Input 'known-hosts': is required: host-key checking stays on."],
    [{'known-hosts': 'not a key'}, "Input 'known-hosts': line 1 is not a known_hosts line"],
    [
      {'insecure-skip-host-key-check': 'yes'},
      "Input 'insecure-skip-host-key-check': 'yes' is not a boolean.",
    ],
    [{port: '70000'}, "Input 'port': '70000' is not a whole number from 1 to 65535."],
    [{group: 'web servers'}, "Input 'group': 'web servers' is not a usable group name."],
    [{username: 'root {{ x }}'}, "Input 'username': 'root {{ x }}' is not a user name"],
    [{'python-interpreter': 'python3 -u'}, "Input 'python-interpreter': 'python3 -u' is not a path"],
    [{requirements: 'requirements.yml'}, "Input 'requirements': 'requirements.yml' was not found"],
    [{verbosity: '5'}, "Input 'verbosity': '5' is not a whole number from 0 to 4."],
    [{limit: 'a\nb'}, "Input 'limit': is one host pattern on one line"],
    [{options: '--check'}, "Input 'options': '--check' is set by the action; use the input check."],
    [{'ansible-version': 'latest'}, "Input 'ansible-version': 'latest' is not an ansible-core version."],
    [{install: 'maybe'}, "Input 'install': 'maybe' is not a boolean."],
  ])('rejects %j', (inputs, message) => {
    expect(() => getInputs(env({...minimal, ...inputs}))).toThrow(message)
  })

  it('never puts a secret in an error', () => {
    expect(() => getInputs(env({...minimal, 'private-key': KEY, port: 'x'}))).toThrow(
      /^Input 'port': 'x' is not a whole number/,
    )
  })
})

describe('normaliseKey', () => {
  it.each([
    ['no final newline', 'a\nb', 'a\nb\n'],
    ['CRLF', 'a\r\nb\r\n', 'a\nb\n'],
    ['surrounding blank lines', '\n\na\nb\n\n', 'a\nb\n'],
  ])('%s', (_, key, normalised) => {
    expect(normaliseKey(key)).toBe(normalised)
  })
})
