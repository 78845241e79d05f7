/**
 * compute-version's bundle (dist/index.js), run the way the runner runs it, in real git repositories:
 * clones, shallow clones, detached HEADs, tags, pull request payloads.
 */
import {fileURLToPath} from 'node:url'
import {type ActionRun, runAction} from '@deploy-actions/local-runner/run-action'
import {GitRepo} from '@deploy-actions/testing/git-repo'
import {removeTempDirs} from '@deploy-actions/testing/temp'
import {afterAll, describe, expect, it} from '@jest/globals'

const actionDir = fileURLToPath(new URL('../actions/compute-version', import.meta.url))

afterAll(removeTempDirs)

function computeVersion(
  repo: GitRepo,
  inputs: Record<string, string> = {},
  more: Partial<Parameters<typeof runAction>[0]> = {},
) {
  return runAction({actionDir, workspace: repo.dir, inputs, ...more})
}

/** The `::error::` lines of a run: a failed run must have exactly one, without a stack trace. */
function errorLines(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((line) => line.startsWith('::error'))
}

describe('compute-version (bundled)', () => {
  it('writes version, tag and snapshot tag for pyproject.toml 1.4.0 at a known commit', async () => {
    const repo = GitRepo.init({'pyproject.toml': '[project]\nname = "app"\nversion = "1.4.0"\n'})
    const sha = repo.head()
    const run = await computeVersion(repo, {}, {ref: 'refs/heads/main'})
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      version: '1.4.0',
      tag: 'v1.4.0',
      'release-tag': 'v1.4.0',
      'snapshot-tag': `v1.4.0-SNAPSHOT-${sha.slice(0, 7)}`,
      sha,
      'short-sha': sha.slice(0, 7),
      major: '1',
      minor: '4',
      patch: '0',
      prerelease: '',
      'is-release': 'true',
      'previous-tag': '',
      source: 'pyproject',
      'source-file': 'pyproject.toml',
    })
    expect(JSON.parse(run.outputs['json']!)).toMatchObject({
      version: '1.4.0',
      'snapshot-tag': run.outputs['snapshot-tag'],
    })
    expect(run.summary).toContain(`| Snapshot tag | \`v1.4.0-SNAPSHOT-${sha.slice(0, 7)}\` |`)
    expect(errorLines(run)).toEqual([])
  })

  it('reads package.json, takes the previous release tag, and builds image references and labels', async () => {
    const repo = GitRepo.init({'package.json': '{"name":"web","version":"2.1.0"}'})
    repo.tag('v2.0.0')
    repo.tag('v2.0.1', {annotated: true})
    repo.tag('v2.1.0-rc.1')
    const sha = repo.commit('feature', {'src.js': '1'})
    const run = await computeVersion(
      repo,
      {image: '127.0.0.1:5000/web', 'short-sha-length': '10'},
      {ref: 'refs/heads/dev', env: {GITHUB_REPOSITORY: 'acme/web'}},
    )
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      'previous-tag': 'v2.0.1',
      'is-release': 'false',
      'snapshot-image': `127.0.0.1:5000/web:v2.1.0-SNAPSHOT-${sha.slice(0, 10)}`,
      'release-image': '127.0.0.1:5000/web:v2.1.0',
    })
    expect(run.outputs['labels']!.split('\n')).toEqual([
      'org.opencontainers.image.version=2.1.0',
      `org.opencontainers.image.revision=${sha}`,
      'org.opencontainers.image.source=https://github.com/acme/web',
      expect.stringMatching(/^org\.opencontainers\.image\.created=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
    ])
  })

  it('uses the pull request head commit from the event payload, not the merge commit', async () => {
    const repo = GitRepo.init({VERSION: '0.5.0'})
    const base = repo.head()
    repo.git('checkout', '--quiet', '-b', 'feature')
    const head = repo.commit('change', {'a.txt': 'a'})
    repo.git('checkout', '--quiet', 'main')
    repo.git('merge', '--quiet', '--no-ff', '-m', 'merge', 'feature')
    const merge = repo.head()
    const run = await computeVersion(
      repo,
      {},
      {
        eventName: 'pull_request',
        ref: 'refs/pull/1/merge',
        sha: merge,
        eventPayload: {
          number: 1,
          pull_request: {number: 1, head: {sha: head, ref: 'feature'}, base: {sha: base, ref: 'main'}},
        },
      },
    )
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      sha: head,
      'snapshot-tag': `v0.5.0-SNAPSHOT-${head.slice(0, 7)}`,
      'is-release': 'false',
    })
  })

  it('works on a detached HEAD', async () => {
    const repo = GitRepo.init({VERSION: '1.0.0'})
    const first = repo.head()
    repo.commit('second', {VERSION: '1.1.0'})
    repo.git('checkout', '--quiet', '--detach', first)
    const run = await computeVersion(repo)
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({version: '1.0.0', sha: first, 'is-release': 'false'})
  })

  it('reads tags from origin in a shallow clone (the default checkout), and refuses to guess without them', async () => {
    const origin = GitRepo.init({'pyproject.toml': '[project]\nversion = "1.0.0"\n'})
    const released = origin.head()
    origin.tag('v1.0.0', {annotated: true})
    origin.commit('next', {'b.txt': 'b'})
    const clone = GitRepo.clone(origin, '--depth', '1', '--no-tags', '--branch', 'main')
    expect(clone.git('rev-parse', '--is-shallow-repository').trim()).toBe('true')
    expect(clone.git('tag', '--list').trim()).toBe('')

    const guarded = await computeVersion(clone, {}, {ref: 'refs/heads/main'})
    expect(guarded.exitCode).toBe(1)
    expect(errorLines(guarded)).toEqual([
      `::error::The release tag v1.0.0 already exists at commit ${released.slice(0, 12)}, but this run is for ` +
        `${clone.head().slice(0, 12)}. 1.0.0 is already released: bump the version in pyproject.toml. ` +
        '(To compute it anyway, set fail-if-tag-exists: false.)',
    ])

    const local = await computeVersion(clone, {'fetch-tags': 'false'}, {ref: 'refs/heads/main'})
    expect(local.exitCode).toBe(1)
    expect(errorLines(local)[0]).toMatch(
      /Cannot check whether v1\.0\.0 is already released: this is a shallow clone without tags/,
    )

    clone.write({'pyproject.toml': '[project]\nversion = "1.1.0"\n'})
    const bumped = await computeVersion(clone, {}, {ref: 'refs/heads/main'})
    expect(bumped.exitCode).toBe(0)
    expect(bumped.outputs).toMatchObject({version: '1.1.0', 'previous-tag': 'v1.0.0', 'tag-exists': 'false'})
  })

  it('lets a re-run of a release through when the tag is already at this commit', async () => {
    const repo = GitRepo.init({VERSION: '3.0.0'})
    repo.tag('v3.0.0')
    const run = await computeVersion(repo, {}, {ref: 'refs/heads/main'})
    expect(run.exitCode).toBe(0)
    expect(run.outputs['tag-exists']).toBe('true')
  })

  it.each([
    [
      {source: 'pyproject'},
      {VERSION: '1.0.0'},
      /^::error::pyproject\.toml does not exist in .*\. Set working-directory or file/,
    ],
    [
      {},
      {'pyproject.toml': '[project]\nversion = "1.4"\n'},
      /^::error::pyproject\.toml \(\[project\]\.version\): '1\.4' is not a SemVer 2\.0 version/,
    ],
    [
      {},
      {'package.json': '{"version":"1.4.0+build.5"}'},
      /^::error::package\.json \(version\): '1\.4\.0\+build\.5' has build metadata '\+build\.5'/,
    ],
    [
      {source: 'svn'},
      {VERSION: '1.0.0'},
      /^::error::Input 'source': 'svn' is not one of 'auto', 'input', 'pyproject'/,
    ],
    [
      {'short-sha-length': '99'},
      {VERSION: '1.0.0'},
      /^::error::Input 'short-sha-length': '99' is not a whole number from 4 to 40\.$/,
    ],
    [
      {},
      {'Cargo.toml': '[package\nversion = "1.0.0"'},
      /^::error file=Cargo\.toml,line=1::Cargo\.toml is not valid TOML/,
    ],
  ])('bad input %j with files %j fails with one clear error', async (inputs, files, message) => {
    const repo = GitRepo.init(files)
    const run = await computeVersion(repo, inputs)
    expect(run.exitCode).toBe(1)
    const errors = errorLines(run)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(message)
    expect(errors[0]).not.toMatch(/\s+at\s|%0A\s+at /)
    expect(run.outputs).toEqual({})
  })
})
