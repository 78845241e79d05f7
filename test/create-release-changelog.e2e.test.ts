/**
 * create-release's changelogs, with the bundle run as the runner runs it: `conventional` from a real
 * temporary git history (and a real shallow clone of it), `github` through the generate-notes operation
 * of the GitHub API stand-in, which checks every request and response against GitHub's OpenAPI
 * description. The stand-in holds the same history as the workspace, so both agree on every SHA.
 */
import {fileURLToPath} from 'node:url'
import {type ActionRun, runAction} from '@deploy-actions/local-runner/run-action'
import {GitRepo} from '@deploy-actions/testing/git-repo'
import {type GitHubApi, startGitHubApi} from '@deploy-actions/testing/github-api/server'
import {removeTempDirs} from '@deploy-actions/testing/temp'
import {afterAll, afterEach, beforeAll, describe, expect, it} from '@jest/globals'

const actionDir = fileURLToPath(new URL('../actions/create-release', import.meta.url))
const TOKEN = 'ghs_changelogTestToken0002'

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
})

/** A history with every kind of conventional commit between v1.0.0 and the head, and a prerelease tag. */
function history() {
  const git = GitRepo.init({'README.md': 'app\n'})
  git.tag('v1.0.0')
  const sha: Record<string, string> = {}
  sha.feat = git.commit('feat(api): add /health endpoint (#21)', {'a.txt': '1'})
  sha.fix = git.commit('fix: handle empty totals', {'b.txt': '1'})
  git.tag('v1.1.0-rc.1', {annotated: true})
  sha.perf = git.commit('perf: cache the parser (#23)', {'c.txt': '1'})
  sha.bang = git.commit('feat!: drop Node 18 support', {'d.txt': '1'})
  sha.footer = git.commit('refactor: move config\n\nBREAKING CHANGE: the config file is now deploy.yml', {
    'e.txt': '1',
  })
  git.git('checkout', '--quiet', '-b', 'topic')
  sha.docs = git.commit('docs: explain rollbacks', {'f.txt': '1'})
  git.git('checkout', '--quiet', 'main')
  sha.plain = git.commit('Tidy up the build script', {'g.txt': '1'})
  git.git('merge', '--quiet', '--no-ff', '-m', 'Merge branch topic', 'topic')
  return {git, sha, head: git.head()}
}

function mirror(git: GitRepo): string {
  count += 1
  const name = `acme/changelog-${count}`
  api.state.addRepo(name).importGit(git.dir)
  return name
}

function release(workspace: GitRepo, repo: string, sha: string, inputs: Record<string, string>) {
  return runAction({
    actionDir,
    workspace: workspace.dir,
    inputs: {tag: 'v1.1.0', ...inputs},
    sha,
    ref: 'refs/heads/main',
    timeoutMs: 60_000,
    env: {
      GITHUB_TOKEN: TOKEN,
      GITHUB_API_URL: api.url,
      GITHUB_REPOSITORY: repo,
      DEPLOY_ACTIONS_RETRY_BASE_MS: '1',
    },
  })
}

function errors(run: ActionRun): string[] {
  return run.annotations.filter((a) => a.level === 'error').map((a) => a.message)
}

