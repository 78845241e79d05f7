/**
 * `main` with its boundaries handed in: the GitHub client points at the API stand-in (which checks every
 * request against GitHub's OpenAPI description) and git runs for real on a temporary repository. No module
 * is mocked.
 */
import {createClient} from '@deploy-actions/github/client'
import {runCommand} from '@deploy-actions/kit/exec'
import {GitRepo} from '@deploy-actions/testing/git-repo'
import {type GitHubApi, startGitHubApi} from '@deploy-actions/testing/github-api/server'
import {removeTempDirs} from '@deploy-actions/testing/temp'
import {afterAll, beforeAll, expect, it, jest} from '@jest/globals'
import type {Inputs} from '../src/inputs'
import {main} from '../src/main'

const TOKEN = 'ghs_mainUnitToken0001'
let api: GitHubApi

beforeAll(async () => {
  api = await startGitHubApi({token: TOKEN})
})

afterAll(async () => {
  await api?.close()
  removeTempDirs()
})

it('releases through the injected client, with no module mocked', async () => {
  const git = GitRepo.init({'README.md': 'app\n'})
  git.tag('v1.0.0', {annotated: true})
  const head = git.commit('feat: export as CSV', {'csv.txt': '1'})
  const repo = api.state.addRepo('acme/app')
  repo.importGit(git.dir)
  const tokens: string[] = []
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  try {
    await main(inputsFor(git.dir, head), {
      env: {},
      exec: runCommand,
      github: (token) => {
        tokens.push(token)
        return createClient({token, baseUrl: api.url, retries: 0})
      },
    })
  } finally {
    stdout.mockRestore()
  }
  expect(tokens).toEqual([TOKEN])
  expect(repo.releases).toHaveLength(1)
  expect(repo.releases[0]).toMatchObject({tagName: 'v1.1.0', draft: false})
  expect(repo.tagCommit('v1.1.0')).toBe(head)
  expect(api.violations).toEqual([])
})

function inputsFor(workingDirectory: string, sha: string): Inputs {
  return {
    tag: 'v1.1.0',
    target: sha,
    name: 'v1.1.0',
    body: '',
    changelog: 'github',
    previousTag: undefined,
    image: undefined,
    digest: undefined,
    draft: false,
    prerelease: false,
    makeLatest: 'true',
    files: [],
    updateNotes: false,
    token: TOKEN,
    repository: {owner: 'acme', repo: 'app'},
    workingDirectory,
  }
}
