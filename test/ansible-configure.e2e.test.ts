/**
 * ansible-configure's bundle (dist/index.js), run the way the runner runs it (main step, then the post
 * step), with the real ansible-playbook (ansible-core from apt) against a real private OpenSSH server on
 * 127.0.0.1 that the tests start. The "host" is this machine, so the tests read back what the playbook
 * wrote. Terraform outputs come from a real `terraform output -json`.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {type ActionRun, runAction} from '@deploy-actions/local-runner/run-action'
import {requireExecutable} from '@deploy-actions/testing/server'
import {type SshServer, startSshServer} from '@deploy-actions/testing/sshd'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'

const actionDir = fileURLToPath(new URL('../actions/ansible-configure', import.meta.url))
const fixtures = fileURLToPath(new URL('./fixtures/ansible-configure', import.meta.url))
const VAULT_PASSWORD = 'Vault-Pass-7f3c1e'
const VAULTED_TOKEN = 'tok-SECRET-9d2b4a'
const SITES = 'sites:\n  - {listen: 80, upstream: 8000}\n  - {listen: 8080, upstream: 8001}\n'

let server: SshServer
let isolation: Record<string, string>

beforeAll(async () => {
  requireExecutable('ansible-playbook', "install it with 'apt-get install -y ansible-core'")
  server = await startSshServer()
  // Neither this machine's nor the user's ansible.cfg may change what the tests see.
  const home = tempDir('ansible-home-')
  writeFileSync(join(home, 'ansible.cfg'), '')
  isolation = {
    ANSIBLE_CONFIG: join(home, 'ansible.cfg'),
    ANSIBLE_HOME: home,
    ANSIBLE_LOCAL_TEMP: join(home, 'tmp'),
    ANSIBLE_REMOTE_TMP: join(home, 'remote-tmp'),
    ANSIBLE_NOCOLOR: '1',
  }
}, 60_000)

afterAll(async () => {
  await server?.stop()
  removeTempDirs()
})

/** Inputs that reach the test server with a verified host key. */
function connection(): Record<string, string> {
  return {
    username: server.username,
    port: String(server.port),
    'python-interpreter': '/usr/bin/python3',
    'private-key': server.clientKey.privateKey,
    'known-hosts': server.knownHosts(),
  }
}

function configure(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({actionDir, workspace: fixtures, inputs, env: isolation, timeoutMs: 180_000})
}

function siteInputs(targetDir: string, release: string, more: Record<string, string> = {}) {
  return {
    playbook: 'site.yml',
    hosts: '127.0.0.1',
    ...connection(),
    'extra-vars': `target_dir: ${targetDir}\nrelease: "${release}"\n${SITES}`,
    'vault-password': VAULT_PASSWORD,
    ...more,
  }
}

function errorLines(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((line) => line.startsWith('::error'))
}

/** Everything a run shows anyone: the raw output (less the mask commands themselves), outputs, summary. */
function everythingShown(run: ActionRun): string {
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  return [stdout, run.stderr, run.log, run.post?.log ?? '', JSON.stringify(run.outputs), run.summary].join(
    '\n',
  )
}

function keyBodyLines(): string[] {
  return server.clientKey.privateKey.split('\n').filter((l) => l.length >= 8 && !l.startsWith('-----'))
}

function expectRunDirRemoved(run: ActionRun): void {
  const runDir = run.state['runDir']
  expect(runDir).toMatch(/ansible-configure-/)
  expect(existsSync(runDir!)).toBe(false)
  expect(run.post?.exitCode).toBe(0)
}

/** A directory on the "host" (this machine) that does not exist yet, for the playbook to create. */
const target = () => join(tempDir('ansible-target-'), 'app')

