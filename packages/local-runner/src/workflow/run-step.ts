/**
 * Runs one step of a job: its `if:` (with the status functions), its `env`, `with:` and script evaluated
 * in the step's scope, the step itself, and what it leaves for later steps (`steps.<id>`, `GITHUB_ENV`,
 * `GITHUB_PATH`, the job summary). A failing step is recorded, never thrown.
 */
import type {ActionDefinition} from '../action-yml'
import type {ActionRun} from '../run-action'
import type {Engine} from './engine'
import {
  evaluateText,
  evaluateTexts,
  evaluateToken,
  expandTemplate,
  isTrue,
  isTruthy,
  type Scope,
} from './expressions'
import {guard, type JobState, stepScope, stepVariables, workingDirectory} from './job-state'
import {failed, runLocalAction, runScript, runStandIn, type StepEffects, type StepSetting} from './step-kinds'
import {entries} from './tokens'
import type {StepRun} from './types'
import type {StepModel, StepsJob, WorkflowModel} from './workflow-model'

export async function runStep(
  engine: Engine,
  job: StepsJob,
  workflow: WorkflowModel,
  step: StepModel,
  state: JobState,
): Promise<StepRun> {
  const started = guard(() => isTrue(step.if, stepScope(state)))
  if (started.ok && !started.value) {
    record(state, step, 'skipped', 'skipped', {})
    return {...identity(step), outcome: 'skipped', outputs: {}, log: ''}
  }
  const prepared = started.ok ? guard(() => prepare(engine, job, workflow, step, state)) : started
  const effects = prepared.ok ? await execute(engine, step, prepared.value) : failed(prepared.error)
  const continueOnError = prepared.ok && prepared.value.continueOnError
  const outcome = effects.success ? 'success' : 'failure'
  const conclusion = outcome === 'failure' && continueOnError ? 'success' : outcome
  record(state, step, outcome, conclusion, effects.outputs)
  if (conclusion === 'failure') state.failed = true
  state.env = {...state.env, ...effects.env}
  state.path = [...[...effects.path].reverse(), ...state.path]
  state.summary += effects.summary
  return {
    ...identity(step),
    ...(prepared.ok ? {name: prepared.value.name} : {}),
    outcome,
    outputs: effects.outputs,
    log: engine.masker.mask(effects.log),
    ...(effects.action ? {action: maskedActionRun(effects.action, engine)} : {}),
  }
}

/** Everything a step needs, evaluated before it starts; an evaluation error fails the step. */
interface PreparedStep {
  name: string
  continueOnError: boolean
  setting: StepSetting
  script?: string
  shell: string
  inputs: Record<string, string>
}

function prepare(
  engine: Engine,
  job: StepsJob,
  workflow: WorkflowModel,
  step: StepModel,
  state: JobState,
): PreparedStep {
  const stepEnv = evaluateTexts(entries(step.env), stepScope(state))
  const scope = stepScope(state, {...state.env, ...stepEnv})
  const directory = evaluateText(
    step.workingDirectory ?? job.defaults.workingDirectory ?? workflow.defaults.workingDirectory,
    scope,
  )
  const cwd = workingDirectory(state, directory)
  if (step.run && !cwd)
    throw new Error(`The working-directory '${directory}' does not exist in the workspace.`)
  const given = evaluateTexts(step.with, scope)
  const action = step.uses === undefined ? undefined : engine.actions.get(step.uses)
  return {
    name: step.name ? (evaluateText(step.name, scope) ?? step.label) : step.label,
    continueOnError:
      typeof step.continueOnError === 'boolean'
        ? step.continueOnError
        : isTruthy(evaluateToken(step.continueOnError, scope)),
    setting: {
      job: state.place.job,
      action: step.id ?? (step.uses ? `__${step.uses.replace(/@.*$/, '').replace(/\W+/g, '_')}` : '__run'),
      workspace: state.place.workspace,
      cwd: cwd ?? state.place.workspace,
      runnerTemp: state.place.runnerTemp,
      env: stepVariables(engine, state, stepEnv),
      event: {...engine.facts.event, payload: engine.facts.payload, path: state.eventPath},
      timeoutMs: engine.stepTimeoutMs,
      masker: engine.masker,
    },
    ...(step.run ? {script: evaluateText(step.run, scope) ?? ''} : {}),
    shell: evaluateText(step.shell ?? job.defaults.shell ?? workflow.defaults.shell, scope) ?? '',
    inputs: action?.kind === 'action' ? withDefaults(action.definition, given, scope) : given,
  }
}

async function execute(engine: Engine, step: StepModel, prepared: PreparedStep): Promise<StepEffects> {
  if (prepared.script !== undefined) return runScript(prepared.script, prepared.shell, prepared.setting)
  const action = step.uses === undefined ? undefined : engine.actions.get(step.uses)
  if (action?.kind === 'action') return runLocalAction(action.dir, prepared.inputs, prepared.setting)
  if (action?.kind === 'stand-in') return runStandIn(action.standIn, prepared.inputs, prepared.setting)
  return failed(`Nothing runs uses: ${step.uses}.`)
}

/**
 * The given inputs and, for the others, their `action.yml` defaults, whose `${{ }}` (such as
 * `${{ github.token }}`) are evaluated in the step's scope as the runner does.
 */
function withDefaults(action: ActionDefinition, given: Record<string, string>, scope: Scope) {
  const givenNames = new Set(Object.keys(given).map((name) => name.toLowerCase()))
  const inputs = {...given}
  for (const input of action.inputs) {
    if (!givenNames.has(input.name.toLowerCase()) && input.default !== undefined) {
      inputs[input.name] = expandTemplate(input.default, scope)
    }
  }
  return inputs
}

function record(state: JobState, step: StepModel, outcome: string, conclusion: string, outputs: object) {
  if (step.id) state.steps[step.id] = {outputs: {...outputs} as Record<string, string>, outcome, conclusion}
}

function identity(step: StepModel): Pick<StepRun, 'id' | 'name' | 'uses'> {
  return {...(step.id ? {id: step.id} : {}), name: step.label, ...(step.uses ? {uses: step.uses} : {})}
}

/** The action's logs and annotations with the run's secrets masked; its raw stdout and stderr stay as documented. */
function maskedActionRun(run: ActionRun, engine: Engine): ActionRun {
  const mask = (text: string) => engine.masker.mask(text)
  return {
    ...run,
    log: mask(run.log),
    annotations: run.annotations.map((a) => ({...a, message: mask(a.message)})),
    ...(run.post ? {post: {...run.post, log: mask(run.post.log)}} : {}),
  }
}
