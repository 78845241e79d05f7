import {describe, expect, it} from '@jest/globals'
import type {Inputs} from '../src/inputs'
import {ansibleEnv, galaxyArgs, playbookArgs, type RunFiles, shlexQuote} from '../src/playbook-command'

const files: RunFiles = {
  inventory: '/rt/run/inventory',
  privateKey: '/rt/run/private_key',
  vaultPassword: '/rt/run/vault_password',
  extraVars: '/rt/run/extra_vars.json',
  knownHosts: '/rt/run/known_hosts',
  callbackDir: '/rt/run/callback_plugins',
  eventsFile: '/rt/run/events.jsonl',
  controlPathDir: '/rt/run/cp',
}

type PlaybookInputs = Parameters<typeof playbookArgs>[0]

const base: PlaybookInputs = {
  playbooks: ['/ws/site.yml'],
  check: false,
  diff: false,
  limit: undefined,
  tags: [],
  skipTags: [],
  verbosity: 0,
  options: [],
}

describe('playbookArgs', () => {
  it.each<[string, Partial<PlaybookInputs>, Partial<RunFiles>, string[]]>([
    [
      'the files, then the playbook',
      {},
      {},
      [
        '-i',
        '/rt/run/inventory',
        '--private-key',
        '/rt/run/private_key',
        '--vault-password-file',
        '/rt/run/vault_password',
        '--extra-vars',
        '@/rt/run/extra_vars.json',
        '/ws/site.yml',
      ],
    ],
    [
      'no key, vault or variables',
      {},
      {privateKey: undefined, vaultPassword: undefined, extraVars: undefined},
      ['-i', '/rt/run/inventory', '/ws/site.yml'],
    ],
    [
      'check, diff, limit, tags, verbosity, options and two playbooks',
      {
        check: true,
        diff: true,
        limit: 'web:&prod',
        tags: ['nginx', 'tls'],
        skipTags: ['slow'],
        verbosity: 3,
        options: ['--forks', '10'],
        playbooks: ['/ws/a.yml', '/ws/b.yml'],
      },
      {privateKey: undefined, vaultPassword: undefined, extraVars: undefined},
      [
        '-i',
        '/rt/run/inventory',
        '--check',
        '--diff',
        '--limit',
        'web:&prod',
        '--tags',
        'nginx,tls',
        '--skip-tags',
        'slow',
        '-vvv',
        '--forks',
        '10',
        '/ws/a.yml',
        '/ws/b.yml',
      ],
    ],
  ])('%s', (_, inputs, fileChanges, args) => {
    expect(playbookArgs({...base, ...inputs}, {...files, ...fileChanges})).toEqual(args)
  })
})

describe('galaxyArgs', () => {
  it('installs roles and collections from one requirements file', () => {
    expect(galaxyArgs('/ws/requirements.yml', 0)).toEqual(['install', '-r', '/ws/requirements.yml'])
    expect(galaxyArgs('/ws/requirements.yml', 2)).toEqual(['install', '-r', '/ws/requirements.yml', '-vv'])
  })
})

describe('ansibleEnv', () => {
  const envInputs = {
    inventory: {kind: 'hosts', text: '10.0.0.1'} as Inputs['inventory'],
    username: 'deploy',
    port: 2222,
    pythonInterpreter: '/usr/bin/python3',
    insecureSkipHostKeyCheck: false,
    sshCommonArgs: undefined,
  }

  it('checks host keys against known-hosts only, and keeps SSH sockets per run', () => {
    const env = ansibleEnv(envInputs, files, {HOME: '/home/runner'})
    expect(env).toEqual({
      DEPLOY_ACTIONS_ANSIBLE_EVENTS: '/rt/run/events.jsonl',
      ANSIBLE_CALLBACK_PLUGINS:
        '/rt/run/callback_plugins:~/.ansible/plugins/callback:/usr/share/ansible/plugins/callback',
      ANSIBLE_HOST_KEY_CHECKING: 'True',
      ANSIBLE_SSH_COMMON_ARGS:
        '-o UserKnownHostsFile=/rt/run/known_hosts -o GlobalKnownHostsFile=/dev/null -o StrictHostKeyChecking=yes',
      ANSIBLE_SSH_CONTROL_PATH_DIR: '/rt/run/cp',
      ANSIBLE_RETRY_FILES_ENABLED: 'False',
      PYTHONUNBUFFERED: '1',
    })
  })

  it('keeps the callback paths and ssh arguments the workflow set, and adds ssh-common-args last', () => {
    const env = ansibleEnv({...envInputs, sshCommonArgs: '-o ProxyJump=bastion'}, files, {
      HOME: '/h',
      ANSIBLE_CALLBACK_PLUGINS: '/mine',
      ANSIBLE_SSH_COMMON_ARGS: '-o ServerAliveInterval=30',
    })
    expect(env['ANSIBLE_CALLBACK_PLUGINS']).toBe('/rt/run/callback_plugins:/mine')
    expect(env['ANSIBLE_SSH_COMMON_ARGS']).toBe(
      '-o UserKnownHostsFile=/rt/run/known_hosts -o GlobalKnownHostsFile=/dev/null -o StrictHostKeyChecking=yes ' +
        '-o ServerAliveInterval=30 -o ProxyJump=bastion',
    )
  })

  it('turns checking off only for insecure-skip-host-key-check', () => {
    const env = ansibleEnv(
      {...envInputs, insecureSkipHostKeyCheck: true},
      {...files, knownHosts: undefined},
      {},
    )
    expect(env['ANSIBLE_HOST_KEY_CHECKING']).toBe('False')
    expect(env['ANSIBLE_SSH_COMMON_ARGS']).toBe('-o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null')
  })

  it('passes username, port and interpreter as defaults for a given inventory', () => {
    const env = ansibleEnv({...envInputs, inventory: {kind: 'file', path: '/ws/hosts.ini'}}, files, {})
    expect(env).toMatchObject({
      ANSIBLE_REMOTE_USER: 'deploy',
      ANSIBLE_REMOTE_PORT: '2222',
      ANSIBLE_PYTHON_INTERPRETER: '/usr/bin/python3',
    })
    // With hosts, they are in the generated inventory instead.
    expect(ansibleEnv(envInputs, files, {})).not.toHaveProperty('ANSIBLE_REMOTE_USER')
  })

  it('quotes a known_hosts path with spaces the way shlex reads it', () => {
    const env = ansibleEnv(envInputs, {...files, knownHosts: "/runner temp/it's/known_hosts"}, {})
    expect(env['ANSIBLE_SSH_COMMON_ARGS']).toContain(`'UserKnownHostsFile=/runner temp/it'"'"'s/known_hosts'`)
    expect(shlexQuote('plain/path')).toBe('plain/path')
  })
})
