/**
 * What the steps of a job share while it runs, and the helpers that read it: the scope of a step's
 * expressions, the variables of its process, its working directory.
 */
import {existsSync} from 'node:fs'
import {delimiter, resolve} from 'node:path'
import {type JobPlace, jobVariables} from './contexts'
import type {Engine} from './engine'
import type {Scope} from './expressions'
import type {StepRun} from './types'

/** What the steps of a job share and change as they run. */
export interface JobState {
  place: JobPlace
  contexts: Record<string, unknown>
  /** Workflow and job `env`, then `GITHUB_ENV` additions, as the runner's job-wide variables. */
  env: Record<string, string>
  /** `GITHUB_PATH` additions, the latest first. */
  path: string[]
  steps: Record<string, {outputs: Record<string, string>; outcome: string; conclusion: string}>
  failed: boolean
  summary: string
  eventPath: string
}

/** The scope of a step's expressions: the job's contexts with the steps so far and `env`. */
export function stepScope(state: JobState, env: Record<string, string> = state.env): Scope {
  return {
    contexts: {
      ...state.contexts,
      env,
      steps: state.steps,
      job: {status: state.failed ? 'failure' : 'success'},
    },
    status: {success: !state.failed, failure: state.failed},
  }
}

/** The variables a step's process sees, before its file-command paths. */
export function stepVariables(engine: Engine, state: JobState, stepEnv: Record<string, string>) {
  const env = {...engine.baseEnv, ...jobVariables(engine.facts, state.place), ...state.env, ...stepEnv}
  const path = [...state.path, ...(env.PATH ? [env.PATH] : [])].join(delimiter)
  return {...env, ...(path ? {PATH: path} : {})}
}

export function workingDirectory(state: JobState, relative: string | undefined): string | undefined {
  const dir = resolve(state.place.workspace, relative ?? '.')
  return existsSync(dir) ? dir : undefined
}

/** The value of an evaluation, or the message of its error: a bad expression fails a step, not the run. */
export function guard<T>(work: () => T): {ok: true; value: T} | {ok: false; error: string} {
  try {
    return {ok: true, value: work()}
  } catch (err) {
    return {ok: false, error: err instanceof Error ? err.message : String(err)}
  }
}

/** A failure before or after the steps, shown as the runner shows it: as a step of its own. */
export function setupFailure(message: string, engine: Engine, name = 'Set up job'): StepRun {
  return {name, outcome: 'failure', outputs: {}, log: engine.masker.mask(`Error: ${message}\n`)}
}
