/**
 * Deploy time of ssh-deploy's bundle for N hosts against max-parallel: each host runs a script that
 * sleeps 1 s, on a real OpenSSH server on 127.0.0.1 (the N entries all point at it, one connection each).
 * Rolling batches predict base + ceil(N / max-parallel) × (1 s + batch cost): `base` is what a run costs
 * whatever the hosts (process start, summary), `batch cost` what each batch adds on top of the sleep
 * (connecting, starting the remote shell). Both are measured first with a script that does nothing, on
 * one host and on two hosts one after the other.
 *
 *   pnpm exec tsx bench/ssh-deploy.ts                 # N = 1..12, max-parallel 1, 3, 6
 *   BENCH_HOSTS=6 BENCH_PARALLEL=1,2 pnpm exec tsx bench/ssh-deploy.ts
 */
import {fileURLToPath} from 'node:url'
import {runAction} from '@deploy-actions/local-runner/run-action'
import {startSshServer} from '@deploy-actions/testing/sshd'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'

const maxHosts = Number(process.env['BENCH_HOSTS'] ?? 12)
const parallels = (process.env['BENCH_PARALLEL'] ?? '1,3,6').split(',').map(Number)
const SLEEP_S = 1
const actionDir = fileURLToPath(new URL('../actions/ssh-deploy', import.meta.url))

const server = await startSshServer()
try {
  const timeRun = async (hosts: number, maxParallel: number, script: string): Promise<number> => {
    const started = performance.now()
    const run = await runAction({
      actionDir,
      workspace: tempDir(),
      inputs: {
        host: Array.from({length: hosts}, () => `127.0.0.1:${server.port}`).join('\n'),
        username: server.username,
        'private-key': server.clientKey.privateKey,
        'known-hosts': server.knownHosts(),
        'max-parallel': String(maxParallel),
        script,
      },
    })
    if (run.exitCode !== 0) throw new Error(`deploy failed:\n${run.log}`)
    return (performance.now() - started) / 1000
  }

  const best = async (hosts: number) => {
    const times = []
    for (let i = 0; i < 3; i++) times.push(await timeRun(hosts, 1, 'true'))
    return Math.min(...times)
  }
  const one = await best(1)
  const two = await best(2)
  const batch = Math.max(0, two - one)
  const base = one - batch
  console.log(`base ${base.toFixed(2)} s, batch cost ${batch.toFixed(2)} s (script 'true' on 1 and 2 hosts)`)
  console.log(
    `each host sleeps ${SLEEP_S} s; predicted = base + ceil(N / max-parallel) × (${SLEEP_S} s + batch cost)\n`,
  )

  const header = ['N', ...parallels.flatMap((p) => [`p=${p} measured`, `p=${p} predicted`])]
  const rows: string[][] = []
  for (let n = 1; n <= maxHosts; n++) {
    const row = [String(n)]
    for (const p of parallels) {
      const measured = await timeRun(n, p, `sleep ${SLEEP_S}`)
      const predicted = base + Math.ceil(n / p) * (SLEEP_S + batch)
      row.push(`${measured.toFixed(2)} s`, `${predicted.toFixed(2)} s`)
    }
    rows.push(row)
    console.log(row.map((c, i) => c.padStart(i === 0 ? 3 : header[i]!.length)).join('  '))
  }
  console.log(`\n${header.join(' | ')}`)
  for (const row of rows) console.log(row.join(' | '))
} finally {
  await server.stop()
  removeTempDirs()
}
