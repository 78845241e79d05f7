/**
 * Why a Terraform command failed, in a form a workflow can branch on (`failure-reason`) and a message a
 * person can act on. Lock and stale-plan errors are recognised from the text Terraform prints for them
 * (the same text its `-json` diagnostics carry); configuration errors are located with
 * `terraform validate -json`, whose diagnostics name the file and line.
 */
import {relative, resolve} from 'node:path'
import type {Diagnostic, TerraformError} from './terraform'

export type FailureReason =
  | 'state-locked'
  | 'stale-plan'
  | 'invalid-configuration'
  | 'destroy-guard'
  | 'init-failed'
  | 'workspace-failed'
  | 'plan-failed'
  | 'apply-failed'
  | 'terraform-failed'

export interface LockInfo {
  id: string
  path: string
  operation: string
  who: string
  version: string
  created: string
  info: string
  /** The backend's own words, e.g. "Workspace is already locked: default". */
  error: string
}

export interface Located {
  message: string
  file: string
  line: number
  column: number
}

export interface Failure {
  reason: FailureReason
  message: string
  lock?: LockInfo
  /** Configuration errors with their place, the first one is the step's error annotation. */
  located: Located[]
}

const LOCK_FIELDS: Record<string, keyof LockInfo> = {
  ID: 'id',
  Path: 'path',
  Operation: 'operation',
  Who: 'who',
  Version: 'version',
  Created: 'created',
  Info: 'info',
}

/** The "Lock Info:" block Terraform prints with "Error acquiring the state lock". */
export function parseLockInfo(text: string): LockInfo | undefined {
  if (!/Error acquiring the state lock/.test(text)) return undefined
  const lock: LockInfo = {
    id: '',
    path: '',
    operation: '',
    who: '',
    version: '',
    created: '',
    info: '',
    error: '',
  }
  const error = /Error message:\s*(.*)/.exec(text)
  if (error) lock.error = error[1]!.trim()
  const block = text.slice(text.indexOf('Lock Info:'))
  for (const m of block.matchAll(/^\s*(ID|Path|Operation|Who|Version|Created|Info):[ \t]*(.*)$/gm)) {
    const key = LOCK_FIELDS[m[1]!]!
    if (!lock[key]) lock[key] = m[2]!.trim()
  }
  return lock
}

export function isStalePlan(text: string): boolean {
  return /Saved plan is stale/.test(text)
}

/**
 * Explains a failed command. `diagnostics` are `validate -json`'s, asked for only when the failure
 * is not a lock or stale plan; paths in annotations are relative to `workspace` (the repository root).
 */
export async function explainFailure(
  err: TerraformError,
  context: {workingDirectory: string; workspace: string; planFile?: string; lockTimeoutMs: number},
  diagnostics: () => Promise<Diagnostic[]>,
): Promise<Failure> {
  const lock = parseLockInfo(err.stderr)
  if (lock) {
    return {reason: 'state-locked', message: lockMessage(lock, context.lockTimeoutMs), lock, located: []}
  }
  if (isStalePlan(err.stderr)) {
    return {
      reason: 'stale-plan',
      message:
        `The saved plan ${context.planFile ?? ''} is stale: the state changed after it was made (another apply ` +
        'ran since). Nothing was applied. Run the plan again and review the new plan.',
      located: [],
    }
  }
  const located = locate(await diagnostics(), context)
  if (located.length > 0) {
    const first = located[0]!
    const more = located.length > 1 ? ` (and ${located.length - 1} more error(s), annotated)` : ''
    return {
      reason: 'invalid-configuration',
      message: `The Terraform configuration is invalid: ${first.message} (${first.file} line ${first.line})${more}.`,
      located,
    }
  }
  return {reason: stepReason(err.step), message: err.message, located: []}
}

function locate(
  diagnostics: readonly Diagnostic[],
  context: {workingDirectory: string; workspace: string},
): Located[] {
  return diagnostics.flatMap((d) => {
    if (d.severity !== 'error' || !d.range) return []
    const file = relative(context.workspace, resolve(context.workingDirectory, d.range.filename))
    const detail = d.detail ? `: ${d.detail.split('\n')[0]}` : ''
    return [{message: `${d.summary}${detail}`, file, line: d.range.start.line, column: d.range.start.column}]
  })
}

function stepReason(step: TerraformError['step']): FailureReason {
  switch (step) {
    case 'init':
      return 'init-failed'
    case 'workspace':
      return 'workspace-failed'
    case 'plan':
      return 'plan-failed'
    case 'apply':
      return 'apply-failed'
    default:
      return 'terraform-failed'
  }
}

function lockMessage(lock: LockInfo, lockTimeoutMs: number): string {
  const facts = [
    lock.id && `ID ${lock.id}`,
    lock.who && `who ${lock.who}`,
    lock.operation && `operation ${lock.operation}`,
    lock.created && `created ${lock.created}`,
    lock.path && `path ${lock.path}`,
  ].filter(Boolean)
  const waited = lockTimeoutMs > 0 ? ` after waiting ${lockTimeoutMs / 1000} s (lock-timeout)` : ''
  return (
    `The Terraform state is locked${waited}${lock.error ? `: ${lock.error}` : ''}. Lock info: ${facts.join(', ')}. ` +
    'Another run is using this state: wait for it, or set lock-timeout to wait for it. A lock left by a ' +
    `cancelled run can be released deliberately with 'terraform force-unlock ${lock.id || '<ID>'}' run against the ` +
    'same backend and workspace.'
  )
}
