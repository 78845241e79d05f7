/**
 * Promotion: the snapshot's manifest (or index) is read once and written under each release tag exactly as
 * read, so the release digest is the snapshot digest. No layer is pulled or pushed; between two repositories
 * of one registry, blobs are mounted. Every check runs before the first write, so a refused promotion
 * changes nothing.
 */
import {ActionError} from '@deploy-actions/kit/errors'
import type {Manifest} from '@deploy-actions/registry/distribution'
import {isIndex, type ManifestContent} from '@deploy-actions/registry/media-types'
import {formatReference, type ImageName} from '@deploy-actions/registry/reference'
import {type RegistryClient, TagConflictError} from '@deploy-actions/registry/registry'
import type {Inputs, Source} from './inputs'

export interface TagPlan {
  tag: string
  /** create: new tag; move: the tag named another digest and may move; unchanged: already this digest. */
  action: 'create' | 'move' | 'unchanged'
  previousDigest: string | undefined
}

export interface Promotion {
  sourceTag: string | undefined
  digest: string
  mediaType: string
  plans: TagPlan[]
  /** Blobs and child manifests made available in the target repository (0 within one repository). */
  mounted: number
}

export interface Deps {
  client: RegistryClient
  log: (message: string) => void
}

export async function findSource(
  inputs: Pick<Inputs, 'sourceImage' | 'source'>,
  deps: Deps,
): Promise<{reference: string; tag: string | undefined}> {
  const source: Source = inputs.source
  if ('tag' in source) return {reference: source.tag, tag: source.tag}
  if ('digest' in source) return {reference: source.digest, tag: undefined}
  const tags = await deps.client.listTags(inputs.sourceImage.repository)
  const matches = snapshotTagsFor(tags, source.sha)
  const where = formatReference(inputs.sourceImage, {})
  if (matches.length === 0) {
    const recent = tags.slice(-10)
    throw new ActionError(
      `No snapshot tag of ${where} ends in a short form of ${source.sha.slice(0, 12)}` +
        (recent.length
          ? ` (tags found: ${recent.join(', ')}${tags.length > 10 ? ', ...' : ''}).`
          : ' (the repository has no tags).') +
        ' Was build-snapshot run for this commit?',
    )
  }
  if (matches.length > 1) {
    throw new ActionError(
      `Several snapshot tags of ${where} match commit ${source.sha.slice(0, 12)}: ${matches.join(', ')}. ` +
        'Give source-tag to choose one.',
    )
  }
  deps.log(`Snapshot for ${source.sha.slice(0, 12)}: ${matches[0]}`)
  return {reference: matches[0]!, tag: matches[0]}
}

/** Tags ending in `-<short sha>` where the short sha is a prefix (7+ characters) of `sha`. */
export function snapshotTagsFor(tags: readonly string[], sha: string): string[] {
  return tags.filter((tag) => {
    const suffix = /-([0-9a-f]{7,40})$/.exec(tag)?.[1]
    return suffix !== undefined && (sha.startsWith(suffix) || suffix.startsWith(sha))
  })
}

/** What each target tag needs, or one error naming every tag that would move without permission. */
export async function planTags(
  inputs: Pick<Inputs, 'image' | 'targetTags' | 'allowOverwrite' | 'movableTags'>,
  digest: string,
  deps: Deps,
): Promise<TagPlan[]> {
  const plans: TagPlan[] = []
  for (const tag of inputs.targetTags) {
    const existing = await deps.client.headManifest(inputs.image.repository, tag)
    if (!existing) plans.push({tag, action: 'create', previousDigest: undefined})
    else if (existing.digest === digest)
      plans.push({tag, action: 'unchanged', previousDigest: existing.digest})
    else plans.push({tag, action: 'move', previousDigest: existing.digest})
  }
  const refused = plans.filter(
    (p) => p.action === 'move' && !inputs.allowOverwrite && !inputs.movableTags.includes(p.tag),
  )
  if (refused.length > 0) {
    const lines = refused.map((p) => `${formatReference(inputs.image, {tag: p.tag})} is ${p.previousDigest}`)
    throw new ActionError(
      `Refusing to move release tags to ${digest}: ${lines.join('; ')}. Release tags never move silently: ` +
        'bump the version, or set allow-overwrite: true if moving them is intended. Nothing was written.',
    )
  }
  return plans
}

/**
 * Makes everything `manifest` references exist in the target repository: child manifests of an index
 * (written by digest), then config and layer blobs, mounted from the source repository.
 */
export async function copyReferences(
  manifest: Manifest,
  from: ImageName,
  to: ImageName,
  deps: Deps,
): Promise<number> {
  if (from.repository === to.repository) return 0
  const content = JSON.parse(manifest.bytes.toString('utf8')) as ManifestContent
  let copied = 0
  if (isIndex(manifest.mediaType)) {
    for (const child of content.manifests ?? []) {
      if (await deps.client.headManifest(to.repository, child.digest)) continue
      const childManifest = await deps.client.getManifest(from.repository, child.digest)
      copied += await copyReferences(childManifest, from, to, deps)
      await deps.client.putManifest(to.repository, child.digest, childManifest)
      copied++
    }
    return copied
  }
  const blobs = [...(content.config ? [content.config] : []), ...(content.layers ?? [])]
  for (const blob of blobs) {
    if (await deps.client.blobExists(to.repository, blob.digest)) continue
    if (!(await deps.client.mountBlob(to.repository, blob.digest, from.repository))) {
      throw new ActionError(
        `${to.registry} declined to mount blob ${blob.digest} from ${from.repository} into ${to.repository}. ` +
          'Promotion never transfers layers; promote within the snapshot repository, or use a registry that ' +
          'supports cross-repository mounts.',
      )
    }
    copied++
  }
  return copied
}

export async function promote(inputs: Inputs, deps: Deps): Promise<Promotion> {
  const source = await findSource(inputs, deps)
  const manifest = await deps.client.getManifest(inputs.sourceImage.repository, source.reference)
  deps.log(
    `${formatReference(inputs.sourceImage, {tag: source.reference})} is ${manifest.digest} (${manifest.mediaType})`,
  )
  if (inputs.expectedDigest && inputs.expectedDigest !== manifest.digest) {
    throw new ActionError(
      `${formatReference(inputs.sourceImage, {tag: source.reference})} is ${manifest.digest}, not the expected ` +
        `${inputs.expectedDigest}: the snapshot changed since it was tested. Nothing was written.`,
    )
  }
  const plans = await planTags(inputs, manifest.digest, deps)
  const mounted = await copyReferences(manifest, inputs.sourceImage, inputs.image, deps)
  for (const plan of plans) {
    if (plan.action === 'unchanged') {
      deps.log(`${plan.tag}: already ${manifest.digest}`)
      continue
    }
    const written = await deps.client
      .putManifest(inputs.image.repository, plan.tag, manifest)
      .catch((err: unknown) => {
        if (err instanceof TagConflictError && plan.previousDigest) {
          throw new ActionError(
            `${err.message} (${plan.tag} is ${plan.previousDigest}; the release is ${manifest.digest})`,
          )
        }
        throw err
      })
    if (written !== manifest.digest) {
      throw new ActionError(`${plan.tag} was written as ${written}, not ${manifest.digest}.`)
    }
    deps.log(
      plan.action === 'move'
        ? `${plan.tag}: moved from ${plan.previousDigest} to ${written}`
        : `${plan.tag}: ${written}`,
    )
  }
  return {sourceTag: source.tag, digest: manifest.digest, mediaType: manifest.mediaType, plans, mounted}
}
