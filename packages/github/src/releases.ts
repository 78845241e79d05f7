/**
 * The GitHub calls release tooling makes: commits, tags, releases (drafts included) and their assets.
 * Each call's failure becomes one `ActionError` that says what was being done, what GitHub answered and,
 * for the usual causes (token, permissions), how to fix it.
 */
import {ActionError} from '@deploy-actions/kit/errors'
import type {GitHub, Repository} from './client'
import {statusOf} from './client'

export interface Asset {
  id: number
  name: string
  size: number
  url: string
  downloadUrl: string
}

export interface Release {
  id: number
  tag: string
  /** The branch or commit the tag is (or will be) created from. */
  target: string
  name: string
  body: string
  draft: boolean
  prerelease: boolean
  url: string
  /** The URL template (`…/assets{?name,label}`) assets are uploaded to. */
  uploadUrl: string
  assets: Asset[]
}

export interface ReleaseFields {
  name?: string
  body?: string
  prerelease?: boolean
  /** Where the tag is created when the release is published and the tag does not exist yet. */
  target?: string
}

export type MakeLatest = 'true' | 'false' | 'legacy'

export interface TagInfo {
  name: string
  commit: string
}

type ReleaseData = Awaited<ReturnType<GitHub['rest']['repos']['getRelease']>>['data']

function toRelease(data: ReleaseData): Release {
  return {
    id: data.id,
    tag: data.tag_name,
    target: data.target_commitish,
    name: data.name ?? '',
    body: data.body ?? '',
    draft: data.draft,
    prerelease: data.prerelease,
    url: data.html_url,
    uploadUrl: data.upload_url,
    assets: data.assets.map((a) => ({
      id: a.id,
      name: a.name,
      size: a.size,
      url: a.url,
      downloadUrl: a.browser_download_url,
    })),
  }
}

export class Releases {
  constructor(
    private readonly github: GitHub,
    readonly repository: Repository,
  ) {}

  private get name(): string {
    return `${this.repository.owner}/${this.repository.repo}`
  }

  /** The full SHA of a commit given by SHA (full or abbreviated) or ref; an error naming it when unknown. */
  async resolveCommit(ref: string): Promise<string> {
    try {
      const {data} = await this.github.rest.repos.getCommit({...this.repository, ref, per_page: 1})
      return data.sha
    } catch (err) {
      if (statusOf(err) === 422 || statusOf(err) === 404) {
        throw new ActionError(
          `The target commit '${ref}' does not exist in ${this.name}. Give a commit SHA that is pushed to ` +
            'GitHub (the default is the commit the workflow runs for).',
        )
      }
      throw this.failure(err, `looking up commit '${ref}'`)
    }
  }

  /** The commit a tag points at (an annotated tag peeled), or `undefined` when the tag does not exist. */
  async tagCommit(tag: string): Promise<string | undefined> {
    try {
      const {data} = await this.github.rest.git.getRef({...this.repository, ref: `tags/${tag}`})
      if (data.object.type !== 'tag') return data.object.sha
      const annotated = await this.github.rest.git.getTag({...this.repository, tag_sha: data.object.sha})
      return annotated.data.object.sha
    } catch (err) {
      if (statusOf(err) === 404) return undefined
      throw this.failure(err, `looking up tag '${tag}'`)
    }
  }

  /** Every tag with the commit it points at. */
  async tags(): Promise<TagInfo[]> {
    try {
      const tags = await this.github.paginate(this.github.rest.repos.listTags, {
        ...this.repository,
        per_page: 100,
      })
      return tags.map((t) => ({name: t.name, commit: t.commit.sha}))
    } catch (err) {
      throw this.failure(err, 'listing tags')
    }
  }

  /** The published release of a tag (drafts have no tag and are not found this way). */
  async publishedByTag(tag: string): Promise<Release | undefined> {
    try {
      const {data} = await this.github.rest.repos.getReleaseByTag({...this.repository, tag})
      return toRelease(data)
    } catch (err) {
      if (statusOf(err) === 404) return undefined
      throw this.failure(err, `looking up the release of tag '${tag}'`)
    }
  }

  /** The latest published release, if any. */
  async latest(): Promise<Release | undefined> {
    try {
      return toRelease((await this.github.rest.repos.getLatestRelease({...this.repository})).data)
    } catch (err) {
      if (statusOf(err) === 404) return undefined
      throw this.failure(err, 'looking up the latest release')
    }
  }

  /** Draft releases of a tag, newest first. GitHub finds drafts only by listing every release. */
  async draftsOf(tag: string): Promise<Release[]> {
    try {
      const all = await this.github.paginate(this.github.rest.repos.listReleases, {
        ...this.repository,
        per_page: 100,
      })
      return all
        .filter((r) => r.draft && r.tag_name === tag)
        .map(toRelease)
        .sort((a, b) => b.id - a.id)
    } catch (err) {
      throw this.failure(err, 'listing releases')
    }
  }

  async get(id: number): Promise<Release> {
    try {
      return toRelease((await this.github.rest.repos.getRelease({...this.repository, release_id: id})).data)
    } catch (err) {
      throw this.failure(err, `reading release ${id}`)
    }
  }

