/**
 * The main step's order of work with a recording process runner in place of Ansible: requirements are
 * installed before the playbook with the same environment (ansible-galaxy needs Ansible Galaxy, which this
 * machine cannot reach, so this is where that path is tested), the files exist while Ansible runs and are
 * gone after, and a run that stops early says why. The real runs are in test/ansible-configure.e2e.test.ts.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {CommandOptions, CommandRunner} from '@deploy-actions/kit/exec'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, afterEach, beforeEach, describe, expect, it, jest} from '@jest/globals'
import {EVENTS_FILE_ENV} from '../src/callback-plugin'
import {getInputs} from '../src/inputs'
import {main} from '../src/main'

const fixtures = fileURLToPath(new URL('../../../test/fixtures/ansible-configure', import.meta.url))
const KNOWN =
  '[10.0.0.1]:2222 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEJ0i1QXc6V2QnJ2f3yY7bJmYbCG5q6c5LwPjUKxq1aB'

afterAll(removeTempDirs)

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

interface Call {
  command: string
  args: readonly string[]
  options: CommandOptions | undefined
  filesPresent: string[]
}

/** Plays Ansible: ansible-galaxy succeeds, ansible-playbook writes the events a run would. */
function fakeAnsible(events: string, exitCode = 0, stderr = '') {
  const calls: Call[] = []
  const exec: CommandRunner = async (command, args, options) => {
    const inventory = args[args.indexOf('-i') + 1]
    const runDir = inventory ? join(inventory, '..') : ''
    calls.push({
      command,
      args,
      options,
      filesPresent: ['private_key', 'known_hosts', 'extra_vars.json', 'inventory'].filter((f) =>
        existsSync(join(runDir, f)),
      ),
    })
    if (command.endsWith('ansible-playbook') && args.length > 1) {
      writeFileSync(options!.env![EVENTS_FILE_ENV]!, events)
    }
    return {exitCode: command.endsWith('ansible-playbook') ? exitCode : 0, stdout: '', stderr}
  }
  return {calls, exec}
}

function inputs(more: Record<string, string> = {}) {
  const all = {
    playbook: 'site.yml',
    hosts: '10.0.0.1',
    port: '2222',
    'known-hosts': KNOWN,
    'private-key': 'KEY-LINE-SECRET-0123456789',
    'extra-vars': 'release: 1',
    ...more,
  }
  return getInputs({
    GITHUB_WORKSPACE: fixtures,
    ...Object.fromEntries(Object.entries(all).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  })
}

const STATS = '{"event": "stats", "hosts": {"10.0.0.1": {"ok": 3, "changed": 1}}}\n'

describe('main', () => {
  it('installs requirements with ansible-galaxy first, then runs the playbook, then removes the files', async () => {
    const requirementsDir = tempDir()
    writeFileSync(join(requirementsDir, 'requirements.yml'), 'collections:\n  - name: community.general\n')
    const runnerTemp = tempDir()
    const {calls, exec} = fakeAnsible(STATS)
    await main(inputs({requirements: join(requirementsDir, 'requirements.yml')}), {
      exec,
      env: {PATH: process.env['PATH'], HOME: '/root', RUNNER_TEMP: runnerTemp},
    })
    const [galaxy, playbook] = calls.filter((c) => !c.command.endsWith('ssh'))
    expect(galaxy?.command).toMatch(/ansible-galaxy$/)
    expect(galaxy?.args).toEqual(['install', '-r', join(requirementsDir, 'requirements.yml')])
    expect(galaxy?.options?.cwd).toBe(fixtures)
    expect(playbook?.command).toMatch(/ansible-playbook$/)
    expect(playbook?.options?.env).toEqual(galaxy?.options?.env)
    expect(playbook?.options?.secrets).toContain('KEY-LINE-SECRET-0123456789')
    expect(playbook?.filesPresent).toEqual(['private_key', 'known_hosts', 'extra_vars.json', 'inventory'])

    const inventoryPath = playbook!.args[1]!
    expect(inventoryPath.startsWith(runnerTemp)).toBe(true)
    expect(existsSync(join(inventoryPath, '..'))).toBe(false)
    const out = stdout.join('')
    expect(out).toContain('::set-output name=changed::1')
    expect(out).toMatch(/::save-state name=runDir::.*ansible-configure-/)
  })

  it('says why when Ansible stops before any play finished, with the secret masked', async () => {
    const {exec} = fakeAnsible('', 4, 'ERROR! the role nginx was not found\nKEY-LINE-SECRET-0123456789')
    await expect(
      main(inputs(), {exec, env: {PATH: process.env['PATH'], RUNNER_TEMP: tempDir()}}),
    ).rejects.toThrow(
      'ansible-playbook stopped before any play finished (exit code 4):\nERROR! the role nginx was not found\n***',
    )
  })

  it('reports a bad extra-vars before it installs or writes anything', async () => {
    const {calls, exec} = fakeAnsible(STATS)
    const runnerTemp = tempDir()
    await expect(
      main(inputs({'extra-vars': 'a: [1'}), {
        exec,
        env: {PATH: process.env['PATH'], RUNNER_TEMP: runnerTemp},
      }),
    ).rejects.toThrow(/^Input 'extra-vars': is not valid YAML or JSON: line 1/)
    expect(calls).toEqual([])
    expect(stdout.join('')).not.toContain('save-state')
  })

  it('warns when known-hosts has no key for a host of the inventory', async () => {
    const {exec} = fakeAnsible(STATS)
    await main(inputs({port: '22'}), {exec, env: {PATH: process.env['PATH'], RUNNER_TEMP: tempDir()}})
    expect(stdout.join('')).toContain('::warning::known-hosts has no key for 10.0.0.1, so SSH will refuse')
  })

  it('fails a run whose exit code says failure although every host came through', async () => {
    const {exec} = fakeAnsible(STATS, 1, 'ERROR! something after the last play')
    await expect(
      main(inputs(), {exec, env: {PATH: process.env['PATH'], RUNNER_TEMP: tempDir()}}),
    ).rejects.toThrow(/exit code 1 although every host came through:\nERROR! something after the last play/)
  })

  it('writes the extra-vars as JSON', async () => {
    let written = ''
    const {exec: base} = fakeAnsible(STATS)
    const exec: CommandRunner = async (command, args, options) => {
      const at = args.find((a) => a.startsWith('@'))
      if (at) written = readFileSync(at.slice(1), 'utf8')
      return base(command, args, options)
    }
    await main(inputs({'extra-vars': 'enabled: yes\nports: [80, 8080]'}), {
      exec,
      env: {PATH: process.env['PATH'], RUNNER_TEMP: tempDir()},
    })
    expect(JSON.parse(written)).toEqual({enabled: true, ports: [80, 8080]})
  })
})
