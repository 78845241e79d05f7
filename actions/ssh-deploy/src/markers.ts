/**
 * How a deployment script on the host reports back: lines `<prefix> <key> <value>` on stdout. The prefix
 * holds a random nonce per run, so nothing the application prints (container logs, kubectl events) can
 * forge a result.
 */
import {randomBytes} from 'node:crypto'

export interface Reports {
  previousImage?: string
  deployedImage?: string
  rolledBack?: boolean
  /** The script started changing the host (stopping, starting or restoring something). */
  changed?: boolean
  /** The host already ran what was to be deployed, and nothing was touched. */
  unchanged?: boolean
  /** Why the deployment failed, as the script saw it. */
  failure?: string
  /** Container logs or rollout events collected on failure. */
  details: string[]
}

export function newMarkerPrefix(): string {
  return `::ssh-deploy-${randomBytes(8).toString('hex')}::`
}

/** Returns true when the line was a report (and so is not application output). */
export function readReport(prefix: string, line: string, reports: Reports): boolean {
  if (!line.startsWith(`${prefix} `)) return false
  const rest = line.slice(prefix.length + 1)
  const space = rest.indexOf(' ')
  const key = space < 0 ? rest : rest.slice(0, space)
  const value = space < 0 ? '' : rest.slice(space + 1)
  if (key === 'previous-image') reports.previousImage = value
  else if (key === 'deployed-image') reports.deployedImage = value
  else if (key === 'rolled-back') reports.rolledBack = value === 'true'
  else if (key === 'changed') reports.changed = value === 'true'
  else if (key === 'unchanged') reports.unchanged = value === 'true'
  else if (key === 'failure') reports.failure = value
  else if (key === 'detail') reports.details.push(value)
  return true
}
