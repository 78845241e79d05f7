/** Where the changelog starts (the previous release) and the changelog itself, in the chosen style. */
import type {Releases} from '@deploy-actions/github/releases'
import {InputError} from '@deploy-actions/kit/errors'
import type {CommandRunner} from '@deploy-actions/kit/exec'
import {renderChangelog} from './conventional'
import {History} from './history'
import type {Changelog} from './inputs'
import {parseVersionTag, previousVersionTag} from './semver'

export interface PreviousTag {
  tag: string
  sha: string
}

/**
 * The given previous tag (which must exist), else the highest version tag below `tag`, else, for a tag
 * that is not a version, the latest published release.
 */
export async function findPreviousTag(
  releases: Releases,
  tag: string,
  given: string | undefined,
): Promise<PreviousTag | undefined> {
  if (given !== undefined) {
    const sha = await releases.tagCommit(given)
    if (sha === undefined) {
      throw new InputError(
        'previous-tag',
        `'${given}' is not a tag of ${releases.repository.owner}/${releases.repository.repo}. ` +
          'Give an existing tag, or leave it empty to use the previous version tag.',
      )
    }
    return {tag: given, sha}
  }
  const tags = await releases.tags()
  const previous = previousVersionTag(
    tag,
    tags.map((t) => t.name),
  )
  if (previous) return {tag: previous, sha: tags.find((t) => t.name === previous)!.commit}
  if (parseVersionTag(tag)) return undefined
  const latest = await releases.latest()
  if (!latest || latest.tag === tag) return undefined
  const sha = tags.find((t) => t.name === latest.tag)?.commit ?? (await releases.tagCommit(latest.tag))
  return sha ? {tag: latest.tag, sha} : undefined
}

export interface ChangelogRequest {
  style: Changelog
  tag: string
  sha: string
  previous: PreviousTag | undefined
  repoUrl: string
  workingDirectory: string
}

export async function buildChangelog(
  request: ChangelogRequest,
  deps: {releases: Releases; exec: CommandRunner},
): Promise<string> {
  switch (request.style) {
    case 'none':
      return ''
    case 'github':
      return deps.releases.generateNotes(request.tag, request.sha, request.previous?.tag)
    case 'conventional': {
      const commits = await new History(request.workingDirectory, deps.exec).commits({
        from: request.previous,
        to: request.sha,
      })
      return renderChangelog(commits, {
        repoUrl: request.repoUrl,
        previousTag: request.previous?.tag,
        tag: request.tag,
      })
    }
  }
}
