/** Facts about the triggering event that decide whether and where to comment. */
import {readFileSync} from 'node:fs'

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target']

/**
 * The pull request number from the event payload: `pull_request` / `pull_request_target` events, and
 * comments on a pull request (`issue_comment` whose issue is a pull request). Undefined otherwise.
 */
export function pullRequestNumber(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const eventName = env['GITHUB_EVENT_NAME'] ?? ''
  const path = env['GITHUB_EVENT_PATH']
  if (!path) return undefined
  const payload = readPayload(path)
  if (PULL_REQUEST_EVENTS.includes(eventName)) return positive(payload.pull_request?.number ?? payload.number)
  if (eventName === 'issue_comment' && payload.issue?.pull_request) return positive(payload.issue.number)
  return undefined
}

interface Payload {
  number?: unknown
  pull_request?: {number?: unknown}
  issue?: {number?: unknown; pull_request?: unknown}
}

function readPayload(path: string): Payload {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Payload
  } catch (err) {
    throw new Error(`The event payload ${path} could not be read: ${(err as Error).message}`)
  }
}

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined
}
