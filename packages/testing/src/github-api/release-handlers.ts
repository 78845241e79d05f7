/**
 * Releases and release assets, with the rules of GitHub's that release tooling trips over: one published
 * release per tag (drafts may repeat), publishing creates the tag at `target_commitish` unless it exists,
 * drafts have no tag, and in a repository with immutable releases a published release takes no new assets.
 */
import {
  ApiError,
  type ApiRequest,
  fields,
  type HandlerContext,
  type HandlerMap,
  notFound,
  page,
  repoOf,
} from './handler'
import * as render from './render'
import {newId, type ReleaseRecord, type RepoState, timestamp} from './state'

export const releaseHandlers: HandlerMap = {
  'repos/list-releases': (request, context) => {
    const repo = repoOf(request, context)
    const releases = [...repo.releases]
      .sort((a, b) => b.id - a.id)
      .map((r) => render.release(context.urls, repo, r))
    return page(request, context, `/repos/${repo.owner}/${repo.name}/releases`, releases)
  },

  'repos/get-release': (request, context) => {
    const {repo, release} = releaseOf(request, context)
    return {status: 200, body: render.release(context.urls, repo, release)}
  },

  'repos/get-release-by-tag': (request, context) => {
    const repo = repoOf(request, context)
    // Drafts are not found by tag: they have no tag until they are published.
    const release = repo.publishedRelease(request.params['tag'] ?? '')
    if (!release) throw notFound()
    return {status: 200, body: render.release(context.urls, repo, release)}
  },

  'repos/get-latest-release': (request, context) => {
    const repo = repoOf(request, context)
    const release = latestPublished(repo)
    if (!release) throw notFound()
    return {status: 200, body: render.release(context.urls, repo, release)}
  },

  'repos/create-release': (request, context) => {
    const repo = repoOf(request, context)
    const f = fields(request)
    const tagName = String(f['tag_name'])
    if (!isValidTagName(tagName)) throw invalid('Release', 'tag_name')
    const draft = f['draft'] === true
    const target = typeof f['target_commitish'] === 'string' ? f['target_commitish'] : repo.defaultBranch
    if (repo.tagCommit(tagName) === undefined && repo.resolveCommit(target) === undefined) {
      throw invalid('Release', 'target_commitish')
    }
    if (!draft && repo.publishedRelease(tagName)) throw alreadyExists('Release', 'tag_name')
    const now = timestamp()
    const generated =
      f['generate_release_notes'] === true ? generateNotes(context, repo, tagName, target) : undefined
    const body = typeof f['body'] === 'string' ? f['body'] : null
    const release: ReleaseRecord = {
      id: newId(),
      tagName,
      targetCommitish: target,
      name: typeof f['name'] === 'string' ? f['name'] : (generated?.name ?? null),
      body: generated ? [body, generated.body].filter(Boolean).join('\n\n') : body,
      draft: true,
      prerelease: f['prerelease'] === true,
      immutable: false,
      createdAt: now,
      publishedAt: null,
      updatedAt: now,
      author: context.login,
      assets: [],
    }
    if (!draft) publish(repo, release)
    repo.releases.push(release)
    const body201 = render.release(context.urls, repo, release)
    return {status: 201, body: body201, headers: {location: body201.url}}
  },

  'repos/update-release': (request, context) => {
    const {repo, release} = releaseOf(request, context)
    const f = fields(request)
    if (release.immutable && (f['tag_name'] !== undefined || f['target_commitish'] !== undefined)) {
      throw new ApiError(422, 'Cannot change the tag of an immutable release.')
    }
    if (typeof f['tag_name'] === 'string') {
      if (!isValidTagName(f['tag_name'])) throw invalid('Release', 'tag_name')
      release.tagName = f['tag_name']
    }
    if (typeof f['target_commitish'] === 'string') release.targetCommitish = f['target_commitish']
    if (typeof f['name'] === 'string') release.name = f['name']
    if (typeof f['body'] === 'string') release.body = f['body']
    if (typeof f['prerelease'] === 'boolean') release.prerelease = f['prerelease']
    if (f['draft'] === false && release.draft) {
      const other = repo.publishedRelease(release.tagName)
      if (other && other.id !== release.id) throw alreadyExists('Release', 'tag_name')
      publish(repo, release)
    } else if (f['draft'] === true && !release.draft) {
      if (release.immutable) throw new ApiError(422, 'Cannot unpublish an immutable release.')
      release.draft = true
      release.publishedAt = null
    }
    release.updatedAt = timestamp()
    return {status: 200, body: render.release(context.urls, repo, release)}
  },

  'repos/delete-release': (request, context) => {
    const {repo, release} = releaseOf(request, context)
    repo.releases.splice(repo.releases.indexOf(release), 1)
    return {status: 204}
  },

  'repos/generate-release-notes': (request, context) => {
    const repo = repoOf(request, context)
    const f = fields(request)
    const target = typeof f['target_commitish'] === 'string' ? f['target_commitish'] : repo.defaultBranch
    const previous = typeof f['previous_tag_name'] === 'string' ? f['previous_tag_name'] : undefined
    return {status: 200, body: generateNotes(context, repo, String(f['tag_name']), target, previous)}
  },

  'repos/list-release-assets': (request, context) => {
    const {repo, release} = releaseOf(request, context)
    const assets = release.assets.map((a) => render.asset(context.urls, repo, a, release))
    return page(request, context, `/repos/${repo.owner}/${repo.name}/releases/${release.id}/assets`, assets)
  },

  'repos/upload-release-asset': (request, context) => {
    const {repo, release} = releaseOf(request, context)
    if (release.immutable) throw new ApiError(422, 'Cannot upload assets to an immutable release.')
    const name = request.query.get('name') ?? ''
    if (release.assets.some((a) => a.name === name)) throw alreadyExists('ReleaseAsset', 'name')
    const now = timestamp()
    const asset = {
      id: newId(),
      name,
      label: request.query.get('label'),
      contentType: String(request.headers['content-type'] ?? 'application/octet-stream'),
      data: request.raw,
      uploader: context.login,
      createdAt: now,
      updatedAt: now,
    }
    release.assets.push(asset)
    return {status: 201, body: render.asset(context.urls, repo, asset, release)}
  },

  'repos/delete-release-asset': (request, context) => {
    const repo = repoOf(request, context)
    const id = Number(request.params['asset_id'])
    const release = repo.releases.find((r) => r.assets.some((a) => a.id === id))
    if (!release) throw notFound()
    if (release.immutable) throw new ApiError(422, 'Cannot delete assets of an immutable release.')
    release.assets = release.assets.filter((a) => a.id !== id)
    return {status: 204}
  },
}

