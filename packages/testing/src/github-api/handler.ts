/**
 * What an operation handler of the GitHub API stand-in receives and returns. Handlers are keyed by the
 * operation's `operationId` in GitHub's OpenAPI description (`repos/create-release`), receive a request
 * that already passed the contract, and return a response the server checks against the contract too.
 */
import type {IncomingHttpHeaders} from 'node:http'
import type {Urls} from './render'
import type {GitHubState, RepoState} from './state'

export interface ApiRequest {
  operationId: string
  method: string
  /** Path parameters, percent-decoded. */
  params: Record<string, string>
  query: URLSearchParams
  /** The parsed JSON body, or `undefined`. */
  body: unknown
  /** The raw body (release asset uploads). */
  raw: Buffer
  headers: IncomingHttpHeaders
}

export interface ApiResponse {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export interface HandlerContext {
  state: GitHubState
  urls: Urls
  /** The login the request's token belongs to. */
  login: string
}

export type OperationHandler = (request: ApiRequest, context: HandlerContext) => ApiResponse

export type HandlerMap = Record<string, OperationHandler>

const DOCS = 'https://docs.github.com/rest'

/** A failure answered the way GitHub answers it: `{message, documentation_url[, errors]}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: {resource: string; code: string; field?: string; message?: string}[],
  ) {
    super(message)
  }

  toResponse(): ApiResponse {
    return {
      status: this.status,
      body: {
        message: this.message,
        documentation_url: DOCS,
        ...(this.errors ? {errors: this.errors} : {}),
        status: String(this.status),
      },
    }
  }
}

export function notFound(): ApiError {
  return new ApiError(404, 'Not Found')
}

/** The repository named by the `owner` and `repo` path parameters, or a 404. */
export function repoOf(request: ApiRequest, context: HandlerContext): RepoState {
  const repo = context.state.repo(request.params['owner'] ?? '', request.params['repo'] ?? '')
  if (!repo) throw notFound()
  return repo
}

/** A JSON object body's fields (the contract has already checked their types). */
export function fields(request: ApiRequest): Record<string, unknown> {
  return request.body && typeof request.body === 'object' ? (request.body as Record<string, unknown>) : {}
}

/**
 * One page of a list, with GitHub's `Link` header (`rel="next"`, `rel="last"`), which is what Octokit's
 * paginate follows.
 */
export function page<T>(request: ApiRequest, context: HandlerContext, path: string, items: T[]): ApiResponse {
  const perPage = Math.min(Number(request.query.get('per_page') ?? 30) || 30, 100)
  const current = Math.max(Number(request.query.get('page') ?? 1) || 1, 1)
  const last = Math.max(Math.ceil(items.length / perPage), 1)
  const link = (n: number, rel: string) => {
    const url = new URL(`${context.urls.api}${path}`)
    for (const [key, value] of request.query) if (key !== 'page') url.searchParams.set(key, value)
    url.searchParams.set('per_page', String(perPage))
    url.searchParams.set('page', String(n))
    return `<${url}>; rel="${rel}"`
  }
  const links = current < last ? [link(current + 1, 'next'), link(last, 'last')] : []
  return {
    status: 200,
    body: items.slice((current - 1) * perPage, current * perPage),
    ...(links.length > 0 ? {headers: {link: links.join(', ')}} : {}),
  }
}
