/**
 * Pure version logic: strict SemVer parsing, the tags derived from a version, and picking tags from a
 * repository's tag list. Nothing here touches the file system, git or the runner.
 */

import {ActionError} from '@deploy-actions/kit/errors'
import SemVer from 'semver/classes/semver.js'
import compare from 'semver/functions/compare.js'

/** Docker's tag grammar: https://github.com/distribution/reference (tag := [\w][\w.-]{0,127}). */
const DOCKER_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/

/** SemVer 2.0.0's own grammar (semver.org), anchored; the `semver` package alone also accepts a `v`. */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/

export type BuildMetadataPolicy = 'reject' | 'strip'

export interface Version {
  /** `1.2.3` or `1.2.3-rc.1`: never build metadata. */
  version: string
  major: number
  minor: number
  patch: number
  prerelease: string
  /** Build metadata dropped under `build-metadata: strip` (`build.5`), else `''`. */
  droppedBuildMetadata: string
}

export class VersionError extends ActionError {
  override name = 'VersionError'
}

/**
 * Parses `raw` as a strict SemVer 2.0.0 version. `origin` names where it came from (a file and key, an
 * input) for the error. `allowV` accepts one leading `v`, as found in VERSION files and tag names.
 */
export function parseVersion(
  raw: string,
  origin: string,
  opts: {allowV?: boolean; buildMetadata?: BuildMetadataPolicy} = {},
): Version {
  const text = opts.allowV && /^v\d/.test(raw) ? raw.slice(1) : raw
  const match = SEMVER.exec(text)
  if (!match) {
    throw new VersionError(
      `${origin}: '${shorten(raw)}' is not a SemVer 2.0 version (MAJOR.MINOR.PATCH, e.g. 1.4.0 or 1.4.0-rc.1).`,
    )
  }
  const build = match[5]
  let version = text
  if (build !== undefined) {
    if (opts.buildMetadata !== 'strip') {
      throw new VersionError(
        `${origin}: '${shorten(raw)}' has build metadata '+${build}', which no Docker tag can hold. ` +
          `Remove '+${build}', or set build-metadata: strip to drop it.`,
      )
    }
    version = text.slice(0, text.indexOf('+'))
  }
  const parsed = new SemVer(version)
  return {
    version,
    major: parsed.major,
    minor: parsed.minor,
    patch: parsed.patch,
    prerelease: match[4] ?? '',
    droppedBuildMetadata: build ?? '',
  }
}

export function isDockerTag(tag: string): boolean {
  return DOCKER_TAG.test(tag)
}

export interface Tags {
  /** `v1.2.3`: the release tag, for git, the GitHub Release and the promoted image. */
  tag: string
  /** `v1.2.3-SNAPSHOT-abc1234`: the image tag a build of this commit gets before release. */
  snapshotTag: string
}

/**
 * The release and snapshot tags of a version. The snapshot tag is itself SemVer (the label and the
 * short SHA form one prerelease identifier), so a snapshot of a release version sorts below that release.
 */
export function composeTags(
  v: Version,
  opts: {prefix: string; snapshotLabel: string; shortSha: string},
): Tags {
  const tag = `${opts.prefix}${v.version}`
  const snapshotTag = `${tag}-${opts.snapshotLabel}-${opts.shortSha}`
  for (const t of [tag, snapshotTag]) {
    if (!isDockerTag(t)) {
      throw new VersionError(
        `The tag '${shorten(t)}' is not a valid Docker tag (letters, digits, '_', '.', '-'; at most 128 ` +
          'characters, not starting with . or -). Shorten the prerelease part or the tag prefix.',
      )
    }
  }
  return {tag, snapshotTag}
}

/** The versions of the tags named `<prefix><semver>`, with the tag name kept. Other tags are ignored. */
export function versionTags(tagNames: Iterable<string>, prefix: string): {name: string; version: SemVer}[] {
  const out: {name: string; version: SemVer}[] = []
  for (const name of tagNames) {
    if (!name.startsWith(prefix)) continue
    const rest = name.slice(prefix.length)
    if (!SEMVER.test(rest) || rest.includes('+')) continue
    out.push({name, version: new SemVer(rest)})
  }
  return out.sort((a, b) => compare(a.version, b.version))
}

/** The highest `<prefix><semver>` tag, prereleases included (the `git-tag` source). */
export function latestTag(tagNames: Iterable<string>, prefix: string): string | undefined {
  return versionTags(tagNames, prefix).at(-1)?.name
}

/** The highest release tag (no prerelease) strictly below `version`: where a changelog starts. */
export function previousReleaseTag(
  tagNames: Iterable<string>,
  prefix: string,
  version: string,
): string | undefined {
  return versionTags(tagNames, prefix)
    .filter((t) => t.version.prerelease.length === 0 && compare(t.version, version) < 0)
    .at(-1)?.name
}

function shorten(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s
}
