/** computeVersion against real git repositories in temp dirs, with the runner context injected. */

import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {runCommand} from '@deploy-actions/kit/exec'
import {GitRepo} from '@deploy-actions/testing/git-repo'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, describe, expect, it, jest} from '@jest/globals'
import {computeVersion, type Deps, ociLabels} from '../src/compute'
import type {RunContext} from '../src/context'
import {getInputs, type Inputs} from '../src/inputs'

afterAll(removeTempDirs)

const quietExec: Deps['exec'] = (cmd, args, opts) => runCommand(cmd, args, {...opts, quiet: true})

function inputs(dir: string, given: Record<string, string> = {}): Inputs {
  const env = Object.fromEntries(Object.entries(given).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
  return {...getInputs(env), workingDirectory: dir}
}

function deps(context: Partial<RunContext> = {}): Deps & {logs: string[]; warnings: string[]} {
  const logs: string[] = []
  const warnings: string[] = []
  return {
    exec: quietExec,
    context: {
      eventName: 'push',
      ref: '',
      sha: '',
      pullRequestHeadSha: undefined,
      repositoryUrl: undefined,
      ...context,
    },
    now: () => new Date('2026-01-02T03:04:05.678Z'),
    log: (m) => logs.push(m),
    warn: (m) => warnings.push(m),
    logs,
    warnings,
  }
}

jest.setTimeout(30_000)

describe('sources', () => {
  it('auto prefers pyproject.toml, then package.json, Cargo.toml, VERSION', async () => {
    const repo = GitRepo.init({
      'pyproject.toml': '[project]\nversion = "1.0.0"\n',
      'package.json': '{"version": "2.0.0"}',
      'Cargo.toml': '[package]\nversion = "3.0.0"\n',
      VERSION: '4.0.0\n',
    })
    const order: [string, string][] = [
      ['pyproject.toml', '1.0.0'],
      ['package.json', '2.0.0'],
      ['Cargo.toml', '3.0.0'],
      ['VERSION', '4.0.0'],
    ]
    for (const [file, version] of order) {
      const r = await computeVersion(inputs(repo.dir), deps())
      expect([r.sourceFile, r.version]).toEqual([file, version])
      repo.git('rm', '--quiet', file)
    }
  })

  it('auto skips a manifest that declares no version, and says so', async () => {
    const repo = GitRepo.init({'pyproject.toml': '[project]\ndynamic = ["version"]\n', VERSION: '0.2.0'})
    const d = deps()
    const r = await computeVersion(inputs(repo.dir), d)
    expect(r).toMatchObject({version: '0.2.0', source: 'version-file', sourceFile: 'VERSION'})
    expect(d.logs).toContain(
      "Skipping pyproject.toml: [project] lists 'version' as dynamic (a build backend sets it).",
    )
  })

  it('auto never skips a malformed version', async () => {
    const repo = GitRepo.init({'pyproject.toml': '[project]\nversion = "1.4"\n', VERSION: '0.2.0'})
    await expect(computeVersion(inputs(repo.dir), deps())).rejects.toThrow(
      "pyproject.toml ([project].version): '1.4' is not a SemVer 2.0 version",
    )
  })

  it('auto falls back to the highest version tag, and the version input wins over everything', async () => {
    const repo = GitRepo.init({'README.md': 'x'})
    repo.tag('v1.9.0')
    repo.tag('v1.10.0', {annotated: true})
    repo.tag('nightly')
    expect(await computeVersion(inputs(repo.dir), deps())).toMatchObject({
      version: '1.10.0',
      source: 'git-tag',
    })
    repo.write({'package.json': '{"version":"5.0.0"}'})
    expect(await computeVersion(inputs(repo.dir, {version: 'v7.0.0'}), deps())).toMatchObject({
      version: '7.0.0',
      source: 'input',
      sourceFile: '',
    })
  })

  it('reads a file at a custom path and infers how to read it', async () => {
    const repo = GitRepo.init({'services/api/pyproject.toml': '[tool.poetry]\nversion = "0.7.0"\n'})
    const r = await computeVersion(inputs(repo.dir, {file: 'services/api/pyproject.toml'}), deps())
    expect(r).toMatchObject({
      version: '0.7.0',
      source: 'pyproject',
      sourceFile: 'services/api/pyproject.toml',
    })
  })

  it('names the missing file of an explicit source', async () => {
    const repo = GitRepo.init({VERSION: '1.0.0'})
    await expect(computeVersion(inputs(repo.dir, {source: 'cargo'}), deps())).rejects.toThrow(
      `Cargo.toml does not exist in ${repo.dir}. Set working-directory or file to where it is, or choose another source.`,
    )
  })

  it('says what it looked for when there is no version anywhere', async () => {
    const repo = GitRepo.init({'README.md': 'x'})
    await expect(computeVersion(inputs(repo.dir), deps())).rejects.toThrow(
      /no pyproject.toml, package.json, Cargo.toml or VERSION declares one, and no tag named vMAJOR.MINOR.PATCH exists in the repository/,
    )
  })
})

describe('commit and release detection', () => {
  it('uses the pull request head, not the merge commit, and a PR is never a release', async () => {
    const repo = GitRepo.init({VERSION: '1.0.0'})
    const head = 'a'.repeat(40)
    const r = await computeVersion(
      inputs(repo.dir),
      deps({eventName: 'pull_request', ref: 'refs/pull/7/merge', sha: repo.head(), pullRequestHeadSha: head}),
    )
    expect([r.sha, r.shortSha, r.isRelease]).toEqual([head, 'aaaaaaa', false])
    expect(r.snapshotTag).toBe('v1.0.0-SNAPSHOT-aaaaaaa')
  })

  it.each([
    ['refs/heads/main', ['main'], true],
    ['refs/heads/dev', ['main'], false],
    ['refs/heads/release/2', ['main', 'release/2'], true],
    ['refs/tags/v1.0.0', ['main'], false],
  ])('%s with release branches %j → is-release %s', async (ref, branches, expected) => {
    const repo = GitRepo.init({VERSION: '1.0.0'})
    const r = await computeVersion(inputs(repo.dir, {'release-branches': branches.join('\n')}), deps({ref}))
    expect(r.isRelease).toBe(expected)
  })

  it('falls back to the checked-out branch outside a runner, and a detached HEAD is no release', async () => {
    const repo = GitRepo.init({VERSION: '1.0.0'})
    expect((await computeVersion(inputs(repo.dir), deps())).isRelease).toBe(true)
    repo.git('checkout', '--quiet', '--detach')
    const r = await computeVersion(inputs(repo.dir), deps())
    expect([r.isRelease, r.sha]).toEqual([false, repo.head()])
  })

  it('works outside a git repository from GITHUB_SHA, and asks for a commit when there is none', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'VERSION'), '3.2.1')
    const sha = 'b'.repeat(40)
    const r = await computeVersion(inputs(dir), deps({sha}))
    expect([r.version, r.sha, r.previousTag]).toEqual(['3.2.1', sha, ''])
    await expect(computeVersion(inputs(dir), deps())).rejects.toThrow(/No commit to version/)
  })
})

