/**
 * Tags a release of the monorepo: one SemVer for the whole action set, read from the root package.json.
 * Creates the annotated tag vX.Y.Z at HEAD and moves the major tag vX to it, after checking that every
 * committed dist/ bundle is what the sources build.
 *
 *   tsx scripts/release-tags.ts [--push] [--remote origin]
 *
 * A version that is not above the highest vX.Y.Z tag is refused, unless that tag is already at HEAD: a
 * re-run then changes nothing (and pushes only what a failed run left unpushed). Writes version, tag and
 * major-tag to $GITHUB_OUTPUT when it is set.
 */
import {spawnSync} from 'node:child_process'
import {appendFileSync, readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {parseVersion, versionTags} from '../actions/compute-version/src/version'
import {committerEnv, parseLsRemote, remoteTagCommit, runGit} from './git-process'
import {isEntryPoint, runScript} from './script-main'

const repoRoot = fileURLToPath(new URL('..', import.meta.url))

export class ReleaseError extends Error {
  override name = 'ReleaseError'
}

export interface ReleaseOptions {
  /** The repository; this checkout by default. */
  root?: string
  push?: boolean
  remote?: string
  log?: (line: string) => void
}

export interface ReleaseResult {
  version: string
  tag: string
  majorTag: string
  commit: string
  /** `false` on a re-run: the tag was already at HEAD. */
  created: boolean
  /** `false` for a prerelease, or when a higher release of the same major line exists. */
  majorMoved: boolean
  pushed: string[]
}

export function releaseTags(options: ReleaseOptions = {}): ReleaseResult {
  const root = resolve(options.root ?? repoRoot)
  const remote = options.remote ?? 'origin'
  const log = options.log ?? ((line: string) => console.log(line))
  const env = committerEnv()
  const git = (...args: string[]) => runGit(args, {cwd: root, env}).stdout.trim()

  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version?: unknown}
  if (typeof manifest.version !== 'string')
    throw new ReleaseError(
      `${join(root, 'package.json')} has no "version": set the release version there (e.g. "1.0.0").`,
    )
  const parsed = parseVersion(manifest.version, 'package.json "version"')
  const version = parsed.version
  const tag = `v${version}`
  const majorTag = `v${parsed.major}`

  // The remote's tags count too: a release tagged elsewhere must not be tagged again here.
  if (options.push) git('fetch', '--quiet', '--force', '--tags', remote)
  const head = git('rev-parse', 'HEAD')
  const tags = git('tag', '--list', 'v*').split('\n').filter(Boolean)
  const existing = tags.includes(tag) ? git('rev-parse', `refs/tags/${tag}^{commit}`) : undefined
  if (existing && existing !== head)
    throw new ReleaseError(
      `${tag} already exists at ${existing}, but HEAD is ${head}. Bump "version" in package.json for a new release.`,
    )

  const released = versionTags(tags, 'v')
  const highest = released.at(-1)
  if (!existing && highest && highest.version.compare(version) >= 0)
    throw new ReleaseError(
      `package.json says ${version}, which is not above the highest release tag ${highest.name}. ` +
        'Bump "version" in package.json (one version for the whole action set).',
    )

  if (!existing) {
    verifyBundles(root, log)
    git('tag', '--annotate', '--message', `Release ${tag}`, tag, head)
    log(`Tagged ${head} as ${tag}.`)
  } else {
    log(`${tag} is already at HEAD (${head}): nothing to tag.`)
  }

  const sameMajor = versionTags([...tags, tag], 'v').filter(
    (t) => t.version.major === parsed.major && t.version.prerelease.length === 0,
  )
  const majorMoved = parsed.prerelease === '' && sameMajor.at(-1)?.name === tag
  if (majorMoved) {
    const current = tags.includes(majorTag) ? git('rev-parse', `refs/tags/${majorTag}^{commit}`) : undefined
    if (current !== head) {
      git('tag', '--force', majorTag, head)
      log(`Moved ${majorTag} to ${tag}${current ? ` (was ${current})` : ''}.`)
    }
  } else {
    log(
      `${majorTag} stays where it is: ${parsed.prerelease ? `${tag} is a prerelease` : `a higher ${majorTag} release exists`}.`,
    )
  }

  const pushed: string[] = []
  if (options.push) {
    const remoteRefs = parseLsRemote(git('ls-remote', '--tags', remote))
    const refspecs: string[] = []
    if (!remoteTagCommit(remoteRefs, tag)) {
      refspecs.push(`refs/tags/${tag}:refs/tags/${tag}`)
      pushed.push(tag)
    }
    if (majorMoved && remoteTagCommit(remoteRefs, majorTag) !== head) {
      refspecs.push(`+refs/tags/${majorTag}:refs/tags/${majorTag}`)
      pushed.push(majorTag)
    }
    if (refspecs.length) {
      git('push', '--quiet', '--atomic', remote, ...refspecs)
      log(`Pushed ${pushed.join(' and ')} to ${remote}.`)
    } else
      log(`${remote} already has ${tag}${majorMoved ? ` and ${majorTag}` : ''} at HEAD: nothing to push.`)
  }

  writeOutputs({version, tag, 'major-tag': majorTag})
  return {version, tag, majorTag, commit: head, created: !existing, majorMoved, pushed}
}

/** The committed bundles must be what the sources build: the same check CI runs (scripts/check-dist.sh). */
function verifyBundles(root: string, log: (line: string) => void): void {
  log('Checking that every committed dist/ matches its sources (scripts/check-dist.sh)...')
  const check = spawnSync('bash', ['scripts/check-dist.sh'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (check.status !== 0) {
    const tail = `${check.stdout}\n${check.stderr}`.trim().split('\n').slice(-15).join('\n')
    throw new ReleaseError(
      `The committed dist/ bundles are stale, so nothing was tagged. Run 'pnpm build', commit dist/, then release again.\n${tail}`,
    )
  }
}

function writeOutputs(outputs: Record<string, string>): void {
  const file = process.env.GITHUB_OUTPUT
  if (!file) return
  appendFileSync(
    file,
    Object.entries(outputs)
      .map(([k, v]) => `${k}=${v}\n`)
      .join(''),
  )
}

function main(argv: string[]): number {
  const {values} = parseArgs({
    args: argv,
    options: {
      push: {type: 'boolean', default: false},
      remote: {type: 'string', default: 'origin'},
      root: {type: 'string'},
    },
    strict: true,
  })
  const result = releaseTags({
    push: values.push,
    remote: values.remote,
    ...(values.root ? {root: values.root} : {}),
  })
  if (process.env.GITHUB_STEP_SUMMARY) {
    appendFileSync(
      process.env.GITHUB_STEP_SUMMARY,
      `### Release ${result.tag}\n\n` +
        `${result.created ? 'Tagged' : 'Already tagged'} \`${result.commit}\` as \`${result.tag}\`` +
        `${result.majorMoved ? `; \`${result.majorTag}\` points to it` : ''}. ` +
        `Pushed: ${result.pushed.length ? result.pushed.join(', ') : 'nothing'}.\n`,
    )
  }
  return 0
}

if (isEntryPoint(import.meta.url)) runScript(() => main(process.argv.slice(2)))
