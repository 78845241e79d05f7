/**
 * Runs a job that calls a reusable workflow: its `with:` typed against the called file's
 * `on.workflow_call.inputs`, its secrets (`secrets: inherit` or a mapping; `GITHUB_TOKEN` always), the
 * called jobs, and its outputs from `on.workflow_call.outputs` over the `jobs` context.
 */
import type {Engine, Invocation, NeedsContext} from './engine'
import {jobContexts} from './engine'
import {evaluateText, evaluateTexts, evaluateToken, isTrue, type Status, toPlain} from './expressions'
import {jobSettings} from './job-settings'
import {guard, setupFailure} from './job-state'
import {WorkflowProblems} from './load-workflow'
import {typeInputs} from './typed-inputs'
import type {JobRun} from './types'
import type {CallJob} from './workflow-model'

export type RunJobs = (engine: Engine, invocation: Invocation) => Promise<Record<string, JobRun>>

export async function runCallJob(
  engine: Engine,
  invocation: Invocation,
  job: CallJob,
  needs: NeedsContext,
  status: Status,
  runJobs: RunJobs,
): Promise<JobRun> {
  const place = {job: job.id, workflow: invocation.workflow.name, workspace: '', runnerTemp: ''}
  const scope = {contexts: jobContexts(engine, invocation, place, needs), status}
  const skipped: JobRun = {id: job.id, result: 'skipped', outputs: {}, steps: [], summary: ''}
  const start = guard(() => isTrue(job.if, scope))
  if (!start.ok) return {...skipped, result: 'failure', steps: [setupFailure(start.error, engine)]}
  if (!start.value) return skipped
  // The wiring check made sure the called workflow is loaded and callable.
  const called = job.called!
  const call = called.call!
  const where = `${invocation.workflow.file}: job '${job.id}' calling ${called.file}`

  const given = guard(() =>
    Object.fromEntries(job.with.map((w) => [w.name, toPlain(evaluateToken(w.value, scope))])),
  )
  if (!given.ok) return {...skipped, result: 'failure', steps: [setupFailure(given.error, engine)]}
  const typed = typeInputs(call.inputs, given.value, where, scope)
  // A value of the wrong type is a wiring error that only shows once its expression is evaluated.
  if (typed.problems.length > 0)
    throw new WorkflowProblems('A reusable workflow got wrong inputs:', typed.problems)

  const passed = guard(() => (job.inheritSecrets ? invocation.secrets : evaluateTexts(job.secrets, scope)))
  if (!passed.ok) return {...skipped, result: 'failure', steps: [setupFailure(passed.error, engine)]}
  const token = invocation.secrets.GITHUB_TOKEN
  const secrets = {...passed.value, ...(token === undefined ? {} : {GITHUB_TOKEN: token})}
  for (const value of Object.values(secrets)) engine.masker.add(value)

  const inner: Invocation = {
    workflow: called,
    inputs: typed.inputs,
    secrets,
    prefix: `${invocation.prefix}${job.id}.`,
  }
  const jobs = await runJobs(engine, inner)
  const failed = Object.values(jobs).some((run) => run.result === 'failure')

  const outputScope = {
    contexts: {
      ...scope.contexts,
      inputs: typed.inputs,
      secrets,
      jobs: Object.fromEntries(
        Object.entries(jobs).map(([id, run]) => [id, {result: run.result, outputs: run.outputs}]),
      ),
    },
    status,
  }
  const outputs: Record<string, string> = {}
  const steps = []
  for (const output of call.outputs) {
    const value = guard(() => evaluateText(output.value, outputScope) ?? '')
    if (value.ok) outputs[output.name] = value.value
    else
      steps.push(
        setupFailure(`on.workflow_call.outputs.${output.name}: ${value.error}`, engine, 'Evaluate outputs'),
      )
  }
  return {
    ...jobSettings(job, invocation.workflow, scope),
    id: job.id,
    result: failed || steps.length > 0 ? 'failure' : 'success',
    outputs,
    steps,
    summary: Object.values(jobs)
      .map((run) => run.summary)
      .join(''),
    jobs,
  }
}
