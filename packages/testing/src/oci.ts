/**
 * Direct Distribution API calls for tests, independent of the actions' own registry client: push blobs,
 * manifests and indexes, and read back what a tag names.
 */
import {createHash, randomBytes} from 'node:crypto'

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
const ACCEPT = [
  OCI_MANIFEST,
  OCI_INDEX,
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
].join(', ')

export const digestOf = (bytes: Uint8Array | string) =>
  `sha256:${createHash('sha256').update(bytes).digest('hex')}`

export async function pushBlob(registryUrl: string, repository: string, bytes: Uint8Array): Promise<string> {
  const digest = digestOf(bytes)
  const start = await fetch(`${registryUrl}/v2/${repository}/blobs/uploads/`, {method: 'POST'})
  if (start.status !== 202) throw new Error(`blob upload start: HTTP ${start.status}`)
  const location = new URL(start.headers.get('location')!, registryUrl)
  location.searchParams.set('digest', digest)
  const put = await fetch(location, {
    method: 'PUT',
    body: bytes,
    headers: {'Content-Type': 'application/octet-stream'},
  })
  if (put.status !== 201) throw new Error(`blob upload: HTTP ${put.status} ${await put.text()}`)
  return digest
}

export async function pushManifest(
  registryUrl: string,
  repository: string,
  reference: string,
  body: string,
  mediaType: string,
): Promise<string> {
  const res = await fetch(`${registryUrl}/v2/${repository}/manifests/${reference}`, {
    method: 'PUT',
    body,
    headers: {'Content-Type': mediaType},
  })
  if (res.status !== 201) throw new Error(`manifest push: HTTP ${res.status} ${await res.text()}`)
  return res.headers.get('docker-content-digest')!
}

/** The digest a tag names, or undefined when it does not exist. */
export async function tagDigest(
  registryUrl: string,
  repository: string,
  tag: string,
): Promise<string | undefined> {
  const res = await fetch(`${registryUrl}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: {Accept: ACCEPT},
  })
  if (res.status === 404) return undefined
  if (res.status !== 200) throw new Error(`HEAD ${repository}:${tag}: HTTP ${res.status}`)
  return res.headers.get('docker-content-digest')!
}

export async function manifestBytes(
  registryUrl: string,
  repository: string,
  reference: string,
): Promise<Buffer> {
  const res = await fetch(`${registryUrl}/v2/${repository}/manifests/${reference}`, {
    headers: {Accept: ACCEPT},
  })
  if (res.status !== 200) throw new Error(`GET ${repository}:${reference}: HTTP ${res.status}`)
  return Buffer.from(await res.arrayBuffer())
}

export interface PushedImage {
  digest: string
  manifest: string
  layerDigest: string
}

/** An OCI image with one layer of `layerSize` random bytes (the registry stores blobs without unpacking them). */
export async function pushRandomImage(
  registryUrl: string,
  repository: string,
  tag: string,
  layerSize: number,
  platform = {architecture: 'amd64', os: 'linux'},
): Promise<PushedImage> {
  const layer = randomBytes(layerSize)
  const layerDigest = await pushBlob(registryUrl, repository, layer)
  const config = Buffer.from(JSON.stringify({...platform, rootfs: {type: 'layers', diff_ids: [layerDigest]}}))
  const configDigest = await pushBlob(registryUrl, repository, config)
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: {
      mediaType: 'application/vnd.oci.image.config.v1+json',
      digest: configDigest,
      size: config.length,
    },
    layers: [{mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: layerDigest, size: layer.length}],
  })
  const digest = await pushManifest(registryUrl, repository, tag, manifest, OCI_MANIFEST)
  return {digest, manifest, layerDigest}
}

/** A multi-platform OCI index over two images pushed by digest. */
export async function pushRandomIndex(registryUrl: string, repository: string, tag: string): Promise<string> {
  const amd64 = await pushRandomImage(registryUrl, repository, 'tmp-amd64', 2048, {
    architecture: 'amd64',
    os: 'linux',
  })
  const arm64 = await pushRandomImage(registryUrl, repository, 'tmp-arm64', 2048, {
    architecture: 'arm64',
    os: 'linux',
  })
  const index = JSON.stringify({
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests: [
      {
        mediaType: OCI_MANIFEST,
        digest: amd64.digest,
        size: amd64.manifest.length,
        platform: {architecture: 'amd64', os: 'linux'},
      },
      {
        mediaType: OCI_MANIFEST,
        digest: arm64.digest,
        size: arm64.manifest.length,
        platform: {architecture: 'arm64', os: 'linux'},
      },
    ],
  })
  return pushManifest(registryUrl, repository, tag, index, OCI_INDEX)
}
