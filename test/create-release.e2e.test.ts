/**
 * create-release's bundle (dist/index.js), run the way the runner runs it, against the GitHub API
 * stand-in: a local HTTP server that keeps repositories, tags, releases and assets, and checks every
 * request and response against GitHub's OpenAPI description (`@octokit/openapi`), with the action's real
 * Octokit client talking to it through GITHUB_API_URL. GitHub itself cannot be reached from the tests.
 */
import {fileURLToPath} from 'node:url'
import {type ActionRun, runAction} from '@deploy-actions/local-runner/run-action'
import {GitRepo} from '@deploy-actions/testing/git-repo'
import {type GitHubApi, startGitHubApi} from '@deploy-actions/testing/github-api/server'
import type {RepoState} from '@deploy-actions/testing/github-api/state'
import {removeTempDirs} from '@deploy-actions/testing/temp'
import {afterAll, afterEach, beforeAll, describe, expect, it} from '@jest/globals'

const actionDir = fileURLToPath(new URL('../actions/create-release', import.meta.url))
const TOKEN = 'ghs_e2eTokenThatMustNeverBePrinted0001'
const DIGEST = `sha256:${'ab'.repeat(32)}`

let api: GitHubApi
let count = 0

beforeAll(async () => {
  api = await startGitHubApi({token: TOKEN})
})

afterAll(async () => {
  await api?.close()
  removeTempDirs()
})

afterEach(() => {
  expect(api.violations).toEqual([])
  api.clearFaults()
})

interface Fixture {
  git: GitRepo
  repo: RepoState
  name: string
  /** The commit of v1.0.0. */
  first: string
  head: string
}

/** A real git history (v1.0.0, then two commits), mirrored into a fresh repository of the stand-in. */
function fixture(): Fixture {
  count += 1
  const git = GitRepo.init({'README.md': 'app\n'})
  const first = git.head()
  git.tag('v1.0.0', {annotated: true})
  git.commit('feat: export as CSV (#12)', {'csv.txt': '1'})
  const head = git.commit('fix: round totals', {'total.txt': '2'})
  git.write({'dist/app.tar.gz': 'tarball bytes', 'dist/app.sha256': 'checksum\n'})
  const name = `acme/app-${count}`
  const repo = api.state.addRepo(name)
  repo.importGit(git.dir)
  return {git, repo, name, first, head}
}

function release(f: Fixture, inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
  return runAction({
    actionDir,
    workspace: f.git.dir,
    inputs: {tag: 'v1.1.0', ...inputs},
    sha: f.head,
    ref: 'refs/heads/main',
    timeoutMs: 60_000,
    env: {
      GITHUB_TOKEN: TOKEN,
      GITHUB_API_URL: api.url,
      GITHUB_REPOSITORY: f.name,
      DEPLOY_ACTIONS_RETRY_BASE_MS: '1',
      ...env,
    },
  })
}

function errors(run: ActionRun): string[] {
  return run.annotations.filter((a) => a.level === 'error').map((a) => a.message)
}

/** The operations a run sent, in order, for requests to this fixture's repository. */
function operations(f: Fixture, from = 0): string[] {
  return api.log
    .slice(from)
    .filter((e) => e.path.includes(`/repos/${f.name}/`))
    .map((e) => e.operationId ?? '?')
}

const WRITES = [
  'repos/create-release',
  'repos/update-release',
  'repos/delete-release',
  'repos/upload-release-asset',
  'repos/delete-release-asset',
]

