/**
 * The wiring check: every name an expression or a `with:` uses must exist where it points. GitHub
 * evaluates a misspelt `steps.x.outputs.y` or `needs.x.outputs.y` to '' without a word, and a pipeline
 * test would then pass an empty value along; here each such name is a problem reported before anything
 * runs, all of them in one message.
 */
import {isBoolean, isLiteral, isNumber} from '@actions/workflow-parser'
import type {TemplateToken} from '@actions/workflow-parser/templates/tokens/index'
import {contextPaths, expressionsIn} from './references'
import type {ResolvedAction} from './resolve-uses'
import type {CallJob, JobModel, StepModel, StepsJob, WorkflowModel} from './workflow-model'

interface WorkflowScope {
  workflow: WorkflowModel
  actions: ReadonlyMap<string, ResolvedAction>
  /** Called by another workflow without `secrets: inherit`: only declared secrets reach it. */
  declaredSecretsOnly: boolean
  problems: string[]
}

/** Where an expression sits, and the names visible there. */
interface Site {
  where: string
  job?: JobModel
  /** The steps `steps.<id>` may name: the earlier ones for a step, all of them for job outputs. */
  steps?: readonly StepModel[]
}

const STEP_FIELDS = ['outputs', 'outcome', 'conclusion']
const NEEDS_FIELDS = ['outputs', 'result']

export function checkWiring(
  workflow: WorkflowModel,
  actions: ReadonlyMap<string, ResolvedAction>,
  jobIds: ReadonlySet<string>,
): string[] {
  const problems: string[] = []
  checkWorkflow({workflow, actions, declaredSecretsOnly: false, problems}, jobIds)
  return problems
}

function checkWorkflow(scope: WorkflowScope, jobIds?: ReadonlySet<string>): void {
  const {workflow} = scope
  const top: Site = {where: workflow.file}
  if (workflow.env) checkToken(scope, workflow.env, {where: `${workflow.file}: env`})
  const jobs = workflow.jobs.filter((job) => !jobIds || jobIds.has(job.id))
  for (const job of jobs) {
    const site: Site = {where: `${workflow.file}: job '${job.id}'`, job}
    for (const key of job.unsupported) {
      scope.problems.push(`${site.where}: '${key}:' is not supported by the local workflow engine`)
    }
    checkExpression(scope, job.if, site)
    if (job.kind === 'steps') checkStepsJob(scope, job, site)
    else checkCallJob(scope, job, site)
  }
  for (const output of workflow.call?.outputs ?? []) {
    checkToken(scope, output.value, {
      ...top,
      where: `${workflow.file}: on.workflow_call.outputs.${output.name}`,
    })
  }
}

function checkStepsJob(scope: WorkflowScope, job: StepsJob, site: Site): void {
  for (const token of job.tokens) checkToken(scope, token, {...site, steps: job.steps})
  job.steps.forEach((step, index) => {
    const stepSite: Site = {
      ...site,
      where: `${site.where}, step '${step.label}'`,
      steps: job.steps.slice(0, index),
    }
    checkExpression(scope, step.if, stepSite)
    for (const token of step.tokens) checkToken(scope, token, stepSite)
    const action = step.uses === undefined ? undefined : scope.actions.get(step.uses)
    if (action?.kind === 'action') checkActionInputs(scope, step, action, stepSite.where)
  })
}

function checkActionInputs(
  scope: WorkflowScope,
  step: StepModel,
  action: Extract<ResolvedAction, {kind: 'action'}>,
  where: string,
): void {
  const inputs = action.definition.inputs
  const declared = new Set(inputs.map((i) => i.name.toLowerCase()))
  const given = new Set(step.with.map((w) => w.name.toLowerCase()))
  for (const entry of step.with) {
    if (!declared.has(entry.name.toLowerCase())) {
      scope.problems.push(
        `${where}: with: '${entry.name}' is not an input of ${step.uses} (inputs: ${names(inputs.map((i) => i.name))})`,
      )
    }
  }
  for (const input of inputs) {
    if (input.required && input.default === undefined && !given.has(input.name.toLowerCase())) {
      scope.problems.push(`${where}: required input '${input.name}' of ${step.uses} is not given under with:`)
    }
  }
}

