/**
 * The stand-in's objects in the shapes GitHub's API returns them (`release`, `release-asset`,
 * `simple-user`, `git-ref`, `git-tag`, `tag`, `commit` in the OpenAPI description). Every response is
 * validated against the description, so a field missing here fails the test that returned it.
 */
import {createHash} from 'node:crypto'
import type {AssetRecord, CommitRecord, ReleaseRecord, RepoState, TagObject} from './state'

export interface Urls {
  /** The REST API root, e.g. `http://127.0.0.1:4321`. */
  api: string
  /** Where release assets are uploaded: the origin of `upload_url`. */
  uploads: string
  /** The web UI root, for `html_url`s. */
  web: string
}

function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`${kind}:${id}`).toString('base64')
}

function userId(login: string): number {
  return createHash('sha1').update(login).digest().readUInt32BE(0) & 0x7fffffff
}

export function user(urls: Urls, login: string) {
  const api = `${urls.api}/users/${login}`
  return {
    login,
    id: userId(login),
    node_id: nodeId('User', login),
    avatar_url: `${urls.web}/${login}.png`,
    gravatar_id: '',
    url: api,
    html_url: `${urls.web}/${login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: 'User',
    site_admin: false,
  }
}

function repoApi(urls: Urls, repo: RepoState): string {
  return `${urls.api}/repos/${repo.owner}/${repo.name}`
}

export function asset(urls: Urls, repo: RepoState, a: AssetRecord, release: ReleaseRecord) {
  return {
    url: `${repoApi(urls, repo)}/releases/assets/${a.id}`,
    browser_download_url: `${urls.web}/${repo.fullName}/releases/download/${encodeURIComponent(release.tagName)}/${encodeURIComponent(a.name)}`,
    id: a.id,
    node_id: nodeId('ReleaseAsset', a.id),
    name: a.name,
    label: a.label,
    state: 'uploaded' as const,
    content_type: a.contentType,
    size: a.data.length,
    digest: `sha256:${createHash('sha256').update(a.data).digest('hex')}`,
    download_count: 0,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
    uploader: user(urls, a.uploader),
  }
}

export function release(urls: Urls, repo: RepoState, r: ReleaseRecord) {
  const api = `${repoApi(urls, repo)}/releases/${r.id}`
  // A draft has no tag yet; GitHub shows it under a placeholder name until it is published.
  const tagPath = r.draft ? `untagged-${r.id}` : encodeURIComponent(r.tagName)
  return {
    url: api,
    html_url: `${urls.web}/${repo.fullName}/releases/tag/${tagPath}`,
    assets_url: `${api}/assets`,
    upload_url: `${urls.uploads}/repos/${repo.owner}/${repo.name}/releases/${r.id}/assets{?name,label}`,
    tarball_url: r.draft ? null : `${repoApi(urls, repo)}/tarball/${encodeURIComponent(r.tagName)}`,
    zipball_url: r.draft ? null : `${repoApi(urls, repo)}/zipball/${encodeURIComponent(r.tagName)}`,
    id: r.id,
    node_id: nodeId('Release', r.id),
    tag_name: r.tagName,
    target_commitish: r.targetCommitish,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    immutable: r.immutable,
    created_at: r.createdAt,
    published_at: r.publishedAt,
    updated_at: r.updatedAt,
    author: user(urls, r.author),
    assets: r.assets.map((a) => asset(urls, repo, a, r)),
  }
}

export function gitRef(urls: Urls, repo: RepoState, ref: string, object: string) {
  const type = repo.tagObjects.has(object) ? 'tag' : 'commit'
  return {
    ref,
    node_id: nodeId('Ref', `${repo.fullName}:${ref}`),
    url: `${repoApi(urls, repo)}/git/${ref}`,
    object: {type, sha: object, url: `${repoApi(urls, repo)}/git/${type}s/${object}`},
  }
}

export function gitTag(urls: Urls, repo: RepoState, t: TagObject) {
  return {
    node_id: nodeId('Tag', t.sha),
    tag: t.tag,
    sha: t.sha,
    url: `${repoApi(urls, repo)}/git/tags/${t.sha}`,
    message: t.message,
    tagger: t.tagger,
    object: {sha: t.object, type: 'commit', url: `${repoApi(urls, repo)}/git/commits/${t.object}`},
    verification: {verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null},
  }
}

export function tag(urls: Urls, repo: RepoState, name: string, commit: string) {
  return {
    name,
    commit: {sha: commit, url: `${repoApi(urls, repo)}/commits/${commit}`},
    zipball_url: `${repoApi(urls, repo)}/zipball/refs/tags/${encodeURIComponent(name)}`,
    tarball_url: `${repoApi(urls, repo)}/tarball/refs/tags/${encodeURIComponent(name)}`,
    node_id: nodeId('Tag', `${repo.fullName}:${name}`),
  }
}

export function commit(urls: Urls, repo: RepoState, c: CommitRecord) {
  const api = `${repoApi(urls, repo)}/commits/${c.sha}`
  return {
    url: api,
    sha: c.sha,
    node_id: nodeId('Commit', c.sha),
    html_url: `${urls.web}/${repo.fullName}/commit/${c.sha}`,
    comments_url: `${api}/comments`,
    commit: {
      url: `${repoApi(urls, repo)}/git/commits/${c.sha}`,
      author: c.author,
      committer: c.author,
      message: c.message,
      comment_count: 0,
      tree: {sha: createHash('sha1').update(`tree ${c.sha}`).digest('hex'), url: `${api}/tree`},
    },
    author: user(urls, c.login),
    committer: user(urls, c.login),
    parents: c.parents.map((sha) => ({
      sha,
      url: `${repoApi(urls, repo)}/commits/${sha}`,
      html_url: `${urls.web}/${repo.fullName}/commit/${sha}`,
    })),
    files: [],
  }
}
