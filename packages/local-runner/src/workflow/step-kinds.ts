/**
 * The three kinds of step and what each leaves behind (outputs, `GITHUB_ENV` / `GITHUB_PATH` additions,
 * job summary, log): a `run:` script, a bundled local action run through `runAction`, and a stand-in.
 */
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Masker} from '../masker'
import {type ActionRun, runAction} from '../run-action'
import {StepLog} from '../step-log'
import {runShellProcess} from './shell-process'
import type {StepStandIn} from './types'

/** Where and with what a step runs. */
export interface StepSetting {
  job: string
  /** `GITHUB_ACTION`: the step's id, or `__run` / `__<owner>_<repo>` as the runner names id-less steps. */
  action: string
  workspace: string
  /** The workspace joined with `working-directory`, for `run:` steps. */
  cwd: string
  runnerTemp: string
  /** Every variable of the step but the file-command paths, which each step gets afresh. */
  env: Record<string, string>
  event: {name: string; payload: object; ref: string; sha: string; path: string}
  timeoutMs: number
  masker: Masker
}

export interface StepEffects {
  success: boolean
  log: string
  outputs: Record<string, string>
  env: Record<string, string>
  path: string[]
  summary: string
  action?: ActionRun
}

/** GitHub's shells: `bash` when none is named (without pipefail), the named one's fixed command line else. */
const SHELLS: Record<string, {command: string[]; extension: string}> = {
  '': {command: ['bash', '-e', '{0}'], extension: '.sh'},
  bash: {command: ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '{0}'], extension: '.sh'},
  sh: {command: ['sh', '-e', '{0}'], extension: '.sh'},
  python: {command: ['python3', '{0}'], extension: '.py'},
}

export async function runScript(script: string, shell: string, setting: StepSetting): Promise<StepEffects> {
  const known = SHELLS[shell.trim()]
  const template = known?.command ?? shell.trim().split(/\s+/)
  if (!template.includes('{0}')) {
    return failed(
      `The shell '${shell}' is not supported here: use bash, sh, python or a command line with {0}.`,
    )
  }
  const dir = mkdtempSync(join(setting.runnerTemp, 'step-'))
  const file = join(dir, `script${known?.extension ?? ''}`)
  writeFileSync(file, script)
  const files = commandFiles(dir)
  const log = new StepLog({masker: setting.masker, debug: setting.env.RUNNER_DEBUG === '1'})
  const [command = 'bash', ...args] = template.map((part) => (part === '{0}' ? file : part))
  const result = await runShellProcess({
    command,
    args,
    cwd: setting.cwd,
    env: {
      ...setting.env,
      GITHUB_ACTION: setting.action,
      GITHUB_EVENT_PATH: setting.event.path,
      GITHUB_OUTPUT: files.output,
      GITHUB_ENV: files.env,
      GITHUB_PATH: files.path,
      GITHUB_STEP_SUMMARY: files.summary,
    },
    timeoutMs: setting.timeoutMs,
    onLine: (line) => log.line(line),
  })
  if (result.timedOut)
    log.annotate('error', `The step was stopped after its time limit of ${setting.timeoutMs} ms.`, {})
  else if (result.exitCode !== 0)
    log.annotate('error', `Process completed with exit code ${result.exitCode}.`, {})
  const outputs = {...log.outputs, ...log.readFileCommands(files.output, 'output')}
  const env = log.readFileCommands(files.env, 'env')
  return {
    success: result.exitCode === 0 && !log.failed,
    log: log.text,
    outputs,
    env,
    path: pathEntries(readFileSync(files.path, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
  }
}

export async function runLocalAction(
  dir: string,
  inputs: Record<string, string>,
  setting: StepSetting,
): Promise<StepEffects> {
  const run = await runAction({
    actionDir: dir,
    inputs,
    workspace: setting.workspace,
    eventName: setting.event.name,
    eventPayload: setting.event.payload,
    ref: setting.event.ref,
    sha: setting.event.sha,
    env: {...setting.env, GITHUB_ACTION: setting.action},
    timeoutMs: setting.timeoutMs,
  })
  for (const mask of run.masks) setting.masker.add(mask)
  const post = run.post ? `Post ${setting.action}\n${run.post.log}` : ''
  return {
    success: run.exitCode === 0,
    log: run.log + post,
    outputs: run.outputs,
    env: run.env,
    path: [],
    summary: run.summary,
    action: run,
  }
}

export async function runStandIn(
  standIn: StepStandIn,
  inputs: Record<string, string>,
  setting: StepSetting,
): Promise<StepEffects> {
  try {
    const result = await standIn.run({
      with: inputs,
      env: setting.env,
      workspace: setting.workspace,
      job: setting.job,
    })
    const outputs = result.outputs ?? {}
    const undeclared = standIn.outputs
      ? Object.keys(outputs).filter((name) => !standIn.outputs?.includes(name))
      : []
    if (undeclared.length > 0) {
      return failed(`The stand-in set outputs its 'outputs' list does not declare: ${undeclared.join(', ')}.`)
    }
    return {success: true, log: '', outputs, env: result.env ?? {}, path: [], summary: ''}
  } catch (err) {
    return failed(`The stand-in failed: ${err instanceof Error ? err.message : String(err)}`)
  }
}

export function failed(message: string): StepEffects {
  return {success: false, log: `Error: ${message}\n`, outputs: {}, env: {}, path: [], summary: ''}
}

function commandFiles(dir: string) {
  const file = (name: string) => {
    const path = join(dir, name)
    writeFileSync(path, '')
    return path
  }
  return {output: file('output'), env: file('env'), path: file('path'), summary: file('step-summary')}
}

function pathEntries(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
}
