/**
 * A local stand-in for the GitHub Actions runner, for one JavaScript action: runs the bundle `runs.main`
 * of its `action.yml` names (then `runs.post`, as `runs.post-if` says) with the inputs, environment,
 * event payload and file-command files the runner gives a `node24` action, and reads back what the runner
 * would: outputs, state, job summary, annotations and the masked log.
 */
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {delimiter, join, resolve} from 'node:path'
import {type ActionDefinition, loadAction, resolveInputs} from './action-yml'
import {
  defaultEventPayload,
  expressionContext,
  inheritedEnvironment,
  isPullRequestEvent,
  type RunContext,
  runnerEnvironment,
  type StepFiles,
} from './environment'
import {readGitFacts} from './git'
import {Masker} from './masker'
import {type Annotation, StepLog} from './step-log'
import {runStepProcess} from './step-process'

export type {Annotation, AnnotationLevel} from './step-log'

export interface RunActionOptions {
  /** The folder holding `action.yml`. */
  actionDir: string
  /** Input values by name, as under `with:`. */
  inputs?: Record<string, string>
  /** The step's working directory and `GITHUB_WORKSPACE`; the current directory by default. */
  workspace?: string
  /** `push` by default. */
  eventName?: string
  /** The event payload; a minimal one for the event by default. */
  eventPayload?: object
  /** A full ref (`refs/heads/main`); by default the workspace's branch, or `refs/pull/N/merge` for PRs. */
  ref?: string
  /** By default the workspace's `HEAD` commit. */
  sha?: string
  /** Extra variables, set last (they win over everything the runner sets). */
  env?: Record<string, string>
  /** The node binary; this process's by default. */
  node?: string
  /** `inherit-live`: also write each masked log line to this process's stdout as it comes. */
  stdio?: 'capture' | 'inherit-live'
  /** The time limit of each step (main, post); 10 minutes by default. */
  timeoutMs?: number
}

export interface ActionRun {
  /** The main step's exit code; 124 when it was stopped at the time limit. */
  exitCode: number
  /** From `GITHUB_OUTPUT` (and `::set-output::`) after the main step; not masked. */
  outputs: Record<string, string>
  /** The job summary the steps wrote; not masked. */
  summary: string
  /** The main step's masked log. */
  log: string
  /** Annotations of both steps, masked. */
  annotations: Annotation[]
  /** Every value registered with `::add-mask::` (and the token), in order. */
  masks: string[]
  /** What the main step saved for the post step. */
  state: Record<string, string>
  /** Variables the main step exported through `GITHUB_ENV`. */
  env: Record<string, string>
  /** Present when the post step ran. */
  post?: {exitCode: number; log: string}
  /** The main step's raw stdout and stderr, unmasked. */
  stdout: string
  stderr: string
}

const DEFAULT_TIMEOUT_MS = 10 * 60_000

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const action = loadAction(options.actionDir)
  const workspace = resolve(options.workspace ?? process.cwd())
  const temp = mkdtempSync(join(tmpdir(), 'local-runner-'))
  try {
    const ctx = runContext(options, action, workspace, join(temp, 'runner-temp'))
    const inputEnv = resolveInputs(action, options.inputs ?? {}, expressionContext(ctx))
    mkdirSync(ctx.runnerTemp)
    const payload = options.eventPayload ?? defaultEventPayload(ctx)
    const mainFiles = stepFiles(temp, 'main')
    writeFileSync(mainFiles.event, JSON.stringify(payload, null, 2))
    const baseEnv = {
      ...inheritedEnvironment(process.env),
      ...inputEnv,
      ...runnerEnvironment(ctx, mainFiles),
      ...options.env,
    }
    const masker = new Masker(ctx.token ? [ctx.token] : [])
    const run = {
      node: options.node ?? process.execPath,
      cwd: workspace,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      debug: baseEnv.RUNNER_DEBUG === '1',
      live: options.stdio === 'inherit-live',
      masker,
    }

    const main = await runStep({...run, script: action.main, env: baseEnv})
    const outputs = {...main.log.outputs, ...main.log.readFileCommands(mainFiles.output, 'output')}
    const state = {...main.log.state, ...main.log.readFileCommands(mainFiles.state, 'state')}
    const exported = main.log.readFileCommands(mainFiles.env, 'env')
    const mainExit = main.exitCode === 0 && main.log.failed ? 1 : main.exitCode
    const annotations = [...main.log.annotations]

    let post: ActionRun['post']
    if (action.post && shouldRunPost(action, mainExit)) {
      if (run.live) process.stdout.write(`Post ${action.name}\n`)
      const postFiles = {...stepFiles(temp, 'post'), output: mainFiles.output, summary: mainFiles.summary}
      const postEnv = {
        ...baseEnv,
        ...exported,
        ...stateEnv(state),
        GITHUB_STATE: postFiles.state,
        GITHUB_ENV: postFiles.env,
        GITHUB_PATH: postFiles.path,
        PATH: withPathEntries(baseEnv.PATH, readFileSync(mainFiles.path, 'utf8')),
        ...options.env,
      }
      const step = await runStep({...run, script: action.post, env: postEnv})
      post = {exitCode: step.exitCode === 0 && step.log.failed ? 1 : step.exitCode, log: step.log.text}
      annotations.push(...step.log.annotations)
    }

    return {
      exitCode: mainExit,
      outputs,
      summary: readFileSync(mainFiles.summary, 'utf8'),
      log: main.log.text,
      annotations,
      masks: masker.masks,
      state,
      env: exported,
      ...(post ? {post} : {}),
      stdout: main.stdout,
      stderr: main.stderr,
    }
  } finally {
    rmSync(temp, {recursive: true, force: true})
  }
}

