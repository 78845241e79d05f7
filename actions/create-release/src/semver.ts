/**
 * Version tags (`v1.2.3`, `release-2.0.0-rc.1`) and SemVer 2.0 precedence, to find the previous release
 * of a tag. Written here because the comparison is a dozen lines and this action has no other use for a
 * SemVer library.
 */

export interface VersionTag {
  name: string
  prefix: string
  major: number
  minor: number
  patch: number
  prerelease: string[]
}

const TAG =
  /^(.*?)(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-.]+)?$/

export function parseVersionTag(name: string): VersionTag | undefined {
  const m = TAG.exec(name)
  if (!m) return undefined
  // The prefix is text, not more digits: '10.2.3' is 10.2.3, not '1' + 0.2.3.
  if (/\d$/.test(m[1]!)) return undefined
  return {
    name,
    prefix: m[1]!,
    major: Number(m[2]),
    minor: Number(m[3]),
    patch: Number(m[4]),
    prerelease: m[5] ? m[5].split('.') : [],
  }
}

/** SemVer precedence: negative when `a` < `b` (§11 of the specification). */
export function compareVersions(a: VersionTag, b: VersionTag): number {
  const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch
  if (core !== 0) return core
  if (a.prerelease.length === 0 || b.prerelease.length === 0) {
    return b.prerelease.length - a.prerelease.length
  }
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    const x = a.prerelease[i]
    const y = b.prerelease[i]
    if (x === undefined) return -1
    if (y === undefined) return 1
    const xn = /^\d+$/.test(x)
    const yn = /^\d+$/.test(y)
    if (xn && yn) {
      const d = Number(x) - Number(y)
      if (d !== 0) return d
    } else if (xn !== yn) {
      return xn ? -1 : 1
    } else if (x !== y) {
      return x < y ? -1 : 1
    }
  }
  return 0
}

export function isPrerelease(tag: string): boolean {
  return (parseVersionTag(tag)?.prerelease.length ?? 0) > 0
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
  let best: VersionTag | undefined
  for (const name of tags) {
    const v = parseVersionTag(name)
    if (!v || v.prefix !== current.prefix || compareVersions(v, current) >= 0) continue
    if (current.prerelease.length === 0 && v.prerelease.length > 0) continue
    if (!best || compareVersions(v, best) > 0) best = v
  }
  return best?.name
}
