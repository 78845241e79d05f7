/**
 * The parts of a parsed workflow the engine uses, taken from the parser's converted template and, where
 * the converter drops them (a step's `with:`, `defaults`, `permissions`, typed `workflow_call` inputs and
 * outputs), from the template tokens it read.
 */
import type {TemplateToken} from '@actions/workflow-parser/templates/tokens/index'

export type InputType = 'string' | 'boolean' | 'number' | 'choice' | 'environment'

export interface InputDefinition {
  name: string
  type: InputType
  required: boolean
  default: TemplateToken | undefined
  options: string[] | undefined
}

export interface SecretDefinition {
  name: string
  required: boolean
}

/** A `name: value` entry of a mapping (an output, a `with:` or `secrets:` entry), its value unevaluated. */
export interface NamedToken {
  name: string
  value: TemplateToken
}

/** What `on.workflow_call` declares: the interface of a reusable workflow. */
export interface CallInterface {
  inputs: InputDefinition[]
  secrets: SecretDefinition[]
  outputs: NamedToken[]
}

export interface RunDefaults {
  shell: TemplateToken | undefined
  workingDirectory: TemplateToken | undefined
}

export interface WorkflowModel {
  file: string
  name: string
  env: TemplateToken | undefined
  permissions: TemplateToken | undefined
  defaults: RunDefaults
  /** `on.workflow_call`, when the workflow can be called. */
  call: CallInterface | undefined
  /** `on.workflow_dispatch.inputs`, when the workflow can be dispatched. */
  dispatchInputs: InputDefinition[] | undefined
  jobs: JobModel[]
}

interface JobBase {
  id: string
  needs: string[]
  /** The condition with its status function made explicit (`success() && (...)`), as the parser gives it. */
  if: string
  permissions: TemplateToken | undefined
  concurrency: TemplateToken | undefined
  /** Every template token of the job except its steps, for the wiring check. */
  tokens: TemplateToken[]
  /** Job keys the engine cannot honour (`strategy`, `services`, ...), refused rather than ignored. */
  unsupported: string[]
}

export interface StepsJob extends JobBase {
  kind: 'steps'
  env: TemplateToken | undefined
  outputs: NamedToken[]
  defaults: RunDefaults
  environment: TemplateToken | undefined
  steps: StepModel[]
}

export interface CallJob extends JobBase {
  kind: 'call'
  uses: string
  with: NamedToken[]
  secrets: NamedToken[]
  inheritSecrets: boolean
  /** The called workflow, once resolved. */
  called?: WorkflowModel
}

export type JobModel = StepsJob | CallJob

export interface StepModel {
  /** The `id:` the workflow gave, the only name `steps.<id>` can use. */
  id: string | undefined
  /** A name for messages and results: `name:` when literal, else `Run <uses or first script line>`. */
  label: string
  name: TemplateToken | undefined
  if: string
  continueOnError: boolean | TemplateToken
  env: TemplateToken | undefined
  run: TemplateToken | undefined
  uses: string | undefined
  with: NamedToken[]
  workingDirectory: TemplateToken | undefined
  shell: TemplateToken | undefined
  /** Every template token of the step except `if` (checked from `if` above), for the wiring check. */
  tokens: TemplateToken[]
}