describe('create-release changelogs (bundled)', () => {
  it('groups conventional commits since the previous release, linking commits and pull requests', async () => {
    const {git, sha, head} = history()
    const repo = mirror(git)
    const run = await release(git, repo, head, {changelog: 'conventional'})
    expect(errors(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    const web = `https://github.com/${repo}`
    const link = (s: string) => `([${s.slice(0, 7)}](${web}/commit/${s}))`
    expect(run.outputs['previous-tag']).toBe('v1.0.0')
    const expected = [
      '### ⚠ Breaking changes',
      '',
      `- move config ${link(sha.footer!)}`,
      '  the config file is now deploy.yml',
      `- drop Node 18 support ${link(sha.bang!)}`,
      '',
      '### Features',
      '',
      `- **api:** add /health endpoint ([#21](${web}/pull/21)) ${link(sha.feat!)}`,
      '',
      '### Bug fixes',
      '',
      `- handle empty totals ${link(sha.fix!)}`,
      '',
      '### Performance',
      '',
      `- cache the parser ([#23](${web}/pull/23)) ${link(sha.perf!)}`,
      '',
      '### Other changes',
      '',
      `- explain rollbacks ${link(sha.docs!)}`,
      `- Tidy up the build script ${link(sha.plain!)}`,
      '',
      `**Full changelog**: ${web}/compare/v1.0.0...v1.1.0`,
    ]
    const changelog = run.outputs['changelog']!
    // Within a section, `git log` orders commits of the same second (and of merged branches) as it likes.
    expect(changelog.split('\n').sort()).toEqual([...expected].sort())
    const headings = changelog.split('\n').filter((line) => line.startsWith('### '))
    expect(headings).toEqual(expected.filter((line) => line.startsWith('### ')))
    expect(changelog).not.toContain('Merge branch')
    const release0 = api.state.repo('acme', repo.split('/')[1]!)!.releases[0]!
    expect(release0.body).toBe(run.outputs['changelog'])
    expect(run.summary).toContain('### Features')
  })

  it('fails on a shallow clone, saying to fetch the history, and creates nothing', async () => {
    const {git, head} = history()
    const repo = mirror(git)
    const shallow = GitRepo.clone(git, '--depth', '1')
    const from = api.log.length
    const run = await release(shallow, repo, head, {changelog: 'conventional'})
    expect(run.exitCode).toBe(1)
    const [message, ...more] = errors(run)
    expect(more).toEqual([])
    expect(message).toContain('is not in the shallow clone')
    expect(message).toContain('actions/checkout with fetch-depth: 0')
    expect(api.log.slice(from).filter((e) => e.method !== 'GET')).toEqual([])
    expect(api.state.repo('acme', repo.split('/')[1]!)!.releases).toEqual([])
  })

  it('works on a full clone, as actions/checkout with fetch-depth: 0 makes it', async () => {
    const {git, head} = history()
    const repo = mirror(git)
    const clone = GitRepo.clone(git)
    const run = await release(clone, repo, head, {changelog: 'conventional', 'previous-tag': 'v1.1.0-rc.1'})
    expect(errors(run)).toEqual([])
    expect(run.outputs['previous-tag']).toBe('v1.1.0-rc.1')
    expect(run.outputs['changelog']).not.toContain('add /health endpoint')
    expect(run.outputs['changelog']).toContain('cache the parser')
    expect(run.outputs['changelog']).toContain('/compare/v1.1.0-rc.1...v1.1.0')
  })

  it('asks GitHub to generate the notes from the previous tag', async () => {
    const {git, head} = history()
    const repo = mirror(git)
    const from = api.log.length
    const run = await release(git, repo, head, {changelog: 'github', 'previous-tag': 'v1.1.0-rc.1'})
    expect(run.exitCode).toBe(0)
    const generate = api.log.slice(from).find((e) => e.operationId === 'repos/generate-release-notes')
    expect(generate?.body).toEqual({
      tag_name: 'v1.1.0',
      target_commitish: head,
      previous_tag_name: 'v1.1.0-rc.1',
    })
    expect(run.outputs['changelog']).toContain(`https://github.com/${repo}/compare/v1.1.0-rc.1...v1.1.0`)
    expect(run.outputs['changelog']).toContain(`in https://github.com/${repo}/pull/23`)
  })

  it('fails clearly when the given previous tag does not exist', async () => {
    const {git, head} = history()
    const repo = mirror(git)
    const run = await release(git, repo, head, {changelog: 'github', 'previous-tag': 'v0.9.0'})
    expect(run.exitCode).toBe(1)
    expect(errors(run)).toEqual([
      `Input 'previous-tag': 'v0.9.0' is not a tag of ${repo}. Give an existing tag, or leave it empty to use the previous version tag.`,
    ])
  })
})
