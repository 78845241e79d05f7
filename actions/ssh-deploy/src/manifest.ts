/**
 * Puts the image into a Kubernetes manifest the way k8s-deploy users expect: every `image:` that names the
 * deployed image's repository gets the new tag or digest, whatever it held before. Repositories are compared
 * as Docker reads them (registry package grammar), so `nginx` and `docker.io/library/nginx` are the same.
 */
import {formatImageName, parseImageReference} from '@deploy-actions/registry/reference'

const IMAGE_FIELD = /^(\s*(?:-\s+)?image:\s*)(["']?)([^\s"'#]+)\2(\s*(?:#.*)?)$/gm

/** `registry/repository` of a reference, or undefined for text that is not an image reference. */
function repositoryOf(reference: string): string | undefined {
  try {
    return formatImageName(parseImageReference(reference))
  } catch {
    return undefined
  }
}

/** The manifest with the image set, and how many `image:` fields were changed. */
export function substituteImage(manifest: string, image: string): {text: string; count: number} {
  const repository = repositoryOf(image)
  let count = 0
  const text = manifest.replace(
    IMAGE_FIELD,
    (field, head: string, quote: string, value: string, tail: string) => {
      if (repository === undefined || repositoryOf(value) !== repository) return field
      count++
      return `${head}${quote}${image}${quote}${tail}`
    },
  )
  return {text, count}
}
