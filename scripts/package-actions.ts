/**
 * Turns each action of the monorepo into the tree its own repository publishes to the Marketplace:
 * action.yml at the root, the committed dist/ as it is, the README rewritten for that repository, and
 * the LICENSE. Nothing else: no sources, no tests.
 *
 *   tsx scripts/package-actions.ts --out DIR [--owner your-org] [--action NAME]...
 *
 * Every action is checked before anything is written; an existing tree is replaced in one rename, so a
 * re-run (or a run that fails half-way) never leaves a mixture of two versions.
 */
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import {join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {actionNames} from './action-docs'
import {
  type ActionMetadata,
  assertMarketplaceReady,
  MarketplaceError,
  readActionYml,
} from './marketplace-checks'
import {readmeForPublication} from './readme-for-publication'
import {isEntryPoint, runScript} from './script-main'

export const DEFAULT_OWNER = 'your-org'
const MONOREPO_NAME = 'deploy-actions'
const repoRoot = fileURLToPath(new URL('..', import.meta.url))

/** GitHub's account-name grammar: letters, digits and single hyphens, at most 39 characters. */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/

export interface PackageOptions {
  out: string
  owner?: string
  /** Only these actions; all of them by default. */
  actions?: readonly string[]
  /** The monorepo checkout; this repository by default. */
  root?: string
}

export interface PackagedTree {
  name: string
  dir: string
  files: string[]
}

export function packageActions(options: PackageOptions): PackagedTree[] {
  const root = resolve(options.root ?? repoRoot)
  const owner = options.owner ?? DEFAULT_OWNER
  if (!OWNER.test(owner))
    throw new MarketplaceError(
      `--owner '${owner}' is not a GitHub account name (letters, digits and hyphens).`,
    )
  const all = actionNames(root)
  const selected = options.actions?.length ? [...new Set(options.actions)] : all
  const unknown = selected.filter((name) => !all.includes(name))
  if (unknown.length)
    throw new MarketplaceError(
      `No action named ${unknown.join(', ')} under ${join(root, 'actions')}; known: ${all.join(', ')}.`,
    )

  const license = join(root, 'LICENSE')
  if (!existsSync(license))
    throw new MarketplaceError(`${license} is missing: every published action carries the license.`)

  const specs = new Map<string, ActionMetadata>(
    all.map((name) => [name, readActionYml(join(root, 'actions', name))]),
  )
  const missingDist = selected.filter((name) => !existsSync(join(root, 'actions', name, 'dist')))
  if (missingDist.length)
    throw new MarketplaceError(
      `No built dist/ for ${missingDist.join(', ')}: run 'pnpm --filter @deploy-actions/<name> run build' first.`,
    )
  // The whole set takes part in the name check: two published actions may not share a name.
  assertMarketplaceReady(
    all.map((name) => ({
      dir: `actions/${name}`,
      spec: specs.get(name) as ActionMetadata,
      ...(selected.includes(name) ? {tree: join(root, 'actions', name)} : {}),
    })),
  )

  const out = resolve(options.out)
  mkdirSync(out, {recursive: true})
  return selected.map((name) => {
    const source = join(root, 'actions', name)
    const staging = mkdtempSync(join(out, `.${name}.new-`))
    cpSync(join(source, 'action.yml'), join(staging, 'action.yml'))
    cpSync(join(source, 'dist'), join(staging, 'dist'), {recursive: true, preserveTimestamps: true})
    cpSync(license, join(staging, 'LICENSE'))
    const readme = readFileSync(join(source, 'README.md'), 'utf8')
    writeFileSync(
      join(staging, 'README.md'),
      readmeForPublication(readme, {
        action: name,
        actions: all,
        owner,
        monorepo: `${owner}/${MONOREPO_NAME}`,
        tree: staging,
      }),
    )
    const dir = join(out, name)
    replaceDir(staging, dir)
    return {name, dir, files: ['action.yml', 'dist/', 'README.md', 'LICENSE']}
  })
}

/** Moves `staging` to `dir`; an existing `dir` is moved aside first and removed only after the swap. */
function replaceDir(staging: string, dir: string): void {
  if (!existsSync(dir)) {
    renameSync(staging, dir)
    return
  }
  const old = `${staging}.old`
  renameSync(dir, old)
  try {
    renameSync(staging, dir)
  } catch (error) {
    renameSync(old, dir)
    throw error
  }
  rmSync(old, {recursive: true, force: true})
}

function main(argv: string[]): number {
  const {values} = parseArgs({
    args: argv,
    options: {
      out: {type: 'string'},
      owner: {type: 'string', default: DEFAULT_OWNER},
      action: {type: 'string', multiple: true},
      root: {type: 'string'},
    },
    strict: true,
  })
  if (!values.out)
    throw new MarketplaceError('--out DIR is required: the folder the publishable trees go to.')
  const trees = packageActions({
    out: values.out,
    owner: values.owner,
    ...(values.action ? {actions: values.action} : {}),
    ...(values.root ? {root: values.root} : {}),
  })
  for (const tree of trees) console.log(`Packaged ${tree.name} -> ${tree.dir} (${tree.files.join(', ')})`)
  if (process.env.GITHUB_STEP_SUMMARY) {
    const rows = trees.map((t) => `| ${t.name} | \`${values.owner}/${t.name}\` |`)
    appendFileSync(
      process.env.GITHUB_STEP_SUMMARY,
      ['### Packaged actions', '', '| action | repository |', '| --- | --- |', ...rows, ''].join('\n'),
    )
  }
  return 0
}

if (isEntryPoint(import.meta.url)) runScript(() => main(process.argv.slice(2)))
