/**
 * Version tags (`v1.2.3`, `release-2.0.0-rc.1`): a text prefix followed by a SemVer 2.0 version, ordered by
 * the `semver` package's precedence, to find the previous release of a tag.
 */
import SemVer from 'semver/classes/semver.js'

export interface VersionTag {
  name: string
  /** The text before the version: `v`, `release-`, or empty. */
  prefix: string
  version: SemVer
}

export function parseVersionTag(name: string): VersionTag | undefined {
  // The version starts at the first digit whose remainder is a strict SemVer version. The prefix is text,
  // not more digits: '10.2.3' is 10.2.3, never '1' + 0.2.3.
  for (let i = 0; i < name.length; i++) {
    if (!isDigit(name[i]) || (i > 0 && isDigit(name[i - 1]))) continue
    const version = strictVersion(name.slice(i))
    if (version) return {name, prefix: name.slice(0, i), version}
  }
  return undefined
}

/** SemVer precedence (§11 of the specification): negative when `a` < `b`; build metadata is ignored. */
export function compareVersions(a: VersionTag, b: VersionTag): number {
  return a.version.compare(b.version)
}

export function isPrerelease(tag: string): boolean {
  return (parseVersionTag(tag)?.version.prerelease.length ?? 0) > 0
}

/**
 * The release a changelog for `tag` starts from: the highest version tag with the same prefix below it.
 * A release skips prereleases (v1.3.0 follows v1.2.0, not v1.3.0-rc.2), so its notes cover the whole
 * cycle; a prerelease takes the closest tag, prerelease or not. `undefined` for a first release, or when
 * `tag` is not a version.
 */
export function previousVersionTag(tag: string, tags: readonly string[]): string | undefined {
  const current = parseVersionTag(tag)
  if (!current) return undefined
  const isRelease = current.version.prerelease.length === 0
  let best: VersionTag | undefined
  for (const name of tags) {
    const v = parseVersionTag(name)
    if (!v || v.prefix !== current.prefix || compareVersions(v, current) >= 0) continue
    if (isRelease && v.version.prerelease.length > 0) continue
    if (!best || compareVersions(v, best) > 0) best = v
  }
  return best?.name
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9'
}

function strictVersion(text: string): SemVer | undefined {
  try {
    return new SemVer(text, {loose: false})
  } catch {
    return undefined
  }
}
