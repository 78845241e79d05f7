/**
 * A local stand-in for the ECR and ECR Public APIs (AWS cannot be reached from here). The real AWS SDK
 * clients talk to it through an endpoint override (`AWS_ENDPOINT_URL_ECR`, `AWS_ENDPOINT_URL_ECR_PUBLIC`), so
 * their request signing and JSON serialisation are exercised. It follows the services' published contract:
 * the awsJson1_1 protocol (`X-Amz-Target: <service>.<Operation>`, `application/x-amz-json-1.1`), SigV4
 * `Authorization` headers scoped to the service and region, the request and response members of
 * GetAuthorizationToken, BatchGetImage, PutImage and ListImages, and errors as `__type` plus
 * `x-amzn-ErrorType`. State is kept in memory: repositories, images by digest, tags.
 */
import {createHash} from 'node:crypto'
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'

export interface EcrCall {
  target: string
  body: Record<string, unknown>
  /** The SigV4 credential scope: `<key id>/<date>/<region>/<service>/aws4_request`. */
  scope: string
}

interface Image {
  manifest: string
  mediaType: string
}

export interface EcrStandIn {
  readonly url: string
  calls(): EcrCall[]
  /** Stores an image as a push would; returns its digest. */
  putImage(repository: string, tag: string, manifest: string, mediaType: string): string
  tagDigest(repository: string, tag: string): string | undefined
  /** The authorization token's password half (`AWS:<password>` base64 is the token). */
  readonly password: string
  stop(): Promise<void>
}

const ECR = 'AmazonEC2ContainerRegistry_V20150921'
const ECR_PUBLIC = 'SpencerFrontendService'

