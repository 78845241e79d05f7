/**
 * The release flow with the real Octokit client against the GitHub API stand-in (a local HTTP server
 * that checks every request and response against GitHub's OpenAPI description): the failure paths that
 * are hard to reach through the bundled action.
 */
import {createClient} from '@deploy-actions/github/client'
import {Releases} from '@deploy-actions/github/releases'
import {type GitHubApi, startGitHubApi} from '@deploy-actions/testing/github-api/server'
import type {RepoState} from '@deploy-actions/testing/github-api/state'
import {afterAll, afterEach, beforeAll, describe, expect, it} from '@jest/globals'
import {checkTag, ensureRelease, type Plan} from '../src/release-flow'

let api: GitHubApi
let count = 0

beforeAll(async () => {
  api = await startGitHubApi()
})

afterAll(() => api.close())

afterEach(() => {
  expect(api.violations).toEqual([])
  api.clearFaults()
})

function setup() {
  count += 1
  const repo = api.state.addRepo(`acme/flow-${count}`)
  const first = repo.commit('first')
  const sha = repo.commit('second')
  const github = createClient({token: 't', baseUrl: api.url, retries: 2, retryAfterBaseValue: 1})
  const releases = new Releases(github, {owner: 'acme', repo: `flow-${count}`})
  const messages: string[] = []
  const deps = {
    releases,
    readFile: () => Buffer.from('bytes'),
    info: (m: string) => messages.push(m),
    warn: (m: string) => messages.push(`warning: ${m}`),
  }
  const plan: Plan = {
    tag: 'v1.0.0',
    sha,
    name: 'v1.0.0',
    body: 'notes',
    prerelease: false,
    draft: false,
    makeLatest: 'true',
    updateNotes: false,
    assets: [],
  }
  return {repo, first, sha, releases, deps, plan, messages}
}

function draft(repo: RepoState, target: string, id: number) {
  const now = '2026-01-01T00:00:00Z'
  repo.releases.push({
    id,
    tagName: 'v1.0.0',
    targetCommitish: target,
    name: null,
    body: null,
    draft: true,
    prerelease: false,
    immutable: false,
    createdAt: now,
    publishedAt: null,
    updatedAt: now,
    author: 'x',
    assets: [],
  })
}

describe('ensureRelease', () => {
  it('keeps a release that was published before the failure instead of deleting it', async () => {
    const {repo, deps, plan, messages} = setup()
    // Publishing works on GitHub's side but every answer is lost.
    api.inject({operationId: 'repos/update-release', status: 502, afterHandling: true, times: 10})
    await expect(ensureRelease(plan, undefined, deps)).rejects.toThrow(
      /GitHub refused publishing release \d+/,
    )
    expect(repo.releases).toHaveLength(1)
    expect(repo.releases[0]!.draft).toBe(false)
    expect(messages.at(-1)).toMatch(/^warning: Release \d+ was published before the failure; it is kept/)

    api.clearFaults()
    const rerun = await ensureRelease(plan, repo.tagCommit('v1.0.0'), deps)
    expect(rerun).toMatchObject({created: false, outcome: 'existing'})
    expect(repo.releases).toHaveLength(1)
  })

  it('warns, without hiding the error, when the failed run cannot delete its draft', async () => {
    const {repo, deps, plan, messages} = setup()
    api.inject({operationId: 'repos/update-release', status: 502, times: 10})
    api.inject({operationId: 'repos/get-release', status: 502, times: 10})
    await expect(ensureRelease(plan, undefined, deps)).rejects.toThrow(/publishing release/)
    expect(messages.at(-1)).toMatch(
      /^warning: Could not delete draft release \d+ after the failure .*A re-run reuses it/,
    )
    expect(repo.releases).toHaveLength(1)

    api.clearFaults()
    const rerun = await ensureRelease(plan, undefined, deps)
    expect(rerun).toMatchObject({created: false, outcome: 'reused-draft'})
    expect(repo.releases).toHaveLength(1)
    expect(repo.releases[0]!.draft).toBe(false)
  })

  it('reuses the newest draft at this commit and deletes the duplicates', async () => {
    const {repo, sha, deps, plan} = setup()
    draft(repo, sha, 900_001 + count * 10)
    draft(repo, sha, 900_002 + count * 10)
    const result = await ensureRelease(plan, undefined, deps)
    expect(result).toMatchObject({created: false, outcome: 'reused-draft'})
    expect(repo.releases.map((r) => [r.id, r.draft])).toEqual([[900_002 + count * 10, false]])
  })

  it('refuses a published release whose tag is gone but whose target is another commit', async () => {
    const {repo, first, deps, plan} = setup()
    draft(repo, first, 910_000 + count)
    repo.releases[0]!.draft = false
    repo.releases[0]!.publishedAt = '2026-01-01T00:00:00Z'
    await expect(ensureRelease(plan, undefined, deps)).rejects.toThrow(
      `Tag 'v1.0.0' already exists at commit ${first} (the target of release ${910_000 + count})`,
    )
  })

  it('says which files an existing release does not have', async () => {
    const {repo, sha, deps, plan, messages} = setup()
    repo.tag('v1.0.0', sha)
    await ensureRelease({...plan, assets: []}, sha, deps)
    const asset = {path: '/x/app.zip', name: 'app.zip', size: 5, contentType: 'application/zip'}
    const again = await ensureRelease({...plan, assets: [asset]}, sha, deps)
    expect(again.outcome).toBe('existing')
    expect(messages.at(-1)).toContain(
      'warning: Release v1.0.0 exists already; its assets are left as they are, so app.zip',
    )
  })
})

describe('checkTag', () => {
  it('peels an annotated tag and accepts it at the same commit', async () => {
    const {repo, sha, releases} = setup()
    repo.annotatedTag('v1.0.0', sha)
    expect(await checkTag(releases, 'v1.0.0', sha)).toBe(sha)
  })

  it('names both commits when the tag is elsewhere', async () => {
    const {repo, first, sha, releases} = setup()
    repo.annotatedTag('v1.0.0', first)
    await expect(checkTag(releases, 'v1.0.0', sha)).rejects.toThrow(
      `Tag 'v1.0.0' already exists at commit ${first} (the tag), but this run releases commit ${sha}.`,
    )
  })

  it('is undefined for a tag that does not exist', async () => {
    const {sha, releases} = setup()
    expect(await checkTag(releases, 'v9.0.0', sha)).toBeUndefined()
  })
})
