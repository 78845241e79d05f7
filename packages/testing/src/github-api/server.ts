/**
 * A local stand-in for GitHub's REST API, for tests of code that uses the real `@octokit/rest` client.
 *
 * An HTTP server on 127.0.0.1 (a free port) that keeps state (see `state.ts`) and checks EVERY request and
 * EVERY response against GitHub's official OpenAPI description (`@octokit/openapi`, api.github.com) with
 * `openapi-backend`: a request the real API would reject is answered 422 and recorded in `violations`, and
 * so is a response of the stand-in that the real API could not give. Tests assert `violations` is empty.
 *
 * Operations are served by handlers keyed by `operationId`; `release-handlers.ts` and `git-handlers.ts`
 * are the built-in ones, and `startGitHubApi({handlers})` adds or replaces others. Release assets are
 * uploaded under `/uploads/`, the origin the stand-in hands out in `upload_url`, as github.com hands out
 * uploads.github.com. Faults (server errors, secondary rate limits) are injected with `inject()`.
 */
import {randomUUID} from 'node:crypto'
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import type {Operation} from 'openapi-backend'
import {type Contract, loadContract} from './contract'
import {type Fault, Faults, faultResponse} from './faults'
import {gitHandlers} from './git-handlers'
import {ApiError, type ApiRequest, type ApiResponse, type HandlerMap} from './handler'
import {releaseHandlers} from './release-handlers'
import type {Urls} from './render'
import {GitHubState} from './state'

export type {Fault} from './faults'
export type {ApiRequest, ApiResponse, HandlerContext, HandlerMap, OperationHandler} from './handler'
export {ApiError} from './handler'

export interface GitHubApiOptions {
  /** The only token accepted; any other gets 401 Bad credentials. Any token is accepted when unset. */
  token?: string
  /** The account the token belongs to (authors of releases and assets). */
  login?: string
  /** Handlers added to the built-in ones (or replacing them), keyed by operationId. */
  handlers?: HandlerMap
  state?: GitHubState
}

export interface LoggedRequest {
  operationId: string | undefined
  method: string
  /** The path without the query, as sent (uploads keep their `/uploads` prefix). */
  path: string
  query: string
  status: number
  /** The parsed JSON body, if any. */
  body: unknown
  bytes: number
  /** The status of the injected fault that answered this request. */
  fault?: number
}

export interface GitHubApi {
  /** The base URL to give Octokit (`baseUrl`) or an action (`GITHUB_API_URL`). */
  url: string
  urls: Urls
  state: GitHubState
  /** Every request, in order. */
  log: LoggedRequest[]
  /** Contract violations: requests GitHub would reject and responses GitHub could not give. */
  violations: string[]
  /** How long loading the OpenAPI description took (once per process). */
  contractLoadMs: number
  inject(fault: Fault): void
  clearFaults(): void
  /** Logged requests to one operation. */
  calls(operationId: string): LoggedRequest[]
  close(): Promise<void>
}

const DEFAULT_HANDLERS: HandlerMap = {...gitHandlers, ...releaseHandlers}
const UPLOAD_OPERATION = 'repos/upload-release-asset'
const UPLOADS_PREFIX = '/uploads'
/** Statuses GitHub gives for any operation, whether or not its description lists them. */
const GENERIC_STATUSES = [401, 403, 429, 500, 502, 503]

