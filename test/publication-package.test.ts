/**
 * The publishable trees package-actions.ts makes from the real actions and their committed bundles: the
 * exact file set a Marketplace repository gets, metadata the Marketplace accepts, READMEs that point at
 * the published repositories, and bundles that start and validate their inputs from the tree alone.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {runAction} from '@deploy-actions/local-runner/run-action'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {actionNames, missingSections, REQUIRED_SECTIONS} from '../scripts/action-docs'
import {duplicateNameProblems, marketplaceProblems, readActionYml} from '../scripts/marketplace-checks'
import {packageActions} from '../scripts/package-actions'

const root = fileURLToPath(new URL('..', import.meta.url))
const ACTIONS = actionNames()

afterAll(removeTempDirs)

/** An input value each action refuses before doing anything, and the error it must name. */
const INVALID_INPUTS: Record<string, {inputs: Record<string, string>; error: RegExp}> = {
  'compute-version': {
    inputs: {'short-sha-length': 'abc'},
    error: /Input 'short-sha-length': 'abc' is not a whole number/,
  },
  'build-snapshot': {inputs: {image: 'Not An Image!', tags: 'v1'}, error: /Input 'image': 'Not An Image!'/},
  'promote-image': {
    inputs: {image: 'ghcr.io/acme/app', 'target-tags': 'v1.0.0'},
    error: /Input 'source-tag': is required/,
  },
  'create-release': {inputs: {tag: 'v1.0.0'}, error: /Input 'token': is empty/},
  'ssh-deploy': {
    inputs: {host: 'example.com', username: 'deploy', port: 'abc'},
    error: /Input 'port': 'abc' is not a whole number/,
  },
  'terraform-apply': {inputs: {mode: 'bogus'}, error: /Input 'mode': 'bogus' is not one of/},
  'ansible-configure': {
    inputs: {playbook: 'missing.yml', hosts: '203.0.113.10'},
    error: /Input 'playbook': 'missing.yml' was not found/,
  },
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort()
}

