/**
 * What the runner says about the run: the event, its ref and commit, and the repository's URL.
 */
import {readFileSync} from 'node:fs'
import {ActionError, errorMessage} from '@deploy-actions/kit/errors'

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review'])

export interface RunContext {
  eventName: string
  /** `refs/heads/main`, `refs/pull/7/merge`, `refs/tags/v1.0.0`, or `''` outside a runner. */
  ref: string
  /** `GITHUB_SHA`: for pull requests, the merge commit GitHub made, not the branch's head. */
  sha: string
  /** The pull request's head commit on pull request events. */
  pullRequestHeadSha: string | undefined
  /** `https://github.com/owner/repo` when the runner names the repository. */
  repositoryUrl: string | undefined
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const eventName = env['GITHUB_EVENT_NAME'] ?? ''
  const payload = readPayload(env['GITHUB_EVENT_PATH'])
  const server = (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, '')
  const repository = env['GITHUB_REPOSITORY']
  return {
    eventName,
    ref: env['GITHUB_REF'] ?? '',
    sha: env['GITHUB_SHA'] ?? '',
    pullRequestHeadSha: PULL_REQUEST_EVENTS.has(eventName) ? headSha(payload) : undefined,
    repositoryUrl: repository ? `${server}/${repository}` : undefined,
  }
}

export function isPullRequest(ctx: RunContext): boolean {
  return PULL_REQUEST_EVENTS.has(ctx.eventName)
}

/** The branch a `refs/heads/...` ref names, else `undefined` (tags, pull request refs). */
export function branchOfRef(ref: string): string | undefined {
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined
}

/**
 * A browsable https URL for a git remote, without credentials: `git@github.com:o/r.git` and
 * `https://x-access-token:...@github.com/o/r` both become `https://github.com/o/r`.
 */
export function publicRepositoryUrl(remote: string): string | undefined {
  const scp = /^[\w.-]+@([\w.-]+):(.+?)(?:\.git)?\/?$/.exec(remote)
  if (scp) return `https://${scp[1]}/${scp[2]}`
  try {
    const url = new URL(remote)
    if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol)) return undefined
    return `https://${url.hostname}${url.pathname.replace(/\.git$/, '').replace(/\/+$/, '')}`
  } catch {
    return undefined
  }
}

/** A payload the runner names but that cannot be read fails loudly: a PR would else be versioned by its merge commit. */
function readPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {}
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  } catch (err) {
    throw new ActionError(
      `Cannot read the event payload GITHUB_EVENT_PATH names (${path}): ${errorMessage(err)}`,
    )
  }
}

function headSha(payload: Record<string, unknown>): string | undefined {
  const pr = payload['pull_request'] as {head?: {sha?: unknown}} | undefined
  return typeof pr?.head?.sha === 'string' ? pr.head.sha : undefined
}
