/**
 * Derives every value of the run from the inputs, the working tree, git and the runner context.
 * git, the clock and the log go through `Deps`, so tests can drive them; version files are read from the
 * working directory.
 */
import {existsSync, readFileSync, statSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {ActionError, errorMessage, InputError} from '@deploy-actions/kit/errors'
import type {CommandRunner} from '@deploy-actions/kit/exec'
import {branchOfRef, isPullRequest, publicRepositoryUrl, type RunContext} from './context'
import {Git, type TagMap} from './git'
import type {Inputs} from './inputs'
import {DEFAULT_FILES, type FileSource, readDeclaredVersion, sourceOfFile} from './sources'
import {composeTags, latestTag, parseVersion, previousReleaseTag, type Version, VersionError} from './version'

export interface Deps {
  exec: CommandRunner
  context: RunContext
  now: () => Date
  log: (message: string) => void
  warn: (message: string) => void
}

export interface Computed extends Version {
  tag: string
  releaseTag: string
  snapshotTag: string
  sha: string
  shortSha: string
  isRelease: boolean
  previousTag: string
  /** The commit the release tag already points at, `''` when it does not exist. */
  tagCommit: string
  source: Exclude<Inputs['source'], 'auto'>
  /** The file the version was read from, relative to the working directory; `''` for input and tags. */
  sourceFile: string
  snapshotImage: string
  releaseImage: string
  labels: Record<string, string>
}

interface TagList {
  tags: TagMap
  /** Where the tags were read: `local`, `origin`, or `none` outside a git repository. */
  from: 'local' | 'origin' | 'none'
  /** A shallow clone with no local tags: tags may exist that this run cannot see. */
  missing: boolean
}

export async function computeVersion(inputs: Inputs, deps: Deps): Promise<Computed> {
  const dir = resolve(inputs.workingDirectory)
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new InputError(
      'working-directory',
      `'${inputs.workingDirectory}' is not a directory (resolved to ${dir}).`,
    )
  }
  const git = new Git(dir, deps.exec)
  const inRepo = await git.isRepository()
  let tagList: Promise<TagList> | undefined
  const tags = () => {
    tagList ??= readTags(git, inRepo, inputs, deps)
    return tagList
  }

  const sha = await resolveCommit(inputs, deps.context, git, inRepo)
  const shortSha = sha.slice(0, inputs.shortShaLength)
  const {version, source, sourceFile} = await readVersion(inputs, dir, tags, deps)
  if (version.droppedBuildMetadata) {
    deps.warn(
      `Dropped the build metadata '+${version.droppedBuildMetadata}' from the version (build-metadata: strip): ` +
        `tags use ${version.version}.`,
    )
  }
  const {tag, snapshotTag} = composeTags(version, {
    prefix: inputs.tagPrefix,
    snapshotLabel: inputs.snapshotLabel,
    shortSha,
  })
  const isRelease = await isReleaseRun(inputs, deps.context, git, inRepo)

  // A version read from the tags is an existing tag by definition: auto leaves the guard to version files.
  const guard =
    inputs.failIfTagExists === 'true' ||
    (inputs.failIfTagExists === 'auto' && isRelease && source !== 'git-tag')
  const list = await tags()
  if (guard && list.missing) {
    throw new ActionError(
      `Cannot check whether ${tag} is already released: this is a shallow clone without tags. ` +
        "Check out with fetch-depth: 0 (or fetch-tags: true), set this action's fetch-tags: true, or set fail-if-tag-exists: false.",
    )
  }
  const taggedCommit = list.tags.get(tag)
  if (guard && taggedCommit !== undefined && taggedCommit !== sha) {
    throw new ActionError(
      `The release tag ${tag} already exists at commit ${taggedCommit.slice(0, 12)}, but this run is for ` +
        `${sha.slice(0, 12)}. ${version.version} is already released: ${bumpHint(source, sourceFile)}. ` +
        '(To compute it anyway, set fail-if-tag-exists: false.)',
    )
  }
  if (taggedCommit === sha) deps.log(`${tag} already tags this commit: this is a re-run of a release.`)

  const previousTag = previousReleaseTag(list.tags.keys(), inputs.tagPrefix, version.version) ?? ''
  if (!previousTag && list.missing) {
    deps.warn(
      'previous-tag is empty: this shallow clone has no tags. Check out with fetch-depth: 0 or set fetch-tags: true.',
    )
  }

  const repositoryUrl =
    deps.context.repositoryUrl ?? (inRepo ? await repositoryUrlFromRemote(git) : undefined)
  return {
    ...version,
    tag,
    releaseTag: tag,
    snapshotTag,
    sha,
    shortSha,
    isRelease,
    previousTag,
    tagCommit: taggedCommit ?? '',
    source,
    sourceFile,
    snapshotImage: inputs.image ? `${inputs.image}:${snapshotTag}` : '',
    releaseImage: inputs.image ? `${inputs.image}:${tag}` : '',
    labels: ociLabels(version.version, sha, repositoryUrl, createdAt(deps.now)),
  }
}

