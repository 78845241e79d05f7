/** The manifest media types a registry may hold for one tag: single-platform manifests and multi-platform indexes. */
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json'
export const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json'

export const MANIFEST_MEDIA_TYPES = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST] as const

/** Without the OCI types in `Accept`, registries answer 404 for OCI manifests (or convert them). */
export const MANIFEST_ACCEPT = MANIFEST_MEDIA_TYPES.join(', ')

export function isIndex(mediaType: string): boolean {
  return mediaType === OCI_INDEX || mediaType === DOCKER_MANIFEST_LIST
}

export interface Descriptor {
  mediaType: string
  digest: string
  size: number
  platform?: {architecture?: string; os?: string; variant?: string}
}

/** The parts of a manifest or index the promotion needs: what it references. */
export interface ManifestContent {
  mediaType?: string
  config?: Descriptor
  layers?: Descriptor[]
  manifests?: Descriptor[]
}
