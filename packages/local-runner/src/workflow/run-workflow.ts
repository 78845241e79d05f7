/**
 * A local workflow engine for end-to-end tests: runs a workflow file the way GitHub Actions would, with
 * GitHub's own parser and expression evaluator, the repository's bundled actions (through `runAction`)
 * and stand-ins for everything else. Read top-down:
 *
 * 1. parse the file, and every reusable workflow it calls, with `@actions/workflow-parser`;
 * 2. resolve every `uses:` and check the wiring: each `steps.*`, `needs.*`, `inputs.*`, `secrets.*`,
 *    `jobs.*` name and `with:` key must exist where it points, or the run throws before anything ran;
 * 3. run the jobs in `needs` order (run-jobs.ts), each job's steps in order (run-job.ts, run-step.ts).
 *
 * A failing step does not throw: it is recorded, and the run's conclusion says `failure`.
 */
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {inheritedEnvironment} from '../environment'
import {Masker} from '../masker'
import type {RunFacts} from './contexts'
import {type Engine, type Invocation, jobContexts} from './engine'
import {loadWorkflow, WorkflowProblems} from './load-workflow'
import {resolveUses} from './resolve-uses'
import {runJobs, withNeeds} from './run-jobs'
import {typeInputs} from './typed-inputs'
import type {RunWorkflowOptions, WorkflowRun} from './types'
import {checkWiring} from './wiring'
import type {WorkflowModel} from './workflow-model'

export {WorkflowProblems} from './load-workflow'
export type {
  JobRun,
  LocalAction,
  RunWorkflowOptions,
  StepRun,
  StepStandIn,
  WorkflowEvent,
  WorkflowRun,
} from './types'

const DEFAULT_STEP_TIMEOUT_MS = 10 * 60_000

export async function runWorkflow(options: RunWorkflowOptions): Promise<WorkflowRun> {
  // 1. Parse.
  const loaded = await loadWorkflow(options.file)
  if (!loaded.workflow)
    throw new WorkflowProblems(`The workflow ${options.file} does not parse:`, loaded.problems)
  const workflow = loaded.workflow

  // 2. Resolve every `uses:` and check the wiring, collecting every problem before reporting them.
  const selected = selectJobs(workflow, options.jobs)
  const resolution = await resolveUses(workflow, options, selected.ids)
  const engine = createEngine(options, resolution.actions)
  try {
    const top = topLevelInputs(workflow, options, engine)
    const problems = [
      ...selected.problems,
      ...resolution.problems,
      ...checkWiring(workflow, resolution.actions, selected.ids),
      ...top.problems,
    ]
    if (problems.length > 0) {
      // A reusable workflow called twice would report its own problems twice.
      throw new WorkflowProblems(`The workflow ${options.file} cannot run as wired:`, [...new Set(problems)])
    }

    // 3. Run the jobs.
    const invocation: Invocation = {workflow, inputs: top.inputs, secrets: {...options.secrets}, prefix: ''}
    const jobs = await runJobs(engine, invocation, selected.ids)
    const failed = Object.values(jobs).some((job) => job.result === 'failure')
    return {conclusion: failed ? 'failure' : 'success', jobs}
  } finally {
    rmSync(engine.tempRoot, {recursive: true, force: true})
  }
}

function selectJobs(workflow: WorkflowModel, jobs: readonly string[] | undefined) {
  const all = workflow.jobs.map((job) => job.id)
  const unknown = (jobs ?? []).filter((id) => !all.includes(id))
  return {
    ids: withNeeds(workflow.jobs, jobs ?? all),
    problems: unknown.map(
      (id) => `${workflow.file}: options.jobs names '${id}', not a job of the file (jobs: ${all.join(', ')})`,
    ),
  }
}

function createEngine(options: RunWorkflowOptions, actions: Engine['actions']): Engine {
  const env = options.env ?? {}
  const payload = options.event.payload ?? {}
  const sender = (payload as {sender?: {login?: unknown}}).sender?.login
  const tempRoot = mkdtempSync(join(tmpdir(), 'workflow-run-'))
  const facts: RunFacts = {
    event: options.event,
    payload,
    repository: options.repository,
    runId: String(Date.now()),
    actor: typeof sender === 'string' ? sender : 'local',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    graphqlUrl: env.GITHUB_GRAPHQL_URL ?? 'https://api.github.com/graphql',
    // `github.token` is the run's `GITHUB_TOKEN` secret, as on GitHub.
    token: options.secrets?.GITHUB_TOKEN ?? '',
    toolCache: env.RUNNER_TOOL_CACHE ?? join(tempRoot, 'tool-cache'),
  }
  return {
    options,
    facts,
    actions,
    masker: new Masker(Object.values(options.secrets ?? {})),
    baseEnv: {...inheritedEnvironment(process.env), ...env},
    tempRoot,
    stepTimeoutMs: options.stepTimeoutMs ?? DEFAULT_STEP_TIMEOUT_MS,
  }
}

/**
 * The `inputs` of the workflow run: typed against `workflow_dispatch` inputs for that event (whose API
 * sends strings), else against `workflow_call` inputs when the file is a reusable workflow run directly.
 */
function topLevelInputs(workflow: WorkflowModel, options: RunWorkflowOptions, engine: Engine) {
  const dispatch = options.event.name === 'workflow_dispatch' && workflow.dispatchInputs
  const definitions =
    (dispatch ? workflow.dispatchInputs : workflow.call?.inputs) ?? workflow.dispatchInputs ?? []
  const place = {job: '', workflow: workflow.name, workspace: '', runnerTemp: ''}
  const invocation: Invocation = {workflow, inputs: {}, secrets: {...options.secrets}, prefix: ''}
  const scope = {
    contexts: jobContexts(engine, invocation, place, {}),
    status: {success: true, failure: false},
  }
  return typeInputs(
    definitions,
    options.inputs ?? {},
    `${workflow.file}: options.inputs`,
    scope,
    Boolean(dispatch),
  )
}
