/**
 * The callback plugin, run by the real ansible-playbook (ansible-core from apt) on this machine
 * (connection local, plus one host on a closed port for "unreachable"), and its events read back.
 */
import {execFileSync} from 'node:child_process'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {freePort, requireExecutable} from '@deploy-actions/testing/server'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {CALLBACK_NAME, CALLBACK_SOURCE, EVENTS_FILE_ENV} from '../src/callback-plugin'
import {failedHosts, parseEvents, type Recap, totals, unreachableHosts} from '../src/recap'

afterAll(removeTempDirs)

const PLAYBOOK = `
- name: Every kind of result
  hosts: all
  gather_facts: false
  tasks:
    - name: Change something
      ansible.builtin.command: /bin/true
    - name: Only on Tuesdays
      ansible.builtin.command: /bin/true
      when: false
    - name: Fail but carry on
      ansible.builtin.command: /bin/false
      ignore_errors: true
    - name: Recover
      block:
        - name: Break
          ansible.builtin.fail:
            msg: broken on purpose
      rescue:
        - name: Mend
          ansible.builtin.debug:
            msg: mended
    - name: Loop over packages
      ansible.builtin.command: "/bin/{{ item }}"
      loop: ["true", "false"]
`

let recap: Recap
let stdout: string

beforeAll(async () => {
  requireExecutable('ansible-playbook', "install it with 'apt-get install -y ansible-core'")
  const dir = tempDir()
  const plugins = join(dir, 'callbacks')
  mkdirSync(plugins)
  writeFileSync(join(plugins, `${CALLBACK_NAME}.py`), CALLBACK_SOURCE)
  writeFileSync(join(dir, 'play.yml'), PLAYBOOK)
  writeFileSync(join(dir, 'ansible.cfg'), '')
  const closed = await freePort()
  writeFileSync(
    join(dir, 'inventory'),
    `local ansible_connection=local ansible_python_interpreter=/usr/bin/python3\ngone ansible_host=127.0.0.1 ansible_port=${closed}\n`,
  )
  const events = join(dir, 'events.jsonl')
  try {
    stdout = execFileSync('ansible-playbook', ['-i', join(dir, 'inventory'), join(dir, 'play.yml')], {
      encoding: 'utf8',
      env: {
        ...process.env,
        ANSIBLE_CONFIG: join(dir, 'ansible.cfg'),
        ANSIBLE_HOME: dir,
        ANSIBLE_NOCOLOR: '1',
        ANSIBLE_HOST_KEY_CHECKING: 'False',
        ANSIBLE_CALLBACK_PLUGINS: plugins,
        [EVENTS_FILE_ENV]: events,
      },
    })
  } catch (err) {
    // Exit code 2/4: some hosts failed, as intended.
    stdout = String((err as {stdout?: string}).stdout)
  }
  recap = parseEvents(readFileSync(events, 'utf8'))
}, 60_000)

describe('the callback plugin and parseEvents', () => {
  it('records the recap per host, as the PLAY RECAP prints it', () => {
    expect(recap.complete).toBe(true)
    expect(recap.hosts['local']).toEqual({
      ok: 3,
      changed: 2,
      unreachable: 0,
      failed: 1,
      skipped: 1,
      rescued: 1,
      ignored: 1,
    })
    expect(stdout).toMatch(
      /local +: ok=3 +changed=2 +unreachable=0 +failed=1 +skipped=1 +rescued=1 +ignored=1/,
    )
    expect(recap.hosts['gone']).toMatchObject({ok: 0, unreachable: 1})
    expect(failedHosts(recap)).toEqual(['local'])
    expect(unreachableHosts(recap)).toEqual(['gone'])
    expect(totals(recap)).toMatchObject({ok: 3, unreachable: 1, failed: 1})
  })

  it('keeps the failures that count, with host, task and message; the first failed loop item speaks', () => {
    expect(recap.failures).toEqual([
      {
        host: 'local',
        task: 'Break',
        action: 'ansible.builtin.fail',
        msg: 'broken on purpose',
        ignored: false,
      },
      {
        host: 'local',
        task: 'Loop over packages',
        action: 'ansible.builtin.command',
        msg: 'non-zero return code (item false)',
        ignored: false,
      },
    ])
  })

  it('records the unreachable host with the reason ssh gave', () => {
    expect(recap.unreachable).toEqual([
      expect.objectContaining({
        host: 'gone',
        task: 'Change something',
        msg: expect.stringMatching(/Connection refused/),
      }),
    ])
  })

  it('records the tasks that succeeded and changed something', () => {
    expect(recap.changed).toEqual([
      {host: 'local', task: 'Change something', action: 'ansible.builtin.command'},
    ])
  })
})

describe('parseEvents', () => {
  it('skips a line cut short by a killed run, and knows the run did not finish', () => {
    const text = '{"event": "changed", "host": "a", "task": "t", "action": "x"}\n{"event": "fai'
    expect(parseEvents(text)).toMatchObject({
      complete: false,
      changed: [{host: 'a', task: 't'}],
      failures: [],
    })
  })

  it('notes a play that matched no host', () => {
    const text = '{"event": "no_hosts_matched"}\n{"event": "stats", "hosts": {}}\n'
    expect(parseEvents(text)).toMatchObject({complete: true, noHostsMatched: true, hosts: {}})
  })
})