export async function startGitHubApi(options: GitHubApiOptions = {}): Promise<GitHubApi> {
  const contract = await loadContract()
  const state = options.state ?? new GitHubState()
  const handlers = {...DEFAULT_HANDLERS, ...options.handlers}
  const faults = new Faults()
  const log: LoggedRequest[] = []
  const violations: string[] = []
  const urls: Urls = {api: '', uploads: '', web: 'https://github.com'}

  const server = createServer((req, res) => {
    readBody(req)
      .then((raw) => {
        const entry = handle(req.method ?? 'GET', req.url ?? '/', req.headers, raw)
        log.push(entry.logged)
        send(res, entry.response)
      })
      .catch((err: unknown) => {
        violations.push(`stand-in failure on ${req.method} ${req.url}: ${String(err)}`)
        send(res, {status: 500, body: {message: 'Stand-in failure'}})
      })
  })

  function handle(
    method: string,
    rawUrl: string,
    headers: IncomingMessage['headers'],
    raw: Buffer,
  ): {response: ApiResponse; logged: LoggedRequest} {
    const url = new URL(rawUrl, 'http://stand-in')
    const isUpload = url.pathname.startsWith(`${UPLOADS_PREFIX}/`)
    const path = isUpload ? url.pathname.slice(UPLOADS_PREFIX.length) : url.pathname
    const body = parseJson(headers['content-type'], raw)
    const logged: LoggedRequest = {
      operationId: undefined,
      method,
      path: url.pathname,
      query: url.search,
      status: 0,
      body: body.value,
      bytes: raw.length,
    }
    const answer = (response: ApiResponse) => {
      logged.status = response.status
      return {response, logged}
    }
    const what = `${method} ${url.pathname}${url.search}`

    const operation = contract.match(method, path)
    const operationId = operation?.operationId
    logged.operationId = operationId
    if (!operation || !operationId || isUpload !== (operationId === UPLOAD_OPERATION)) {
      violations.push(
        `${what}: no operation of GitHub's API answers this ${isUpload ? 'upload ' : ''}request`,
      )
      return answer(new ApiError(404, 'Not Found').toResponse())
    }
    const login = authenticate(headers['authorization'], options)
    if (login === undefined) return answer(new ApiError(401, 'Requires authentication').toResponse())
    if (login === null) return answer(new ApiError(401, 'Bad credentials').toResponse())

    const before = faults.take(operationId, false)
    if (before) {
      logged.fault = before.status
      return answer(faultResponse(before))
    }

    const problems = body.error
      ? [body.error]
      : requestProblems(contract, operation, method, path, url, headers, body.value)
    if (problems.length > 0) {
      violations.push(`${what} (${operationId}): request breaks the contract: ${problems.join('; ')}`)
      return answer(new ApiError(422, `Invalid request.\n\n${problems.join('\n')}`).toResponse())
    }
    const handler = handlers[operationId]
    if (!handler) {
      violations.push(`${what}: the stand-in has no handler for ${operationId}`)
      return answer({status: 501, body: {message: `Not implemented by the stand-in: ${operationId}`}})
    }

    let response: ApiResponse
    try {
      const request: ApiRequest = {
        operationId,
        method,
        params: pathParams(operation.path, path),
        query: url.searchParams,
        body: body.value,
        raw,
        headers,
      }
      response = handler(request, {state, urls, login})
    } catch (err) {
      if (!(err instanceof ApiError)) throw err
      response = err.toResponse()
    }
    const after = faults.take(operationId, true)
    if (after) {
      logged.fault = after.status
      return answer(faultResponse(after))
    }
    const responseProblems = responseProblemsOf(contract, operation, response)
    if (responseProblems.length > 0) {
      violations.push(
        `${what} (${operationId}): ${response.status} response breaks the contract: ${responseProblems.join('; ')}`,
      )
    }
    return answer(response)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const {port} = server.address() as AddressInfo
  urls.api = `http://127.0.0.1:${port}`
  urls.uploads = `http://127.0.0.1:${port}${UPLOADS_PREFIX}`

  return {
    url: urls.api,
    urls,
    state,
    log,
    violations,
    contractLoadMs: contract.loadMs,
    inject: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    calls: (operationId) => log.filter((entry) => entry.operationId === operationId),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()))
        server.closeAllConnections()
      }),
  }
}

/** The token's login, `undefined` without credentials, `null` for a token that is not accepted. */
function authenticate(header: string | undefined, options: GitHubApiOptions): string | null | undefined {
  const token = /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? '')?.[1]
  if (!token) return undefined
  if (options.token !== undefined && token !== options.token) return null
  return options.login ?? 'github-actions[bot]'
}

function requestProblems(
  contract: Contract,
  operation: Operation,
  method: string,
  path: string,
  url: URL,
  headers: IncomingMessage['headers'],
  body: unknown,
): string[] {
  const result = contract.backend.validator.validateRequest(
    {
      method,
      path: `${path}${url.search}`,
      headers: headers as Record<string, string | string[]>,
      ...(body === undefined ? {} : {body}),
    },
    operation,
  )
  return (result.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`)
}

function responseProblemsOf(contract: Contract, operation: Operation, response: ApiResponse): string[] {
  const documented = Object.keys(operation.responses ?? {})
  const status = String(response.status)
  if (!documented.includes(status) && !documented.includes('default')) {
    if (GENERIC_STATUSES.includes(response.status)) return []
    return [`status ${status} is not one GitHub documents for this operation (${documented.join(', ')})`]
  }
  if (response.body === undefined) return []
  const body = JSON.parse(JSON.stringify(response.body))
  const result = contract.backend.validator.validateResponse(body, operation, response.status)
  return (result.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`)
}

/** Path parameters of `template` (`/repos/{owner}/{repo}`) in `path`, percent-decoded. */
function pathParams(template: string, path: string): Record<string, string> {
  const names = template.split('/')
  const values = path.replace(/\/$/, '').split('/')
  const params: Record<string, string> = {}
  names.forEach((name, i) => {
    const match = /^\{(.+)\}$/.exec(name)
    if (match) params[match[1]!] = decodeURIComponent(values[i] ?? '')
  })
  return params
}

function parseJson(contentType: string | undefined, raw: Buffer): {value: unknown; error?: string} {
  if (raw.length === 0 || !/json/i.test(contentType ?? '')) return {value: undefined}
  try {
    return {value: JSON.parse(raw.toString('utf8'))}
  } catch (err) {
    return {value: undefined, error: `the body is not JSON: ${(err as Error).message}`}
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, response: ApiResponse): void {
  const headers: Record<string, string> = {
    'x-github-request-id': randomUUID(),
    'x-github-api-version-selected': '2022-11-28',
    ...response.headers,
  }
  if (response.body === undefined) {
    res.writeHead(response.status, headers).end()
    return
  }
  const text = JSON.stringify(response.body)
  res
    .writeHead(response.status, {
      ...headers,
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(text)),
    })
    .end(text)
}
