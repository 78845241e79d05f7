/**
 * terraform-apply's overhead over the bare Terraform CLI doing the same work: `init`, `plan -out` and
 * `apply <plan>` on a fresh copy of a configuration (built-in `terraform_data` resources, local state),
 * against the bundled action (dist/index.js) run with `mode: apply, auto-approve: true` in a runner-like
 * environment, and `mode: plan` against bare `init` + `plan`. Runs are interleaved so drift in machine load
 * hits every subject alike. The action also runs `show -json` and `show` (at the same time) and, after an
 * apply, `output -json`; each of those is timed bare too, to show where the difference goes. (It runs
 * `workspace select` only when the workspace is not already the selected one.)
 *
 *   pnpm exec tsx bench/terraform-apply.ts
 *   BENCH_RUNS=20 pnpm exec tsx bench/terraform-apply.ts
 */
import {spawnSync} from 'node:child_process'
import {cpSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const runs = Number(process.env['BENCH_RUNS'] ?? 10)
const root = fileURLToPath(new URL('..', import.meta.url))
const fixture = join(root, 'test', 'fixtures', 'terraform-apply', 'local')
const bundle = join(root, 'actions', 'terraform-apply', 'dist', 'index.js')
const scratch = mkdtempSync(join(tmpdir(), 'bench-terraform-'))
const cliConfig = join(scratch, 'terraformrc')
writeFileSync(cliConfig, '')

const baseEnv: NodeJS.ProcessEnv = {
  ...Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(INPUT|STATE|GITHUB|RUNNER)_/.test(k)),
  ),
  TF_CLI_CONFIG_FILE: cliConfig,
  TF_IN_AUTOMATION: '1',
  TF_INPUT: '0',
}
const VARS = ['-var', 'servers=3']

let copies = 0
function freshCopy(): string {
  const dir = join(scratch, `config-${++copies}`)
  cpSync(fixture, dir, {recursive: true})
  return dir
}

function check(r: ReturnType<typeof spawnSync>, what: string, ok = [0]): void {
  if (!ok.includes(r.status ?? -1)) {
    throw new Error(
      `${what} exited with ${r.status}:\n${String(r.stdout).slice(-2000)}\n${String(r.stderr).slice(-2000)}`,
    )
  }
}

function terraform(dir: string, args: string[], ok = [0]): void {
  check(spawnSync('terraform', args, {cwd: dir, env: baseEnv, encoding: 'utf8'}), `terraform ${args[0]}`, ok)
}

function action(dir: string, inputs: Record<string, string>): void {
  const files = mkdtempSync(join(scratch, 'runner-'))
  const env: NodeJS.ProcessEnv = {
    ...baseEnv,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: files,
  }
  for (const name of ['OUTPUT', 'STATE', 'ENV', 'PATH', 'STEP_SUMMARY']) {
    const file = join(files, name)
    writeFileSync(file, '')
    env[`GITHUB_${name}`] = file
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  check(spawnSync(process.execPath, [bundle], {cwd: dir, env, encoding: 'utf8'}), 'the action')
}

interface Subject {
  name: string
  /** Prepares a directory (untimed) and returns the timed work. */
  setup: () => () => void
  samples: number[]
}

const bareInit = (dir: string) => terraform(dir, ['init', '-input=false', '-no-color'])
const barePlan = (dir: string) =>
  terraform(
    dir,
    ['plan', '-input=false', '-no-color', '-detailed-exitcode', '-out=b.tfplan', ...VARS],
    [0, 2],
  )
const bareApply = (dir: string) => terraform(dir, ['apply', '-input=false', '-no-color', 'b.tfplan'])

/** A directory that has been initialised and planned, for timing the commands that read a plan. */
function planned(): string {
  const dir = freshCopy()
  bareInit(dir)
  barePlan(dir)
  return dir
}

const subjects: Subject[] = [
  {
    name: 'bare terraform: init + plan + apply',
    setup: () => {
      const dir = freshCopy()
      return () => {
        bareInit(dir)
        barePlan(dir)
        bareApply(dir)
      }
    },
    samples: [],
  },
  {
    name: 'action: mode apply (auto-approve)',
    setup: () => {
      const dir = freshCopy()
      return () =>
        action(dir, {mode: 'apply', 'auto-approve': 'true', var: 'servers=3', 'pr-comment': 'false'})
    },
    samples: [],
  },
  {
    name: 'bare terraform: init + plan',
    setup: () => {
      const dir = freshCopy()
      return () => {
        bareInit(dir)
        barePlan(dir)
      }
    },
    samples: [],
  },
  {
    name: 'action: mode plan',
    setup: () => {
      const dir = freshCopy()
      return () =>
        action(dir, {mode: 'plan', 'plan-file': 'a.tfplan', var: 'servers=3', 'pr-comment': 'false'})
    },
    samples: [],
  },
  ...(
    [
      ['  of which: terraform show -json', ['show', '-json', 'b.tfplan']],
      ['  of which: terraform show', ['show', '-no-color', 'b.tfplan']],
      ['  of which: terraform output -json', ['output', '-json']],
    ] as const
  ).map(([name, args]) => ({
    name,
    setup: () => {
      const dir = planned()
      return () => terraform(dir, [...args])
    },
    samples: [],
  })),
]

for (const s of subjects) s.setup()() // warm-up: file caches, node's compile cache
for (let i = 0; i < runs; i++) {
  for (const s of subjects) {
    const work = s.setup()
    const start = process.hrtime.bigint()
    work()
    s.samples.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
}
rmSync(scratch, {recursive: true, force: true})

const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
}
const median = (name: string) => quantile(subjects.find((s) => s.name === name)!.samples, 0.5)
const version = spawnSync('terraform', ['version'], {env: baseEnv, encoding: 'utf8'}).stdout.split('\n')[0]

console.log(
  `${version}, Node ${process.version}, ${runs} runs each, interleaved; 3 terraform_data resources.\n`,
)
const header = ['subject', 'median', 'p10–p90']
const rows = subjects.map((s) => [
  s.name,
  `${quantile(s.samples, 0.5).toFixed(0)} ms`,
  `${quantile(s.samples, 0.1).toFixed(0)}–${quantile(s.samples, 0.9).toFixed(0)} ms`,
])
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
for (const r of [header, widths.map((w) => '-'.repeat(w)), ...rows]) {
  console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '))
}
const overhead = (action: string, bare: string) => {
  const extra = median(action) - median(bare)
  return `${extra.toFixed(0)} ms (${((extra / median(bare)) * 100).toFixed(0)}%)`
}
console.log(
  `\nOverhead of the action over bare Terraform (medians): apply ${overhead('action: mode apply (auto-approve)', 'bare terraform: init + plan + apply')}, ` +
    `plan ${overhead('action: mode plan', 'bare terraform: init + plan')}.`,
)
