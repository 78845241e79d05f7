/**
 * Reads one workflow file with GitHub's parser (`parseWorkflow`, then `convertWorkflowTemplate`) into the
 * engine's model. Every parser error is reported, with the file, line and column the parser gives.
 */
import {readFileSync} from 'node:fs'
import {
  convertWorkflowTemplate,
  isBasicExpression,
  isSequence,
  isString,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser'
import {isActionStep, isRunStep} from '@actions/workflow-parser/model/type-guards'
import type {
  Job,
  ReusableWorkflowJob,
  Step,
  WorkflowJob,
} from '@actions/workflow-parser/model/workflow-template'
import type {MappingToken, TemplateToken} from '@actions/workflow-parser/templates/tokens/index'
import {entries, field, mappingOf, stringValue} from './tokens'
import {readCallInterface, readDispatchInputs} from './triggers'
import type {JobModel, RunDefaults, StepModel, WorkflowModel} from './workflow-model'

/** Problems found before anything ran; the message lists every one of them. */
export class WorkflowProblems extends Error {
  constructor(
    readonly heading: string,
    readonly problems: readonly string[],
  ) {
    super(`${heading}\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'WorkflowProblems'
  }
}

export type LoadResult = {workflow: WorkflowModel; problems: []} | {workflow: undefined; problems: string[]}

export async function loadWorkflow(file: string): Promise<LoadResult> {
  let content: string
  try {
    content = readFileSync(file, 'utf8')
  } catch (err) {
    return {workflow: undefined, problems: [`${file}: cannot read the file: ${(err as Error).message}`]}
  }
  const parsed = parseWorkflow({name: file, content}, new NoOperationTraceWriter())
  const root = parsed.value
  const template = root ? await convertWorkflowTemplate(parsed.context, root) : undefined
  const errors = parsed.context.errors.getErrors().map((e) => e.message)
  if (!root || !template || errors.length > 0) {
    return {
      workflow: undefined,
      problems: errors.length > 0 ? errors : [`${file}: the file holds no workflow`],
    }
  }
  const rawJobs = field(root, 'jobs')
  return {
    workflow: {
      file,
      name: stringValue(field(root, 'name')) ?? file,
      env: field(root, 'env'),
      permissions: field(root, 'permissions'),
      defaults: runDefaults(field(root, 'defaults')),
      call: readCallInterface(field(root, 'on')),
      dispatchInputs: readDispatchInputs(field(root, 'on')),
      jobs: template.jobs.map((job) => toJob(job, mappingOf(field(rawJobs, job.id.value)))),
    },
    problems: [],
  }
}

/** What a run here would silently get wrong: a matrix run once, services or a container not started. */
const UNSUPPORTED_JOB_KEYS = ['strategy', 'services', 'container', 'continue-on-error']

function toJob(job: WorkflowJob, raw: MappingToken | undefined): JobModel {
  const common = {
    id: job.id.value,
    needs: (job.needs ?? []).map((n) => n.value),
    if: job.if?.expression ?? 'success()',
    permissions: field(raw, 'permissions'),
    concurrency: job.concurrency,
    tokens: entries(raw)
      .filter((e) => e.name !== 'if' && e.name !== 'steps')
      .map((e) => e.value),
    unsupported: entries(raw)
      .map((e) => e.name)
      .filter((name) => UNSUPPORTED_JOB_KEYS.includes(name)),
  }
  if (job.type === 'reusableWorkflowJob') {
    const call = job as ReusableWorkflowJob
    return {
      ...common,
      kind: 'call',
      uses: call.ref.value,
      with: entries(call['input-values']),
      secrets: entries(call['secret-values']),
      inheritSecrets: call['inherit-secrets'] === true,
    }
  }
  const steps = (job as Job).steps
  const rawSteps = field(raw, 'steps')
  return {
    ...common,
    kind: 'steps',
    env: (job as Job).env,
    outputs: entries(job.outputs),
    defaults: runDefaults(field(raw, 'defaults')),
    environment: (job as Job).environment,
    steps: steps.map((step, i) => toStep(step, stepAt(rawSteps, i))),
  }
}

/** The raw mapping of the converted step at `index`: the converter keeps the order of `steps:`. */
function stepAt(steps: TemplateToken | undefined, index: number): MappingToken | undefined {
  return steps && isSequence(steps) && index < steps.count ? mappingOf(steps.get(index)) : undefined
}

function toStep(step: Step, raw: MappingToken | undefined): StepModel {
  const run = isRunStep(step) ? step.run : undefined
  const uses = isActionStep(step) ? step.uses.value : undefined
  const name = 'name' in step ? step.name : undefined
  const continueOnError = step['continue-on-error']
  return {
    id: stringValue(field(raw, 'id')),
    label: (name && isString(name) ? name.value : undefined) ?? defaultLabel(run, uses),
    name,
    if: ('if' in step ? step.if?.expression : undefined) ?? 'success()',
    continueOnError: (continueOnError as boolean | TemplateToken | undefined) ?? false,
    env: 'env' in step ? step.env : undefined,
    run,
    uses,
    with: entries(field(raw, 'with')),
    workingDirectory: field(raw, 'working-directory'),
    shell: field(raw, 'shell'),
    tokens: entries(raw)
      .filter((e) => e.name !== 'if')
      .map((e) => e.value),
  }
}

/** The name GitHub shows for a step without `name:`. */
function defaultLabel(run: TemplateToken | undefined, uses: string | undefined): string {
  if (uses) return `Run ${uses}`
  const script = run && isString(run) ? run.value : run && isBasicExpression(run) ? (run.source ?? '') : ''
  return `Run ${script.trim().split('\n')[0] ?? ''}`.trim()
}

function runDefaults(defaults: TemplateToken | undefined): RunDefaults {
  const run = field(defaults, 'run')
  return {shell: field(run, 'shell'), workingDirectory: field(run, 'working-directory')}
}
