/**
 * The shared GitHub client against the GitHub API stand-in (a local HTTP server that checks every request
 * and response against GitHub's OpenAPI description): retries of server errors and secondary rate limits,
 * with each wait logged, and the helpers beside it.
 */
import {createClient, parseRepository, RepositoryNameError, statusOf} from '@deploy-actions/github/client'
import {type GitHubApi, startGitHubApi} from '@deploy-actions/testing/github-api/server'
import {afterAll, afterEach, beforeAll, describe, expect, it} from '@jest/globals'

let api: GitHubApi

beforeAll(async () => {
  api = await startGitHubApi({token: 'ghs_client_test'})
  const repo = api.state.addRepo('acme/app')
  repo.tag('v1.0.0', repo.commit('initial commit'))
})

afterAll(() => api.close())

afterEach(() => {
  expect(api.violations).toEqual([])
  api.clearFaults()
  api.log.length = 0
})

function client(logs: string[] = [], retries = 3) {
  return createClient(
    {token: 'ghs_client_test', baseUrl: api.url, retries, log: (m) => logs.push(m)},
    {
      DEPLOY_ACTIONS_RETRY_BASE_MS: '5',
    },
  )
}

describe('createClient', () => {
  it('talks to the API at baseUrl with the token', async () => {
    const {data} = await client().rest.git.getRef({owner: 'acme', repo: 'app', ref: 'tags/v1.0.0'})
    expect(data.ref).toBe('refs/tags/v1.0.0')
    expect(api.calls('git/get-ref')).toHaveLength(1)
  })

  it('retries a 502 and logs each wait', async () => {
    api.inject({operationId: 'repos/create-release', status: 502, times: 2})
    const logs: string[] = []
    const {status} = await client(logs).rest.repos.createRelease({
      owner: 'acme',
      repo: 'app',
      tag_name: 'v1.0.0',
    })
    expect(status).toBe(201)
    expect(api.calls('repos/create-release').map((c) => c.status)).toEqual([502, 502, 201])
    expect(logs).toEqual([
      'GitHub answered 502 to POST /repos/acme/app/releases; retrying in 5 ms (retry 1 of 3).',
      'GitHub answered 502 to POST /repos/acme/app/releases; retrying in 20 ms (retry 2 of 3).',
    ])
    api.state.repo('acme', 'app')!.releases.length = 0
  })

  it.each([403, 429] as const)('waits out a secondary rate limit (%i) and logs it', async (status) => {
    api.inject({operationId: 'repos/list-tags', status, retryAfter: 2})
    const logs: string[] = []
    const {data} = await client(logs).rest.repos.listTags({owner: 'acme', repo: 'app'})
    expect(data.map((t) => t.name)).toEqual(['v1.0.0'])
    expect(api.calls('repos/list-tags').map((c) => c.status)).toEqual([status, 200])
    expect(logs).toEqual([
      'GitHub secondary rate limit hit on GET /repos/acme/app/tags; retrying in 10 ms (retry 1 of 3).',
    ])
  })

  it('gives up after the configured retries with the last status', async () => {
    api.inject({operationId: 'repos/list-tags', status: 503, times: 10})
    const err = await client([], 2)
      .rest.repos.listTags({owner: 'acme', repo: 'app'})
      .catch((e: unknown) => e)
    expect(statusOf(err)).toBe(503)
    expect(api.calls('repos/list-tags')).toHaveLength(3)
  })

  it('does not retry what retrying cannot fix (404)', async () => {
    const err = await client()
      .rest.git.getRef({owner: 'acme', repo: 'app', ref: 'tags/v9.9.9'})
      .catch((e: unknown) => e)
    expect(statusOf(err)).toBe(404)
    expect(api.calls('git/get-ref')).toHaveLength(1)
  })

  it('sends the token: another token is refused', async () => {
    const other = createClient({token: 'ghs_other', baseUrl: api.url})
    const err = await other.rest.repos.listTags({owner: 'acme', repo: 'app'}).catch((e: unknown) => e)
    expect(statusOf(err)).toBe(401)
  })

  it('refuses an empty token, naming the input', () => {
    expect(() => createClient({token: ''})).toThrow('The GitHub token is empty.')
  })
})

describe('parseRepository', () => {
  it.each([
    ['acme/app', {}, {owner: 'acme', repo: 'app'}],
    ['', {GITHUB_REPOSITORY: 'octo-org/my.repo_1'}, {owner: 'octo-org', repo: 'my.repo_1'}],
    [' acme/app ', {GITHUB_REPOSITORY: 'other/repo'}, {owner: 'acme', repo: 'app'}],
  ])('reads %j', (text, env, expected) => {
    expect(parseRepository(text, env)).toEqual(expected)
  })

  it.each(['acme', 'acme/app/extra', '-acme/app', 'acme/a b'])('rejects %j with a domain error', (text) => {
    expect(() => parseRepository(text, {})).toThrow(RepositoryNameError)
    expect(() => parseRepository(text, {})).toThrow(`'${text}' is not of the form owner/name.`)
  })

  it('says what to do when there is no repository at all', () => {
    expect(() => parseRepository(undefined, {})).toThrow('Name the repository as owner/name')
  })
})

describe('statusOf', () => {
  it.each([
    [{status: 404}, 404],
    [new Error('x'), undefined],
    [null, undefined],
    [{status: '500'}, undefined],
  ])('%j → %j', (err, status) => {
    expect(statusOf(err)).toBe(status)
  })
})
