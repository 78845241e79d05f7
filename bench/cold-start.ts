/**
 * Cold start of every bundled action: a runner-like environment with no inputs, timed from process start
 * until the action exits on its first input check, against bare `node -e 0` on the same Node binary.
 * Runs are interleaved so drift in machine load hits every subject alike.
 *
 *   pnpm bench                 # 30 runs per subject
 *   BENCH_RUNS=100 pnpm bench
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const TARGET_MS = 40
const runs = Number(process.env['BENCH_RUNS'] ?? 30)
const root = fileURLToPath(new URL('..', import.meta.url))
const node = process.execPath

interface Subject {
  name: string
  args: string[]
  bundleBytes?: {entry: number; total: number}
  samples: number[]
  lastExit?: {code: number | null; firstError: string}
}

const workspace = mkdtempSync(join(tmpdir(), 'bench-workspace-'))
const files = mkdtempSync(join(tmpdir(), 'bench-files-'))
const env: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^(INPUT|STATE|GITHUB|RUNNER)_/.test(k)),
)
for (const name of ['OUTPUT', 'STATE', 'ENV', 'PATH', 'STEP_SUMMARY']) {
  const file = join(files, name)
  writeFileSync(file, '')
  env[`GITHUB_${name}`] = file
}
Object.assign(env, {GITHUB_ACTIONS: 'true', CI: 'true', GITHUB_WORKSPACE: workspace, RUNNER_TEMP: files})

const subjects: Subject[] = [{name: 'node -e 0 (baseline)', args: ['-e', '0'], samples: []}]
for (const action of readdirSync(join(root, 'actions')).sort()) {
  const dist = join(root, 'actions', action, 'dist')
  if (!existsSync(join(dist, 'index.js'))) continue
  const total = readdirSync(dist)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + statSync(join(dist, f)).size, 0)
  subjects.push({
    name: action,
    args: [join(dist, 'index.js')],
    bundleBytes: {entry: statSync(join(dist, 'index.js')).size, total},
    samples: [],
  })
}

function timeOnce(subject: Subject): number {
  const start = process.hrtime.bigint()
  const r = spawnSync(node, subject.args, {cwd: workspace, env, encoding: 'utf8'})
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  const firstError = r.stdout.split('\n').find((l) => l.startsWith('::error')) ?? ''
  subject.lastExit = {code: r.status, firstError}
  return ms
}

for (const s of subjects) for (let i = 0; i < 3; i++) timeOnce(s)
for (let i = 0; i < runs; i++) for (const s of subjects) s.samples.push(timeOnce(s))
rmSync(workspace, {recursive: true, force: true})
rmSync(files, {recursive: true, force: true})

const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
}
const base = quantile(subjects[0]!.samples, 0.5)
const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`

console.log(
  `Node ${process.version}, ${runs} runs each, interleaved. Target: ≤ ${TARGET_MS} ms over bare node.\n`,
)
const header = ['subject', 'median', 'p10–p90', 'over node', 'entry / all chunks', 'exit']
const rows = subjects.map((s) => {
  const median = quantile(s.samples, 0.5)
  const over = median - base
  return [
    s.name,
    `${median.toFixed(1)} ms`,
    `${quantile(s.samples, 0.1).toFixed(1)}–${quantile(s.samples, 0.9).toFixed(1)} ms`,
    s.bundleBytes ? `${over >= 0 ? '+' : ''}${over.toFixed(1)} ms ${over <= TARGET_MS ? '✓' : '✗'}` : '',
    s.bundleBytes ? `${kb(s.bundleBytes.entry)} / ${kb(s.bundleBytes.total)}` : '',
    s.bundleBytes
      ? `${s.lastExit?.code} ${s.lastExit?.firstError.slice(0, 60) ?? ''}`
      : `${s.lastExit?.code}`,
  ]
})
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
for (const r of [header, widths.map((w) => '-'.repeat(w)), ...rows]) {
  console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '))
}