describe('release guard', () => {
  it('fails on a release branch when the tag exists at another commit, naming both commits', async () => {
    const repo = GitRepo.init({VERSION: '1.0.0'})
    const first = repo.head()
    repo.tag('v1.0.0')
    const second = repo.commit('more work', {'app.txt': 'x'})
    await expect(computeVersion(inputs(repo.dir), deps({ref: 'refs/heads/main'}))).rejects.toThrow(
      `The release tag v1.0.0 already exists at commit ${first.slice(0, 12)}, but this run is for ` +
        `${second.slice(0, 12)}. 1.0.0 is already released: bump the version in VERSION.`,
    )
    const dev = await computeVersion(inputs(repo.dir), deps({ref: 'refs/heads/dev'}))
    expect(dev.tagCommit).toBe(first)
    const off = await computeVersion(
      inputs(repo.dir, {'fail-if-tag-exists': 'false'}),
      deps({ref: 'refs/heads/main'}),
    )
    expect(off.tag).toBe('v1.0.0')
    await expect(
      computeVersion(inputs(repo.dir, {'fail-if-tag-exists': 'true'}), deps({ref: 'refs/heads/dev'})),
    ).rejects.toThrow(/already exists/)
  })

  it('leaves a version read from the tags alone on auto, and names the fix when forced', async () => {
    const repo = GitRepo.init({'README.md': 'x'})
    repo.tag('v2.0.0')
    repo.commit('after the release', {'a.txt': 'a'})
    const r = await computeVersion(inputs(repo.dir), deps({ref: 'refs/heads/main'}))
    expect([r.source, r.version, r.isRelease]).toEqual(['git-tag', '2.0.0', true])
    await expect(
      computeVersion(inputs(repo.dir, {'fail-if-tag-exists': 'true'}), deps({ref: 'refs/heads/main'})),
    ).rejects.toThrow(
      /2\.0\.0 is already released: tag the new version first, or read the version from a file\./,
    )
  })

  it('lets a re-run at the tagged commit through, annotated tags included', async () => {
    const repo = GitRepo.init({VERSION: '1.0.0'})
    repo.tag('v1.0.0', {annotated: true})
    const d = deps({ref: 'refs/heads/main'})
    const r = await computeVersion(inputs(repo.dir), d)
    expect([r.tagCommit, r.previousTag]).toEqual([repo.head(), ''])
    expect(d.logs).toContain('v1.0.0 already tags this commit: this is a re-run of a release.')
  })
})

describe('build metadata', () => {
  it('is dropped under build-metadata: strip, with a warning', async () => {
    const repo = GitRepo.init({VERSION: '1.2.0+20260101'})
    const d = deps()
    const r = await computeVersion(inputs(repo.dir, {'build-metadata': 'strip'}), d)
    expect([r.version, r.tag]).toEqual(['1.2.0', 'v1.2.0'])
    expect(d.warnings).toEqual([
      "Dropped the build metadata '+20260101' from the version (build-metadata: strip): tags use 1.2.0.",
    ])
  })
})

describe('outputs', () => {
  it('builds image references and OCI labels', async () => {
    const repo = GitRepo.init({VERSION: '1.2.0'})
    repo.git('remote', 'add', 'origin', 'https://x-access-token:ghs_secret@github.com/acme/app.git')
    const r = await computeVersion(inputs(repo.dir, {image: 'public.ecr.aws/acme/app'}), deps())
    const short = repo.head().slice(0, 7)
    expect(r.snapshotImage).toBe(`public.ecr.aws/acme/app:v1.2.0-SNAPSHOT-${short}`)
    expect(r.releaseImage).toBe('public.ecr.aws/acme/app:v1.2.0')
    expect(r.labels).toEqual({
      'org.opencontainers.image.version': '1.2.0',
      'org.opencontainers.image.revision': repo.head(),
      'org.opencontainers.image.source': 'https://github.com/acme/app',
      'org.opencontainers.image.created': '2026-01-02T03:04:05Z',
    })
  })

  it('leaves the source label out when nothing names the repository', () => {
    expect(Object.keys(ociLabels('1.0.0', 'c'.repeat(40), undefined, 'now'))).not.toContain(
      'org.opencontainers.image.source',
    )
  })
})
