/**
 * The job facts a test may assert on without running anything for them: the deployment environment,
 * the token permissions and the concurrency group, evaluated as GitHub evaluates them.
 */
import {isString} from '@actions/workflow-parser'
import type {TemplateToken} from '@actions/workflow-parser/templates/tokens/index'
import {evaluateText, evaluateToken, isTruthy, type Scope, toPlain, toText} from './expressions'
import {field} from './tokens'
import type {JobModel, WorkflowModel} from './workflow-model'

export interface JobSettings {
  environment?: string
  permissions?: unknown
  concurrency?: {group: string; cancelInProgress: boolean}
}

export function jobSettings(job: JobModel, workflow: WorkflowModel, scope: Scope): JobSettings {
  const settings: JobSettings = {}
  const environment = job.kind === 'steps' ? job.environment : undefined
  if (environment) {
    settings.environment = isString(environment)
      ? environment.value
      : (evaluateText(field(environment, 'name') ?? environment, scope) ?? '')
  }
  const permissions = job.permissions ?? workflow.permissions
  if (permissions) settings.permissions = toPlain(evaluateToken(permissions, scope))
  if (job.concurrency) settings.concurrency = concurrency(job.concurrency, scope)
  return settings
}

function concurrency(token: TemplateToken, scope: Scope): {group: string; cancelInProgress: boolean} {
  const group = field(token, 'group')
  if (!group) return {group: toText(evaluateToken(token, scope)), cancelInProgress: false}
  const cancel = field(token, 'cancel-in-progress')
  return {
    group: toText(evaluateToken(group, scope)),
    cancelInProgress: cancel ? isTruthy(evaluateToken(cancel, scope)) : false,
  }
}
