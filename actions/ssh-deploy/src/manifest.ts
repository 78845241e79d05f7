/**
 * Puts the image into a Kubernetes manifest the way k8s-deploy users expect: every `image:` whose
 * repository is the deployed image's repository gets the new tag or digest, whatever it held before.
 */

export function imageRepository(image: string): string {
  const withoutDigest = image.split('@')[0]!
  const slash = withoutDigest.lastIndexOf('/')
  const colon = withoutDigest.lastIndexOf(':')
  return colon > slash ? withoutDigest.slice(0, colon) : withoutDigest
}

/** The manifest with the image set, and how many `image:` fields were changed. */
export function substituteImage(manifest: string, image: string): {text: string; count: number} {
  const repository = imageRepository(image)
  const escaped = repository.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  const pattern = new RegExp(
    `^(\\s*(?:-\\s+)?image:\\s*)(["']?)${escaped}(?::[\\w][\\w.-]*)?(?:@sha256:[a-f0-9]{64})?\\2(\\s*(?:#.*)?)$`,
    'gm',
  )
  let count = 0
  const text = manifest.replace(pattern, (_m, head: string, quote: string, tail: string) => {
    count++
    return `${head}${quote}${image}${quote}${tail}`
  })
  return {text, count}
}
