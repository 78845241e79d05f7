/**
 * create-release's bundle refusing bad input: one clear error each, no secret in it, and nothing created,
 * checked on the state and request log of the GitHub API stand-in (a local server that checks every
 * request and response against GitHub's OpenAPI description).
 */
import {fileURLToPath} from 'node:url'
import {type ActionRun, runAction} from '@deploy-actions/local-runner/run-action'
import {GitRepo} from '@deploy-actions/testing/git-repo'
import {type GitHubApi, startGitHubApi} from '@deploy-actions/testing/github-api/server'
import type {RepoState} from '@deploy-actions/testing/github-api/state'
import {removeTempDirs} from '@deploy-actions/testing/temp'
import {afterAll, afterEach, beforeAll, describe, expect, it} from '@jest/globals'

const actionDir = fileURLToPath(new URL('../actions/create-release', import.meta.url))
const TOKEN = 'ghs_inputsTestTokenNeverShown0003'

let api: GitHubApi
let git: GitRepo
let repo: RepoState

beforeAll(async () => {
  api = await startGitHubApi({token: TOKEN})
  git = GitRepo.init({'README.md': 'app\n', 'notes.md': 'Release notes\n'})
  git.tag('v1.0.0')
  git.commit('feat: something', {'a.txt': '1'})
  repo = api.state.addRepo('acme/inputs')
  repo.importGit(git.dir)
})

afterAll(async () => {
  await api?.close()
  removeTempDirs()
})

afterEach(() => {
  expect(api.violations).toEqual([])
  expect(repo.releases).toEqual([])
  expect(repo.tagCommit('v1.1.0')).toBeUndefined()
})

async function release(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const from = api.log.length
  const run = await runAction({
    actionDir,
    workspace: git.dir,
    inputs: {tag: 'v1.1.0', changelog: 'none', ...inputs},
    sha: git.head(),
    ref: 'refs/heads/main',
    timeoutMs: 60_000,
    env: {
      GITHUB_TOKEN: TOKEN,
      GITHUB_API_URL: api.url,
      GITHUB_REPOSITORY: 'acme/inputs',
      DEPLOY_ACTIONS_RETRY_BASE_MS: '1',
      ...env,
    },
  })
  return {run, requests: api.log.slice(from).map((e) => e.operationId)}
}

/** The one error of a failed run; fails when there are several, or a stack trace, or a secret. */
function theError(run: ActionRun): string {
  expect(run.exitCode).toBe(1)
  const errors = run.annotations.filter((a) => a.level === 'error').map((a) => a.message)
  expect(errors).toHaveLength(1)
  expect(run.stdout).not.toMatch(/^\s+at /m)
  expect(run.stdout.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN)
  return errors[0]!
}

describe('create-release (bundled) with bad input', () => {
  it('refuses a missing token before any request', async () => {
    const {run, requests} = await release({}, {GITHUB_TOKEN: ''})
    expect(theError(run)).toBe(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the workflow expression the message shows
      "Input 'token': is empty. Pass ${{ secrets.GITHUB_TOKEN }} (with permissions: contents: write), a GitHub App token or a PAT.",
    )
    expect(requests).toEqual([])
  })

  it.each([
    ['v1.2..3', "contains '..'"],
    ['v1.2.3 final', 'contains a space'],
    ['v1.2.3:x', "contains ':'"],
    ['release/.hidden', "has a component starting with '.'"],
    ['v1.2.3.lock', "has a component ending with '.lock'"],
    ['-v1', "starts with '-'"],
  ])('refuses the tag %j before any request', async (tag, why) => {
    const {run, requests} = await release({tag})
    const message = theError(run)
    expect(message).toContain(`Input 'tag': '${tag}' is not a valid git tag name: it ${why}`)
    expect(message).toMatch(/Use e\.g\. v1\.2\.3\.$/)
    expect(requests).toEqual([])
  })

  it('refuses a target commit GitHub does not have, after one lookup', async () => {
    const missing = 'd'.repeat(40)
    const {run, requests} = await release({target: missing})
    expect(theError(run)).toBe(
      `The target commit '${missing}' does not exist in acme/inputs. Give a commit SHA that is pushed to GitHub ` +
        '(the default is the commit the workflow runs for).',
    )
    expect(requests).toEqual(['repos/get-commit'])
  })

  it('refuses an unreadable body file before any request', async () => {
    const {run, requests} = await release({'body-file': 'missing.md'})
    expect(theError(run)).toMatch(
      /^Input 'body-file': cannot read 'missing\.md' \(.*\/missing\.md\): no such file\. Give a file in the workspace\.$/,
    )
    expect(requests).toEqual([])
  })

  it('refuses body and body-file together', async () => {
    const {run, requests} = await release({body: 'x', 'body-file': 'notes.md'})
    expect(theError(run)).toBe("Input 'body-file': and body are both given. Use one of them.")
    expect(requests).toEqual([])
  })

  it('refuses a files pattern that matches nothing before any request', async () => {
    const {run, requests} = await release({files: 'dist/*.zip'})
    expect(theError(run)).toContain("Input 'files': 'dist/*.zip' matches no file in")
    expect(requests).toEqual([])
  })

  it('refuses a malformed digest', async () => {
    const {run} = await release({digest: 'sha256:xyz'})
    expect(theError(run)).toBe(
      "Input 'digest': 'sha256:xyz' is not an image digest. Use the form sha256:<64 hex digits>.",
    )
  })

  it('says the token was refused, without showing it', async () => {
    const wrong = 'ghs_wrongTokenAlsoSecret0004'
    const {run, requests} = await release({token: wrong})
    const message = theError(run)
    expect(message).toBe(
      "GitHub refused looking up commit '" +
        git.head() +
        "' in acme/inputs: 401 Bad credentials. The token is invalid or expired: check the token input.",
    )
    expect(run.stdout.replace(`::add-mask::${wrong}`, '')).not.toContain(wrong)
    expect(run.masks).toContain(wrong)
    expect(requests).toEqual(['repos/get-commit'])
  })
})
