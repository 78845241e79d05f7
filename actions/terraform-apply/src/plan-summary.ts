/**
 * What a plan does, read from `terraform show -json <plan>` (Terraform's documented JSON output format):
 * the counts Terraform prints in its "Plan:" line, each resource's action, and which resources would be
 * destroyed (a delete, or a replace: `["delete","create"]` or `["create","delete"]`).
 */

/** The parts of the JSON plan representation read here. */
export interface PlanJson {
  format_version?: string
  terraform_version?: string
  resource_changes?: {address: string; action_reason?: string; change: {actions: string[]}}[]
  output_changes?: Record<string, {actions: string[]}>
  applyable?: boolean
  errored?: boolean
}

export type ResourceAction = 'create' | 'update' | 'delete' | 'replace' | 'read' | 'forget' | 'no-op'

export interface ResourceChange {
  address: string
  action: ResourceAction
}

export interface PlanSummary {
  toAdd: number
  toChange: number
  toDestroy: number
  toReplace: number
  /** Resources that would be deleted, including replaced ones: what the destroy guard stops. */
  destroyed: string[]
  /** Resources with an action other than no-op and read, in plan order. */
  resources: ResourceChange[]
  /** Outputs whose value changes. */
  outputChanges: string[]
  /** True when the plan changes resources or outputs: applying it would do something. */
  changes: boolean
}

export function actionOf(actions: readonly string[]): ResourceAction {
  const key = actions.join(',')
  switch (key) {
    case 'create':
    case 'update':
    case 'delete':
    case 'read':
    case 'forget':
    case 'no-op':
      return key
    case 'delete,create':
    case 'create,delete':
      return 'replace'
    default:
      // An action list this version does not know: anything that deletes counts as a replace, so the
      // destroy guard errs on the safe side.
      return actions.includes('delete') ? 'replace' : 'update'
  }
}

export function summarizePlan(plan: PlanJson): PlanSummary {
  const resources: ResourceChange[] = []
  for (const rc of plan.resource_changes ?? []) {
    const action = actionOf(rc.change.actions)
    if (action !== 'no-op' && action !== 'read') resources.push({address: rc.address, action})
  }
  const count = (...actions: ResourceAction[]) => resources.filter((r) => actions.includes(r.action)).length
  const outputChanges = Object.entries(plan.output_changes ?? {})
    .filter(([, c]) => !c.actions.every((a) => a === 'no-op'))
    .map(([name]) => name)
  return {
    toAdd: count('create', 'replace'),
    toChange: count('update'),
    toDestroy: count('delete', 'replace'),
    toReplace: count('replace'),
    destroyed: resources.filter((r) => r.action === 'delete' || r.action === 'replace').map((r) => r.address),
    resources,
    outputChanges,
    changes: resources.length > 0 || outputChanges.length > 0,
  }
}

/** One line in Terraform's own words, e.g. "Plan: 1 to add, 0 to change, 1 to destroy (1 replaced)." */
export function planLine(s: PlanSummary): string {
  if (s.resources.length === 0) {
    return s.outputChanges.length
      ? `No resource changes; ${s.outputChanges.length} output(s) change.`
      : 'No changes.'
  }
  const forgotten = s.resources.filter((r) => r.action === 'forget').length
  const extras = [
    ...(s.toReplace ? [`${s.toReplace} replaced`] : []),
    ...(forgotten ? [`${forgotten} to forget`] : []),
  ]
  return `Plan: ${s.toAdd} to add, ${s.toChange} to change, ${s.toDestroy} to destroy${extras.length ? ` (${extras.join(', ')})` : ''}.`
}