export async function startEcrStandIn(options: {
  flavour: 'ecr' | 'ecr-public'
  region: string
  account?: string
  immutableRepositories?: string[]
  password?: string
}): Promise<EcrStandIn> {
  const account = options.account ?? '123456789012'
  const password = options.password ?? 'ecr-password-for-tests'
  const token = Buffer.from(`AWS:${password}`).toString('base64')
  const service = options.flavour === 'ecr' ? ECR : ECR_PUBLIC
  const signingName = options.flavour
  const repositories = new Map<string, {images: Map<string, Image>; tags: Map<string, string>}>()
  const calls: EcrCall[] = []
  const repo = (name: string) => {
    const r = repositories.get(name) ?? {images: new Map<string, Image>(), tags: new Map<string, string>()}
    repositories.set(name, r)
    return r
  }
  const store = (repository: string, tag: string | undefined, manifest: string, mediaType: string) => {
    const digest = `sha256:${createHash('sha256').update(manifest).digest('hex')}`
    const r = repo(repository)
    r.images.set(digest, {manifest, mediaType})
    if (tag) r.tags.set(tag, digest)
    return digest
  }

  const operations: Record<string, (body: Record<string, unknown>) => unknown> = {
    GetAuthorizationToken: () =>
      options.flavour === 'ecr'
        ? {
            authorizationData: [
              {
                authorizationToken: token,
                expiresAt: Math.floor(Date.now() / 1000) + 43200,
                proxyEndpoint: `https://${account}.dkr.ecr.${options.region}.amazonaws.com`,
              },
            ],
          }
        : {authorizationData: {authorizationToken: token, expiresAt: Math.floor(Date.now() / 1000) + 43200}},
    BatchGetImage: (body) => {
      const repository = requireString(body, 'repositoryName')
      const ids = body['imageIds'] as {imageTag?: string; imageDigest?: string}[]
      if (!Array.isArray(ids) || ids.length === 0)
        throw awsError('InvalidParameterException', 'imageIds is required')
      const r = repositories.get(repository)
      if (!r) throw awsError('RepositoryNotFoundException', `The repository '${repository}' does not exist`)
      const accepted = (body['acceptedMediaTypes'] as string[] | undefined) ?? []
      const images: unknown[] = []
      const failures: unknown[] = []
      for (const id of ids) {
        const digest = id.imageDigest ?? (id.imageTag ? r.tags.get(id.imageTag) : undefined)
        const image = digest ? r.images.get(digest) : undefined
        if (!digest || !image) {
          failures.push({
            imageId: id,
            failureCode: 'ImageNotFound',
            failureReason: 'Requested image not found',
          })
        } else if (accepted.length > 0 && !accepted.includes(image.mediaType)) {
          failures.push({
            imageId: id,
            failureCode: 'UnsupportedImageType',
            failureReason: 'media type not accepted',
          })
        } else {
          images.push({
            registryId: account,
            repositoryName: repository,
            imageId: {imageDigest: digest, ...(id.imageTag ? {imageTag: id.imageTag} : {})},
            imageManifest: image.manifest,
            imageManifestMediaType: image.mediaType,
          })
        }
      }
      return {images, failures}
    },
    PutImage: (body) => {
      const repository = requireString(body, 'repositoryName')
      const manifest = requireString(body, 'imageManifest')
      const tag = body['imageTag'] as string | undefined
      const digest = `sha256:${createHash('sha256').update(manifest).digest('hex')}`
      if (body['imageDigest'] !== undefined && body['imageDigest'] !== digest) {
        throw awsError('ImageDigestDoesNotMatchException', 'The upload digest does not match the manifest')
      }
      const r = repositories.get(repository)
      if (!r) throw awsError('RepositoryNotFoundException', `The repository '${repository}' does not exist`)
      const current = tag ? r.tags.get(tag) : undefined
      if (current === digest || (!tag && r.images.has(digest))) {
        throw awsError(
          'ImageAlreadyExistsException',
          `Image with digest '${digest}' and tag '${tag}' already exists`,
        )
      }
      if (current && options.immutableRepositories?.includes(repository)) {
        throw awsError(
          'ImageTagAlreadyExistsException',
          `The image tag '${tag}' already exists and cannot be overwritten because the repository is immutable.`,
        )
      }
      const mediaType = (body['imageManifestMediaType'] as string | undefined) ?? mediaTypeIn(manifest)
      store(repository, tag, manifest, mediaType)
      return {
        image: {
          registryId: account,
          repositoryName: repository,
          imageId: {imageDigest: digest, ...(tag ? {imageTag: tag} : {})},
          imageManifest: manifest,
          imageManifestMediaType: mediaType,
        },
      }
    },
    ListImages: (body) => {
      const repository = requireString(body, 'repositoryName')
      const r = repositories.get(repository)
      if (!r) throw awsError('RepositoryNotFoundException', `The repository '${repository}' does not exist`)
      return {imageIds: [...r.tags].map(([imageTag, imageDigest]) => ({imageTag, imageDigest}))}
    },
  }

  const server = createServer(async (req, res) => {
    const body = await readBody(req)
    const target = String(req.headers['x-amz-target'] ?? '')
    const scope = /Credential=([^,]+)/.exec(String(req.headers.authorization ?? ''))?.[1] ?? ''
    try {
      if (req.method !== 'POST')
        throw awsError('UnknownOperationException', `${req.method} is not supported`, 404)
      if (req.headers['content-type'] !== 'application/x-amz-json-1.1') {
        throw awsError(
          'SerializationException',
          `Content-Type ${req.headers['content-type']} is not awsJson1_1`,
        )
      }
      const [prefix, operation = ''] = target.split('.')
      const handler = prefix === service ? operations[operation] : undefined
      if (!handler || (options.flavour === 'ecr-public' && operation !== 'GetAuthorizationToken')) {
        throw awsError('UnknownOperationException', `${target} is not an operation of ${service}`)
      }
      const [, , region, signed] = scope.split('/')
      if (!String(req.headers.authorization).startsWith('AWS4-HMAC-SHA256 ') || signed !== signingName) {
        throw awsError(
          'MissingAuthenticationTokenException',
          `requests must be SigV4-signed for ${signingName}`,
          403,
        )
      }
      if (region !== options.region) {
        throw awsError(
          'InvalidSignatureException',
          `signed for ${region}, but this endpoint is ${options.region}`,
          403,
        )
      }
      const parsed = JSON.parse(body || '{}') as Record<string, unknown>
      calls.push({target: operation, body: parsed, scope})
      send(res, 200, handler(parsed))
    } catch (err) {
      const e = err as {code?: string; message?: string; status?: number}
      calls.push({target: target.split('.')[1] ?? target, body: {}, scope})
      res.setHeader('x-amzn-ErrorType', e.code ?? 'InternalFailure')
      send(res, e.status ?? 400, {__type: e.code ?? 'InternalFailure', message: e.message})
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    calls: () => [...calls],
    putImage: (repository, tag, manifest, mediaType) => store(repository, tag, manifest, mediaType),
    tagDigest: (repository, tag) => repositories.get(repository)?.tags.get(tag),
    password,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function awsError(code: string, message: string, status = 400) {
  return Object.assign(new Error(message), {code, status})
}

function requireString(body: Record<string, unknown>, name: string): string {
  const value = body[name]
  if (typeof value !== 'string' || !value) throw awsError('InvalidParameterException', `${name} is required`)
  return value
}

function mediaTypeIn(manifest: string): string {
  return (JSON.parse(manifest) as {mediaType?: string}).mediaType ?? ''
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {'Content-Type': 'application/x-amz-json-1.1'})
  res.end(JSON.stringify(body))
}