describe('ansible-configure (bundled) against a real sshd', () => {
  let appDir: string
  let first: ActionRun

  it('configures the host: writes a file and templates a config with a vaulted value', async () => {
    appDir = target()
    first = await configure({
      ...siteInputs(appDir, '1.4.0'),
      playbook: 'site.yml\ninspect-run-dir.yml',
    })
    expect(errorLines(first)).toEqual([])
    expect(first.exitCode).toBe(0)

    expect(readFileSync(join(appDir, 'release.txt'), 'utf8')).toBe('release 1.4.0\n')
    const proxy = readFileSync(join(appDir, 'proxy.conf'), 'utf8')
    expect(proxy).toContain('# Managed by Ansible (127.0.0.1)')
    expect(proxy).toContain('listen 80;')
    expect(proxy).toContain('proxy_pass http://127.0.0.1:8001;')
    expect(proxy).toContain(`X-Api-Token "${VAULTED_TOKEN}"`)

    // 3 tasks of site.yml (directory, file, template) and 1 of the inspection changed something.
    expect(first.outputs).toMatchObject({ok: '6', changed: '4', unreachable: '0', failed: '0', skipped: '0'})
    expect(JSON.parse(first.outputs['recap']!)).toEqual({
      '127.0.0.1': {ok: 6, changed: 4, unreachable: 0, failed: 0, skipped: 0, rescued: 0, ignored: 0},
    })
    expect(first.summary).toContain(
      '| Host | ok | changed | unreachable | failed | skipped | rescued | ignored |',
    )
    expect(first.summary).toContain('| ✅ 127.0.0.1 | 6 | 4 | 0 | 0 | 0 | 0 | 0 |')
    expect(first.summary).toContain('Template the reverse-proxy config')
    // The human-readable recap still reaches the log.
    expect(first.log).toMatch(/PLAY RECAP \*+\n127\.0\.0\.1 +: ok=6 +changed=4/)
  })

  it('kept every secret file private, in a per-run directory under RUNNER_TEMP, and removed it', () => {
    const seen = JSON.parse(readFileSync(join(appDir, 'run-dir.json'), 'utf8')) as {
      dir: string
      mode: string
      files: Record<string, string>
    }
    expect(seen.dir).toBe(first.state['runDir'])
    expect(seen.dir).toContain('/runner-temp/ansible-configure-')
    expect(seen.dir.startsWith(fixtures)).toBe(false)
    expect(seen.mode).toBe('0700')
    expect(seen.files).toEqual({
      inventory: '0600',
      private_key: '0600',
      vault_password: '0600',
      known_hosts: '0600',
      'extra_vars.json': '0600',
      'events.jsonl': '0600',
    })
    expectRunDirRemoved(first)
  })

  it('never shows the private key or the vault password', () => {
    const shown = everythingShown(first)
    expect(shown).not.toContain(VAULT_PASSWORD)
    expect(shown).not.toContain(VAULTED_TOKEN)
    for (const line of keyBodyLines()) expect(shown).not.toContain(line)
    // ...because they were masked as soon as they were read.
    expect(first.masks).toContain(VAULT_PASSWORD)
    expect(first.masks).toEqual(expect.arrayContaining(keyBodyLines()))
  })

  it('a second run with the same inputs changes nothing', async () => {
    const again = await configure(siteInputs(appDir, '1.4.0'))
    expect(again.exitCode).toBe(0)
    expect(again.outputs).toMatchObject({ok: '3', changed: '0', failed: '0', unreachable: '0'})
    expect(again.summary).toContain('| ✅ 127.0.0.1 | 3 | 0 | 0 | 0 | 0 | 0 | 0 |')
    expectRunDirRemoved(again)
  })

  it('check mode reports what would change and changes nothing', async () => {
    const before = readFileSync(join(appDir, 'release.txt'), 'utf8')
    const check = await configure(siteInputs(appDir, '1.5.0', {check: 'true', diff: 'true'}))
    expect(check.exitCode).toBe(0)
    expect(check.outputs).toMatchObject({changed: '1', failed: '0'})
    expect(readFileSync(join(appDir, 'release.txt'), 'utf8')).toBe(before)
    expect(check.log).toContain('+release 1.5.0')
    expect(check.summary).toContain('check mode: nothing was changed')
    expect(check.summary).toContain('Tasks that would change something (1)')
  })

  it('builds the inventory from terraform output -json', async () => {
    const terraformDir = tempDir('terraform-')
    writeFileSync(join(terraformDir, 'main.tf'), 'output "app_hosts" {\n  value = ["127.0.0.1"]\n}\n')
    const tf = (...args: string[]) =>
      execFileSync('terraform', args, {
        cwd: terraformDir,
        encoding: 'utf8',
        env: {...process.env, TF_CLI_CONFIG_FILE: '', TF_IN_AUTOMATION: '1'},
      })
    tf('init', '-input=false')
    tf('apply', '-auto-approve', '-input=false')
    const outputs = tf('output', '-json')
    expect(JSON.parse(outputs)).toMatchObject({app_hosts: {value: ['127.0.0.1']}})

    const dir = target()
    const run = await configure({...siteInputs(dir, '2.0.0'), hosts: outputs, limit: 'app_hosts'})
    expect(errorLines(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(readFileSync(join(dir, 'release.txt'), 'utf8')).toBe('release 2.0.0\n')
    expect(run.outputs).toMatchObject({changed: '3', failed: '0'})
    expect(run.log).toContain('Inventory: group targets with 127.0.0.1')
  })

  it('refuses a host whose key is not the one in known-hosts, and names it as unreachable', async () => {
    const dir = tempDir('wrong-key-')
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'other')])
    const otherKey = readFileSync(join(dir, 'other.pub'), 'utf8').split(' ').slice(0, 2).join(' ')
    const appDir2 = target()
    const run = await configure(
      siteInputs(appDir2, '1.0.0', {'known-hosts': `[127.0.0.1]:${server.port} ${otherKey}`}),
    )
    expect(run.exitCode).toBe(1)
    expect(existsSync(appDir2)).toBe(false)
    expect(run.outputs).toMatchObject({unreachable: '1', ok: '0', changed: '0'})
    expect(run.log).toMatch(/REMOTE HOST IDENTIFICATION HAS CHANGED|Host key verification failed/)
    const errors = errorLines(run)
    expect(errors.some((e) => e.includes('unreachable') && e.includes('127.0.0.1'))).toBe(true)
    expect(errors.at(-1)).toMatch(/Ansible did not complete on every host; unreachable: 127\.0\.0\.1 /)
    expect(run.summary).toContain('| ❌ 127.0.0.1 | 0 | 0 | 1 | 0 | 0 | 0 | 0 |')
    // A failed run leaves no secret behind either.
    expectRunDirRemoved(run)
    expect(everythingShown(run)).not.toContain(VAULT_PASSWORD)
  })

  it('reports a failed task as an annotation naming host and task, from an inline INI inventory', async () => {
    const run = await configure({
      playbook: 'fail.yml',
      inventory: `[web]\nweb-1 ansible_host=127.0.0.1 ansible_port=${server.port}\n`,
      ...connection(),
      port: '',
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ok: '1', failed: '1', unreachable: '0'})
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: "Task 'Check free disk space' failed on web-1: Only 3% free on /var",
        properties: {title: 'Check free disk space failed on web-1'},
      }),
    )
    expect(run.annotations.at(-1)).toEqual({
      level: 'error',
      message:
        "Ansible did not complete on every host; failed: web-1 (task 'Check free disk space' on web-1: Only 3% free on /var).",
      properties: {},
    })
    expect(run.summary).toContain('| web-1 | Check free disk space | failed | Only 3% free on /var |')
    expectRunDirRemoved(run)
  })

  it('connects without host-key checking only when told to, with a warning', async () => {
    const run = await configure({
      playbook: 'fail.yml',
      hosts: '127.0.0.1',
      ...connection(),
      'known-hosts': '',
      'insecure-skip-host-key-check': 'true',
      options: '--start-at-task Say hello\n--forks 2',
    })
    expect(run.outputs).toMatchObject({ok: '1', failed: '1', unreachable: '0'})
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringContaining('Host keys are not checked'),
      }),
    )
  })
})

