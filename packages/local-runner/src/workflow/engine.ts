/**
 * The state one `runWorkflow` call shares across its jobs, and the contexts every expression of a job
 * starts from.
 */
import type {Masker} from '../masker'
import {githubContext, type JobPlace, type RunFacts, runnerContext} from './contexts'
import type {ResolvedAction} from './resolve-uses'
import type {RunWorkflowOptions} from './types'
import type {WorkflowModel} from './workflow-model'

export interface Engine {
  options: RunWorkflowOptions
  facts: RunFacts
  actions: ReadonlyMap<string, ResolvedAction>
  /** Every secret of the run and every `::add-mask::` value so far; applied to each returned log. */
  masker: Masker
  /** The runner machine's environment: this process's (without runner variables) and `options.env`. */
  baseEnv: Record<string, string>
  /** Holds each job's `RUNNER_TEMP`; removed when the run ends. */
  tempRoot: string
  stepTimeoutMs: number
}

/** One run of one workflow file: the top-level one, or one a job calls. */
export interface Invocation {
  workflow: WorkflowModel
  inputs: Record<string, string | boolean | number>
  secrets: Record<string, string>
  /** Put before job ids in `newWorkspace` names: '' at the top, `<caller job>.` inside a called workflow. */
  prefix: string
}

/** What `needs.<id>` shows of a finished job. */
export type NeedsContext = Record<string, {result: string; outputs: Record<string, string>}>

/** The contexts of a job before any step ran. */
export function jobContexts(
  engine: Engine,
  invocation: Invocation,
  place: JobPlace,
  needs: NeedsContext,
): Record<string, unknown> {
  return {
    github: githubContext(engine.facts, place),
    runner: runnerContext(engine.facts, place),
    vars: engine.options.vars ?? {},
    secrets: invocation.secrets,
    inputs: invocation.inputs,
    needs,
    env: {},
    steps: {},
    job: {status: 'success'},
    jobs: {},
    matrix: {},
    strategy: {},
  }
}
