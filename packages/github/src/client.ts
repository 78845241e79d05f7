/**
 * The GitHub REST client every action here uses: `@octokit/rest` with the retry and throttling plugins,
 * so secondary rate limits, primary rate limits and 5xx answers are retried with the wait logged.
 */
import {ActionError} from '@deploy-actions/kit/errors'
import {retry} from '@octokit/plugin-retry'
import {throttling} from '@octokit/plugin-throttling'
import {Octokit} from '@octokit/rest'

export {parseRepository, type Repository, RepositoryNameError} from './repository'

export type GitHub = InstanceType<typeof Octokit>

export interface ClientOptions {
  token: string
  /** `GITHUB_API_URL` on the runner (GitHub Enterprise Server, or a local stand-in in tests). */
  baseUrl?: string
  /** How many times a rate-limited or failed request is tried again. */
  retries?: number
  /** Receives each retry and its wait. */
  log?: (message: string) => void
  /** Receives Octokit's own log of failed requests (with GitHub's request ids). */
  debug?: (message: string) => void
  /**
   * Milliseconds per unit of the retry waits: a 5xx is retried after 1, 4, 9… units, a rate limit after
   * its `retry-after` seconds in units. 1000 by default.
   */
  retryAfterBaseValue?: number
}

/**
 * Statuses the retry plugin leaves alone: its own list, plus 429, which is a rate limit the throttling
 * plugin waits out for as long as `retry-after` says (the retry plugin would retry it after one second).
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451]

interface RetrySettings {
  retry?: {retries?: number; retryAfterBaseValue?: number}
}

/**
 * Logs each server error the retry plugin is about to retry, with the wait. Registered before the retry
 * plugin, so its hook sits inside the retry loop and sees every attempt rather than only the last one.
 */
function logServerErrors(octokit: Pick<Octokit, 'hook' | 'log'>, options: RetrySettings) {
  const retries = options.retry?.retries ?? 3
  const base = options.retry?.retryAfterBaseValue ?? 1000
  // The retry plugin re-sends the same options object; Octokit shares its nested `request` object
  // between calls, so the retry count it keeps there is not this call's.
  const attempts = new WeakMap<object, number>()
  octokit.hook.error('request', (error, request) => {
    const status = (error as {status?: number}).status ?? 0
    const attempt = (attempts.get(request) ?? 0) + 1
    attempts.set(request, attempt)
    if (status >= 500 && !DO_NOT_RETRY.includes(status) && attempt <= retries) {
      // The wait the retry plugin computes from that shared count.
      const previous = (request.request as {retryCount?: number} | undefined)?.retryCount ?? 0
      octokit.log.warn(
        `GitHub answered ${status} to ${describe(request)}; retrying in ` +
          `${duration((previous + 1) ** 2 * base)} (retry ${attempt} of ${retries}).`,
      )
    }
    throw error
  })
}

/** `POST /repos/acme/app/releases` from Octokit's request options (a route template and its values). */
function describe(request: {method: string; url: string}): string {
  const values = request as unknown as Record<string, unknown>
  const url = request.url
    .replace(/\{\?[^}]*\}/g, '')
    .replace(/\{(\w+)\}/g, (whole, name: string) =>
      typeof values[name] === 'string' || typeof values[name] === 'number' ? String(values[name]) : whole,
    )
  const path = /^https?:\/\//.test(url) ? new URL(url).pathname : url.split('?')[0]
  return `${request.method} ${path}`
}

function duration(ms: number): string {
  return ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`
}

const RetryingOctokit = Octokit.plugin(logServerErrors, retry, throttling)

/**
 * The length of one "second" of the retry waits. `DEPLOY_ACTIONS_RETRY_BASE_MS` is the seam the tests of
 * the bundled actions use so that the retries they provoke take milliseconds; it is not a user setting.
 */
function retryBaseMs(options: ClientOptions, env: NodeJS.ProcessEnv): number {
  if (options.retryAfterBaseValue !== undefined) return options.retryAfterBaseValue
  const text = env['DEPLOY_ACTIONS_RETRY_BASE_MS']
  const value = Number(text)
  return text && Number.isFinite(value) && value >= 0 ? value : 1000
}

export function createClient(options: ClientOptions, env: NodeJS.ProcessEnv = process.env): GitHub {
  if (!options.token) {
    throw new ActionError(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression the user copies
      'The GitHub token is empty. Pass `${{ secrets.GITHUB_TOKEN }}` or a GitHub App / PAT token.',
    )
  }
  const log = options.log ?? (() => {})
  const retries = options.retries ?? 4
  const base = retryBaseMs(options, env)
  const onLimit =
    (kind: string) => (after: number, request: {method: string; url: string}, _o: unknown, count: number) => {
      if (count >= retries) {
        log(`GitHub ${kind} hit on ${describe(request)}; giving up after ${retries} retries.`)
        return false
      }
      log(
        `GitHub ${kind} hit on ${describe(request)}; retrying in ` +
          `${duration(after * base)} (retry ${count + 1} of ${retries}).`,
      )
      return true
    }
  return new RetryingOctokit({
    auth: options.token,
    baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: 'deploy-actions',
    log: {debug: () => {}, info: () => {}, warn: log, error: options.debug ?? (() => {})},
    retry: {retries, retryAfterBaseValue: base, doNotRetry: DO_NOT_RETRY},
    throttle: {
      retryAfterBaseValue: base,
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
    },
  })
}

/** HTTP status of an Octokit error, or undefined for anything else. */
export function statusOf(err: unknown): number | undefined {
  const status = (err as {status?: unknown} | null)?.status
  return typeof status === 'number' ? status : undefined
}
