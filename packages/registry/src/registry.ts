/**
 * The registry kinds behind one interface: a generic OCI registry (GHCR, Docker Hub, self-hosted), ECR Public
 * and ECR private. Each reads and writes manifests without touching layers and hands out the credentials
 * `docker login` needs.
 */
import {
  type Credentials,
  DistributionClient,
  type Manifest,
  type ManifestHead,
  RegistryError,
} from './distribution'
import type {HttpDeps, RetryPolicy} from './http'
import type {ImageName} from './reference'

export const REGISTRY_TYPES = ['auto', 'ecr-public', 'ecr', 'generic'] as const
export type RegistryType = (typeof REGISTRY_TYPES)[number]
export type RegistryKind = Exclude<RegistryType, 'auto'>

export const ECR_PUBLIC_REGISTRY = 'public.ecr.aws'
const ECR_PRIVATE = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/

/** The kind an image's registry host implies. */
export function detectKind(registry: string): RegistryKind {
  if (registry === ECR_PUBLIC_REGISTRY) return 'ecr-public'
  if (ECR_PRIVATE.test(registry)) return 'ecr'
  return 'generic'
}

/** `123456789012.dkr.ecr.eu-west-1.amazonaws.com` → account and region; undefined for other hosts. */
export function parseEcrHost(registry: string): {account: string; region: string} | undefined {
  const match = ECR_PRIVATE.exec(registry)
  return match ? {account: match[1]!, region: match[2]!} : undefined
}

/** A tag exists at another digest and the registry (or the caller's policy) forbids moving it. */
export class TagConflictError extends RegistryError {
  override name = 'TagConflictError'
}

export interface RegistryClient {
  readonly kind: RegistryKind
  readonly registry: string
  /** Credentials for `docker login`, or undefined for anonymous access. */
  loginCredentials(): Promise<Credentials | undefined>
  headManifest(repository: string, reference: string): Promise<ManifestHead | undefined>
  getManifest(repository: string, reference: string): Promise<Manifest>
  /** Writes `manifest` under `tag` byte for byte; returns the digest. */
  putManifest(repository: string, tag: string, manifest: Manifest): Promise<string>
  listTags(repository: string): Promise<string[]>
  /** Mounts a blob from another repository of the same registry; false when the registry declined. */
  mountBlob(repository: string, digest: string, from: string): Promise<boolean>
  blobExists(repository: string, digest: string): Promise<boolean>
}

export interface ClientOptions {
  kind: RegistryKind
  name: ImageName
  credentials?: Credentials | undefined
  insecure?: boolean
  mask: (secret: string) => void
  log: (message: string) => void
  retry?: RetryPolicy
  http?: Partial<HttpDeps>
}

export async function createRegistryClient(options: ClientOptions): Promise<RegistryClient> {
  switch (options.kind) {
    case 'generic':
      return genericClient(options, options.credentials)
    case 'ecr-public': {
      const {createEcrPublicClient} = await import('./ecr-public')
      return createEcrPublicClient(options)
    }
    case 'ecr': {
      const {createEcrClient} = await import('./ecr')
      return createEcrClient(options)
    }
  }
}

/** A registry spoken to through the Distribution API only. */
export function genericClient(
  options: ClientOptions,
  credentials: Credentials | undefined,
  kind: RegistryKind = 'generic',
): RegistryClient {
  const api = new DistributionClient({
    registry: options.name.registry,
    credentials,
    insecure: options.insecure ?? false,
    mask: options.mask,
    ...(options.retry ? {retry: options.retry} : {}),
    http: {log: options.log, ...options.http},
  })
  return {
    kind,
    registry: options.name.registry,
    loginCredentials: async () => credentials,
    headManifest: (repository, reference) => api.headManifest(repository, reference),
    getManifest: (repository, reference) => api.getManifest(repository, reference),
    putManifest: (repository, tag, manifest) => api.putManifest(repository, tag, manifest),
    listTags: (repository) => api.listTags(repository),
    mountBlob: (repository, digest, from) => api.mountBlob(repository, digest, from),
    blobExists: (repository, digest) => api.blobExists(repository, digest),
  }
}
