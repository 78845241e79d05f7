/** The public shapes of the workflow engine: what a caller passes in and what a run reports. */
import type {ActionRun} from '../run-action'

export interface StepStandIn {
  /** Outputs this stand-in may set, for the wiring check. */
  outputs?: readonly string[]
  run(step: {
    with: Record<string, string>
    env: Record<string, string>
    workspace: string
    job: string
  }): Promise<{outputs?: Record<string, string>; env?: Record<string, string>}>
}

/** A `uses:` resolved to a local JavaScript action folder, run bundled through `runAction`. */
export interface LocalAction {
  dir: string
}

export interface WorkflowEvent {
  name: string
  payload?: object
  ref: string
  sha: string
}

export interface RunWorkflowOptions {
  /** The workflow YAML path. */
  file: string
  event: WorkflowEvent
  /** `owner/name`, the run's `github.repository`. */
  repository: string
  vars?: Record<string, string>
  /** `secrets.GITHUB_TOKEN` is also `github.token`. */
  secrets?: Record<string, string>
  /** For `on: workflow_call` / `workflow_dispatch`. */
  inputs?: Record<string, string | boolean | number>
  /** `uses:` of a step → a local action folder or a stand-in; `undefined` fails the run up front. */
  resolveAction(uses: string): LocalAction | StepStandIn | undefined
  /** `uses:` of a job (reusable workflow) → a local workflow file; `undefined` fails the run up front. */
  resolveWorkflow?(uses: string): string | undefined
  /** A fresh, empty directory for each job's workspace (`GITHUB_WORKSPACE`). */
  newWorkspace(job: string): string
  /** The runner machine's environment, given to every step. */
  env?: Record<string, string>
  /** Only these top-level jobs (and what they need); all by default. */
  jobs?: readonly string[]
  stepTimeoutMs?: number
}

export type StepOutcome = 'success' | 'failure' | 'skipped'
export type JobResult = 'success' | 'failure' | 'skipped'

export interface StepRun {
  id?: string
  name: string
  uses?: string
  outcome: StepOutcome
  outputs: Record<string, string>
  /** Masked: no secret value appears in it. */
  log: string
  /** The full result of a bundled action step. */
  action?: ActionRun
}

export interface JobRun {
  id: string
  result: JobResult
  outputs: Record<string, string>
  steps: StepRun[]
  summary: string
  workspace?: string
  environment?: string
  permissions?: unknown
  concurrency?: {group: string; cancelInProgress: boolean}
  /** The jobs of the called workflow, for a reusable workflow call. */
  jobs?: Record<string, JobRun>
}

export interface WorkflowRun {
  conclusion: 'success' | 'failure'
  jobs: Record<string, JobRun>
}

export function isStandIn(resolved: LocalAction | StepStandIn): resolved is StepStandIn {
  return typeof (resolved as StepStandIn).run === 'function'
}
