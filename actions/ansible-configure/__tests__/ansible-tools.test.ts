/**
 * Finding and installing ansible-core. Installing needs PyPI, which this machine cannot reach, so the
 * install commands are checked here as the plan the action would run, through a recording runner;
 * finding and version checks also run against the real ansible-playbook from apt.
 */

import type {CommandOptions, CommandRunner} from '@deploy-actions/kit/exec'
import {runCommand} from '@deploy-actions/kit/exec'
import {requireExecutable} from '@deploy-actions/testing/server'
import {describe, expect, it} from '@jest/globals'
import {
  DEFAULT_ANSIBLE_CORE,
  findExecutable,
  installPlan,
  parseVersion,
  pipRequirement,
  resolveAnsible,
  versionMatches,
} from '../src/ansible-tools'

function recorder(stdout = '') {
  const calls: {command: string; args: readonly string[]; options: CommandOptions | undefined}[] = []
  const exec: CommandRunner = async (command, args, options) => {
    calls.push({command, args, options})
    return {exitCode: 0, stdout, stderr: ''}
  }
  return {calls, exec}
}

const executables = (paths: string[]) => (path: string) => paths.includes(path)

describe('installPlan', () => {
  it('uses pipx with its home and bin dir in the tool cache', () => {
    expect(
      installPlan('2.21.5', '/cache/ansible-core/2.21.5/x64', '/usr/bin/pipx', '/usr/bin/python3'),
    ).toEqual({
      binDir: '/cache/ansible-core/2.21.5/x64/bin',
      steps: [
        {
          command: '/usr/bin/pipx',
          args: ['install', '--force', '--pip-args=--disable-pip-version-check', 'ansible-core==2.21.5'],
          env: {
            PIPX_HOME: '/cache/ansible-core/2.21.5/x64/pipx',
            PIPX_BIN_DIR: '/cache/ansible-core/2.21.5/x64/bin',
          },
        },
      ],
    })
  })

  it('falls back to a venv and pip without pipx', () => {
    expect(installPlan('2.20', '/c', undefined, '/usr/bin/python3')).toEqual({
      binDir: '/c/venv/bin',
      steps: [
        {command: '/usr/bin/python3', args: ['-m', 'venv', '/c/venv']},
        {
          command: '/c/venv/bin/python',
          args: ['-m', 'pip', 'install', '--disable-pip-version-check', 'ansible-core==2.20.*'],
        },
      ],
    })
  })

  it('says what to do without pipx and python3', () => {
    expect(() => installPlan('2.21.5', '/c', undefined, undefined)).toThrow(
      /neither pipx nor python3.*setup-python/,
    )
  })
})

describe('versions', () => {
  it.each([
    ['2.21.5', 'ansible-core==2.21.5'],
    ['2.21', 'ansible-core==2.21.*'],
    ['2.22.0rc1', 'ansible-core==2.22.0rc1'],
  ])('pip requirement for %s', (version, requirement) => {
    expect(pipRequirement(version)).toBe(requirement)
  })

  it.each([
    ['2.14.18', '2.14', true],
    ['2.14.18', '2.14.18', true],
    ['2.14.18', '2.14.1', false],
    ['2.141.0', '2.14', false],
  ])('%s satisfies %s: %s', (found, wanted, ok) => {
    expect(versionMatches(found, wanted)).toBe(ok)
  })

  it('reads the version of the real ansible-playbook', async () => {
    const playbook = requireExecutable(
      'ansible-playbook',
      "install it with 'apt-get install -y ansible-core'",
    )
    const {stdout} = await runCommand(playbook, ['--version'], {quiet: true})
    expect(parseVersion(stdout)).toMatch(/^2\.\d+\.\d+/)
    expect(parseVersion('ansible-playbook [core 2.21.5]\n  config file = None')).toBe('2.21.5')
  })
})