  async createDraft(tag: string, fields: ReleaseFields): Promise<Release> {
    try {
      const {data} = await this.github.rest.repos.createRelease({
        ...this.repository,
        tag_name: tag,
        draft: true,
        ...apiFields(fields),
      })
      return toRelease(data)
    } catch (err) {
      throw this.failure(err, `creating a draft release for '${tag}'`)
    }
  }

  async update(id: number, fields: ReleaseFields): Promise<Release> {
    try {
      const {data} = await this.github.rest.repos.updateRelease({
        ...this.repository,
        release_id: id,
        ...apiFields(fields),
      })
      return toRelease(data)
    } catch (err) {
      throw this.failure(err, `updating release ${id}`)
    }
  }

  /** Publishes a draft: GitHub creates the tag at the release's target unless the tag exists. */
  async publish(id: number, makeLatest: MakeLatest): Promise<Release> {
    try {
      const {data} = await this.github.rest.repos.updateRelease({
        ...this.repository,
        release_id: id,
        draft: false,
        make_latest: makeLatest,
      })
      return toRelease(data)
    } catch (err) {
      throw this.failure(err, `publishing release ${id}`)
    }
  }

  async delete(id: number): Promise<void> {
    try {
      await this.github.rest.repos.deleteRelease({...this.repository, release_id: id})
    } catch (err) {
      if (statusOf(err) === 404) return
      throw this.failure(err, `deleting release ${id}`)
    }
  }

  /** GitHub's generated notes (merged pull requests, new contributors) between two tags. */
  async generateNotes(tag: string, target: string, previousTag: string | undefined): Promise<string> {
    try {
      const {data} = await this.github.rest.repos.generateReleaseNotes({
        ...this.repository,
        tag_name: tag,
        target_commitish: target,
        ...(previousTag ? {previous_tag_name: previousTag} : {}),
      })
      return data.body
    } catch (err) {
      throw this.failure(err, `generating release notes for '${tag}'`)
    }
  }

  /**
   * Uploads one asset to the release's `upload_url` (uploads.github.com, or the GHES equivalent).
   * `undefined` when GitHub says an asset of that name exists already.
   */
  async upload(
    release: Release,
    name: string,
    data: Buffer,
    contentType: string,
  ): Promise<Asset | undefined> {
    try {
      const response = await this.github.rest.repos.uploadReleaseAsset({
        ...this.repository,
        release_id: release.id,
        url: release.uploadUrl,
        name,
        // Octokit types the body as a string; a Buffer is sent as the raw bytes, which is what GitHub wants.
        data: data as unknown as string,
        headers: {'content-type': contentType, 'content-length': data.length},
      })
      const a = response.data
      return {id: a.id, name: a.name, size: a.size, url: a.url, downloadUrl: a.browser_download_url}
    } catch (err) {
      if (statusOf(err) === 422 && /already_exists/.test(JSON.stringify(responseData(err) ?? '')))
        return undefined
      throw this.failure(err, `uploading '${name}' to release ${release.id}`)
    }
  }

  async deleteAsset(id: number): Promise<void> {
    try {
      await this.github.rest.repos.deleteReleaseAsset({...this.repository, asset_id: id})
    } catch (err) {
      if (statusOf(err) === 404) return
      throw this.failure(err, `deleting asset ${id}`)
    }
  }

  /** One error for a failed call: what was being done, GitHub's answer, and the usual fix. */
  failure(err: unknown, doing: string): ActionError {
    const status = statusOf(err)
    const said = githubMessage(err)
    const answer = status === undefined ? said : `${status}${said ? ` ${said}` : ''}`
    const hint =
      status === 401
        ? ' The token is invalid or expired: check the token input.'
        : status === 403
          ? ` The token may lack permission: give the job 'permissions: contents: write', or use a GitHub App or PAT token with access to ${this.name}.`
          : status === 404
            ? ` Check that ${this.name} exists and that the token can see it.`
            : ''
    return new ActionError(`GitHub refused ${doing} in ${this.name}: ${answer}.${hint}`, {cause: err})
  }
}

function apiFields(fields: ReleaseFields) {
  return {
    ...(fields.name === undefined ? {} : {name: fields.name}),
    ...(fields.body === undefined ? {} : {body: fields.body}),
    ...(fields.prerelease === undefined ? {} : {prerelease: fields.prerelease}),
    ...(fields.target === undefined ? {} : {target_commitish: fields.target}),
  }
}

function responseData(err: unknown): unknown {
  return (err as {response?: {data?: unknown}} | null)?.response?.data
}

/** GitHub's message and error codes, without the request (whose headers hold the token). */
function githubMessage(err: unknown): string {
  const data = responseData(err) as
    | {message?: unknown; errors?: {code?: string; field?: string}[]}
    | undefined
  if (data && typeof data.message === 'string') {
    const codes = (data.errors ?? []).map((e) => [e.field, e.code].filter(Boolean).join(' ')).filter(Boolean)
    return codes.length > 0 ? `${data.message} (${codes.join(', ')})` : data.message
  }
  return err instanceof Error ? err.message.split('\n')[0]! : String(err)
}