function checkCallJob(scope: WorkflowScope, job: CallJob, site: Site): void {
  for (const token of job.tokens) checkToken(scope, token, site)
  const called = job.called
  if (!called) return
  if (!called.call) {
    scope.problems.push(`${site.where}: ${job.uses} (${called.file}) has no 'on: workflow_call' trigger`)
    return
  }
  const {inputs, secrets} = called.call
  const given = new Map(job.with.map((w) => [w.name.toLowerCase(), w.value]))
  for (const entry of job.with) {
    const input = inputs.find((i) => i.name.toLowerCase() === entry.name.toLowerCase())
    if (!input) {
      scope.problems.push(
        `${site.where}: with: '${entry.name}' is not an input of ${called.file} (inputs: ${names(inputs.map((i) => i.name))})`,
      )
    } else {
      const wrong = literalTypeProblem(entry.value, input.type)
      if (wrong) scope.problems.push(`${site.where}: with: '${entry.name}' ${wrong}`)
    }
  }
  for (const input of inputs) {
    if (input.required && !given.has(input.name.toLowerCase())) {
      scope.problems.push(
        `${site.where}: required input '${input.name}' of ${called.file} is not given under with:`,
      )
    }
  }
  if (!job.inheritSecrets) {
    const passed = new Set(job.secrets.map((s) => s.name.toLowerCase()))
    for (const entry of job.secrets) {
      if (!secrets.some((s) => s.name.toLowerCase() === entry.name.toLowerCase())) {
        scope.problems.push(
          `${site.where}: secrets: '${entry.name}' is not a secret of ${called.file} (secrets: ${names(secrets.map((s) => s.name))})`,
        )
      }
    }
    for (const secret of secrets) {
      if (secret.required && !passed.has(secret.name.toLowerCase())) {
        scope.problems.push(`${site.where}: required secret '${secret.name}' of ${called.file} is not passed`)
      }
    }
  }
  checkWorkflow({...scope, workflow: called, declaredSecretsOnly: !job.inheritSecrets})
}

/** A literal `with:` value of the wrong type for a typed input; expressions are typed when evaluated. */
export function literalTypeProblem(token: TemplateToken, type: string): string | undefined {
  if (!isLiteral(token)) return undefined
  if (type === 'boolean' && !isBoolean(token)) {
    return `must be a boolean (true or false) for a boolean input, not '${token.toString()}'`
  }
  if (type === 'number' && !isNumber(token)) {
    return `must be a number for a number input, not '${token.toString()}'`
  }
  return undefined
}

function checkToken(scope: WorkflowScope, token: TemplateToken, site: Site): void {
  for (const expression of expressionsIn(token)) checkExpression(scope, expression, site)
}

function checkExpression(scope: WorkflowScope, expression: string, site: Site): void {
  let paths: string[][]
  try {
    paths = contextPaths(expression)
  } catch (err) {
    scope.problems.push(`${site.where}: cannot parse \${{ ${expression} }}: ${(err as Error).message}`)
    return
  }
  for (const path of paths) {
    const problem = pathProblem(scope, path, site)
    if (problem) scope.problems.push(`${site.where}: ${problem} (in \${{ ${expression} }})`)
  }
}

