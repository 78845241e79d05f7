/**
 * One release per tag, whatever happened before: a published release at this commit is left as it is
 * (its notes updated only when asked), a draft for this tag and commit is reused, and a new release is
 * made as a draft, given its assets, then published, so it works where releases are immutable. A draft
 * this run created is deleted if the run fails before publishing it.
 */
import type {MakeLatest, Release, Releases} from '@deploy-actions/github/releases'
import {ActionError, errorMessage} from '@deploy-actions/kit/errors'
import type {AssetFile} from './assets'

export interface Plan {
  tag: string
  sha: string
  name: string
  body: string
  prerelease: boolean
  /** Leave the release as a draft instead of publishing it. */
  draft: boolean
  makeLatest: MakeLatest
  updateNotes: boolean
  assets: AssetFile[]
}

export type Outcome = 'created' | 'existing' | 'updated' | 'reused-draft'

export interface Result {
  release: Release
  /** This run created the release (false: it existed, published or as a draft). */
  created: boolean
  outcome: Outcome
  uploaded: string[]
}

export interface FlowDeps {
  releases: Releases
  readFile: (path: string) => Buffer
  info: (message: string) => void
  warn: (message: string) => void
}

const SHA = /^[0-9a-f]{40}$/

/**
 * Fails when the tag exists at another commit than the one being released; returns the tag's commit
 * (`sha`) or `undefined` when there is no tag yet.
 */
export async function checkTag(releases: Releases, tag: string, sha: string): Promise<string | undefined> {
  const tagged = await releases.tagCommit(tag)
  if (tagged !== undefined && tagged !== sha) throw tagConflict(tag, tagged, sha, 'the tag')
  return tagged
}

function tagConflict(tag: string, existing: string, sha: string, what: string): ActionError {
  return new ActionError(
    `Tag '${tag}' already exists at commit ${existing} (${what}), but this run releases commit ${sha}. ` +
      'A release tag never moves: bump the version for the new commit, or delete the tag (and its release) ' +
      'if it was made by mistake.',
  )
}

export async function ensureRelease(plan: Plan, tagged: string | undefined, deps: FlowDeps): Promise<Result> {
  const {releases, info} = deps
  const published = await releases.publishedByTag(plan.tag)
  if (published) return keepPublished(plan, tagged, published, deps)

  const drafts = await releases.draftsOf(plan.tag)
  // Once the tag exists, GitHub publishes any draft of it at the tag; before, a draft's target decides.
  const compatible = drafts.filter((d) => tagged !== undefined || d.target === plan.sha)
  if (compatible.length === 0 && drafts.length > 0) {
    throw tagConflict(plan.tag, drafts[0]!.target, plan.sha, `the target of draft release ${drafts[0]!.id}`)
  }
  const fields = {name: plan.name, body: plan.body, prerelease: plan.prerelease, target: plan.sha}

  let release: Release
  let createdId: number | undefined
  if (compatible.length > 0) {
    const [reuse, ...duplicates] = compatible
    await deleteDuplicates(duplicates, deps)
    info(`Reusing draft release ${reuse!.id} for ${plan.tag}, left by an earlier run.`)
    release = await releases.update(reuse!.id, fields)
  } else {
    release = await releases.createDraft(plan.tag, fields)
    createdId = release.id
    info(`Created draft release ${release.id} for ${plan.tag} at ${plan.sha}.`)
    // A create whose answer was lost (a 502 after GitHub made the draft) is retried by the client and
    // makes a second draft; only this listing can see it.
    const extra = (await releases.draftsOf(plan.tag)).filter(
      (d) => d.id !== release.id && d.target === plan.sha,
    )
    await deleteDuplicates(extra, deps)
  }

  try {
    const uploaded = await uploadAssets(release, plan.assets, createdId === undefined, deps)
    if (!plan.draft) {
      release = await releases.publish(release.id, plan.prerelease ? 'false' : plan.makeLatest)
      info(`Published release ${release.id}: ${release.url}`)
    } else {
      release = await releases.get(release.id)
      info(`Left release ${release.id} as a draft (draft: true).`)
    }
    return {
      release,
      created: createdId !== undefined,
      outcome: createdId !== undefined ? 'created' : 'reused-draft',
      uploaded,
    }
  } catch (err) {
    if (createdId !== undefined) await removeDraft(createdId, deps)
    throw err
  }
}