describe('package-actions.ts on the real action set', () => {
  let out: string

  beforeAll(() => {
    out = tempDir('trees-')
    packageActions({out, owner: 'acme'})
  })

  it('makes one tree per action, every one listed in the invalid-input table below', () => {
    expect(readdirSync(out).sort()).toEqual(ACTIONS)
    expect(Object.keys(INVALID_INPUTS).sort()).toEqual(ACTIONS)
  })

  describe.each(ACTIONS)('%s', (name) => {
    const tree = () => join(out, name)

    it('holds exactly action.yml, dist/, README.md and LICENSE, with dist/ an exact copy', () => {
      expect(readdirSync(tree()).sort()).toEqual(['LICENSE', 'README.md', 'action.yml', 'dist'])
      const source = join(root, 'actions', name, 'dist')
      const files = listFiles(source)
      expect(listFiles(join(tree(), 'dist'))).toEqual(files)
      for (const file of files)
        expect(readFileSync(join(tree(), 'dist', file)).equals(readFileSync(join(source, file)))).toBe(true)
      expect(readFileSync(join(tree(), 'action.yml'), 'utf8')).toBe(
        readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8'),
      )
      expect(readFileSync(join(tree(), 'LICENSE'), 'utf8')).toContain(
        'Copyright (c) 2026 deploy-actions contributors',
      )
    })

    it('passes the Marketplace checks from the tree', () => {
      expect(marketplaceProblems(readActionYml(tree()), tree())).toEqual([])
    })

    it('has a README that uses the published repository and has no link into the monorepo left', () => {
      const readme = readFileSync(join(tree(), 'README.md'), 'utf8')
      expect(readme).toContain(`uses: acme/${name}@v1`)
      expect(readme).not.toContain('deploy-actions/actions/')
      expect(readme).not.toMatch(/\]\(\.\.?\//)
      for (const [, target] of readme.matchAll(/\]\(([^)#\s]+)[^)]*\)/g)) {
        if (/^https?:/.test(target as string)) continue
        expect({target, exists: existsSync(join(tree(), target as string))}).toEqual({target, exists: true})
      }
    })

    it('runs its bundle from the tree: starts and refuses an invalid input with a clear error', async () => {
      const {inputs, error} = INVALID_INPUTS[name] as (typeof INVALID_INPUTS)[string]
      const run = await runAction({
        actionDir: tree(),
        inputs,
        workspace: tempDir('workspace-'),
        timeoutMs: 60_000,
      })
      expect(run.exitCode).toBe(1)
      const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'))
      expect(errors).toHaveLength(1)
      expect(errors[0]).toMatch(error)
    })
  })

  it('rewrites links to other actions and to the rest of the monorepo as absolute GitHub URLs', () => {
    const buildSnapshot = readFileSync(join(out, 'build-snapshot', 'README.md'), 'utf8')
    expect(buildSnapshot).toContain('](https://github.com/acme/promote-image#registries)')
    expect(buildSnapshot).toContain('uses: acme/compute-version@v1')
    expect(buildSnapshot).toContain(
      '](https://github.com/acme/deploy-actions/blob/main/workflows-examples/dev.yml)',
    )
  })

  it('replaces an existing tree on a re-run, leaving nothing of the old one', () => {
    writeFileSync(join(out, 'compute-version', 'stale.txt'), 'from an older release')
    mkdirSync(join(out, 'compute-version', 'src'))
    packageActions({out, owner: 'acme', actions: ['compute-version']})
    expect(readdirSync(join(out, 'compute-version')).sort()).toEqual([
      'LICENSE',
      'README.md',
      'action.yml',
      'dist',
    ])
    expect(readdirSync(out).filter((entry) => entry.startsWith('.'))).toEqual([])
  })
})

describe('package-actions.ts refusals', () => {
  const validYml = (name: string, icon = 'package') =>
    [
      `name: 'test: ${name}'`,
      `description: 'Does ${name} things.'`,
      'branding:',
      `  icon: ${icon}`,
      '  color: blue',
      'runs:',
      '  using: node24',
      '  main: dist/index.js',
      '',
    ].join('\n')

  function fakeMonorepo(actions: Record<string, {yml: string; dist: boolean}>): string {
    const dir = tempDir('monorepo-')
    writeFileSync(join(dir, 'LICENSE'), 'MIT')
    for (const [name, {yml, dist}] of Object.entries(actions)) {
      mkdirSync(join(dir, 'actions', name, 'src'), {recursive: true})
      writeFileSync(join(dir, 'actions', name, 'action.yml'), yml)
      writeFileSync(join(dir, 'actions', name, 'README.md'), `# ${name}\n`)
      if (dist) {
        mkdirSync(join(dir, 'actions', name, 'dist'))
        writeFileSync(join(dir, 'actions', name, 'dist', 'index.js'), 'process.exit(0)\n')
      }
    }
    return dir
  }

  it('refuses an action without a built dist/ and writes nothing', () => {
    const repo = fakeMonorepo({
      built: {yml: validYml('built'), dist: true},
      unbuilt: {yml: validYml('unbuilt'), dist: false},
    })
    const out = join(tempDir('trees-'), 'out')
    expect(() => packageActions({out, root: repo})).toThrow(/No built dist\/ for unbuilt: run 'pnpm --filter/)
    expect(existsSync(out)).toBe(false)
  })

  it('refuses an action.yml the Marketplace would refuse and writes nothing', () => {
    const repo = fakeMonorepo({
      good: {yml: validYml('good'), dist: true},
      bad: {yml: validYml('bad', 'key'), dist: true},
    })
    const out = join(tempDir('trees-'), 'out')
    expect(() => packageActions({out, root: repo})).toThrow(
      /actions\/bad: branding.icon 'key' is a Feather icon GitHub omits/,
    )
    expect(existsSync(out)).toBe(false)
  })

  it('packages a valid fake set with the default owner', () => {
    const repo = fakeMonorepo({one: {yml: validYml('one'), dist: true}})
    const out = tempDir('trees-')
    expect(packageActions({out, root: repo}).map((t) => t.name)).toEqual(['one'])
    expect(listFiles(join(out, 'one'))).toEqual(['LICENSE', 'README.md', 'action.yml', 'dist/index.js'])
  })
})

describe('Marketplace checks', () => {
  const good = {
    name: 'deploy-actions: thing',
    description: 'Does one thing well.',
    branding: {icon: 'package', color: 'blue'},
    runs: {using: 'node24', main: 'dist/index.js'},
  }

  it('accepts a complete action.yml', () => {
    expect(marketplaceProblems(good)).toEqual([])
  })

  it.each([
    [
      'an icon GitHub omits',
      {branding: {icon: 'key', color: 'blue'}},
      /branding.icon 'key' is a Feather icon GitHub omits/,
    ],
    [
      'an icon that does not exist',
      {branding: {icon: 'rocket', color: 'blue'}},
      /branding.icon 'rocket' is not an icon GitHub offers/,
    ],
    ['a missing icon', {branding: {color: 'blue'}}, /branding.icon is missing/],
    [
      'a colour GitHub does not offer',
      {branding: {icon: 'package', color: 'pink'}},
      /branding.color 'pink': use one of white, black/,
    ],
    ['a missing description', {description: undefined}, /description is missing/],
    ['an empty description', {description: '  '}, /description is missing/],
    [
      'a 125-character description',
      {description: 'x'.repeat(125)},
      /description is 125 characters; the Marketplace takes at most 124/,
    ],
    ['a missing name', {name: undefined}, /name is missing/],
    ['a name too long to read', {name: 'n'.repeat(51)}, /is 51 characters: keep it to 50 at most/],
    [
      'another runtime',
      {runs: {using: 'node20', main: 'dist/index.js'}},
      /runs.using is "node20": these actions run on node24/,
    ],
    ['no entry point', {runs: {using: 'node24'}}, /runs.main is missing/],
  ])('rejects %s', (_, change, problem) => {
    const problems = marketplaceProblems({...good, ...change})
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(problem)
  })

  it('rejects an entry point the tree does not have', () => {
    expect(marketplaceProblems(good, tempDir('tree-'))).toEqual([
      "runs.main names dist/index.js, which is not in the published tree: run 'pnpm build' first.",
    ])
  })

  it('rejects duplicate names, ignoring case', () => {
    expect(
      duplicateNameProblems([
        {dir: 'actions/a', spec: {name: 'Deploy'}},
        {dir: 'actions/b', spec: {name: 'deploy'}},
        {dir: 'actions/c', spec: {name: 'other'}},
      ]),
    ).toEqual(["name 'deploy' is used by actions/a and actions/b: each action needs its own name."])
  })

  it('finds the real action names unique', () => {
    expect(
      duplicateNameProblems(
        ACTIONS.map((name) => ({dir: name, spec: readActionYml(join(root, 'actions', name))})),
      ),
    ).toEqual([])
  })
})

describe('README sections', () => {
  it('counts only real headings, not text in code blocks or deeper levels', () => {
    const readme = [
      '# x',
      '## Usage',
      '### Inputs',
      '```md',
      '## Outputs',
      '```',
      '## Permissions ',
      '## Example',
    ].join('\n')
    expect(missingSections(readme)).toEqual(['## Inputs', '## Outputs'])
  })

  it.each(ACTIONS)('%s has every required section', (name) => {
    const readme = readFileSync(join(root, 'actions', name, 'README.md'), 'utf8')
    expect(missingSections(readme)).toEqual([])
  })

  it('makes action-docs --check fail on a README without them, naming what is missing', () => {
    const repo = tempDir('docs-')
    mkdirSync(join(repo, 'actions', 'bare'), {recursive: true})
    writeFileSync(join(repo, 'actions', 'bare', 'action.yml'), 'name: bare\n')
    writeFileSync(
      join(repo, 'actions', 'bare', 'README.md'),
      '# bare\n\n<!-- inputs -->\n<!-- /inputs -->\n<!-- outputs -->\n<!-- /outputs -->\n',
    )
    const check = (cwd: string) =>
      spawnSync(
        process.execPath,
        [
          join(root, 'node_modules/tsx/dist/cli.mjs'),
          join(root, 'scripts/action-docs.ts'),
          '--check',
          '--root',
          cwd,
        ],
        {
          encoding: 'utf8',
        },
      )
    const bad = check(repo)
    expect(bad.status).toBe(1)
    expect(bad.stderr).toContain(
      `actions/bare/README.md lacks the sections ${REQUIRED_SECTIONS.join(', ')}: add them.`,
    )
    expect(check(root).status).toBe(0)
  })
})
