/**
 * ssh-deploy's bundle deploying to ten host entries at once: five real OpenSSH servers, each listed under
 * two names, and one entry where nothing listens. Rolling batches of max-parallel, fail-fast, the summary
 * and the per-host `results` output.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {type ActionRun, runAction} from '@deploy-actions/local-runner/run-action'
import {freePort} from '@deploy-actions/testing/server'
import {type SshServer, startSshServer} from '@deploy-actions/testing/sshd'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'

const actionDir = fileURLToPath(new URL('../actions/ssh-deploy', import.meta.url))

let servers: SshServer[] = []
let hosts: string[]
let knownHosts: string
let down: string

beforeAll(async () => {
  const first = await startSshServer()
  const more = await Promise.all(
    [1, 2, 3, 4].map(() => startSshServer({authorizedKeys: [first.clientKey.publicKey]})),
  )
  servers = [first, ...more]
  down = `127.0.0.1:${await freePort()}`
  const [s0, s1, s2, s3, s4] = servers.map((s) => s.port)
  // The fifth entry is down: it falls in the second batch of three.
  hosts = [
    `127.0.0.1:${s0}`,
    `localhost:${s0}`,
    `127.0.0.1:${s1}`,
    `localhost:${s1}`,
    down,
    `127.0.0.1:${s2}`,
    `localhost:${s2}`,
    `127.0.0.1:${s3}`,
    `localhost:${s3}`,
    `127.0.0.1:${s4}`,
  ]
  knownHosts = servers
    .flatMap((s) => [s.knownHosts(), s.knownHosts().replaceAll('[127.0.0.1]', '[localhost]')])
    .join('\n')
})

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()))
  removeTempDirs()
})

function deploy(more: Record<string, string>): Promise<ActionRun> {
  return runAction({
    actionDir,
    workspace: tempDir(),
    timeoutMs: 120_000,
    inputs: {
      host: hosts.join('\n'),
      username: servers[0]!.username,
      'private-key': servers[0]!.clientKey.privateKey,
      'known-hosts': knownHosts,
      'connect-retries': '0',
      'max-parallel': '3',
      ...more,
    },
  })
}

interface Result {
  host: string
  status: string
  exitCode: number | null
  error: string
}

/** The most scripts that were running at the same moment, from their recorded start and end times. */
function maxOverlap(log: string): number {
  const events = log
    .trim()
    .split('\n')
    .map((line) => line.split(' '))
    .map(([kind, ns]) => ({at: BigInt(ns!), delta: kind === 'start' ? 1 : -1}))
    .sort((a, b) => (a.at === b.at ? a.delta - b.delta : a.at < b.at ? -1 : 1))
  let running = 0
  let most = 0
  for (const e of events) {
    running += e.delta
    most = Math.max(most, running)
  }
  return most
}

describe('ssh-deploy to many hosts (bundled)', () => {
  it('with fail-fast false, deploys to every host, at most 3 at a time, and fails at the end: 9 ok / 1 failed', async () => {
    const dir = tempDir()
    const run = await deploy({
      'fail-fast': 'false',
      script: `echo "start $(date +%s%N)" >> ${dir}/times\nsleep 1\necho "end $(date +%s%N)" >> ${dir}/times`,
    })
    expect(run.exitCode).toBe(1)
    const results = JSON.parse(run.outputs['results']!) as Result[]
    expect(results.map((r) => [r.host, r.status])).toEqual(
      hosts.map((h) => [h, h === down ? 'failed' : 'ok']),
    )
    expect(results[4]!.error).toMatch(/Could not connect to .*ECONNREFUSED/)
    expect(run.outputs).toMatchObject({'ok-count': '9', 'failed-count': '1'})
    expect(run.summary).toContain('### ssh-deploy (script): 9 ok / 1 failed')
    expect(run.summary.match(/✅ ok/g)).toHaveLength(9)
    expect(run.summary).toContain(`| \`${down}\` | ❌ failed | — |`)
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      expect.stringMatching(
        new RegExp(`^Deployment failed on 1 of 10 hosts \\(9 ok / 1 failed\\)\\.\\n${down}: `),
      ),
    ])
    const overlap = maxOverlap(readFileSync(join(dir, 'times'), 'utf8'))
    expect(overlap).toBeLessThanOrEqual(3)
    expect(overlap).toBeGreaterThanOrEqual(2)
    // Lines of hosts that run side by side are told apart by their host.
    expect(run.log).toMatch(new RegExp(`^\\[localhost:${servers[3]!.port}\\] Connected to localhost:`, 'm'))
  })

  it('with fail-fast true (the default), finishes the failing batch and starts no further one', async () => {
    const dir = tempDir()
    const run = await deploy({script: `echo ran >> ${dir}/ran`})
    expect(run.exitCode).toBe(1)
    const results = JSON.parse(run.outputs['results']!) as Result[]
    expect(results.map((r) => r.status)).toEqual([
      'ok',
      'ok',
      'ok',
      'ok',
      'failed',
      'ok',
      'skipped',
      'skipped',
      'skipped',
      'skipped',
    ])
    expect(readFileSync(join(dir, 'ran'), 'utf8').trim().split('\n')).toHaveLength(5)
    expect(run.summary).toContain('5 ok / 1 failed / 4 skipped')
    expect(run.summary).toContain('not started: an earlier batch failed (fail-fast)')
  })
})
