/**
 * ECR private registries, through the ECR API: BatchGetImage (with every manifest type accepted, or ECR
 * converts OCI manifests) and PutImage with the exact manifest string and its media type. Blob mounts for
 * promotion between repositories go through the registry API with the same authorization token.
 */
import {
  BatchGetImageCommand,
  type BatchGetImageCommandOutput,
  ECRClient,
  GetAuthorizationTokenCommand,
  type ImageIdentifier,
  ListImagesCommand,
  PutImageCommand,
} from '@aws-sdk/client-ecr'
import {ActionError} from '@deploy-actions/kit/errors'
import {awsError, decodeAuthorizationToken} from './aws'
import {
  type Credentials,
  DistributionClient,
  type Manifest,
  RegistryError,
  sha256Digest,
} from './distribution'
import {MANIFEST_MEDIA_TYPES} from './media-types'
import {type ClientOptions, parseEcrHost, type RegistryClient, TagConflictError} from './registry'

export function createEcrClient(options: ClientOptions, injected?: ECRClient): RegistryClient {
  const host = parseEcrHost(options.name.registry)
  if (!host)
    throw new ActionError(
      `'${options.name.registry}' is not an ECR registry host (<account>.dkr.ecr.<region>.amazonaws.com).`,
    )
  const client = injected ?? new ECRClient({region: host.region})
  const registryId = host.account
  let credentials: Promise<Credentials> | undefined

  const login = (): Promise<Credentials> => {
    credentials ??= (async () => {
      try {
        const result = await client.send(new GetAuthorizationTokenCommand({}))
        const token = result.authorizationData?.[0]?.authorizationToken
        if (!token) throw new Error('the answer held no authorization token')
        return decodeAuthorizationToken(token, options.mask)
      } catch (err) {
        throw err instanceof ActionError
          ? err
          : awsError(err, `get an ECR authorization token in ${host.region}`)
      }
    })()
    return credentials
  }
  let api: DistributionClient | undefined
  const registryApi = async () => {
    api ??= new DistributionClient({
      registry: options.name.registry,
      credentials: await login(),
      mask: options.mask,
      ...(options.retry ? {retry: options.retry} : {}),
      http: {log: options.log, ...options.http},
    })
    return api
  }

  const getImage = async (repository: string, reference: string): Promise<Manifest | undefined> => {
    const imageId: ImageIdentifier = reference.startsWith('sha256:')
      ? {imageDigest: reference}
      : {imageTag: reference}
    let result: BatchGetImageCommandOutput
    try {
      result = await client.send(
        new BatchGetImageCommand({
          registryId,
          repositoryName: repository,
          imageIds: [imageId],
          acceptedMediaTypes: [...MANIFEST_MEDIA_TYPES],
        }),
      )
    } catch (err) {
      if ((err as {name?: string}).name === 'RepositoryNotFoundException') {
        throw new RegistryError(
          `ECR repository '${repository}' does not exist in ${options.name.registry}.`,
          404,
        )
      }
      throw awsError(err, `read ${repository}:${reference} from ECR`)
    }
    const failure = result.failures?.[0]
    if (failure) {
      if (failure.failureCode === 'ImageNotFound' || failure.failureCode === 'ImageTagDoesNotMatchDigest')
        return undefined
      throw new RegistryError(
        `ECR could not return ${repository}:${reference}: ${failure.failureCode}: ${failure.failureReason ?? ''}`.trim(),
        undefined,
        failure.failureCode,
      )
    }
    const image = result.images?.[0]
    if (!image?.imageManifest) return undefined
    const bytes = Buffer.from(image.imageManifest, 'utf8')
    const digest = image.imageId?.imageDigest ?? sha256Digest(bytes)
    if (sha256Digest(bytes) !== digest) {
      throw new RegistryError(
        `ECR returned ${repository}:${reference} with a manifest that does not match ${digest}.`,
        200,
      )
    }
    return {bytes, digest, mediaType: image.imageManifestMediaType ?? ''}
  }

  return {
    kind: 'ecr',
    registry: options.name.registry,
    loginCredentials: login,
    async headManifest(repository, reference) {
      const manifest = await getImage(repository, reference)
      return manifest && {digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.bytes.length}
    },
    async getManifest(repository, reference) {
      const manifest = await getImage(repository, reference)
      if (!manifest) {
        throw new RegistryError(
          `${options.name.registry}/${repository}:${reference} does not exist.`,
          404,
          'ImageNotFound',
        )
      }
      return manifest
    },
    async putManifest(repository, tag, manifest) {
      try {
        const result = await client.send(
          new PutImageCommand({
            registryId,
            repositoryName: repository,
            imageTag: tag,
            imageDigest: manifest.digest,
            imageManifest: manifest.bytes.toString('utf8'),
            imageManifestMediaType: manifest.mediaType,
          }),
        )
        return result.image?.imageId?.imageDigest ?? manifest.digest
      } catch (err) {
        const name = (err as {name?: string}).name
        // The tag already names exactly this manifest: a re-run, nothing to do.
        if (name === 'ImageAlreadyExistsException') return manifest.digest
        if (name === 'ImageTagAlreadyExistsException') {
          throw new TagConflictError(
            `ECR repository '${repository}' has immutable tags and '${tag}' already names another image; ` +
              'an immutable tag cannot be moved. Release under a new version.',
            409,
            name,
          )
        }
        throw awsError(err, `write ${repository}:${tag} to ECR`)
      }
    },
    async listTags(repository) {
      const tags: string[] = []
      let nextToken: string | undefined
      do {
        try {
          const page = await client.send(
            new ListImagesCommand({
              registryId,
              repositoryName: repository,
              filter: {tagStatus: 'TAGGED'},
              nextToken,
              maxResults: 1000,
            }),
          )
          for (const id of page.imageIds ?? []) if (id.imageTag) tags.push(id.imageTag)
          nextToken = page.nextToken
        } catch (err) {
          throw awsError(err, `list the tags of ${repository} in ECR`)
        }
      } while (nextToken)
      return tags
    },
    mountBlob: async (repository, digest, from) => (await registryApi()).mountBlob(repository, digest, from),
    blobExists: async (repository, digest) => (await registryApi()).blobExists(repository, digest),
  }
}
