/**
 * GitHub's official OpenAPI description of api.github.com (`@octokit/openapi`), loaded once per process
 * and wrapped by `openapi-backend`, which routes a request to its operation and validates requests and
 * responses with Ajv.
 *
 * The document is 13 MB with about 1,000 operations. `openapi-backend`'s full start-up (validating the
 * document, compiling every validator) does not finish on it, so it runs in its `quick` mode: the document
 * is dereferenced once and each operation's validators are compiled the first time it is used.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {type AjvCustomizer, type Document, OpenAPIBackend, type Operation} from 'openapi-backend'

type Ajv = Parameters<AjvCustomizer>[0]

export interface Contract {
  backend: OpenAPIBackend
  /** Milliseconds spent reading, parsing and preparing the document. */
  loadMs: number
  /** The operation a method and path (without query) belong to, or `undefined`. */
  match(method: string, path: string): Operation | undefined
  operation(operationId: string): Operation | undefined
}

let loading: Promise<Contract> | undefined

/** The contract, loaded on first use and shared by every stand-in of this process (test file). */
export function loadContract(): Promise<Contract> {
  loading ??= load()
  return loading
}

async function load(): Promise<Contract> {
  const started = performance.now()
  const require = createRequire(import.meta.url)
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json')
  const document = JSON.parse(readFileSync(file, 'utf8')) as Document
  typelessNullables(document)
  const backend = new OpenAPIBackend({
    definition: document,
    quick: true,
    strict: false,
    validate: true,
    // Path and query parameters arrive as strings; the contract types them (per_page is an integer).
    coerceTypes: true,
    customizeAjv: (ajv) => addFormats(ajv),
  })
  await backend.init()
  const routes = compileRoutes(backend)
  const byId = new Map(routes.map((r) => [r.operation.operationId, r.operation]))
  return {
    backend,
    loadMs: performance.now() - started,
    match: (method, path) => matchRoute(routes, method.toLowerCase(), path),
    operation: (operationId) => byId.get(operationId),
  }
}

interface Route {
  operation: Operation
  pattern: RegExp
  /** Length of the path without its templates: the more literal text, the more specific. */
  specificity: number
  literal: boolean
}

/**
 * `openapi-backend`'s router rebuilds its operation list and a regular expression per operation on every
 * request (about 1,000 of each here); these routes are built once, with the same precedence: an exact
 * path first, then the template with the most literal text.
 */
function compileRoutes(backend: OpenAPIBackend): Route[] {
  return backend.router
    .getOperations()
    .map((operation) => {
      const literal = !operation.path.includes('{')
      const source = operation.path
        .split(/(\{[^}]+\})/)
        .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('')
      return {
        operation,
        pattern: new RegExp(`^${source}/?$`),
        specificity: operation.path.replace(/\{[^}]+\}/g, '').length,
        literal,
      }
    })
    .sort((a, b) => Number(b.literal) - Number(a.literal) || b.specificity - a.specificity)
}

function matchRoute(routes: Route[], method: string, path: string): Operation | undefined {
  return routes.find((r) => r.operation.method === method && r.pattern.test(path))?.operation
}

/**
 * OpenAPI 3.0's `nullable: true` beside `allOf`/`anyOf` and no `type` (GitHub writes `author` of a commit
 * so) is valid OpenAPI that Ajv refuses to compile; it becomes the equivalent `anyOf: [schema, null]`.
 * Run on the document before `$ref`s are resolved, while it is still a tree.
 */
function typelessNullables(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) typelessNullables(item)
    return
  }
  if (!node || typeof node !== 'object') return
  const schema = node as Record<string, unknown>
  for (const value of Object.values(schema)) typelessNullables(value)
  if (schema['nullable'] === true && schema['type'] === undefined) {
    const {nullable: _, ...rest} = schema
    for (const key of Object.keys(schema)) delete schema[key]
    schema['anyOf'] = [rest, {type: 'null'}]
  }
}

/**
 * The string formats GitHub's schemas use. Ajv ships none by itself and `ajv-formats` is not a direct
 * dependency here; these few checks are enough to catch a malformed URL or timestamp in a response.
 */
function addFormats(ajv: Ajv): Ajv {
  const dateTime = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/
  ajv.addFormat('date-time', (v: string) => dateTime.test(v) && !Number.isNaN(Date.parse(v)))
  ajv.addFormat('date', (v: string) => /^\d{4}-\d\d-\d\d$/.test(v))
  ajv.addFormat('uri', (v: string) => URL.canParse(v))
  ajv.addFormat('uri-template', (v: string) => URL.canParse(v.replace(/\{[^}]*\}/g, '')))
  ajv.addFormat('email', (v: string) => /^[^\s@]+@[^\s@]+$/.test(v))
  for (const name of ['binary', 'uuid', 'hostname', 'ipv4', 'ipv6', 'regex', 'repo.nwo', 'int32', 'int64']) {
    ajv.addFormat(name, true)
  }
  return ajv
}
