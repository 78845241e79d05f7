/**
 * release-tags.ts in a real git repository with a bare origin. The repository holds a tiny action set of
 * the monorepo's shape: package.json with the version, actions/<name>/src and a committed dist/, and a
 * scripts/check-dist.sh that rebuilds dist/ (here a copy of src/) and fails when git sees a difference,
 * as the real one does after its ncc build.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {GitRepo} from '@deploy-actions/testing/git-repo'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, beforeEach, describe, expect, it} from '@jest/globals'
import {releaseTags} from '../scripts/release-tags'

const root = fileURLToPath(new URL('..', import.meta.url))

afterAll(removeTempDirs)

const CHECK_DIST = `#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")/.."
for action in actions/*/; do cp "$action/src/index.js" "$action/dist/index.js"; done
changes=$(git status --porcelain -- 'actions/*/dist/*')
if [ -n "$changes" ]; then echo "stale bundles: $changes"; exit 1; fi
`

const manifest = (version: string) => `${JSON.stringify({name: 'fake-set', version, private: true})}\n`

/** Every tag of a repository with the commit it names. */
function tags(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const list = execFileSync(
    'git',
    ['for-each-ref', '--format=%(refname:short) %(*objectname) %(objectname)', 'refs/tags'],
    {
      cwd: dir,
      encoding: 'utf8',
    },
  )
  for (const line of list.trim().split('\n').filter(Boolean)) {
    const [name, peeled, object] = line.split(' ')
    out[name as string] = peeled || (object as string)
  }
  return out
}

describe('release-tags.ts', () => {
  let repo: GitRepo
  let origin: string

  beforeEach(() => {
    repo = GitRepo.init({
      'package.json': manifest('1.0.0'),
      'scripts/check-dist.sh': CHECK_DIST,
      'actions/hello/src/index.js': "console.log('hello')\n",
      'actions/hello/dist/index.js': "console.log('hello')\n",
    })
    origin = tempDir('origin-')
    execFileSync('git', ['init', '--quiet', '--bare', origin])
    repo.git('remote', 'add', 'origin', origin)
    repo.git('push', '--quiet', 'origin', 'main')
  })

  const release = () => releaseTags({root: repo.dir, push: true, log: () => {}})

  it('tags vX.Y.Z at HEAD and points vX to it, on the origin too; a re-run changes nothing', () => {
    const head = repo.head()
    const first = release()
    expect(first).toMatchObject({
      version: '1.0.0',
      tag: 'v1.0.0',
      majorTag: 'v1',
      commit: head,
      created: true,
      majorMoved: true,
    })
    expect(first.pushed).toEqual(['v1.0.0', 'v1'])
    expect(tags(origin)).toEqual({v1: head, 'v1.0.0': head})
    expect(execFileSync('git', ['cat-file', '-t', 'v1.0.0'], {cwd: origin, encoding: 'utf8'}).trim()).toBe(
      'tag',
    )

    const again = release()
    expect(again).toMatchObject({created: false, pushed: []})
    expect(tags(origin)).toEqual({v1: head, 'v1.0.0': head})
  })

  it('moves vX to the next version and keeps the older tag', () => {
    const v100 = repo.head()
    release()
    const v110 = repo.commit('feat: more', {'package.json': manifest('1.1.0')})
    expect(release().pushed).toEqual(['v1.1.0', 'v1'])
    expect(tags(origin)).toEqual({v1: v110, 'v1.0.0': v100, 'v1.1.0': v110})
  })

  it('refuses a version not above the highest release tag, tagging nothing', () => {
    release()
    repo.commit('feat: more', {'package.json': manifest('1.1.0')})
    release()
    const before = tags(origin)
    repo.commit('chore: wrong bump', {'package.json': manifest('1.0.5')})
    expect(release).toThrow(/package.json says 1\.0\.5, which is not above the highest release tag v1\.1\.0/)
    repo.commit('chore: no bump', {'package.json': manifest('1.1.0')})
    expect(release).toThrow(
      /v1\.1\.0 already exists at [0-9a-f]{40}, but HEAD is [0-9a-f]{40}\. Bump "version"/,
    )
    expect(tags(origin)).toEqual(before)
    expect(tags(repo.dir)).toEqual(before)
  })

  it('refuses to tag when a committed dist/ is stale', () => {
    release()
    repo.commit('feat: change the source only', {
      'package.json': manifest('1.1.0'),
      'actions/hello/src/index.js': "console.log('hello, world')\n",
    })
    expect(release).toThrow(
      /The committed dist\/ bundles are stale, so nothing was tagged[\s\S]*stale bundles:.*actions\/hello\/dist\/index\.js/,
    )
    expect(Object.keys(tags(origin)).sort()).toEqual(['v1', 'v1.0.0'])
    expect(Object.keys(tags(repo.dir)).sort()).toEqual(['v1', 'v1.0.0'])
  })

  it('refuses a version package.json does not state as SemVer', () => {
    repo.commit('chore: bad version', {'package.json': manifest('1.0')})
    expect(release).toThrow(/package.json "version": '1.0' is not a SemVer 2.0 version/)
    expect(tags(origin)).toEqual({})
  })

  it('writes version, tag and major-tag to GITHUB_OUTPUT when run as a script', () => {
    const output = join(tempDir('runner-'), 'output')
    const run = spawnSync(
      process.execPath,
      [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/release-tags.ts', '--root', repo.dir, '--push'],
      {cwd: root, encoding: 'utf8', env: {...process.env, GITHUB_OUTPUT: output, GITHUB_ACTIONS: ''}},
    )
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(`Tagged ${repo.head()} as v1.0.0.`)
    expect(run.stdout).toContain('Pushed v1.0.0 and v1 to origin.')
    expect(readFileSync(output, 'utf8')).toBe('version=1.0.0\ntag=v1.0.0\nmajor-tag=v1\n')
  })
})
