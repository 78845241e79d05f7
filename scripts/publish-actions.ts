/**
 * Publishes packaged action trees (from package-actions.ts) to one repository each: the default branch
 * gets the tree as one "Release vX.Y.Z" commit (none when nothing changed), the annotated tag vX.Y.Z marks
 * it, and the major tag vX moves to it so `uses: owner/name@vX` follows the release.
 *
 *   PUBLISH_TOKEN=... tsx scripts/publish-actions.ts --trees DIR --version X.Y.Z \
 *     --remote 'https://github.com/your-org/{name}.git' [--action NAME]...
 *
 * Every repository is prepared and checked before the first push, so a conflicting tag anywhere stops the
 * run with nothing pushed. Re-running a published version pushes nothing.
 *
 * The token reaches git as an `http.<origin>/.extraheader` setting through GIT_CONFIG_COUNT/KEY/VALUE
 * environment variables: never in argv (visible in `ps`), never in a URL (git prints URLs in errors).
 */
import {appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {parseVersion, versionTags} from '../actions/compute-version/src/version'
import {committerEnv, type GitOptions, parseLsRemote, redact, remoteTagCommit, runGit} from './git-process'
import {isEntryPoint, runScript} from './script-main'

export const TOKEN_ENV = 'PUBLISH_TOKEN'

export class PublishError extends Error {
  override name = 'PublishError'
}

export interface PublishOptions {
  trees: string
  version: string
  /** A git URL with `{name}` where the action's name goes. */
  remote: string
  actions?: readonly string[]
  /** The token for https remotes; read from PUBLISH_TOKEN by the command line. */
  token?: string
  log?: (line: string) => void
}

export interface PublishResult {
  name: string
  remote: string
  commit: string
  /** What was pushed: `main`, `v1.2.3`, `v1`; empty when the repository already had this release. */
  pushed: string[]
  committed: boolean
}

interface Prepared extends PublishResult {
  work: string
  branch: string
  updates: {ref: string; force: boolean; label: string}[]
}

export function publishActions(options: PublishOptions): PublishResult[] {
  const log = options.log ?? ((line: string) => console.log(line))
  const secrets = options.token ? [options.token, basicAuth(options.token)] : []
  const parsed = parseVersion(options.version, '--version', {allowV: true})
  const tag = `v${parsed.version}`
  const majorTag = `v${parsed.major}`
  if (!options.remote.includes('{name}'))
    throw new PublishError(`--remote must contain {name}, e.g. 'https://github.com/your-org/{name}.git'.`)
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/@]*@/i.test(options.remote))
    throw new PublishError(`--remote must not carry credentials; pass the token in ${TOKEN_ENV} instead.`)

  const treesDir = resolve(options.trees)
  const names = existsSync(treesDir)
    ? readdirSync(treesDir).filter(
        (name) => !name.startsWith('.') && existsSync(join(treesDir, name, 'action.yml')),
      )
    : []
  const selected = options.actions?.length ? [...options.actions] : names.sort()
  const absent = selected.filter((name) => !names.includes(name))
  if (!selected.length || absent.length)
    throw new PublishError(
      `No packaged tree for ${absent.length ? absent.join(', ') : 'any action'} in ${treesDir}: run package-actions.ts --out ${options.trees} first.`,
    )

  const scratch = mkdtempSync(join(tmpdir(), 'publish-actions-'))
  try {
    const prepared = selected.map((name) =>
      prepare({
        name,
        tree: join(treesDir, name),
        remote: options.remote.replaceAll('{name}', name),
        work: join(scratch, name),
        tag,
        majorTag,
        version: parsed.version,
        moveMajor: parsed.prerelease === '',
        gitEnv: authEnv(options.remote, options.token),
        secrets,
      }),
    )
    for (const p of prepared) {
      if (p.updates.length) {
        const git = gitIn(p.work, authEnv(options.remote, options.token), secrets)
        // One atomic push per repository: the branch and its tags land together or not at all.
        git([
          'push',
          '--quiet',
          '--atomic',
          'origin',
          ...p.updates.map((u) => `${u.force ? '+' : ''}${u.ref}:${u.ref}`),
        ])
      }
      log(
        p.pushed.length
          ? `${p.name}: pushed ${p.pushed.join(', ')} (${p.commit.slice(0, 12)}) to ${redact(p.remote, secrets)}`
          : `${p.name}: ${tag} already published at ${p.commit.slice(0, 12)}; nothing to push`,
      )
    }
    return prepared.map(({name, remote, commit, pushed, committed}) => ({
      name,
      remote,
      commit,
      pushed,
      committed,
    }))
  } finally {
    rmSync(scratch, {recursive: true, force: true})
  }
}

interface PrepareInput {
  name: string
  tree: string
  remote: string
  work: string
  tag: string
  majorTag: string
  version: string
  moveMajor: boolean
  gitEnv: Record<string, string>
  secrets: string[]
}