describe('ansible-configure (bundled): the post step', () => {
  it('removes the secret files a main step stopped mid-run left behind, and closes its SSH connection', async () => {
    const run = await runAction({
      actionDir,
      workspace: fixtures,
      env: isolation,
      // slow.yml sleeps 90 s on the host: the runner stops the main step while Ansible is connected.
      timeoutMs: 8_000,
      inputs: {playbook: 'slow.yml', hosts: '127.0.0.1', ...connection(), 'vault-password': VAULT_PASSWORD},
    })
    expect(run.exitCode).toBe(124)
    expect(run.log).toContain('TASK [Wait on the host]')
    expect(run.post?.log).toContain(`Removed ${run.state['runDir']}`)
    expectRunDirRemoved(run)
  })
})

describe('ansible-configure (bundled): one clear error for bad input', () => {
  it('a missing playbook, before anything runs', async () => {
    const run = await configure({...siteInputs('/nonexistent', '1'), playbook: 'deploy/missing.yml'})
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toEqual([
      expect.stringMatching(
        /^::error::Input 'playbook': 'deploy\/missing.yml' was not found \(looked for .*\)/,
      ),
    ])
    expect(run.state['runDir']).toBeUndefined()
    expect(run.log).not.toContain('ansible-playbook')
  })

  it('a YAML syntax error in extra-vars, naming the line and not echoing the text', async () => {
    const run = await configure({
      ...siteInputs('/tmp/x', '1'),
      'extra-vars': 'target_dir: /tmp/x\nrelease: [1, 2\ndb_password: hunter2-secret\n',
    })
    expect(run.exitCode).toBe(1)
    const errors = errorLines(run)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^::error::Input 'extra-vars': is not valid YAML or JSON: line 3, column 1: /)
    expect(run.stdout).not.toContain('hunter2-secret')
    expect(run.state['runDir']).toBeUndefined()
  })

  it('an unreachable host (nothing listens on its port)', async () => {
    const closed = await import('@deploy-actions/testing/server').then((m) => m.freePort())
    const run = await configure({
      ...siteInputs(target(), '1'),
      port: String(closed),
      'known-hosts': `[127.0.0.1]:${closed} ${server.hostKeys[0]!.publicKey.split(' ').slice(0, 2).join(' ')}`,
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({unreachable: '1'})
    const last = errorLines(run).at(-1)
    expect(last).toMatch(/unreachable: 127\.0\.0\.1 \(.*Connection refused/)
    expectRunDirRemoved(run)
  })

  it('no known-hosts and no insecure flag', async () => {
    const run = await configure({...siteInputs('/tmp/x', '1'), 'known-hosts': ''})
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toEqual([expect.stringMatching(/^::error::Input 'known-hosts': is required/)])
  })
})