function releaseOf(request: ApiRequest, context: HandlerContext) {
  const repo = repoOf(request, context)
  const release = repo.release(Number(request.params['release_id']))
  if (!release) throw notFound()
  return {repo, release}
}

/** Publishing creates the tag at `target_commitish` unless the tag exists already (then it is kept). */
function publish(repo: RepoState, release: ReleaseRecord): void {
  if (repo.tagCommit(release.tagName) === undefined) {
    const commit = repo.resolveCommit(release.targetCommitish)
    if (!commit) throw invalid('Release', 'target_commitish')
    repo.tag(release.tagName, commit)
  }
  release.draft = false
  release.publishedAt = timestamp()
  release.immutable = repo.immutableReleases
}

function latestPublished(repo: RepoState): ReleaseRecord | undefined {
  return repo.releases
    .filter((r) => !r.draft && !r.prerelease)
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || b.id - a.id)[0]
}

/**
 * GitHub lists the pull requests merged since the previous release; the stand-in has commits only, so it
 * lists the commits, linking the pull request a subject names (`(#12)`), in GitHub's layout.
 */
function generateNotes(
  context: HandlerContext,
  repo: RepoState,
  tag: string,
  target: string,
  previous?: string,
) {
  const head = repo.tagCommit(tag) ?? repo.resolveCommit(target)
  if (!head) throw notFound()
  const base = previous ?? latestPublished(repo)?.tagName
  const baseCommit = base === undefined ? undefined : repo.tagCommit(base)
  if (base !== undefined && baseCommit === undefined) throw notFound()
  const web = `${context.urls.web}/${repo.fullName}`
  const lines = repo.commitsBetween(baseCommit, head).map((c) => {
    const subject = c.message.split('\n')[0] ?? ''
    const pr = /\(#(\d+)\)\s*$/.exec(subject)?.[1]
    const where = pr ? `${web}/pull/${pr}` : `${web}/commit/${c.sha}`
    return `* ${subject.replace(/\s*\(#\d+\)\s*$/, '')} by @${c.login} in ${where}`
  })
  const changes = lines.length > 0 ? `## What's Changed\n${lines.join('\n')}\n\n` : ''
  const full = base === undefined ? `${web}/commits/${tag}` : `${web}/compare/${base}...${tag}`
  return {name: tag, body: `${changes}**Full Changelog**: ${full}`}
}

function invalid(resource: string, field: string): ApiError {
  return new ApiError(422, 'Validation Failed', [{resource, code: 'invalid', field}])
}

function alreadyExists(resource: string, field: string): ApiError {
  return new ApiError(422, 'Validation Failed', [{resource, code: 'already_exists', field}])
}

/** The ref-name rules of `git check-ref-format` that decide whether GitHub accepts a tag name. */
function isValidTagName(name: string): boolean {
  if (name === '' || name === '@' || name.startsWith('-') || name.startsWith('/') || name.endsWith('/')) {
    return false
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what git forbids
  if (/[\x00-\x20\x7f~^:?*[\\]|\.\.|@\{|\/\/|\.$/.test(name)) return false
  return name.split('/').every((part) => !part.startsWith('.') && !part.endsWith('.lock'))
}
