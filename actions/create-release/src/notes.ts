/** The release notes: the given text, then the released image, then the changelog. */

export interface ImageInfo {
  /** As given, e.g. `ghcr.io/acme/app:v1.2.3` or `ghcr.io/acme/app`. */
  image: string | undefined
  digest: string | undefined
}

export function composeNotes(parts: {body: string; image: ImageInfo; changelog: string}): string {
  return [parts.body.trim(), imageSection(parts.image), parts.changelog.trim()].filter(Boolean).join('\n\n')
}

/** The image and digest, with the by-digest reference to pull exactly what was released. */
export function imageSection({image, digest}: ImageInfo): string {
  if (!image && !digest) return ''
  const lines = ['### Container image', '']
  if (image) lines.push(`- Image: \`${image}\``)
  if (digest) lines.push(`- Digest: \`${digest}\``)
  if (image && digest) lines.push('', '```', `docker pull ${repositoryOf(image)}@${digest}`, '```')
  return lines.join('\n')
}

/** `registry/path` of an image reference without its tag or digest. */
export function repositoryOf(image: string): string {
  const noDigest = image.split('@')[0]!
  const slash = noDigest.lastIndexOf('/')
  const colon = noDigest.lastIndexOf(':')
  return colon > slash ? noDigest.slice(0, colon) : noDigest
}
