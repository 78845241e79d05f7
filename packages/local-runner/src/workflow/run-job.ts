/**
 * Runs one job of steps as the runner does: its `if:` against the jobs it needs, its environment
 * (workflow `env`, job `env`, then what steps add through `GITHUB_ENV`), each step in order with the
 * status functions seeing earlier failures, and its `outputs:` evaluated after the last step.
 */
import {mkdtempSync, writeFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import type {JobPlace} from './contexts'
import {type Engine, type Invocation, jobContexts, type NeedsContext} from './engine'
import {evaluateText, evaluateTexts, isTrue, type Status} from './expressions'
import {jobSettings} from './job-settings'
import {guard, type JobState, setupFailure, stepScope} from './job-state'
import {runStep} from './run-step'
import {entries} from './tokens'
import type {JobRun, StepRun} from './types'
import type {StepsJob} from './workflow-model'

export async function runStepsJob(
  engine: Engine,
  invocation: Invocation,
  job: StepsJob,
  needs: NeedsContext,
  status: Status,
): Promise<JobRun> {
  const {workflow} = invocation
  const name = `${invocation.prefix}${job.id}`
  const pending: JobPlace = {job: job.id, workflow: workflow.name, workspace: '', runnerTemp: ''}
  const condition = {contexts: jobContexts(engine, invocation, pending, needs), status}
  const skipped: JobRun = {id: job.id, result: 'skipped', outputs: {}, steps: [], summary: ''}
  const start = guard(() => isTrue(job.if, condition))
  if (!start.ok) return {...skipped, result: 'failure', steps: [setupFailure(start.error, engine)]}
  if (!start.value) return skipped

  const place: JobPlace = {
    ...pending,
    workspace: resolve(engine.options.newWorkspace(name)),
    runnerTemp: mkdtempSync(join(engine.tempRoot, 'job-')),
  }
  const contexts = jobContexts(engine, invocation, place, needs)
  const settings = jobSettings(job, workflow, {contexts, status})
  const eventPath = join(place.runnerTemp, 'event.json')
  writeFileSync(eventPath, JSON.stringify(engine.facts.payload, null, 2))
  const base: JobRun = {...skipped, ...settings, result: 'success', workspace: place.workspace}

  const env = guard(() => {
    const workflowEnv = evaluateTexts(entries(workflow.env), {contexts, status})
    const jobEnv = evaluateTexts(entries(job.env), {contexts: {...contexts, env: workflowEnv}, status})
    return {...workflowEnv, ...jobEnv}
  })
  if (!env.ok) return {...base, result: 'failure', steps: [setupFailure(env.error, engine)]}

  const state: JobState = {
    place,
    contexts,
    env: env.value,
    path: [],
    steps: {},
    failed: false,
    summary: '',
    eventPath,
  }
  const steps: StepRun[] = []
  for (const step of job.steps) steps.push(await runStep(engine, job, workflow, step, state))

  const outputs: Record<string, string> = {}
  const scope = stepScope(state)
  for (const output of job.outputs) {
    const value = guard(() => evaluateText(output.value, scope) ?? '')
    if (!value.ok) {
      state.failed = true
      steps.push(setupFailure(`outputs.${output.name}: ${value.error}`, engine, 'Evaluate job outputs'))
    } else outputs[output.name] = value.value
  }
  return {...base, result: state.failed ? 'failure' : 'success', outputs, steps, summary: state.summary}
}