async function keepPublished(
  plan: Plan,
  tagged: string | undefined,
  published: Release,
  deps: FlowDeps,
): Promise<Result> {
  if (tagged === undefined && SHA.test(published.target) && published.target !== plan.sha) {
    throw tagConflict(plan.tag, published.target, plan.sha, `the target of release ${published.id}`)
  }
  deps.info(`Release ${published.id} for ${plan.tag} already exists at this commit: ${published.url}`)
  const missing = plan.assets.filter((a) => !published.assets.some((b) => b.name === a.name))
  if (missing.length > 0) {
    deps.warn(
      `Release ${plan.tag} exists already; its assets are left as they are, so ${missing.map((a) => a.name).join(', ')} ` +
        'was not attached. Delete the release and re-run to publish it with every file.',
    )
  }
  const stale = published.body !== plan.body || published.name !== plan.name
  if (plan.updateNotes && stale) {
    const release = await deps.releases.update(published.id, {name: plan.name, body: plan.body})
    deps.info(`Updated the name and notes of release ${published.id} (update-notes: true).`)
    return {release, created: false, outcome: 'updated', uploaded: []}
  }
  if (stale)
    deps.info("Its notes differ from this run's; they are kept (set update-notes: true to replace them).")
  return {release: published, created: false, outcome: 'existing', uploaded: []}
}

async function deleteDuplicates(drafts: Release[], deps: FlowDeps): Promise<void> {
  for (const draft of drafts) {
    await deps.releases.delete(draft.id)
    deps.info(`Deleted draft release ${draft.id}, a duplicate for ${draft.tag} at the same commit.`)
  }
}

/**
 * Uploads each file. An asset of the same name on a reused draft is replaced (its content may be from an
 * older build); one that appears during this run's own upload (a retried request whose first attempt
 * landed) is kept when its size matches.
 */
async function uploadAssets(
  release: Release,
  files: AssetFile[],
  reused: boolean,
  deps: FlowDeps,
): Promise<string[]> {
  const uploaded: string[] = []
  for (const file of files) {
    const old = release.assets.find((a) => a.name === file.name)
    if (old && reused) {
      await deps.releases.deleteAsset(old.id)
      deps.info(`Replacing asset ${file.name} of the reused draft.`)
    }
    const data = deps.readFile(file.path)
    let asset = await deps.releases.upload(release, file.name, data, file.contentType)
    if (!asset) {
      const current = (await deps.releases.get(release.id)).assets.find((a) => a.name === file.name)
      if (current && current.size === data.length) {
        asset = current
      } else {
        if (current) await deps.releases.deleteAsset(current.id)
        asset = await deps.releases.upload(release, file.name, data, file.contentType)
        if (!asset)
          throw new ActionError(`Asset '${file.name}' could not be uploaded: GitHub keeps saying it exists.`)
      }
    }
    deps.info(`Uploaded ${file.name} (${data.length} bytes).`)
    uploaded.push(file.name)
  }
  return uploaded
}

/** Best effort: a failed run must not leave its draft behind, but the clean-up must not hide the error. */
async function removeDraft(id: number, deps: FlowDeps): Promise<void> {
  try {
    const current = await deps.releases.get(id)
    if (!current.draft) {
      deps.warn(`Release ${id} was published before the failure; it is kept: ${current.url}`)
      return
    }
    await deps.releases.delete(id)
    deps.info(`Deleted draft release ${id}, created by this run, after the failure.`)
  } catch (err) {
    deps.warn(
      `Could not delete draft release ${id} after the failure (${errorMessage(err)}). A re-run reuses it; ` +
        'or delete it by hand.',
    )
  }
}
