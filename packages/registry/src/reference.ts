/**
 * Image references as Docker reads them (`[registry[:port]/]path[:tag][@digest]`), following the grammar of
 * the distribution project's `reference` package. Written here because no maintained npm package parses them
 * with Docker's defaults (docker.io, library/) and its lowercase rules.
 */

export interface ImageName {
  /** The registry as written in references: `docker.io`, `ghcr.io`, `127.0.0.1:5000`. */
  registry: string
  /** The repository path inside the registry: `library/nginx`, `acme/app`. */
  repository: string
}

export interface ImageReference extends ImageName {
  tag: string | undefined
  digest: string | undefined
}

export const DOCKER_HUB = 'docker.io'
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io'])

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/
export const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/
const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/
const HOST =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]{1,5})?$/

export class ImageReferenceError extends Error {
  override name = 'ImageReferenceError'
}

/** `[registry/]repository` without tag or digest (an `image` input). */
export function parseImageName(text: string): ImageName {
  const ref = parseImageReference(text)
  if (ref.tag !== undefined || ref.digest !== undefined) {
    throw new ImageReferenceError(
      `'${text}' has a ${ref.digest ? 'digest' : 'tag'}; give the image without it (e.g. ${formatImageName(ref)}) and the tags separately.`,
    )
  }
  return {registry: ref.registry, repository: ref.repository}
}

export function parseImageReference(text: string): ImageReference {
  const input = text.trim()
  if (!input) throw new ImageReferenceError('The image reference is empty.')
  if (/\s/.test(input)) throw new ImageReferenceError(`'${input}' contains whitespace.`)
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
    throw new ImageReferenceError(
      `'${input}' is a URL; an image reference has no scheme (e.g. ghcr.io/acme/app).`,
    )
  }

  let rest = input
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at >= 0) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
    if (!isDigest(digest)) {
      throw new ImageReferenceError(
        `'${input}' has a malformed digest '${digest}' (expected sha256: and 64 hex digits).`,
      )
    }
  }

  let tag: string | undefined
  const lastSlash = rest.lastIndexOf('/')
  const colon = rest.indexOf(':', lastSlash + 1)
  if (colon >= 0) {
    tag = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
    if (!TAG.test(tag)) {
      throw new ImageReferenceError(
        `'${input}' has an invalid tag '${tag}': up to 128 letters, digits, '_', '.' and '-', not starting with '.' or '-'.`,
      )
    }
  }

  const parts = rest.split('/')
  let registry = DOCKER_HUB
  const first = parts[0] ?? ''
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    if (!HOST.test(first))
      throw new ImageReferenceError(`'${input}' has an invalid registry host '${first}'.`)
    const port = /:(\d+)$/.exec(first)?.[1]
    if (port !== undefined && Number(port) > 65535) {
      throw new ImageReferenceError(`'${input}' has an invalid port ${port}.`)
    }
    registry = first.toLowerCase()
    parts.shift()
  }
  if (DOCKER_HUB_ALIASES.has(registry)) registry = DOCKER_HUB
  if (registry === DOCKER_HUB && parts.length === 1) parts.unshift('library')

  const repository = parts.join('/')
  if (!repository) throw new ImageReferenceError(`'${input}' names no repository.`)
  for (const part of parts) {
    if (PATH_COMPONENT.test(part)) continue
    if (PATH_COMPONENT.test(part.toLowerCase())) {
      throw new ImageReferenceError(
        `'${input}': repository names must be lower case ('${repository.toLowerCase()}'). ` +
          "Lower-case names built from the repository's name first (compute-version's image input does).",
      )
    }
    throw new ImageReferenceError(
      `'${input}' has an invalid path component '${part}': lower-case letters and digits, separated by '.', '_', '__' or '-'.`,
    )
  }
  if (repository.length > 255)
    throw new ImageReferenceError(`'${input}': the repository name exceeds 255 characters.`)
  return {registry, repository, tag, digest}
}

export function isValidTag(tag: string): boolean {
  return TAG.test(tag)
}

/** A content digest (`algorithm:encoded`); a sha256 one must be 64 lower-case hex digits. */
export function isDigest(text: string): boolean {
  return DIGEST.test(text) && (!text.startsWith('sha256:') || SHA256_DIGEST.test(text))
}

export function isSha256Digest(text: string): boolean {
  return SHA256_DIGEST.test(text)
}

/** `registry/repository` as users write it (`nginx` stays `docker.io/library/nginx`, explicit on purpose). */
export function formatImageName(name: ImageName): string {
  return `${name.registry}/${name.repository}`
}

export function formatReference(name: ImageName, ref: {tag?: string; digest?: string}): string {
  const base = formatImageName(name)
  if (ref.digest) return `${base}@${ref.digest}`
  return ref.tag ? `${base}:${ref.tag}` : base
}

/** The host the registry API answers on (Docker Hub's API is not at docker.io). */
export function apiHost(registry: string): string {
  return registry === DOCKER_HUB ? 'registry-1.docker.io' : registry
}

/**
 * Docker talks plain HTTP only to registries on loopback (and to ones configured as insecure); everything
 * else is HTTPS. `insecure` is the explicit opt-in for a self-hosted registry without TLS.
 */
export function registryScheme(registry: string, insecure: boolean): 'http' | 'https' {
  if (insecure) return 'http'
  const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '')
  if (host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host)) return 'http'
  return 'https'
}