describe('resolveAnsible', () => {
  const log = () => undefined

  it('uses ansible-playbook and ansible-galaxy from PATH without running anything', async () => {
    const {calls, exec} = recorder()
    const tools = await resolveAnsible(
      {version: undefined, install: true},
      {
        exec,
        log,
        env: {PATH: '/opt/a:/usr/bin'},
        isExecutable: executables(['/usr/bin/ansible-playbook', '/usr/bin/ansible-galaxy']),
      },
    )
    expect(tools).toEqual({
      playbook: '/usr/bin/ansible-playbook',
      galaxy: '/usr/bin/ansible-galaxy',
      origin: 'found',
    })
    expect(calls).toEqual([])
  })

  it('finds the real one on this machine', async () => {
    const tools = await resolveAnsible(
      {version: undefined, install: false},
      {exec: runCommand, log, env: process.env},
    )
    expect(tools.playbook).toBe(findExecutable('ansible-playbook', process.env['PATH'] ?? ''))
    expect(tools.galaxy).toMatch(/ansible-galaxy$/)
  })

  it('installs the pinned default when there is none, into the tool cache', async () => {
    const {calls, exec} = recorder()
    const tools = await resolveAnsible(
      {version: undefined, install: true},
      {
        exec,
        log,
        env: {PATH: '/usr/bin', RUNNER_TOOL_CACHE: '/tc'},
        isExecutable: executables(['/usr/bin/pipx']),
      },
    )
    const root = `/tc/ansible-core/${DEFAULT_ANSIBLE_CORE}/${process.arch}`
    expect(calls).toEqual([
      {
        command: '/usr/bin/pipx',
        args: [
          'install',
          '--force',
          '--pip-args=--disable-pip-version-check',
          `ansible-core==${DEFAULT_ANSIBLE_CORE}`,
        ],
        options: {env: {PIPX_HOME: `${root}/pipx`, PIPX_BIN_DIR: `${root}/bin`}},
      },
    ])
    expect(tools).toEqual({
      playbook: `${root}/bin/ansible-playbook`,
      galaxy: `${root}/bin/ansible-galaxy`,
      origin: 'installed',
    })
  })

  it('reuses an earlier install in the tool cache', async () => {
    const {calls, exec} = recorder()
    const root = `/tc/ansible-core/2.20/${process.arch}`
    const tools = await resolveAnsible(
      {version: '2.20', install: true},
      {
        exec,
        log,
        env: {PATH: '/usr/bin', RUNNER_TOOL_CACHE: '/tc'},
        isExecutable: executables([
          '/usr/bin/python3',
          `${root}/venv/bin/ansible-playbook`,
          `${root}/venv/bin/ansible-galaxy`,
        ]),
      },
    )
    expect(calls).toEqual([])
    expect(tools.playbook).toBe(`${root}/venv/bin/ansible-playbook`)
  })

  it('installs the asked-for version when PATH has another', async () => {
    const {calls, exec} = recorder('ansible-playbook [core 2.14.18]\n')
    await resolveAnsible(
      {version: '2.21.5', install: true},
      {
        exec,
        log,
        env: {PATH: '/usr/bin', RUNNER_TOOL_CACHE: '/tc'},
        isExecutable: executables(['/usr/bin/ansible-playbook', '/usr/bin/python3']),
      },
    )
    expect(calls.map((c) => [c.command, ...c.args].join(' '))).toEqual([
      '/usr/bin/ansible-playbook --version',
      `/usr/bin/python3 -m venv /tc/ansible-core/2.21.5/${process.arch}/venv`,
      `/tc/ansible-core/2.21.5/${process.arch}/venv/bin/python -m pip install --disable-pip-version-check ansible-core==2.21.5`,
    ])
  })

  it('keeps the one on PATH when its version fits', async () => {
    const {calls, exec} = recorder('ansible-playbook [core 2.14.18]\n')
    const tools = await resolveAnsible(
      {version: '2.14', install: true},
      {exec, log, env: {PATH: '/usr/bin'}, isExecutable: executables(['/usr/bin/ansible-playbook'])},
    )
    expect(tools.origin).toBe('found')
    expect(calls).toHaveLength(1)
  })

  it('says how to install it when it is missing and install is false', async () => {
    const {exec} = recorder()
    await expect(
      resolveAnsible(
        {version: undefined, install: false},
        {exec, log, env: {PATH: '/usr/bin'}, isExecutable: () => false},
      ),
    ).rejects.toThrow(
      /ansible-playbook was not found on PATH\. Set install: true .*pipx install ansible-core/,
    )
  })

  it('says so when the version on PATH does not fit and install is false', async () => {
    const {exec} = recorder('ansible-playbook [core 2.14.18]\n')
    await expect(
      resolveAnsible(
        {version: '2.21', install: false},
        {exec, log, env: {PATH: '/usr/bin'}, isExecutable: executables(['/usr/bin/ansible-playbook'])},
      ),
    ).rejects.toThrow(
      'ansible-playbook at /usr/bin/ansible-playbook is ansible-core 2.14.18, but ansible-version asks for 2.21.',
    )
  })
})
