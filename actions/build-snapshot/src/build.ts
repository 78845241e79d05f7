/**
 * The build: skip it when every tag is already in the registry at one digest, otherwise build with buildx
 * (GitHub's runners have it) or the classic builder, push, and read the digest back from the registry.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {ActionError} from '@deploy-actions/kit/errors'
import type {CommandRunner} from '@deploy-actions/kit/exec'
import type {ManifestHead} from '@deploy-actions/registry/distribution'
import {isIndex, type ManifestContent} from '@deploy-actions/registry/media-types'
import type {RegistryClient} from '@deploy-actions/registry/registry'
import {buildxArgs, dockerBuildArgs, imageRefs} from './docker-args'
import type {Inputs} from './inputs'

export interface Deps {
  exec: CommandRunner
  /** undefined when nothing is pushed and no registry is asked (push: false, skip-existing: false). */
  client: RegistryClient | undefined
  tempDir: string
  log: (message: string) => void
  warn: (message: string) => void
}

export interface BuildResult {
  /** The pushed digest; without push, buildx's digest or the classic builder's local image ID. */
  digest: string
  builder: 'buildx' | 'docker'
  /** The pushed manifest's media type; undefined without push. */
  mediaType: string | undefined
}

/** The digest every tag already has, when all exist at one digest; undefined means build. */
export async function existingDigest(inputs: Inputs, deps: Deps): Promise<ManifestHead | undefined> {
  if (!deps.client) return undefined
  const heads = await Promise.all(
    inputs.tags.map((tag) => deps.client!.headManifest(inputs.image.repository, tag)),
  )
  const missing = inputs.tags.filter((_, i) => !heads[i])
  if (missing.length > 0) {
    if (missing.length < inputs.tags.length)
      deps.log(`Not in the registry yet: ${missing.join(', ')}; building.`)
    return undefined
  }
  const digests = new Set(heads.map((h) => h!.digest))
  if (digests.size > 1) {
    deps.warn(
      `The tags ${inputs.tags.join(', ')} exist at different digests (${[...digests].join(', ')}); rebuilding so they name one image.`,
    )
    return undefined
  }
  return heads[0]
}

export async function hasBuildx(exec: CommandRunner): Promise<boolean> {
  const result = await exec('docker', ['buildx', 'version'], {quiet: true, allowFailure: true})
  return result.exitCode === 0
}

export async function buildAndPush(inputs: Inputs, deps: Deps): Promise<BuildResult> {
  const useBuildx = inputs.builder === 'buildx' || (inputs.builder === 'auto' && (await hasBuildx(deps.exec)))
  if (inputs.builder === 'buildx' && !(await hasBuildx(deps.exec))) {
    throw new ActionError(
      'builder is buildx but `docker buildx` is not available: run docker/setup-buildx-action first.',
    )
  }
  if (!useBuildx && inputs.platforms.length > 1) {
    throw new ActionError(
      `Building for ${inputs.platforms.join(', ')} needs buildx, which this runner lacks: run docker/setup-buildx-action first.`,
    )
  }
  let digest: string | undefined
  if (useBuildx) {
    const metadataFile = join(deps.tempDir, 'build-metadata.json')
    await deps.exec('docker', buildxArgs(inputs, metadataFile))
    digest = readMetadataDigest(metadataFile)
  } else {
    await deps.exec('docker', dockerBuildArgs(inputs))
    if (inputs.push) {
      for (const ref of imageRefs(inputs)) await deps.exec('docker', ['push', ref])
    } else {
      const inspect = await deps.exec(
        'docker',
        ['image', 'inspect', '--format', '{{.Id}}', imageRefs(inputs)[0]!],
        {
          quiet: true,
        },
      )
      digest = inspect.stdout.trim()
    }
  }
  const builder = useBuildx ? 'buildx' : 'docker'
  if (!inputs.push || !deps.client) return {digest: digest ?? '', builder, mediaType: undefined}
  const pushed = await readBackDigest(inputs, deps.client)
  if (digest && pushed.digest !== digest) {
    throw new ActionError(
      `The build reported ${digest} but the registry has ${pushed.digest} for ${inputs.tags[0]}.`,
    )
  }
  return {digest: pushed.digest, builder, mediaType: pushed.mediaType}
}

/** Every pushed tag must name one digest: the one the registry holds, not the one the builder remembers. */
async function readBackDigest(inputs: Inputs, client: RegistryClient): Promise<ManifestHead> {
  const heads = await Promise.all(inputs.tags.map((tag) => client.headManifest(inputs.image.repository, tag)))
  const missing = inputs.tags.filter((_, i) => !heads[i])
  if (missing.length > 0) {
    throw new ActionError(`The push finished but the registry does not have ${missing.join(', ')}.`)
  }
  const digests = [...new Set(heads.map((h) => h!.digest))]
  if (digests.length > 1) {
    throw new ActionError(
      `The pushed tags name different digests (${digests.join(', ')}); another push raced this one.`,
    )
  }
  return heads[0]!
}

function readMetadataDigest(file: string): string | undefined {
  try {
    const metadata = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
    const digest = metadata['containerimage.digest']
    return typeof digest === 'string' ? digest : undefined
  } catch {
    return undefined
  }
}

/** Compressed size (config + layers), summed over the platforms of an index; attestations are left out. */
export async function imageSize(inputs: Inputs, client: RegistryClient, digest: string): Promise<number> {
  const manifest = await client.getManifest(inputs.image.repository, digest)
  const content = JSON.parse(manifest.bytes.toString('utf8')) as ManifestContent
  if (isIndex(manifest.mediaType)) {
    let total = 0
    for (const child of content.manifests ?? []) {
      if (child.platform?.os === 'unknown') continue
      total += await imageSize(inputs, client, child.digest)
    }
    return total
  }
  return [content.config, ...(content.layers ?? [])].reduce((sum, d) => sum + (d?.size ?? 0), 0)
}
