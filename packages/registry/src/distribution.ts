/**
 * A client for the OCI Distribution API, limited to what promotion and skip-existing need: manifests (read
 * with every manifest and index type accepted, written back byte for byte), cross-repository blob mounts,
 * tag lists, and the registry token dance. The npm packages that speak this API are unmaintained or pull
 * images wholesale; the handful of requests needed here are written out instead.
 */
import {createHash} from 'node:crypto'
import {ActionError} from '@deploy-actions/kit/errors'
import {
  DEFAULT_RETRY,
  defaultHttpDeps,
  fetchWithRetry,
  type HttpDeps,
  type RetryPolicy,
  redactUrl,
} from './http'
import {MANIFEST_ACCEPT} from './media-types'
import {apiHost, registryScheme} from './reference'

export interface Credentials {
  username: string
  /** A password or an access token. */
  password: string
}

export interface Manifest {
  /** The exact bytes the registry holds: the digest is their sha256, so they are never re-serialised. */
  bytes: Buffer
  mediaType: string
  digest: string
}

export interface ManifestHead {
  digest: string
  mediaType: string
  size: number
}

export interface DistributionOptions {
  registry: string
  credentials?: Credentials | undefined
  insecure?: boolean
  retry?: RetryPolicy
  http?: Partial<HttpDeps>
  /** Called with every token the registry hands out, so it is masked before anything could print it. */
  mask?: (secret: string) => void
}

export class RegistryError extends ActionError {
  override name = 'RegistryError'
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly code?: string,
  ) {
    super(message)
  }
}

interface Challenge {
  scheme: string
  params: Record<string, string>
}

export function sha256Digest(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}

export class DistributionClient {
  readonly baseUrl: string
  private readonly registry: string
  private readonly credentials: Credentials | undefined
  private readonly policy: RetryPolicy
  private readonly http: HttpDeps
  private readonly mask: (secret: string) => void
  /** Bearer tokens by scope set; a registry may answer one scope set with a token good for others too. */
  private readonly tokens = new Map<string, string>()
  private basic = false

  constructor(options: DistributionOptions) {
    this.registry = options.registry
    this.baseUrl = `${registryScheme(options.registry, options.insecure ?? false)}://${apiHost(options.registry)}`
    this.credentials = options.credentials
    this.policy = options.retry ?? DEFAULT_RETRY
    this.http = {...defaultHttpDeps, ...options.http}
    this.mask = options.mask ?? (() => {})
  }

  /** The manifest's digest, type and size, or `undefined` when the tag or digest does not exist. */
  async headManifest(repository: string, reference: string): Promise<ManifestHead | undefined> {
    const res = await this.request('HEAD', `/v2/${repository}/manifests/${reference}`, [pull(repository)], {
      Accept: MANIFEST_ACCEPT,
    })
    if (res.status === 404) return undefined
    await this.expect(res, [200], `look up ${repository}:${reference}`)
    const digest = res.headers.get('docker-content-digest')
    if (!digest) {
      // Some registries omit the digest on HEAD; the body gives it for certain.
      const manifest = await this.getManifest(repository, reference)
      return {digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.bytes.length}
    }
    return {
      digest,
      mediaType: baseMediaType(res.headers.get('content-type')),
      size: Number(res.headers.get('content-length') ?? 0),
    }
  }

  async getManifest(repository: string, reference: string): Promise<Manifest> {
    const res = await this.request('GET', `/v2/${repository}/manifests/${reference}`, [pull(repository)], {
      Accept: MANIFEST_ACCEPT,
    })
    if (res.status === 404) {
      await res.body?.cancel()
      throw new RegistryError(
        `${this.registry}/${repository}:${reference} does not exist.`,
        404,
        'MANIFEST_UNKNOWN',
      )
    }
    await this.expect(res, [200], `read ${repository}:${reference}`)
    const bytes = Buffer.from(await res.arrayBuffer())
    const digest = sha256Digest(bytes)
    const claimed = res.headers.get('docker-content-digest')
    if ((claimed && claimed !== digest) || (reference.includes(':') && reference !== digest)) {
      throw new RegistryError(
        `The registry sent ${repository}:${reference} with bytes whose digest is ${digest}, not ${claimed ?? reference}; refusing to copy it.`,
        res.status,
      )
    }
    const mediaType = baseMediaType(res.headers.get('content-type')) || mediaTypeOf(bytes)
    return {bytes, mediaType, digest}
  }

