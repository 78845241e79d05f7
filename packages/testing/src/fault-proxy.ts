/**
 * An HTTP proxy in front of a real server that injects faults: answers such as 429 with Retry-After or 503,
 * or a connection reset, decided per request. Everything else is passed through unchanged.
 *
 * With `auth`, it also guards the registry behind it the way hosted registries do: Basic credentials, or the
 * Bearer token dance (401 with `WWW-Authenticate: Bearer realm=.../token`, a token for Basic credentials
 * at that realm, then `Authorization: Bearer <token>`).
 */
import {randomBytes} from 'node:crypto'
import {createServer, type IncomingMessage, request} from 'node:http'

export type Fault = {status: number; headers?: Record<string, string>} | 'reset' | 'pass'

export interface SeenRequest {
  method: string
  path: string
  /** What the proxy did: the injected status, 'reset', or the upstream status. */
  outcome: number | 'reset'
}

export interface FaultProxy {
  readonly url: string
  readonly host: string
  seen(): SeenRequest[]
  stop(): Promise<void>
}

export interface ProxyAuth {
  scheme: 'basic' | 'bearer'
  username: string
  password: string
}

export async function startFaultProxy(
  targetUrl: string,
  decide: (req: {method: string; path: string}, n: number) => Fault = () => 'pass',
  options: {auth?: ProxyAuth} = {},
): Promise<FaultProxy> {
  const target = new URL(targetUrl)
  const seen: SeenRequest[] = []
  const tokens = new Set<string>()
  const server = createServer((req, res) => {
    const entry: SeenRequest = {method: req.method ?? 'GET', path: req.url ?? '/', outcome: 0}
    seen.push(entry)
    const auth = options.auth
    if (auth) {
      if (auth.scheme === 'bearer' && entry.path.startsWith('/token')) {
        entry.outcome = basicMatches(req, auth) ? 200 : 401
        const token = randomBytes(16).toString('hex')
        if (entry.outcome === 200) tokens.add(token)
        res.writeHead(entry.outcome, {'Content-Type': 'application/json'})
        res.end(
          entry.outcome === 200 ? JSON.stringify({token, expires_in: 300}) : '{"details":"bad credentials"}',
        )
        return
      }
      const header = req.headers.authorization ?? ''
      const ok =
        auth.scheme === 'basic' ? basicMatches(req, auth) : tokens.has(header.replace(/^Bearer /, ''))
      if (!ok) {
        entry.outcome = 401
        req.resume()
        res.writeHead(401, {
          'Content-Type': 'application/json',
          'WWW-Authenticate':
            auth.scheme === 'basic'
              ? 'Basic realm="test-registry"'
              : `Bearer realm="${proxyUrl}/token",service="test-registry"`,
        })
        res.end(JSON.stringify({errors: [{code: 'UNAUTHORIZED', message: 'authentication required'}]}))
        return
      }
    }
    const fault = decide(entry, seen.length)
    if (fault === 'reset') {
      entry.outcome = 'reset'
      req.socket.destroy()
      return
    }
    if (fault !== 'pass') {
      entry.outcome = fault.status
      req.resume()
      res.writeHead(fault.status, {'Content-Type': 'application/json', ...fault.headers})
      res.end(JSON.stringify({errors: [{code: 'TOOMANYREQUESTS', message: 'injected fault'}]}))
      return
    }
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: {...withoutAuthorization(req.headers), host: target.host},
      },
      (up) => {
        entry.outcome = up.statusCode ?? 0
        const headers = {...up.headers}
        // Upload locations point at the upstream; clients must come back through the proxy.
        if (typeof headers.location === 'string')
          headers.location = headers.location.replace(targetUrl, proxyUrl)
        res.writeHead(up.statusCode ?? 502, headers)
        up.pipe(res)
      },
    )
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const proxyUrl = `http://127.0.0.1:${port}`
  return {
    url: proxyUrl,
    host: `127.0.0.1:${port}`,
    seen: () => [...seen],
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function basicMatches(req: IncomingMessage, auth: ProxyAuth): boolean {
  const expected = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`
  return req.headers.authorization === expected
}

function withoutAuthorization(headers: IncomingMessage['headers']): IncomingMessage['headers'] {
  const {authorization: _, ...rest} = headers
  return rest
}
