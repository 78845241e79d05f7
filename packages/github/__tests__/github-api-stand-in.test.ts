/**
 * The GitHub API stand-in itself, driven by the real `@octokit/rest` client: it rejects what GitHub's
 * OpenAPI description rejects, flags its own responses when they break the description, keeps state,
 * pages lists the way Octokit's paginate follows, injects faults, and takes handlers for more operations.
 */

import {type GitHubApi, startGitHubApi} from '@deploy-actions/testing/github-api/server'
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {Octokit} from '@octokit/rest'

const TOKEN = 'ghs_standInTest'
const quiet = {debug: () => {}, info: () => {}, warn: () => {}, error: () => {}}
let api: GitHubApi
let octokit: Octokit

beforeAll(async () => {
  api = await startGitHubApi({
    token: TOKEN,
    handlers: {
      // An operation the built-in handlers do not serve, as another action's tests would add it.
      'issues/list-comments': () => ({
        status: 200,
        body: [{id: 1, body: 'plan: 1 to add'}],
      }),
      'issues/create-comment': () => ({status: 201, body: {id: 'not-a-number'}}),
    },
  })
  octokit = new Octokit({auth: TOKEN, baseUrl: api.url, log: quiet})
  const repo = api.state.addRepo('acme/standin')
  repo.tag('v1.0.0', repo.commit('first'))
})

afterAll(() => api.close())

function take(): string[] {
  return api.violations.splice(0)
}