  /** Writes `manifest` under `tag` exactly as read; returns the digest the registry reports. */
  async putManifest(repository: string, tag: string, manifest: Manifest): Promise<string> {
    const res = await this.request(
      'PUT',
      `/v2/${repository}/manifests/${tag}`,
      [pushPull(repository)],
      {'Content-Type': manifest.mediaType},
      manifest.bytes,
    )
    await this.expect(res, [201, 200], `write ${repository}:${tag}`)
    const digest = res.headers.get('docker-content-digest') ?? manifest.digest
    if (digest !== manifest.digest) {
      throw new RegistryError(
        `The registry stored ${repository}:${tag} as ${digest}, not ${manifest.digest}: it rewrote the manifest.`,
        res.status,
      )
    }
    return digest
  }

  async blobExists(repository: string, digest: string): Promise<boolean> {
    const res = await this.request('HEAD', `/v2/${repository}/blobs/${digest}`, [pull(repository)])
    if (res.status === 404) return false
    await this.expect(res, [200], `look up blob ${digest} in ${repository}`)
    return true
  }

  /**
   * Makes blob `digest` of `from` available in `repository` without transferring it. Returns false when
   * the registry declined the mount (it then starts an upload, which is cancelled here).
   */
  async mountBlob(repository: string, digest: string, from: string): Promise<boolean> {
    const path = `/v2/${repository}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`
    const res = await this.request('POST', path, [pushPull(repository), pull(from)])
    if (res.status === 201) {
      await res.body?.cancel()
      return true
    }
    await this.expect(res, [202], `mount ${digest} from ${from} into ${repository}`)
    const location = res.headers.get('location')
    if (location) {
      const cancel = await this.request('DELETE', location, [pushPull(repository)]).catch(() => undefined)
      await cancel?.body?.cancel()
    }
    return false
  }

  /** Every tag of `repository`, following the registry's pagination. */
  async listTags(repository: string): Promise<string[]> {
    const tags: string[] = []
    let path: string | undefined = `/v2/${repository}/tags/list?n=1000`
    while (path) {
      const res: Response = await this.request('GET', path, [pull(repository)])
      if (res.status === 404) {
        await res.body?.cancel()
        return tags
      }
      await this.expect(res, [200], `list the tags of ${repository}`)
      const body = (await res.json()) as {tags?: string[] | null}
      tags.push(...(body.tags ?? []))
      path = nextPage(res.headers.get('link'))
    }
    return tags
  }

  private async request(
    method: string,
    path: string,
    scopes: string[],
    headers: Record<string, string> = {},
    body?: Buffer,
  ): Promise<Response> {
    const url = path.startsWith('http') ? path : `${this.baseUrl}${path}`
    const send = (authorization: string | undefined) =>
      fetchWithRetry(
        url,
        {
          method,
          headers: {...headers, ...(authorization ? {Authorization: authorization} : {})},
          body,
          redirect: 'follow',
        },
        this.policy,
        this.http,
      )
    const key = scopes.join(' ')
    let res = await send(this.authorization(key))
    if (res.status !== 401) return res
    const challenge = parseChallenge(res.headers.get('www-authenticate'))
    await res.body?.cancel()
    if (!challenge) throw this.authError('answered 401 without a WWW-Authenticate challenge')
    if (challenge.scheme === 'basic') {
      if (!this.credentials) throw this.authError('requires a username and password')
      this.basic = true
    } else if (challenge.scheme === 'bearer') {
      this.tokens.set(key, await this.fetchToken(challenge, scopes))
    } else {
      throw this.authError(`asks for unsupported authentication '${challenge.scheme}'`)
    }
    res = await send(this.authorization(key))
    if (res.status === 401) {
      await res.body?.cancel()
      throw this.authError(
        this.credentials
          ? `refused the credentials for user '${this.credentials.username}'`
          : 'requires credentials: give username and password (or a token)',
      )
    }
    return res
  }