/** Clones the repository, commits the tree, tags it locally and works out which refs need pushing. */
function prepare(input: PrepareInput): Prepared {
  const {name, tree, remote, work, tag, majorTag, secrets} = input
  const env = {...input.gitEnv, ...committerEnv()}
  runGit(['clone', '--quiet', '--no-checkout', remote, work], {cwd: tmpdir(), env, secrets})
  const git = gitIn(work, env, secrets)
  const remoteRefs = parseLsRemote(git(['ls-remote', 'origin']))
  const branch = remoteDefaultBranch(git) ?? 'main'
  const remoteHead = remoteRefs.get(`refs/heads/${branch}`)
  if (remoteHead) git(['checkout', '--quiet', '-B', branch, `origin/${branch}`])
  else git(['checkout', '--quiet', '--orphan', branch])

  // Replace the whole content: files the new tree no longer has must go too.
  git(['rm', '-r', '--quiet', '--cached', '--ignore-unmatch', '.'])
  for (const entry of readdirSync(work))
    if (entry !== '.git') rmSync(join(work, entry), {recursive: true, force: true})
  cpSync(tree, work, {recursive: true})
  git(['add', '--all'])
  const changed = !remoteHead || git(['status', '--porcelain']).trim() !== ''
  if (changed) git(['commit', '--quiet', '-m', `Release ${tag}`])
  const commit = git(['rev-parse', 'HEAD']).trim()

  const existing = remoteTagCommit(remoteRefs, tag)
  if (existing && existing !== commit)
    throw new PublishError(
      `${name}: ${tag} already exists in ${redact(remote, secrets)} at ${existing}, but this release is ${commit}` +
        `${changed ? ' (a new commit of the packaged tree)' : ''}. Publish a new version instead of moving ${tag}. Nothing was pushed.`,
    )

  const updates: Prepared['updates'] = []
  const pushed: string[] = []
  if (remoteHead !== commit) {
    updates.push({ref: `refs/heads/${branch}`, force: false, label: branch})
    pushed.push(branch)
  }
  if (!existing) {
    git(['tag', '--annotate', '--message', `Release ${tag}`, tag, commit])
    updates.push({ref: `refs/tags/${tag}`, force: false, label: tag})
    pushed.push(tag)
  }
  // The major tag follows the highest release of its major line, never a prerelease or an older patch.
  const remoteTags = [...remoteRefs.keys()]
    .filter((r) => r.startsWith('refs/tags/') && !r.endsWith('^{}'))
    .map((r) => r.slice(10))
  const highest = versionTags([...remoteTags, tag], 'v')
    .filter((t) => t.version.major === Number(majorTag.slice(1)) && t.version.prerelease.length === 0)
    .at(-1)
  if (input.moveMajor && highest?.name === tag && remoteTagCommit(remoteRefs, majorTag) !== commit) {
    git(['tag', '--force', majorTag, commit])
    updates.push({ref: `refs/tags/${majorTag}`, force: true, label: majorTag})
    pushed.push(majorTag)
  }
  return {name, remote, commit, pushed, committed: changed, work, branch, updates}
}

function remoteDefaultBranch(git: (args: string[]) => string): string | undefined {
  const symref = git(['ls-remote', '--symref', 'origin', 'HEAD'])
  return /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(symref)?.[1]
}

function gitIn(cwd: string, env: Record<string, string>, secrets: string[]) {
  const options: GitOptions = {cwd, env, secrets}
  return (args: string[]) => runGit(args, options).stdout
}

function basicAuth(token: string): string {
  return Buffer.from(`x-access-token:${token}`).toString('base64')
}

/**
 * The token as an HTTP header for the remote's origin only, set through git's environment configuration
 * (GIT_CONFIG_COUNT and friends, git ≥ 2.31) so it is in no file, argv or URL.
 */
export function authEnv(remoteTemplate: string, token: string | undefined): Record<string, string> {
  const origin = /^(https?:\/\/[^/]+)\//i.exec(remoteTemplate)?.[1]
  if (!token || !origin) return {}
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${origin}/.extraheader`,
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basicAuth(token)}`,
  }
}

function main(argv: string[]): number {
  const {values} = parseArgs({
    args: argv,
    options: {
      trees: {type: 'string'},
      version: {type: 'string'},
      remote: {type: 'string'},
      action: {type: 'string', multiple: true},
    },
    strict: true,
  })
  for (const flag of ['trees', 'version', 'remote'] as const)
    if (!values[flag])
      throw new PublishError(
        `--${flag} is required (see the usage at the top of scripts/publish-actions.ts).`,
      )
  const token = process.env[TOKEN_ENV] || undefined
  if (token && process.env.GITHUB_ACTIONS === 'true') console.log(`::add-mask::${token}`)
  const results = publishActions({
    trees: values.trees as string,
    version: values.version as string,
    remote: values.remote as string,
    ...(values.action ? {actions: values.action} : {}),
    ...(token ? {token} : {}),
  })
  if (process.env.GITHUB_STEP_SUMMARY) {
    const rows = results.map(
      (r) =>
        `| ${r.name} | \`${r.commit.slice(0, 12)}\` | ${r.pushed.length ? r.pushed.join(', ') : 'nothing (already published)'} |`,
    )
    appendFileSync(
      process.env.GITHUB_STEP_SUMMARY,
      [
        `### Published v${values.version?.replace(/^v/, '')}`,
        '',
        '| action | commit | pushed |',
        '| --- | --- | --- |',
        ...rows,
        '',
      ].join('\n'),
    )
  }
  return 0
}

if (isEntryPoint(import.meta.url)) runScript(() => main(process.argv.slice(2)))
