/** The release notes: the given text, then the released image, then the changelog. */
import {formatImageName, parseImageReference} from '@deploy-actions/registry/reference'

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

/** `registry/repository` of an image reference, without its tag or digest (`app` is `docker.io/library/app`). */
export function repositoryOf(image: string): string {
  return formatImageName(parseImageReference(image))
}
