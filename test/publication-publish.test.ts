/**
 * publish-actions.ts against real git: bare repositories in a temporary directory stand for the
 * per-action GitHub repositories (file:// remotes), and the packaged trees are the real actions'.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {appendFileSync, mkdirSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, beforeEach, describe, expect, it} from '@jest/globals'
import {packageActions} from '../scripts/package-actions'
import {authEnv, publishActions} from '../scripts/publish-actions'

const root = fileURLToPath(new URL('..', import.meta.url))
const ACTIONS = ['compute-version', 'create-release']
const TOKEN = 'ghp_publicationTestToken0123456789abcdef'

afterAll(removeTempDirs)

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {...process.env, GIT_CONFIG_GLOBAL: '/dev/null'},
  }).trim()
}

/** Every ref of a bare repository with the commit it names (tags peeled). */
function refs(bare: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const line of git(bare, 'for-each-ref', '--format=%(refname) %(*objectname) %(objectname)').split(
    '\n',
  )) {
    const [ref, peeled, object] = line.split(' ')
    if (ref) out[ref] = peeled || (object as string)
  }
  return out
}

describe('publish-actions.ts', () => {
  let trees: string
  let remotes: string
  let remote: string
  const bare = (name: string) => join(remotes, `${name}.git`)

  beforeEach(() => {
    trees = tempDir('trees-')
    packageActions({out: trees, owner: 'acme', actions: ACTIONS})
    remotes = tempDir('remotes-')
    for (const name of ACTIONS) git(remotes, 'init', '--quiet', '--bare', '--initial-branch=main', bare(name))
    remote = `file://${remotes}/{name}.git`
  })

  it('creates main, vX.Y.Z and vX on the first publish; a re-run pushes nothing', () => {
    const first = publishActions({trees, version: '1.2.3', remote, log: () => {}})
    for (const result of first) {
      const r = refs(bare(result.name))
      expect(Object.keys(r).sort()).toEqual(['refs/heads/main', 'refs/tags/v1', 'refs/tags/v1.2.3'])
      expect(r['refs/tags/v1.2.3']).toBe(result.commit)
      expect(r['refs/tags/v1']).toBe(result.commit)
      expect(r['refs/heads/main']).toBe(result.commit)
      expect(result.pushed).toEqual(['main', 'v1.2.3', 'v1'])
      expect(git(bare(result.name), 'cat-file', '-t', 'refs/tags/v1.2.3')).toBe('tag')
      expect(git(bare(result.name), 'log', '--format=%s', 'main')).toBe('Release v1.2.3')
      expect(git(bare(result.name), 'ls-tree', '--name-only', 'main').split('\n')).toEqual([
        'LICENSE',
        'README.md',
        'action.yml',
        'dist',
      ])
    }

    const before = ACTIONS.map((name) => refs(bare(name)))
    const lines: string[] = []
    const again = publishActions({trees, version: '1.2.3', remote, log: (line) => lines.push(line)})
    expect(again.map((r) => [r.pushed, r.committed])).toEqual(ACTIONS.map(() => [[], false]))
    expect(ACTIONS.map((name) => refs(bare(name)))).toEqual(before)
    expect(lines).toEqual(
      ACTIONS.map(
        (name, i) =>
          `${name}: v1.2.3 already published at ${before[i]?.['refs/heads/main']?.slice(0, 12)}; nothing to push`,
      ),
    )
  })

  it('moves vX to a new version and keeps the old tag', () => {
    const [old] = publishActions({
      trees,
      version: '1.2.3',
      remote,
      actions: ['compute-version'],
      log: () => {},
    })
    appendFileSync(join(trees, 'compute-version', 'README.md'), '\nA new paragraph.\n')
    const [next] = publishActions({
      trees,
      version: '1.3.0',
      remote,
      actions: ['compute-version'],
      log: () => {},
    })
    expect(next?.commit).not.toBe(old?.commit)
    expect(next?.pushed).toEqual(['main', 'v1.3.0', 'v1'])
    expect(refs(bare('compute-version'))).toEqual({
      'refs/heads/main': next?.commit,
      'refs/tags/v1': next?.commit,
      'refs/tags/v1.2.3': old?.commit,
      'refs/tags/v1.3.0': next?.commit,
    })
    expect(git(bare('compute-version'), 'log', '--format=%s', 'main').split('\n')).toEqual([
      'Release v1.3.0',
      'Release v1.2.3',
    ])
  })

  it('leaves vX on the higher release when an older line gets a patch, and never moves it for a prerelease', () => {
    publishActions({trees, version: '1.3.0', remote, actions: ['compute-version'], log: () => {}})
    const v1 = refs(bare('compute-version'))['refs/tags/v1']
    appendFileSync(join(trees, 'compute-version', 'README.md'), '\nPatch.\n')
    const [patch] = publishActions({
      trees,
      version: '1.2.9',
      remote,
      actions: ['compute-version'],
      log: () => {},
    })
    expect(patch?.pushed).toEqual(['main', 'v1.2.9'])
    appendFileSync(join(trees, 'compute-version', 'README.md'), '\nCandidate.\n')
    const [rc] = publishActions({
      trees,
      version: '2.0.0-rc.1',
      remote,
      actions: ['compute-version'],
      log: () => {},
    })
    expect(rc?.pushed).toEqual(['main', 'v2.0.0-rc.1'])
    expect(refs(bare('compute-version'))['refs/tags/v1']).toBe(v1)
    expect(refs(bare('compute-version'))['refs/tags/v2']).toBeUndefined()
  })

  it('refuses a version whose tag is at another commit, naming both, and pushes nothing anywhere', () => {
    // create-release's repository already has v2.0.0, at a commit that is not this tree.
    const clone = tempDir('clone-')
    git(clone, 'init', '--quiet', '--initial-branch=main')
    git(
      clone,
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@example.com',
      'commit',
      '--quiet',
      '--allow-empty',
      '-m',
      'other',
    )
    git(clone, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'tag', '-a', '-m', 'x', 'v2.0.0')
    git(clone, 'push', '--quiet', bare('create-release'), 'main', 'v2.0.0')
    const other = git(clone, 'rev-parse', 'HEAD')
    const before = ACTIONS.map((name) => refs(bare(name)))

    expect(() => publishActions({trees, version: '2.0.0', remote, log: () => {}})).toThrow(
      new RegExp(
        `create-release: v2\\.0\\.0 already exists in .* at ${other}, but this release is [0-9a-f]{40}.*Nothing was pushed`,
        's',
      ),
    )
    expect(ACTIONS.map((name) => refs(bare(name)))).toEqual(before)
    expect(refs(bare('compute-version'))).toEqual({})
  })

  it('never shows the token given in PUBLISH_TOKEN, on success or failure', () => {
    const run = (version: string) =>
      spawnSync(
        process.execPath,
        [
          join(root, 'node_modules/tsx/dist/cli.mjs'),
          'scripts/publish-actions.ts',
          '--trees',
          trees,
          '--version',
          version,
          '--remote',
          remote,
        ],
        {cwd: root, encoding: 'utf8', env: {...process.env, PUBLISH_TOKEN: TOKEN, GITHUB_ACTIONS: ''}},
      )
    const ok = run('1.0.0')
    expect(ok.status).toBe(0)
    expect(ok.stdout).toContain('compute-version: pushed main, v1.0.0, v1')
    appendFileSync(join(trees, 'compute-version', 'README.md'), '\nChanged after release.\n')
    const conflict = run('1.0.0')
    expect(conflict.status).toBe(1)
    expect(conflict.stderr).toMatch(/compute-version: v1\.0\.0 already exists/)
    const basic = Buffer.from(`x-access-token:${TOKEN}`).toString('base64')
    for (const output of [ok.stdout, ok.stderr, conflict.stdout, conflict.stderr]) {
      expect(output).not.toContain(TOKEN)
      expect(output).not.toContain(basic)
    }
  })

  it('hands the token to git as an extra header for the remote origin only, through the environment', () => {
    const env = authEnv('https://github.com/acme/{name}.git', TOKEN)
    expect(env).toEqual({
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'http.https://github.com/.extraheader',
      GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`,
    })
    // git itself reads it back as configuration.
    const dir = tempDir('config-')
    mkdirSync(join(dir, 'repo'))
    const seen = execFileSync('git', ['config', '--get', 'http.https://github.com/.extraheader'], {
      cwd: join(dir, 'repo'),
      encoding: 'utf8',
      env: {...process.env, GIT_CONFIG_GLOBAL: '/dev/null', ...env},
    })
    expect(seen.trim()).toBe(env.GIT_CONFIG_VALUE_0)
    expect(authEnv(remote, TOKEN)).toEqual({})
    expect(authEnv('https://github.com/acme/{name}.git', undefined)).toEqual({})
  })

  it('refuses a remote that carries credentials or has no {name}', () => {
    expect(() =>
      publishActions({trees, version: '1.0.0', remote: `https://x:${TOKEN}@github.com/acme/{name}.git`}),
    ).toThrow(/must not carry credentials; pass the token in PUBLISH_TOKEN/)
    expect(() => publishActions({trees, version: '1.0.0', remote: 'file:///tmp/one.git'})).toThrow(
      /must contain \{name\}/,
    )
    expect(() => publishActions({trees, version: '1.0', remote})).toThrow(/'1.0' is not a SemVer 2.0 version/)
  })
})