function pathProblem(scope: WorkflowScope, path: string[], site: Site): string | undefined {
  const [context, name, field, leaf] = path.map((p) => p.toLowerCase())
  if (name === undefined) return undefined
  const shown = path.slice(0, 4).join('.')
  switch (context) {
    case 'steps':
      return stepProblem(scope, site, shown, name, field, leaf)
    case 'needs':
      return needsProblem(scope, site, shown, name, field, leaf)
    case 'inputs': {
      const declared = [...(scope.workflow.call?.inputs ?? []), ...(scope.workflow.dispatchInputs ?? [])]
      if (declared.some((i) => i.name.toLowerCase() === name)) return undefined
      return `'${shown}' is not declared in on.workflow_call.inputs or on.workflow_dispatch.inputs (declared: ${names(declared.map((i) => i.name))})`
    }
    case 'secrets': {
      if (!scope.declaredSecretsOnly || name === 'github_token') return undefined
      const declared = scope.workflow.call?.secrets ?? []
      if (declared.some((s) => s.name.toLowerCase() === name)) return undefined
      return `'${shown}' is not declared in on.workflow_call.secrets (declared: ${names(declared.map((s) => s.name))})`
    }
    case 'jobs': {
      const job = scope.workflow.jobs.find((j) => j.id.toLowerCase() === name)
      if (!job) return `'${shown}' names no job of this workflow`
      if (field !== 'outputs' || leaf === undefined) return undefined
      return outputOf(job, leaf) ? undefined : `'${shown}': job '${job.id}' declares no output '${path[3]}'`
    }
    default:
      return undefined
  }
}

function stepProblem(
  scope: WorkflowScope,
  site: Site,
  shown: string,
  name: string,
  field: string | undefined,
  leaf: string | undefined,
): string | undefined {
  const steps = site.steps ?? []
  const step = steps.find((s) => s.id?.toLowerCase() === name)
  if (!step) {
    const ids = steps.flatMap((s) => (s.id ? [s.id] : []))
    return `'${shown}' names no earlier step of this job (earlier step ids: ${names(ids)})`
  }
  if (field === undefined) return undefined
  if (!STEP_FIELDS.includes(field)) return `'${shown}': a step has only ${STEP_FIELDS.join(', ')}`
  if (field !== 'outputs' || leaf === undefined || step.uses === undefined) return undefined
  const action = scope.actions.get(step.uses)
  const outputs =
    action?.kind === 'action'
      ? action.outputs
      : action?.kind === 'stand-in'
        ? action.standIn.outputs
        : undefined
  if (!outputs || outputs.some((o) => o.toLowerCase() === leaf)) return undefined
  const kind = action?.kind === 'action' ? 'action.yml' : 'stand-in'
  return `'${shown}': step '${step.id}' (${step.uses}) has no output '${shown.split('.')[3]}' (its ${kind} declares: ${names(outputs)})`
}

function needsProblem(
  scope: WorkflowScope,
  site: Site,
  shown: string,
  name: string,
  field: string | undefined,
  leaf: string | undefined,
): string | undefined {
  const needs = site.job?.needs ?? []
  if (!needs.some((n) => n.toLowerCase() === name)) {
    return `'${shown}' names a job this job does not need (needs: ${names(needs)})`
  }
  if (field === undefined) return undefined
  if (!NEEDS_FIELDS.includes(field)) return `'${shown}': a needed job has only ${NEEDS_FIELDS.join(', ')}`
  if (field !== 'outputs' || leaf === undefined) return undefined
  const job = scope.workflow.jobs.find((j) => j.id.toLowerCase() === name)
  if (!job || outputOf(job, leaf)) return undefined
  const where = job.kind === 'call' ? `${job.called?.file ?? job.uses} on.workflow_call.outputs` : 'outputs:'
  return `'${shown}': job '${job.id}' declares no output '${shown.split('.')[3]}' in ${where} (declared: ${names(outputNames(job))})`
}

function outputNames(job: JobModel): string[] {
  if (job.kind === 'steps') return job.outputs.map((o) => o.name)
  return job.called?.call?.outputs.map((o) => o.name) ?? []
}

function outputOf(job: JobModel, name: string): boolean {
  // An unresolved called workflow is reported on its own; its outputs cannot be checked.
  if (job.kind === 'call' && !job.called?.call) return true
  return outputNames(job).some((o) => o.toLowerCase() === name)
}

function names(list: readonly string[]): string {
  return list.length > 0 ? list.join(', ') : 'none'
}
