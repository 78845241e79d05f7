/**
 * HTTP with the retry policy registries need: 429 and 5xx answers and dropped connections are retried with
 * exponential backoff and full jitter, `Retry-After` is honoured, and each attempt has its own timeout.
 * Node's fetch has no retry of its own, and the retry libraries on npm wrap other clients, so this is small
 * and local. Every request the registry code makes is idempotent (GET, HEAD, PUT of exact bytes, mount).
 */
import {ActionError} from '@deploy-actions/kit/errors'

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number
  /** First backoff in milliseconds; doubles each retry, with full jitter. */
  baseDelayMs: number
  maxDelayMs: number
  /** Per-attempt timeout in milliseconds. */
  timeoutMs: number
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  timeoutMs: 30_000,
}

export interface HttpDeps {
  fetch: typeof fetch
  sleep: (ms: number) => Promise<void>
  random: () => number
  log: (message: string) => void
}

export const defaultHttpDeps: HttpDeps = {
  fetch: (input, init) => fetch(input, init),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
  log: () => {},
}

export class HttpError extends ActionError {
  override name = 'HttpError'
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message)
  }
}

const RETRIED_STATUS = new Set([408, 429, 500, 502, 503, 504])

/** `fetch` with retries. Answers other than the retried ones are returned for the caller to judge. */
export async function fetchWithRetry(
  url: string,
  init: RequestInit,
  policy: RetryPolicy = DEFAULT_RETRY,
  deps: HttpDeps = defaultHttpDeps,
): Promise<Response> {
  const what = `${init.method ?? 'GET'} ${redactUrl(url)}`
  for (let attempt = 1; ; attempt++) {
    let response: Response | undefined
    let failure: string
    try {
      response = await deps.fetch(url, {...init, signal: AbortSignal.timeout(policy.timeoutMs)})
      if (!RETRIED_STATUS.has(response.status)) return response
      failure = `HTTP ${response.status}`
    } catch (err) {
      failure = describeNetworkError(err, policy.timeoutMs)
    }
    if (attempt >= policy.attempts) {
      if (response) return response
      throw new HttpError(`${what} failed after ${attempt} attempts: ${failure}.`, undefined)
    }
    const delay = retryDelay(response, attempt, policy, deps)
    await response?.body?.cancel().catch(() => {})
    deps.log(
      `${what}: ${failure}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${policy.attempts}).`,
    )
    await deps.sleep(delay)
  }
}

function retryDelay(
  response: Response | undefined,
  attempt: number,
  policy: RetryPolicy,
  deps: HttpDeps,
): number {
  const retryAfter = response ? parseRetryAfter(response.headers.get('retry-after'), Date.now()) : undefined
  if (retryAfter !== undefined) return Math.min(retryAfter, policy.maxDelayMs * 3)
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))
  return Math.round(deps.random() * ceiling)
}

/** `Retry-After` as delay-seconds or an HTTP date, in milliseconds. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

function describeNetworkError(err: unknown, timeoutMs: number): string {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) {
    return `no answer within ${timeoutMs / 1000} s`
  }
  const cause = (err as {cause?: {code?: string; message?: string}})?.cause
  return cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err))
}

/** A URL for messages: query strings (which can carry scopes or signed parameters) dropped. */
export function redactUrl(url: string): string {
  return url.replace(/\?.*$/, '')
}