describe('create-release (bundled) against the GitHub API stand-in', () => {
  it('tags the commit and publishes one release: draft, assets, then publish', async () => {
    const f = fixture()
    const from = api.log.length
    const run = await release(f, {
      files: 'dist/*.tar.gz\ndist/*.sha256',
      image: 'ghcr.io/acme/app:v1.1.0',
      digest: DIGEST,
      body: 'Highlights of this release.',
    })
    expect(errors(run)).toEqual([])
    expect(run.exitCode).toBe(0)

    expect(f.repo.releases).toHaveLength(1)
    const r = f.repo.releases[0]!
    expect(r).toMatchObject({tagName: 'v1.1.0', draft: false, prerelease: false, name: 'v1.1.0'})
    expect(f.repo.tagCommit('v1.1.0')).toBe(f.head)
    expect(r.assets.map((a) => [a.name, a.data.toString()])).toEqual([
      ['app.tar.gz', 'tarball bytes'],
      ['app.sha256', 'checksum\n'],
    ])
    expect(r.body).toContain('Highlights of this release.')
    expect(r.body).toContain(`docker pull ghcr.io/acme/app@${DIGEST}`)
    expect(r.body).toContain(`https://github.com/${f.name}/compare/v1.0.0...v1.1.0`)
    expect(r.body).toContain(`* feat: export as CSV by @octocat in https://github.com/${f.name}/pull/12`)

    const ops = operations(f, from)
    const writes = ops.filter((op) => WRITES.includes(op))
    expect(writes).toEqual([
      'repos/create-release',
      'repos/upload-release-asset',
      'repos/upload-release-asset',
      'repos/update-release',
    ])
    const calls = api.log.slice(from)
    expect(calls.find((c) => c.operationId === 'repos/create-release')?.body).toMatchObject({draft: true})
    expect(calls.find((c) => c.operationId === 'repos/update-release')?.body).toEqual({
      draft: false,
      make_latest: 'true',
    })
    expect(calls.find((c) => c.operationId === 'repos/generate-release-notes')?.body).toEqual({
      tag_name: 'v1.1.0',
      target_commitish: f.head,
      previous_tag_name: 'v1.0.0',
    })
    expect(calls.find((c) => c.operationId === 'repos/upload-release-asset')?.path).toMatch(
      /^\/uploads\/repos\//,
    )

    expect(run.outputs).toMatchObject({
      id: String(r.id),
      url: `https://github.com/${f.name}/releases/tag/v1.1.0`,
      'upload-url': `${api.urls.uploads}/repos/${f.name}/releases/${r.id}/assets{?name,label}`,
      tag: 'v1.1.0',
      sha: f.head,
      created: 'true',
      'previous-tag': 'v1.0.0',
    })
    expect(run.outputs['changelog']).toContain("## What's Changed")
    expect(run.summary).toContain('| Tag | `v1.1.0` |')
    expect(run.summary).toContain(
      `| Release | [v1.1.0](https://github.com/${f.name}/releases/tag/v1.1.0), published |`,
    )
    expect(run.summary).toContain('<summary>Changelog</summary>')
    expect(run.masks).toContain(TOKEN)
    expect(run.stdout.split(TOKEN).length - 1).toBe(1)
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`)
  })

  it('re-running changes nothing and leaves exactly one release; update-notes replaces the notes', async () => {
    const f = fixture()
    const first = await release(f, {files: 'dist/app.tar.gz', body: 'first'})
    expect(first.exitCode).toBe(0)
    const id = f.repo.releases[0]!.id

    const from = api.log.length
    const again = await release(f, {files: 'dist/app.tar.gz', body: 'second'})
    expect(errors(again)).toEqual([])
    expect(again.exitCode).toBe(0)
    expect(again.outputs).toMatchObject({id: String(id), created: 'false', tag: 'v1.1.0'})
    expect(operations(f, from).filter((op) => WRITES.includes(op))).toEqual([])
    expect(f.repo.releases).toHaveLength(1)
    expect(f.repo.releases[0]!.body).toMatch(/^first/)
    expect(again.log).toContain('set update-notes: true to replace them')
    expect(again.summary).toContain('already existed at this commit; nothing changed')

    const updated = await release(f, {files: 'dist/app.tar.gz', body: 'second', 'update-notes': 'true'})
    expect(updated.exitCode).toBe(0)
    expect(updated.outputs['created']).toBe('false')
    expect(f.repo.releases).toHaveLength(1)
    expect(f.repo.releases[0]!.body).toMatch(/^second/)
    expect(f.repo.releases[0]!.assets).toHaveLength(1)
  })

  it('fails, naming both commits, when the tag exists at another commit; creates nothing', async () => {
    const f = fixture()
    f.repo.tag('v1.1.0', f.first)
    const from = api.log.length
    const run = await release(f)
    expect(run.exitCode).toBe(1)
    const [message, ...more] = errors(run)
    expect(more).toEqual([])
    expect(message).toContain(`Tag 'v1.1.0' already exists at commit ${f.first}`)
    expect(message).toContain(`this run releases commit ${f.head}`)
    expect(f.repo.releases).toHaveLength(0)
    expect(operations(f, from).filter((op) => WRITES.includes(op))).toEqual([])
    expect(run.outputs).toEqual({})
  })

  it('rides out lost answers, server errors and rate limits without duplicates', async () => {
    const f = fixture()
    // GitHub creates the draft but the answer is lost: the client retries the POST, making a second draft.
    api.inject({operationId: 'repos/create-release', status: 502, afterHandling: true})
    api.inject({operationId: 'repos/upload-release-asset', status: 502, times: 2})
    // The first upload lands but its answer is lost: the retry meets "already_exists".
    api.inject({operationId: 'repos/upload-release-asset', status: 502, afterHandling: true, skip: 0})
    api.inject({operationId: 'repos/update-release', status: 403, retryAfter: 1})
    api.inject({operationId: 'repos/list-tags', status: 429, retryAfter: 1})
    const from = api.log.length
    const run = await release(f, {files: 'dist/*'})
    expect(errors(run)).toEqual([])
    expect(run.exitCode).toBe(0)

    expect(f.repo.releases).toHaveLength(1)
    const r = f.repo.releases[0]!
    expect(r.draft).toBe(false)
    expect(r.assets.map((a) => a.name).sort()).toEqual(['app.sha256', 'app.tar.gz'])
    expect(
      api.log
        .slice(from)
        .filter((c) => c.fault !== undefined)
        .map((c) => c.fault),
    ).toEqual([429, 502, 502, 502, 502, 403])
    expect(run.log).toMatch(
      /GitHub answered 502 to POST \/repos\/acme\/app-\d+\/releases; retrying in \d+ ms \(retry 1 of 4\)/,
    )
    expect(run.log).toMatch(
      /secondary rate limit hit on PATCH \/repos\/acme\/app-\d+\/releases\/\d+; retrying/,
    )
    expect(run.log).toMatch(/Deleted draft release \d+, a duplicate for v1.1.0 at the same commit/)
    expect(run.outputs['created']).toBe('true')
  })

  it('deletes the draft it created when an upload keeps failing, and says what failed', async () => {
    const f = fixture()
    api.inject({operationId: 'repos/upload-release-asset', status: 502, times: 20})
    const run = await release(f, {files: 'dist/app.tar.gz'})
    expect(run.exitCode).toBe(1)
    const [message, ...more] = errors(run)
    expect(more).toEqual([])
    expect(message).toContain("GitHub refused uploading 'app.tar.gz' to release")
    expect(message).toContain('502 Server Error')
    expect(message).not.toContain(TOKEN)
    expect(run.log).toMatch(/Deleted draft release \d+, created by this run, after the failure/)
    expect(f.repo.releases).toEqual([])
    expect(f.repo.tagCommit('v1.1.0')).toBeUndefined()

    api.clearFaults()
    const rerun = await release(f, {files: 'dist/app.tar.gz'})
    expect(rerun.exitCode).toBe(0)
    expect(f.repo.releases).toHaveLength(1)
  })

  it('completes the draft an earlier run left behind instead of making another', async () => {
    const f = fixture()
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    f.repo.releases.push({
      id: 424242 + count,
      tagName: 'v1.1.0',
      targetCommitish: f.head,
      name: 'v1.1.0',
      body: 'stale',
      draft: true,
      prerelease: false,
      immutable: false,
      createdAt: now,
      publishedAt: null,
      updatedAt: now,
      author: 'github-actions[bot]',
      assets: [
        {
          id: 515151 + count,
          name: 'app.tar.gz',
          label: null,
          contentType: 'application/gzip',
          data: Buffer.from('old build'),
          uploader: 'github-actions[bot]',
          createdAt: now,
          updatedAt: now,
        },
      ],
    })
    const run = await release(f, {files: 'dist/app.tar.gz', changelog: 'none', body: 'fresh'})
    expect(errors(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({id: String(424242 + count), created: 'false'})
    expect(f.repo.releases).toHaveLength(1)
    expect(f.repo.releases[0]).toMatchObject({draft: false, body: 'fresh'})
    expect(f.repo.releases[0]!.assets.map((a) => a.data.toString())).toEqual(['tarball bytes'])
    expect(run.summary).toContain("completed from an earlier run's draft")
  })

  it('refuses a draft of the tag that targets another commit', async () => {
    const f = fixture()
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    f.repo.releases.push({
      id: 434343 + count,
      tagName: 'v1.1.0',
      targetCommitish: f.first,
      name: null,
      body: null,
      draft: true,
      prerelease: false,
      immutable: false,
      createdAt: now,
      publishedAt: null,
      updatedAt: now,
      author: 'someone',
      assets: [],
    })
    const run = await release(f, {changelog: 'none'})
    expect(run.exitCode).toBe(1)
    expect(errors(run)).toEqual([expect.stringContaining(`already exists at commit ${f.first}`)])
    expect(errors(run)[0]).toContain(`the target of draft release ${434343 + count}`)
    expect(f.repo.releases).toHaveLength(1)
  })

  it('works where releases are immutable: assets are attached before publishing', async () => {
    const f = fixture()
    f.repo.immutableReleases = true
    const run = await release(f, {files: 'dist/app.tar.gz'})
    expect(errors(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(f.repo.releases[0]).toMatchObject({draft: false, immutable: true})
    expect(f.repo.releases[0]!.assets.map((a) => a.name)).toEqual(['app.tar.gz'])
  })

  it('draft: true leaves one draft and no tag, also when run twice', async () => {
    const f = fixture()
    const first = await release(f, {draft: 'true', changelog: 'none', files: 'dist/app.tar.gz'})
    expect(first.exitCode).toBe(0)
    const second = await release(f, {draft: 'true', changelog: 'none', files: 'dist/app.tar.gz'})
    expect(errors(second)).toEqual([])
    expect(second.exitCode).toBe(0)
    expect(f.repo.releases).toHaveLength(1)
    expect(f.repo.releases[0]).toMatchObject({draft: true})
    expect(f.repo.releases[0]!.assets).toHaveLength(1)
    expect(f.repo.tagCommit('v1.1.0')).toBeUndefined()
    expect(first.outputs['created']).toBe('true')
    expect(second.outputs).toMatchObject({created: 'false', id: first.outputs['id']})
    expect(second.summary).toContain(', draft |')
  })

  it('marks a SemVer prerelease as such and never makes it the latest', async () => {
    const f = fixture()
    const run = await release(f, {tag: 'v1.1.0-rc.1', changelog: 'none'})
    expect(run.exitCode).toBe(0)
    expect(f.repo.releases[0]).toMatchObject({tagName: 'v1.1.0-rc.1', prerelease: true, draft: false})
    const publish = api.calls('repos/update-release').at(-1)
    expect(publish?.body).toEqual({draft: false, make_latest: 'false'})
  })
})