describe('GitHub API stand-in', () => {
  it('loads the OpenAPI description once per process, in reasonable time', () => {
    expect(api.contractLoadMs).toBeGreaterThan(0)
    process.stdout.write(`OpenAPI description loaded in ${Math.round(api.contractLoadMs)} ms\n`)
  })

  it('answers a valid request and records it', async () => {
    const {data, status} = await octokit.rest.repos.createRelease({
      owner: 'acme',
      repo: 'standin',
      tag_name: 'v1.1.0',
      draft: true,
    })
    expect(status).toBe(201)
    expect(data.draft).toBe(true)
    expect(api.calls('repos/create-release').at(-1)).toMatchObject({method: 'POST', status: 201})
    expect(take()).toEqual([])
  })

  it('rejects a request body the contract rejects, as GitHub does, and records the violation', async () => {
    // A body of the wrong types, as a hand-written request (no typed client method) could send.
    const wrongTypes = {owner: 'acme', repo: 'standin', tag_name: 42, draft: 'yes'} as unknown as {
      owner: string
      repo: string
      tag_name: string
    }
    const err = await octokit
      .request('POST /repos/{owner}/{repo}/releases', wrongTypes)
      .catch((e: {status: number}) => e)
    expect((err as {status: number}).status).toBe(422)
    const [violation, ...more] = take()
    expect(more).toEqual([])
    expect(violation).toContain('(repos/create-release): request breaks the contract')
    expect(violation).toContain('/requestBody/tag_name must be string')
  })

  it('rejects a missing required query parameter', async () => {
    const err = await octokit
      .request('POST /repos/{owner}/{repo}/releases/{release_id}/assets', {
        owner: 'acme',
        repo: 'standin',
        release_id: 1,
        baseUrl: `${api.url}/uploads`,
        data: 'x',
        headers: {'content-type': 'text/plain'},
      })
      .catch((e: {status: number}) => e)
    expect((err as {status: number}).status).toBe(422)
    expect(take()).toEqual([expect.stringContaining("must have required property 'name'")])
  })

  it('flags a response of its own that breaks the contract', async () => {
    await octokit.rest.issues.createComment({owner: 'acme', repo: 'standin', issue_number: 1, body: 'x'})
    expect(take()).toEqual([
      expect.stringContaining(
        '(issues/create-comment): 201 response breaks the contract: / must have required property',
      ),
    ])
  })

  it('serves handlers added for other operations', async () => {
    const {data} = await octokit.rest.issues.listComments({owner: 'acme', repo: 'standin', issue_number: 1})
    expect(data).toEqual([{id: 1, body: 'plan: 1 to add'}])
    // The added handler returns a partial comment: the contract check says so.
    expect(take()[0]).toContain("must have required property 'node_id'")
  })

  it("answers 404 to a path that is not in GitHub's API, and records it", async () => {
    const err = await octokit
      .request('GET /repos/{owner}/{repo}/no-such-thing', {owner: 'acme', repo: 'standin'})
      .catch((e: {status: number}) => e)
    expect((err as {status: number}).status).toBe(404)
    expect(take()).toEqual([expect.stringContaining("no operation of GitHub's API answers this request")])
  })

  it('takes uploads only at the uploads origin', async () => {
    const release = api.state.repo('acme', 'standin')!.releases[0]!
    const err = await octokit
      .request('POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name}', {
        owner: 'acme',
        repo: 'standin',
        release_id: release.id,
        name: 'a.txt',
        data: 'x',
        headers: {'content-type': 'text/plain'},
      })
      .catch((e: {status: number}) => e)
    expect((err as {status: number}).status).toBe(404)
    expect(take()).toHaveLength(1)
    const {data} = await octokit.rest.repos.getRelease({
      owner: 'acme',
      repo: 'standin',
      release_id: release.id,
    })
    const uploaded = await octokit.rest.repos.uploadReleaseAsset({
      owner: 'acme',
      repo: 'standin',
      release_id: release.id,
      url: data.upload_url,
      name: 'a.txt',
      data: 'hello',
      headers: {'content-type': 'text/plain'},
    })
    expect(uploaded.data).toMatchObject({name: 'a.txt', size: 5, content_type: 'text/plain'})
    expect(release.assets[0]!.data.toString()).toBe('hello')
    expect(take()).toEqual([])
  })

  it('refuses requests without the right token', async () => {
    const anonymous = new Octokit({baseUrl: api.url, log: quiet})
    await expect(anonymous.rest.repos.listTags({owner: 'acme', repo: 'standin'})).rejects.toMatchObject({
      status: 401,
    })
    const wrong = new Octokit({auth: 'ghs_wrong', baseUrl: api.url, log: quiet})
    await expect(wrong.rest.repos.listTags({owner: 'acme', repo: 'standin'})).rejects.toMatchObject({
      status: 401,
      message: expect.stringContaining('Bad credentials'),
    })
  })

  it('pages lists with Link headers that Octokit follows', async () => {
    const repo = api.state.addRepo('acme/many')
    const sha = repo.commit('one')
    for (let i = 0; i < 130; i++) repo.tag(`t${i}`, sha)
    const tags = await octokit.paginate(octokit.rest.repos.listTags, {
      owner: 'acme',
      repo: 'many',
      per_page: 50,
    })
    expect(tags).toHaveLength(130)
    expect(
      api
        .calls('repos/list-tags')
        .slice(-3)
        .map((c) => c.query),
    ).toEqual(['?per_page=50', '?per_page=50&page=2', '?per_page=50&page=3'])
    expect(take()).toEqual([])
  })

  it('injects faults on chosen operations, after skipping some calls, before or after handling', async () => {
    api.inject({operationId: 'repos/list-tags', status: 502, skip: 1, times: 1})
    await octokit.rest.repos.listTags({owner: 'acme', repo: 'standin'})
    await expect(octokit.rest.repos.listTags({owner: 'acme', repo: 'standin'})).rejects.toMatchObject({
      status: 502,
    })
    await octokit.rest.repos.listTags({owner: 'acme', repo: 'standin'})

    const before = api.state.repo('acme', 'standin')!.releases.length
    api.inject({operationId: 'repos/create-release', status: 502, afterHandling: true})
    await expect(
      octokit.rest.repos.createRelease({owner: 'acme', repo: 'standin', tag_name: 'v2.0.0', draft: true}),
    ).rejects.toMatchObject({status: 502})
    expect(api.state.repo('acme', 'standin')!.releases.length).toBe(before + 1)

    api.inject({status: 403, retryAfter: 7})
    const limited = await octokit.rest.repos
      .listTags({owner: 'acme', repo: 'standin'})
      .catch((e: unknown) => e)
    expect(limited).toMatchObject({
      status: 403,
      response: {
        headers: {'retry-after': '7'},
        data: {message: expect.stringContaining('secondary rate limit')},
      },
    })
    expect(take()).toEqual([])
  })

  it('keeps one published release per tag and creates the tag when publishing', async () => {
    const repo = api.state.repo('acme', 'standin')!
    const head = repo.commit('second')
    const {data} = await octokit.rest.repos.createRelease({
      owner: 'acme',
      repo: 'standin',
      tag_name: 'v3.0.0',
      target_commitish: head,
      draft: true,
    })
    expect(repo.tagCommit('v3.0.0')).toBeUndefined()
    await octokit.rest.repos.updateRelease({
      owner: 'acme',
      repo: 'standin',
      release_id: data.id,
      draft: false,
    })
    expect(repo.tagCommit('v3.0.0')).toBe(head)
    await expect(
      octokit.rest.repos.createRelease({owner: 'acme', repo: 'standin', tag_name: 'v3.0.0'}),
    ).rejects.toMatchObject({status: 422, message: expect.stringContaining('already_exists')})
    const found = await octokit.rest.repos.getReleaseByTag({owner: 'acme', repo: 'standin', tag: 'v3.0.0'})
    expect(found.data.id).toBe(data.id)
    expect(take()).toEqual([])
  })
})