  private authorization(key: string): string | undefined {
    const token = this.tokens.get(key)
    if (token) return `Bearer ${token}`
    if (this.basic && this.credentials) return `Basic ${basicAuth(this.credentials)}`
    return undefined
  }

  private async fetchToken(challenge: Challenge, scopes: string[]): Promise<string> {
    const realm = challenge.params['realm']
    if (!realm) throw this.authError('sent a Bearer challenge without a realm')
    const url = new URL(realm)
    if (challenge.params['service']) url.searchParams.set('service', challenge.params['service'])
    for (const scope of scopes) url.searchParams.append('scope', scope)
    const res = await fetchWithRetry(
      url.toString(),
      {headers: this.credentials ? {Authorization: `Basic ${basicAuth(this.credentials)}`} : {}},
      this.policy,
      this.http,
    )
    if (res.status === 401 || res.status === 403) {
      await res.body?.cancel()
      throw this.authError(
        this.credentials
          ? `refused the credentials for user '${this.credentials.username}' at ${redactUrl(url.toString())}`
          : `refused anonymous access at ${redactUrl(url.toString())}: give username and password (or a token)`,
      )
    }
    await this.expect(res, [200], 'get a registry token')
    const body = (await res.json()) as {token?: string; access_token?: string}
    const token = body.token ?? body.access_token
    if (!token) throw this.authError('answered the token request without a token')
    this.mask(token)
    return token
  }

  private authError(problem: string): RegistryError {
    return new RegistryError(`Registry ${this.registry} ${problem}.`, 401, 'UNAUTHORIZED')
  }

  private async expect(res: Response, ok: number[], what: string): Promise<void> {
    if (ok.includes(res.status)) return
    const detail = await errorDetail(res)
    if (res.status === 403) {
      throw new RegistryError(
        `Registry ${this.registry} denied the request to ${what}${detail}. Check that the credentials may push to this repository.`,
        403,
        'DENIED',
      )
    }
    throw new RegistryError(`Could not ${what} on ${this.registry}: HTTP ${res.status}${detail}.`, res.status)
  }
}

const pull = (repository: string) => `repository:${repository}:pull`
const pushPull = (repository: string) => `repository:${repository}:pull,push`

function basicAuth(credentials: Credentials): string {
  return Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')
}

function baseMediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]!.trim()
}

/** The media type a manifest declares in its own body, for registries that send a generic Content-Type. */
function mediaTypeOf(bytes: Buffer): string {
  try {
    const parsed = JSON.parse(bytes.toString('utf8')) as {mediaType?: unknown}
    return typeof parsed.mediaType === 'string' ? parsed.mediaType : ''
  } catch {
    return ''
  }
}

/** `Bearer realm="https://auth",service="registry",scope="repository:a:pull"` (RFC 7235 auth-params). */
export function parseChallenge(header: string | null): Challenge | undefined {
  if (!header) return undefined
  const match = /^\s*(\w+)\s*(.*)$/s.exec(header)
  if (!match) return undefined
  const params: Record<string, string> = {}
  for (const p of match[2]!.matchAll(/([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) {
    params[p[1]!.toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : (p[3] ?? '')
  }
  return {scheme: match[1]!.toLowerCase(), params}
}

/** The next page from a `Link: </v2/x/tags/list?n=1000&last=b>; rel="next"` header. */
export function nextPage(link: string | null): string | undefined {
  if (!link) return undefined
  return /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1]
}

async function errorDetail(res: Response): Promise<string> {
  const text = await res.text().catch(() => '')
  try {
    const body = JSON.parse(text) as {errors?: {code?: string; message?: string}[]}
    const errors = (body.errors ?? []).map((e) => [e.code, e.message].filter(Boolean).join(': '))
    if (errors.length > 0) return ` (${errors.join('; ')})`
  } catch {}
  return text.trim() ? ` (${text.trim().slice(0, 200)})` : ''
}