function runContext(
  options: RunActionOptions,
  action: ActionDefinition,
  workspace: string,
  runnerTemp: string,
): RunContext {
  const eventName = options.eventName ?? 'push'
  const git = readGitFacts(workspace)
  const pr = isPullRequestEvent(eventName) ? pullRequestFacts(options.eventPayload) : undefined
  const prRef = pr && eventName === 'pull_request' ? `refs/pull/${pr.number}/merge` : undefined
  return {
    workspace,
    eventName,
    ref: options.ref ?? prRef ?? git.ref ?? '',
    sha: options.sha ?? git.sha ?? '',
    repository: git.repository,
    actionDir: action.dir,
    actionName: action.name,
    runnerTemp,
    token: options.env?.GITHUB_TOKEN ?? process.env.GITHUB_TOKEN ?? '',
    headRef: pr?.head,
    baseRef: pr?.base,
  }
}

/** The number and branches of the pull request in a payload, or of the default payload. */
function pullRequestFacts(payload: object | undefined) {
  const pr = (payload as {number?: unknown; pull_request?: Record<string, unknown>} | undefined) ?? {}
  const branch = (side: unknown, fallback: string) => {
    const ref = (side as {ref?: unknown} | undefined)?.ref
    return typeof ref === 'string' ? ref : payload ? '' : fallback
  }
  const number = pr.number ?? pr.pull_request?.number ?? 1
  return {
    number: String(number),
    head: branch(pr.pull_request?.head, 'feature'),
    base: branch(pr.pull_request?.base, 'main'),
  }
}

function stepFiles(temp: string, step: string): StepFiles {
  const file = (name: string) => {
    const path = join(temp, `${step}-${name}`)
    writeFileSync(path, '')
    return path
  }
  return {
    output: file('output'),
    state: file('state'),
    env: file('env'),
    path: file('path'),
    summary: file('step-summary'),
    event: join(temp, 'event.json'),
  }
}

interface StepRun {
  node: string
  script: string
  cwd: string
  env: Record<string, string>
  timeoutMs: number
  debug: boolean
  live: boolean
  masker: Masker
}

async function runStep(step: StepRun) {
  const log = new StepLog({
    masker: step.masker,
    debug: step.debug,
    ...(step.live ? {onLine: (line: string) => process.stdout.write(`${line}\n`)} : {}),
  })
  const result = await runStepProcess({...step, onLine: (line) => log.line(line)})
  if (result.timedOut) {
    log.annotate('error', `The step was stopped after its time limit of ${step.timeoutMs} ms.`, {})
  }
  return {...result, log}
}

function shouldRunPost(action: ActionDefinition, mainExitCode: number): boolean {
  if (action.postIf === 'always') return true
  if (action.postIf === 'success') return mainExitCode === 0
  if (action.postIf === 'failure') return mainExitCode !== 0
  return false
}

function stateEnv(state: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(state).map(([name, value]) => [`STATE_${name}`, value]))
}

/** `PATH` with the `GITHUB_PATH` entries in front, the last one added first, as the runner prepends them. */
function withPathEntries(path: string | undefined, entries: string): string {
  const added = entries
    .split(/\r?\n/)
    .map((e) => e.trim())
    .filter(Boolean)
    .reverse()
  return [...added, ...(path ? [path] : [])].join(delimiter)
}