function bumpHint(source: Computed['source'], sourceFile: string): string {
  if (sourceFile) return `bump the version in ${sourceFile}`
  if (source === 'input') return "bump the 'version' input"
  return 'tag the new version first, or read the version from a file'
}

export function ociLabels(
  version: string,
  sha: string,
  source: string | undefined,
  created: string,
): Record<string, string> {
  const labels: Record<string, string> = {
    'org.opencontainers.image.version': version,
    'org.opencontainers.image.revision': sha,
  }
  if (source) labels['org.opencontainers.image.source'] = source
  labels['org.opencontainers.image.created'] = created
  return labels
}

/** Build time in RFC 3339; `SOURCE_DATE_EPOCH` (reproducible builds) wins when set. */
function createdAt(now: () => Date): string {
  const epoch = process.env['SOURCE_DATE_EPOCH']
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now()
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/**
 * The commit the run is about: the `sha` input; on pull requests the head of the branch (not the merge
 * commit GitHub checks out); else the checked-out HEAD (a detached HEAD included); else `GITHUB_SHA`.
 */
async function resolveCommit(inputs: Inputs, ctx: RunContext, git: Git, inRepo: boolean): Promise<string> {
  if (inputs.sha) return inputs.sha
  if (ctx.pullRequestHeadSha) return ctx.pullRequestHeadSha
  if (inRepo) {
    try {
      return await git.head()
    } catch {
      // An empty repository has no HEAD yet: fall through to the runner's commit.
    }
  }
  if (/^[0-9a-f]{40}$/.test(ctx.sha)) return ctx.sha
  throw new ActionError(
    'No commit to version: the working directory is not a git repository with a commit and GITHUB_SHA is not set. ' +
      'Check out the repository first (actions/checkout), or give the sha input.',
  )
}

async function isReleaseRun(inputs: Inputs, ctx: RunContext, git: Git, inRepo: boolean): Promise<boolean> {
  if (isPullRequest(ctx)) return false
  const branch = ctx.ref ? branchOfRef(ctx.ref) : inRepo ? await git.branch() : undefined
  return branch !== undefined && inputs.releaseBranches.includes(branch)
}

async function readVersion(
  inputs: Inputs,
  dir: string,
  tags: () => Promise<TagList>,
  deps: Deps,
): Promise<{version: Version; source: Computed['source']; sourceFile: string}> {
  const opts = {buildMetadata: inputs.buildMetadata}
  if (inputs.source === 'input' || (inputs.source === 'auto' && inputs.version !== undefined)) {
    return {
      version: parseVersion(inputs.version!, "Input 'version'", {...opts, allowV: true}),
      source: 'input',
      sourceFile: '',
    }
  }
  if (inputs.source === 'git-tag') return fromTags(inputs, await tags(), opts)

  if (inputs.source !== 'auto' || inputs.file !== undefined) {
    const source = inputs.source === 'auto' ? sourceOfFile(inputs.file!) : inputs.source
    const file = inputs.file ?? DEFAULT_FILES.find((f) => f.source === source)!.file
    if (!existsSync(join(dir, file))) {
      throw new VersionError(
        `${file} does not exist in ${dir}. Set working-directory or file to where it is, or choose another source.`,
      )
    }
    const declared = readFile(source, dir, file, opts)
    if (!declared.found) throw new VersionError(`${file} declares no version: ${declared.reason}.`, {file})
    return declared
  }

  for (const candidate of DEFAULT_FILES) {
    if (!existsSync(join(dir, candidate.file))) continue
    const declared = readFile(candidate.source, dir, candidate.file, opts)
    if (declared.found) return declared
    deps.log(`Skipping ${candidate.file}: ${declared.reason}.`)
  }
  const list = await tags()
  if (latestTag(list.tags.keys(), inputs.tagPrefix) === undefined) {
    throw new VersionError(
      `No version found in ${dir}: no pyproject.toml, package.json, Cargo.toml or VERSION declares one, and ` +
        `${describeTagSearch(list, inputs.tagPrefix)}. Add a version to one of those files, or give the version input.`,
    )
  }
  return fromTags(inputs, list, opts)
}

function readFile(
  source: FileSource,
  dir: string,
  file: string,
  opts: {buildMetadata: Inputs['buildMetadata']},
): {found: false; reason: string} | {found: true; version: Version; source: FileSource; sourceFile: string} {
  const declared = readDeclaredVersion(source, file, readFileSync(join(dir, file), 'utf8'))
  if (!declared.found) return declared
  const allowV = source === 'version-file'
  return {
    found: true,
    version: parseVersion(declared.raw, `${file} (${declared.key})`, {...opts, allowV}),
    source,
    sourceFile: file,
  }
}

function fromTags(inputs: Inputs, list: TagList, opts: {buildMetadata: Inputs['buildMetadata']}) {
  const latest = latestTag(list.tags.keys(), inputs.tagPrefix)
  if (latest === undefined) {
    throw new VersionError(`source is git-tag, but ${describeTagSearch(list, inputs.tagPrefix)}.`)
  }
  const version = parseVersion(latest.slice(inputs.tagPrefix.length), `Tag ${latest}`, opts)
  return {version, source: 'git-tag' as const, sourceFile: ''}
}

function describeTagSearch(list: TagList, prefix: string): string {
  const pattern = `${prefix}MAJOR.MINOR.PATCH`
  if (list.from === 'none') return `no git repository to read ${pattern} tags from`
  if (list.missing) {
    return `this shallow clone has no tags to read (check out with fetch-depth: 0, or set fetch-tags: true)`
  }
  return `no tag named ${pattern} exists ${list.from === 'origin' ? 'on origin' : 'in the repository'}`
}

async function readTags(git: Git, inRepo: boolean, inputs: Inputs, deps: Deps): Promise<TagList> {
  if (!inRepo) return {tags: new Map(), from: 'none', missing: false}
  const shallow = await git.isShallow()
  const wantRemote = inputs.fetchTags === 'true' || (inputs.fetchTags === 'auto' && shallow)
  if (wantRemote) {
    if (await git.remoteUrl()) {
      try {
        const tags = await git.remoteTags()
        deps.log(`Read ${tags.size} tags from origin${shallow ? ' (shallow clone)' : ''}.`)
        return {tags, from: 'origin', missing: false}
      } catch (err) {
        throw new ActionError(
          `Could not read tags from origin: ${errorMessage(err)}\n` +
            'Check out with fetch-depth: 0 and set fetch-tags: false, or make origin reachable with the checkout credentials.',
        )
      }
    }
    if (inputs.fetchTags === 'true') {
      throw new InputError(
        'fetch-tags',
        'is true, but the repository has no remote named origin to read tags from.',
      )
    }
  }
  const tags = await git.localTags()
  return {tags, from: 'local', missing: shallow && tags.size === 0}
}

async function repositoryUrlFromRemote(git: Git): Promise<string | undefined> {
  const remote = await git.remoteUrl()
  return remote ? publicRepositoryUrl(remote) : undefined
}
