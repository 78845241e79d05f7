/**
 * Failures the GitHub API stand-in injects on purpose: server errors and secondary rate limits, before
 * a request is handled (nothing changed) or after (the change is made, the answer is lost, as when a
 * proxy times out), on chosen operations or on any.
 */
import type {ApiResponse} from './handler'

export interface Fault {
  /** Only requests to this operation (`repos/create-release`); any operation when unset. */
  operationId?: string
  /** 500, 502 and 503 are server errors; 403 and 429 are GitHub's secondary rate limit. */
  status: 500 | 502 | 503 | 403 | 429
  /** How many matching requests fail; 1 by default. */
  times?: number
  /** Matching requests let through before the first failure; 0 by default. */
  skip?: number
  /** Handle the request, then answer with the failure instead of the result. */
  afterHandling?: boolean
  /** Seconds in the `retry-after` header of a rate limit; 1 by default. */
  retryAfter?: number
}

interface ActiveFault extends Fault {
  remaining: number
  toSkip: number
}

export class Faults {
  private readonly active: ActiveFault[] = []

  add(fault: Fault): void {
    this.active.push({...fault, remaining: fault.times ?? 1, toSkip: fault.skip ?? 0})
  }

  clear(): void {
    this.active.length = 0
  }

  /** The fault this request must suffer at this stage, if any; consumes one of its occurrences. */
  take(operationId: string, afterHandling: boolean): Fault | undefined {
    for (const fault of this.active) {
      if (fault.remaining <= 0 || Boolean(fault.afterHandling) !== afterHandling) continue
      if (fault.operationId !== undefined && fault.operationId !== operationId) continue
      if (fault.toSkip > 0) {
        fault.toSkip -= 1
        continue
      }
      fault.remaining -= 1
      return fault
    }
    return undefined
  }
}

const RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
  'If you reach out to GitHub Support for help, please include the request ID.'

export function faultResponse(fault: Fault): ApiResponse {
  if (fault.status === 403 || fault.status === 429) {
    return {
      status: fault.status,
      body: {
        message: RATE_LIMIT_MESSAGE,
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      },
      headers: {'retry-after': String(fault.retryAfter ?? 1)},
    }
  }
  return {status: fault.status, body: {message: 'Server Error'}}
}
