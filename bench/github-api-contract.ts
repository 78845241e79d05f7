/**
 * What the GitHub API stand-in costs a test file: loading GitHub's OpenAPI description (once per process),
 * compiling an operation's validators on its first use, and a validated request once warm.
 *
 *   pnpm exec tsx bench/github-api-contract.ts
 */
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {loadContract} from '@deploy-actions/testing/github-api/contract'
import {startGitHubApi} from '@deploy-actions/testing/github-api/server'

const RUNS = 5
const REQUESTS = 200

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** One cold measurement, in this process: prints JSON for the parent. */
async function once(): Promise<void> {
  const contract = await loadContract()
  const api = await startGitHubApi({token: 't'})
  const repo = api.state.addRepo('acme/bench')
  repo.tag('v1.0.0', repo.commit('first'))
  const headers = {authorization: 'token t', accept: 'application/vnd.github+json'}
  const get = (path: string) => fetch(`${api.url}${path}`, {headers}).then((r) => r.arrayBuffer())
  let started = performance.now()
  await get('/repos/acme/bench/git/ref/tags%2Fv1.0.0')
  const firstRequest = performance.now() - started
  started = performance.now()
  for (let i = 0; i < REQUESTS; i++) await get('/repos/acme/bench/git/ref/tags%2Fv1.0.0')
  const warmRequest = (performance.now() - started) / REQUESTS
  await api.close()
  if (api.violations.length > 0) throw new Error(api.violations.join('\n'))
  process.stdout.write(JSON.stringify({load: contract.loadMs, firstRequest, warmRequest}))
}

async function bench(): Promise<void> {
  const self = fileURLToPath(import.meta.url)
  const results = Array.from({length: RUNS}, () => {
    const out = execFileSync(process.execPath, [...process.execArgv, self, '--once'], {encoding: 'utf8'})
    return JSON.parse(out) as {load: number; firstRequest: number; warmRequest: number}
  })
  const row = (label: string, values: number[]) =>
    `${label.padEnd(52)} median ${median(values).toFixed(1).padStart(7)} ms   (min ${Math.min(...values).toFixed(1)}, max ${Math.max(...values).toFixed(1)})`
  process.stdout.write(
    [
      `GitHub API stand-in, ${RUNS} fresh processes (${process.version})`,
      row(
        'load + prepare the OpenAPI description (once/file)',
        results.map((r) => r.load),
      ),
      row(
        'first request of an operation (compiles validators)',
        results.map((r) => r.firstRequest),
      ),
      row(
        `validated request, warm (mean of ${REQUESTS})`,
        results.map((r) => r.warmRequest),
      ),
      '',
    ].join('\n'),
  )
}

if (process.argv.includes('--once')) await once()
else await bench()
