/**
 * terraform-apply's pull request comment, from the bundle (dist/index.js) run as the runner runs it, with
 * the real Terraform CLI, and the action's real Octokit client talking through GITHUB_API_URL to the GitHub
 * API stand-in, which checks every request and response against GitHub's OpenAPI description. GitHub itself
 * cannot be reached from the tests.
 */
import {fileURLToPath} from 'node:url'
import {type ActionRun, runAction} from '@deploy-actions/local-runner/run-action'
import {type GitHubApi, startGitHubApi} from '@deploy-actions/testing/github-api/server'
import {removeTempDirs} from '@deploy-actions/testing/temp'
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it} from '@jest/globals'
import {type CommentHandlers, commentHandlers} from './fixtures/terraform-apply/comment-handlers'
import {cliEnv, copyFixture, requireTerraform} from './fixtures/terraform-apply/harness'

const actionDir = fileURLToPath(new URL('../actions/terraform-apply', import.meta.url))
const TOKEN = 'ghs_terraformCommentToken0000000000001'
const PULL = 7

let api: GitHubApi
let github: CommentHandlers

beforeAll(async () => {
  requireTerraform()
  github = commentHandlers('acme', 'infra')
  api = await startGitHubApi({token: TOKEN, handlers: github.handlers})
}, 120_000)

afterAll(async () => {
  await api?.close()
  removeTempDirs()
})

beforeEach(() => {
  github.comments.length = 0
  github.readOnly = false
  api.log.length = 0
})

afterEach(() => {
  expect(api.violations).toEqual([])
})

function plan(
  dir: string,
  inputs: Record<string, string> = {},
  eventName = 'pull_request',
): Promise<ActionRun> {
  return runAction({
    actionDir,
    workspace: dir,
    inputs: {mode: 'plan', 'plan-file': 'pr.tfplan', ...inputs},
    eventName,
    eventPayload: {
      number: PULL,
      pull_request: {
        number: PULL,
        head: {ref: 'feature', sha: 'a'.repeat(40)},
        base: {ref: 'main', sha: 'b'.repeat(40)},
      },
    },
    env: {...cliEnv(), GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/infra', GITHUB_TOKEN: TOKEN},
  })
}

const commentCalls = () => api.log.filter((r) => r.operationId?.startsWith('issues/'))

describe('terraform-apply pull request comment (bundled, GitHub API stand-in)', () => {
  it('writes one comment with the plan, and updates that same comment on the next run', async () => {
    const dir = copyFixture('local')
    const first = await plan(dir)
    expect(first.exitCode).toBe(0)
    expect(github.comments).toHaveLength(1)
    const [comment] = github.comments
    expect(comment!.issue).toBe(PULL)
    expect(comment!.body).toMatch(/^<!-- deploy-actions\/terraform-apply \.@default -->\n/)
    expect(comment!.body).toContain('### Terraform plan: `.` (workspace `default`)')
    expect(comment!.body).toContain('| Plan | Plan: 1 to add, 0 to change, 0 to destroy. |')
    expect(comment!.body).toContain('| `terraform_data.server[0]` | create |')
    expect(comment!.body).toContain('# terraform_data.server[0] will be created')
    expect(comment!.body).not.toContain('db-pw-Kq3Z9')
    expect(first.outputs['comment-url']).toBe(
      `https://github.com/acme/infra/pull/${PULL}#issuecomment-${comment!.id}`,
    )
    expect(first.summary).toContain('| Pull request comment | created: https://github.com/acme/infra/pull/7')

    const second = await plan(dir, {var: 'servers=3'})
    expect(second.exitCode).toBe(0)
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0]!.id).toBe(comment!.id)
    expect(github.comments[0]!.body).toContain('Plan: 3 to add, 0 to change, 0 to destroy.')
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url'])
    expect(commentCalls().map((r) => r.operationId)).toEqual([
      'issues/list-comments',
      'issues/create-comment',
      'issues/list-comments',
      'issues/update-comment',
    ])
  })

  it('cuts a plan too large for one comment so that GitHub accepts it', async () => {
    const dir = copyFixture('local')
    const run = await plan(dir, {var: 'servers=40\npadding=250'})
    expect(run.exitCode).toBe(0)
    expect(run.outputs['to-add']).toBe('40')
    const body = github.comments[0]!.body
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body).toMatch(/The plan is cut here: \d+ more characters did not fit in a comment/)
    // The full plan is still in the job summary.
    expect(run.summary).toContain('# terraform_data.server[39] will be created')
  })

  it('warns, and keeps the good plan green, when the token may not comment', async () => {
    github.readOnly = true
    const dir = copyFixture('local')
    const run = await plan(dir)
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({'to-add': '1', 'failure-reason': ''})
    expect(run.outputs['comment-url']).toBeUndefined()
    expect(github.comments).toEqual([])
    const warnings = run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)
    expect(warnings).toEqual([
      expect.stringMatching(
        /^Could not comment on pull request #7: could not create the comment \(HTTP 403: Resource not accessible by integration.*pull-requests: write/,
      ),
    ])
    expect(run.summary).toContain(
      '| Pull request comment | not written: could not create the comment (HTTP 403',
    )
  })

  it('does not comment outside pull requests', async () => {
    const run = await plan(copyFixture('local'), {}, 'push')
    expect(run.exitCode).toBe(0)
    expect(commentCalls()).toEqual([])
    expect(run.outputs['comment-url']).toBeUndefined()
  })
})
