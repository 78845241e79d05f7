/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 9375:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1363)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(4753)
const { safeRe: re, t } = __nccwpck_require__(8843)

const parseOptions = __nccwpck_require__(704)
const { compareIdentifiers } = __nccwpck_require__(9408)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 4753:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1363:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 9408:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 704:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 8843:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(4753)
const debug = __nccwpck_require__(1363)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 8339:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V1: () => (/* binding */ isPrerelease),
/* harmony export */   YR: () => (/* binding */ previousVersionTag),
/* harmony export */   _Q: () => (/* binding */ parseVersionTag)
/* harmony export */ });
/* unused harmony export compareVersions */
/* harmony import */ var semver_classes_semver_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9375);
/* harmony import */ var semver_classes_semver_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(semver_classes_semver_js__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Version tags (`v1.2.3`, `release-2.0.0-rc.1`): a text prefix followed by a SemVer 2.0 version, ordered by
 * the `semver` package's precedence, to find the previous release of a tag.
 */

function parseVersionTag(name) {
    // The version starts at the first digit whose remainder is a strict SemVer version. The prefix is text,
    // not more digits: '10.2.3' is 10.2.3, never '1' + 0.2.3.
    for (let i = 0; i < name.length; i++) {
        if (!isDigit(name[i]) || (i > 0 && isDigit(name[i - 1])))
            continue;
        const version = strictVersion(name.slice(i));
        if (version)
            return { name, prefix: name.slice(0, i), version };
    }
    return undefined;
}
/** SemVer precedence (§11 of the specification): negative when `a` < `b`; build metadata is ignored. */
function compareVersions(a, b) {
    return a.version.compare(b.version);
}
function isPrerelease(tag) {
    return (parseVersionTag(tag)?.version.prerelease.length ?? 0) > 0;
}
/**
 * The release a changelog for `tag` starts from: the highest version tag with the same prefix below it.
 * A release skips prereleases (v1.3.0 follows v1.2.0, not v1.3.0-rc.2), so its notes cover the whole
 * cycle; a prerelease takes the closest tag, prerelease or not. `undefined` for a first release, or when
 * `tag` is not a version.
 */
function previousVersionTag(tag, tags) {
    const current = parseVersionTag(tag);
    if (!current)
        return undefined;
    const isRelease = current.version.prerelease.length === 0;
    let best;
    for (const name of tags) {
        const v = parseVersionTag(name);
        if (!v || v.prefix !== current.prefix || compareVersions(v, current) >= 0)
            continue;
        if (isRelease && v.version.prerelease.length > 0)
            continue;
        if (!best || compareVersions(v, best) > 0)
            best = v;
    }
    return best?.name;
}
function isDigit(c) {
    return c !== undefined && c >= '0' && c <= '9';
}
function strictVersion(text) {
    try {
        return new (semver_classes_semver_js__WEBPACK_IMPORTED_MODULE_0___default())(text, { loose: false });
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 5748:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ RepositoryNameError),
/* harmony export */   S: () => (/* binding */ parseRepository)
/* harmony export */ });
/* harmony import */ var _deploy_actions_kit_errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3678);
/**
 * Repository names (`owner/name`). Apart from the client so that an action's input parser can check one
 * without loading Octokit.
 */

/**
 * A repository name that is not `owner/name`, or no name at all outside GitHub Actions. The caller maps it to
 * the input that named the repository.
 */
class RepositoryNameError extends _deploy_actions_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ {
    name = 'RepositoryNameError';
}
/** `owner/name` from `text`, or the run's `GITHUB_REPOSITORY` when `text` is empty. */
function parseRepository(text, env = process.env) {
    const value = text?.trim() || env['GITHUB_REPOSITORY'] || '';
    const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/.exec(value);
    if (match)
        return { owner: match[1], repo: match[2] };
    if (!value) {
        throw new RepositoryNameError('No repository: GITHUB_REPOSITORY is not set. Name the repository as owner/name, or run inside GitHub Actions.');
    }
    throw new RepositoryNameError(`'${value}' is not of the form owner/name.`);
}


/***/ }),

/***/ 3678:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   lZ: () => (/* binding */ ActionError)
/* harmony export */ });
/**
 * Errors an action throws on purpose. Their message is shown to the user as is, as one `::error::` line,
 * so it says what was wrong and how to fix it, and never contains a secret.
 */
class ActionError extends Error {
    name = 'ActionError';
    /** Extra annotation fields, e.g. the file and line a configuration error points at. */
    file;
    line;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.file = options.file;
        this.line = options.line;
    }
}
/** An input that is missing, malformed or contradicts another; raised before anything is changed. */
class InputError extends ActionError {
    input;
    name = 'InputError';
    constructor(input, problem) {
        super(`Input '${input}': ${problem}`);
        this.input = input;
    }
}
function errorMessage(err) {
    if (err instanceof Error)
        return err.message;
    return String(err);
}


/***/ }),

/***/ 9923:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fe: () => (/* binding */ appendSummary),
  Yz: () => (/* binding */ debug),
  z3: () => (/* binding */ error),
  Gu: () => (/* binding */ getState),
  Os: () => (/* binding */ group),
  pq: () => (/* binding */ info),
  R5: () => (/* binding */ readInput),
  LZ: () => (/* binding */ saveState),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: endGroup, isDebug, notice, startGroup

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = require("node:os");
;// CONCATENATED MODULE: ../../packages/kit/src/workflow.ts
/**
 * The runner's command protocol: inputs from `INPUT_*`, outputs and state through the `GITHUB_OUTPUT` /
 * `GITHUB_STATE` files, masks, groups and annotations on stdout, the job summary file.
 *
 * Written here rather than imported from `@actions/core` because that package loads all of undici (for
 * OIDC tokens no action here asks the runner for) when it is imported: ~50 ms before the first input is
 * read, more than the whole start-up budget of an action (see bench/). The protocol itself is small and
 * documented ("Workflow commands for GitHub Actions"); `__tests__/workflow.test.ts` checks that this file
 * encodes every command exactly as `@actions/core` does.
 */



/** The raw value of an input as the runner passes it (`''` when unset), surrounding whitespace trimmed. */
function readInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** The value of a state saved by the main step, read in the post step. */
function getState(name, env = process.env) {
    return env[`STATE_${name}`] ?? '';
}
function setOutput(name, value) {
    fileCommand('OUTPUT', 'set-output', name, value);
}
function saveState(name, value) {
    fileCommand('STATE', 'save-state', name, value);
}
/** Tells the runner to replace `secret` by `***` in every later log line. */
function setSecret(secret) {
    if (secret)
        issue('add-mask', {}, secret);
}
function info(message) {
    process.stdout.write(message + external_node_os_namespaceObject.EOL);
}
function isDebug(env = process.env) {
    return env['RUNNER_DEBUG'] === '1';
}
function debug(message) {
    issue('debug', {}, message);
}
function notice(message, properties = {}) {
    issue('notice', annotation(properties), message);
}
function warning(message, properties = {}) {
    issue('warning', annotation(properties), message);
}
function error(message, properties = {}) {
    issue('error', annotation(properties), message);
}
function startGroup(name) {
    issue('group', {}, name);
}
function endGroup() {
    issue('endgroup', {}, '');
}
/** Runs `fn` inside a collapsible log group that is closed whatever `fn` does. */
async function group(name, fn) {
    startGroup(name);
    try {
        return await fn();
    }
    finally {
        endGroup();
    }
}
/** Appends markdown to the job summary; a no-op outside a runner (no `GITHUB_STEP_SUMMARY`). */
function appendSummary(markdown, env = process.env) {
    const path = env['GITHUB_STEP_SUMMARY'];
    if (path)
        (0,external_node_fs_.appendFileSync)(path, markdown.endsWith(external_node_os_namespaceObject.EOL) ? markdown : markdown + external_node_os_namespaceObject.EOL, 'utf8');
}
function annotation(p) {
    return {
        title: p.title,
        file: p.file,
        line: p.startLine,
        endLine: p.endLine,
        col: p.startColumn,
        endColumn: p.endColumn,
    };
}
function issue(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
function fileCommand(file, legacyCommand, name, value) {
    const path = process.env[`GITHUB_${file}`];
    const text = toCommandValue(value);
    if (!path) {
        // The runner's legacy stdout form; @actions/core starts set-output on a fresh line the same way.
        if (file === 'OUTPUT')
            process.stdout.write(external_node_os_namespaceObject.EOL);
        issue(legacyCommand, { name }, text);
        return;
    }
    if (!(0,external_node_fs_.existsSync)(path))
        throw new Error(`The runner's GITHUB_${file} file is missing: ${path}`);
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || text.includes(delimiter)) {
        throw new Error(`Unexpected input: the name or value of '${name}' contains the delimiter ${delimiter}`);
    }
    (0,external_node_fs_.appendFileSync)(path, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${text}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, 'utf8');
}
function toCommandValue(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    return JSON.stringify(value);
}
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}


/***/ }),

/***/ 5723:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   eS: () => (/* binding */ formatImageName),
/* harmony export */   o_: () => (/* binding */ parseImageReference),
/* harmony export */   rI: () => (/* binding */ ImageReferenceError)
/* harmony export */ });
/* unused harmony exports DOCKER_HUB, DIGEST, parseImageName, isValidTag, isSha256Digest, formatReference, apiHost, registryScheme */
/**
 * Image references as Docker reads them (`[registry[:port]/]path[:tag][@digest]`), following the grammar of
 * the distribution project's `reference` package. Written here because no maintained npm package parses them
 * with Docker's defaults (docker.io, library/) and its lowercase rules.
 */
const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]{1,5})?$/;
class ImageReferenceError extends Error {
    name = 'ImageReferenceError';
}
/** `[registry/]repository` without tag or digest (an `image` input). */
function parseImageName(text) {
    const ref = parseImageReference(text);
    if (ref.tag !== undefined || ref.digest !== undefined) {
        throw new ImageReferenceError(`'${text}' has a ${ref.digest ? 'digest' : 'tag'}; give the image without it (e.g. ${formatImageName(ref)}) and the tags separately.`);
    }
    return { registry: ref.registry, repository: ref.repository };
}
function parseImageReference(text) {
    const input = text.trim();
    if (!input)
        throw new ImageReferenceError('The image reference is empty.');
    if (/\s/.test(input))
        throw new ImageReferenceError(`'${input}' contains whitespace.`);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
        throw new ImageReferenceError(`'${input}' is a URL; an image reference has no scheme (e.g. ghcr.io/acme/app).`);
    }
    let rest = input;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!isDigest(digest)) {
            throw new ImageReferenceError(`'${input}' has a malformed digest '${digest}' (expected sha256: and 64 hex digits).`);
        }
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.indexOf(':', lastSlash + 1);
    if (colon >= 0) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag)) {
            throw new ImageReferenceError(`'${input}' has an invalid tag '${tag}': up to 128 letters, digits, '_', '.' and '-', not starting with '.' or '-'.`);
        }
    }
    const parts = rest.split('/');
    let registry = DOCKER_HUB;
    const first = parts[0] ?? '';
    if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
        if (!HOST.test(first))
            throw new ImageReferenceError(`'${input}' has an invalid registry host '${first}'.`);
        const port = /:(\d+)$/.exec(first)?.[1];
        if (port !== undefined && Number(port) > 65535) {
            throw new ImageReferenceError(`'${input}' has an invalid port ${port}.`);
        }
        registry = first.toLowerCase();
        parts.shift();
    }
    if (DOCKER_HUB_ALIASES.has(registry))
        registry = DOCKER_HUB;
    if (registry === DOCKER_HUB && parts.length === 1)
        parts.unshift('library');
    const repository = parts.join('/');
    if (!repository)
        throw new ImageReferenceError(`'${input}' names no repository.`);
    for (const part of parts) {
        if (PATH_COMPONENT.test(part))
            continue;
        if (PATH_COMPONENT.test(part.toLowerCase())) {
            throw new ImageReferenceError(`'${input}': repository names must be lower case ('${repository.toLowerCase()}'). ` +
                "Lower-case names built from the repository's name first (compute-version's image input does).");
        }
        throw new ImageReferenceError(`'${input}' has an invalid path component '${part}': lower-case letters and digits, separated by '.', '_', '__' or '-'.`);
    }
    if (repository.length > 255)
        throw new ImageReferenceError(`'${input}': the repository name exceeds 255 characters.`);
    return { registry, repository, tag, digest };
}
function isValidTag(tag) {
    return TAG.test(tag);
}
/** A content digest (`algorithm:encoded`); a sha256 one must be 64 lower-case hex digits. */
function isDigest(text) {
    return DIGEST.test(text) && (!text.startsWith('sha256:') || SHA256_DIGEST.test(text));
}
function isSha256Digest(text) {
    return SHA256_DIGEST.test(text);
}
/** `registry/repository` as users write it (`nginx` stays `docker.io/library/nginx`, explicit on purpose). */
function formatImageName(name) {
    return `${name.registry}/${name.repository}`;
}
function formatReference(name, ref) {
    const base = formatImageName(name);
    if (ref.digest)
        return `${base}@${ref.digest}`;
    return ref.tag ? `${base}:${ref.tag}` : base;
}
/** The host the registry API answers on (Docker Hub's API is not at docker.io). */
function apiHost(registry) {
    return registry === DOCKER_HUB ? 'registry-1.docker.io' : registry;
}
/**
 * Docker talks plain HTTP only to registries on loopback (and to ones configured as insecure); everything
 * else is HTTPS. `insecure` is the explicit opt-in for a self-hosted registry without TLS.
 */
function registryScheme(registry, insecure) {
    if (insecure)
        return 'http';
    const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    if (host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host))
        return 'http';
    return 'https';
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = require("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = require("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = require("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = require("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = require("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = require("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = require("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = require("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = require("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = require("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = require("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = require("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = require("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = require("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = require("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = require("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = require("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = require("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = require("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = require("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = require("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = require("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = require("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = require("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = require("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = require("util");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ../../packages/kit/src/errors.ts
var errors = __nccwpck_require__(3678);
// EXTERNAL MODULE: ../../packages/kit/src/workflow.ts + 1 modules
var workflow = __nccwpck_require__(9923);
;// CONCATENATED MODULE: ../../packages/kit/src/run.ts
/**
 * The one place an action fails. `index.ts` of every action calls `run()` and nothing else.
 *
 * Inputs are parsed first, with nothing but this kit loaded, so a bad input is reported within a few
 * milliseconds of start-up; the action's `main` (and the clients it imports) is loaded only after that.
 */


const POST_STATE = 'isPost';
async function run(spec, env = process.env) {
    const isPost = workflow/* getState */.Gu(POST_STATE, env) === 'true';
    try {
        if (isPost) {
            if (spec.post)
                await (await spec.post()).post();
            return;
        }
        const inputs = spec.inputs();
        if (spec.post)
            workflow/* saveState */.LZ(POST_STATE, 'true');
        await (await spec.main()).main(inputs);
    }
    catch (err) {
        fail(err, isPost);
    }
}
function fail(err, isPost) {
    if (isPost) {
        // Clean-up is best effort: a post step warns but never turns a green job red.
        workflow/* warning */.$e(`Clean-up did not finish: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return;
    }
    if (err instanceof errors/* ActionError */.lZ) {
        workflow/* error */.z3(err.message, { file: err.file, startLine: err.line });
    }
    else {
        workflow/* error */.z3(`Unexpected failure: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    if (err instanceof Error && err.stack)
        workflow/* debug */.Yz(err.stack);
    process.exitCode = 1;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ../../packages/github/src/repository.ts
var repository = __nccwpck_require__(5748);
;// CONCATENATED MODULE: ../../packages/kit/src/inputs.ts
/**
 * Typed readers for action inputs. Each reads one input once, validates it and throws an `InputError`
 * naming the input, what was wrong and what is accepted. An input the runner passes as empty takes the
 * documented default, so defaults in `action.yml` and in code must agree (each action tests that).
 */


function getString(name, opts = {}) {
    const value = (0,workflow/* readInput */.R5)(name, opts.env);
    if (value)
        return value;
    if (opts.required)
        throw new errors/* InputError */.dz(name, 'is required and was not given.');
    return opts.default ?? '';
}
/** Like `getString`, but `undefined` when the input is empty. */
function getOptional(name, opts = {}) {
    return (0,workflow/* readInput */.R5)(name, opts.env) || undefined;
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
function getBoolean(name, opts) {
    const value = (0,workflow/* readInput */.R5)(name, opts.env);
    if (!value)
        return opts.default;
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw new errors/* InputError */.dz(name, `'${value}' is not a boolean. Use true or false.`);
}
function getEnum(name, allowed, opts) {
    const value = (0,workflow/* readInput */.R5)(name, opts.env);
    if (!value)
        return opts.default;
    const match = allowed.find((a) => a === value.toLowerCase());
    if (match)
        return match;
    throw new errors/* InputError */.dz(name, `'${value}' is not one of ${allowed.map((a) => `'${a}'`).join(', ')}.`);
}
function getInteger(name, opts) {
    const value = readInput(name, opts.env);
    if (!value)
        return opts.default;
    const min = opts.min ?? Number.MIN_SAFE_INTEGER;
    const max = opts.max ?? Number.MAX_SAFE_INTEGER;
    const n = /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
        throw new InputError(name, `'${value}' is not a whole number from ${min} to ${max}.`);
    }
    return n;
}
/**
 * A list given one item a line or comma-separated (`a, b` or a YAML block). Blank items and lines
 * starting with `#` are dropped.
 */
function getList(name, opts = {}) {
    return splitList((0,workflow/* readInput */.R5)(name, opts.env), opts.comma ?? true);
}
function splitList(text, comma = true) {
    return text
        .split(/\r?\n/)
        .filter((line) => !line.trimStart().startsWith('#'))
        .flatMap((line) => (comma ? line.split(',') : [line]))
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/** `KEY=VALUE` lines into an ordered map; the value may contain `=`; the key must be a name. */
function getKeyValues(name, opts = {}) {
    const out = new Map();
    splitList(readInput(name, opts.env), false).forEach((line, index) => {
        const eq = line.indexOf('=');
        const key = eq > 0 ? line.slice(0, eq).trim() : '';
        if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(key)) {
            // The line is not quoted back: its value may be a secret.
            throw new InputError(name, `each line must be KEY=VALUE with KEY a name (letters, digits, '_', '.', '-'); non-empty line ${index + 1} is not.`);
        }
        out.set(key, line.slice(eq + 1));
    });
    return out;
}
const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/**
 * A duration such as `90`, `90s`, `5m`, `1h30m` or `500ms`, in milliseconds. A bare number is seconds,
 * the unit every CLI these actions drive uses.
 */
function getDuration(name, opts) {
    const value = readInput(name, opts.env) || opts.default;
    const ms = parseDuration(value);
    if (ms === undefined) {
        throw new InputError(name, `'${value}' is not a duration. Use e.g. 30s, 5m or 1h30m (a bare number is seconds).`);
    }
    return ms;
}
function parseDuration(text) {
    const value = text.trim();
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    const parts = [...value.matchAll(/(\d+)(ms|s|m|h)/g)];
    if (parts.length === 0 || parts.map((p) => p[0]).join('') !== value)
        return undefined;
    return parts.reduce((sum, [, n, unit]) => sum + Number(n) * UNITS[unit], 0);
}

// EXTERNAL MODULE: ../../packages/registry/src/reference.ts
var reference = __nccwpck_require__(5723);
;// CONCATENATED MODULE: ./src/ref-name.ts
/**
 * Whether a tag name is one git (and so GitHub) accepts: the rules of `git check-ref-format` for
 * `refs/tags/<name>`, checked here so that a bad tag fails at the input, before anything is created.
 * `__tests__/ref-name.test.ts` compares this with git itself on generated names.
 */
/** What is wrong with `name` as a tag name, or `undefined` when git accepts it. */
function tagNameProblem(name) {
    if (name === '')
        return 'is empty';
    if (name === '@')
        return "is '@', which git reserves";
    if (name.startsWith('-'))
        return "starts with '-', which git would read as an option";
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what git forbids here
    const bad = /[\x00-\x20\x7f~^:?*[\\]/.exec(name);
    if (bad)
        return `contains ${describeChar(bad[0])}, which git does not allow in a tag`;
    if (name.includes('..'))
        return "contains '..'";
    if (name.includes('@{'))
        return "contains '@{'";
    if (name.startsWith('/') || name.endsWith('/') || name.includes('//')) {
        return "has an empty path component (a leading, trailing or doubled '/')";
    }
    if (name.endsWith('.'))
        return "ends with '.'";
    for (const part of name.split('/')) {
        if (part.startsWith('.'))
            return `has a component starting with '.' ('${part}')`;
        if (part.endsWith('.lock'))
            return `has a component ending with '.lock' ('${part}')`;
    }
    return undefined;
}
function describeChar(char) {
    if (char === ' ')
        return 'a space';
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f)
        return `a control character (0x${code.toString(16).padStart(2, '0')})`;
    return `'${char}'`;
}

// EXTERNAL MODULE: ./src/semver.ts
var semver = __nccwpck_require__(8339);
;// CONCATENATED MODULE: ./src/inputs.ts









const CHANGELOGS = ['github', 'conventional', 'none'];
function getInputs(env = process.env) {
    // Masked before anything else can print it.
    const token = getString('token', { env });
    (0,workflow/* setSecret */.Pq)(token);
    if (!token) {
        throw new errors/* InputError */.dz('token', 
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression the user copies
        'is empty. Pass ${{ secrets.GITHUB_TOKEN }} (with permissions: contents: write), a GitHub App token or a PAT.');
    }
    const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
    const workingDirectory = (0,external_node_path_.resolve)(workspace, getString('working-directory', { default: '.', env }));
    const tag = getString('tag', { required: true, env });
    const prerelease = getEnum('prerelease', ['auto', 'true', 'false'], { default: 'auto', env });
    const inputs = {
        tag,
        target: getString('target', { env }) || env['GITHUB_SHA'] || '',
        name: getString('name', { default: tag, env }),
        body: readBody(env, workingDirectory),
        changelog: getEnum('changelog', CHANGELOGS, { default: 'github', env }),
        previousTag: getOptional('previous-tag', { env }),
        image: getOptional('image', { env }),
        digest: getOptional('digest', { env }),
        draft: getBoolean('draft', { default: false, env }),
        prerelease: prerelease === 'auto' ? (0,semver/* isPrerelease */.V1)(tag) : prerelease === 'true',
        makeLatest: getEnum('make-latest', ['true', 'false', 'legacy'], { default: 'true', env }),
        files: getList('files', { comma: false, env }),
        updateNotes: getBoolean('update-notes', { default: false, env }),
        token,
        repository: readRepository(env),
        workingDirectory,
    };
    validate(inputs);
    return inputs;
}
function readRepository(env) {
    try {
        return (0,repository/* parseRepository */.S)(getOptional('repository', { env }), env);
    }
    catch (err) {
        if (err instanceof repository/* RepositoryNameError */.K)
            throw new errors/* InputError */.dz('repository', err.message);
        throw err;
    }
}
function readBody(env, cwd) {
    const body = getOptional('body', { env });
    const file = getOptional('body-file', { env });
    if (body !== undefined && file !== undefined) {
        throw new errors/* InputError */.dz('body-file', 'and body are both given. Use one of them.');
    }
    if (file === undefined)
        return body ?? '';
    const path = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(cwd, file);
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (code ?? String(err));
        throw new errors/* InputError */.dz('body-file', `cannot read '${file}' (${path}): ${why}. Give a file in the workspace.`);
    }
}
function validate(i) {
    const problem = tagNameProblem(i.tag);
    if (problem) {
        throw new errors/* InputError */.dz('tag', `'${i.tag}' is not a valid git tag name: it ${problem}. Use e.g. v1.2.3.`);
    }
    if (i.previousTag !== undefined) {
        const previous = tagNameProblem(i.previousTag);
        if (previous)
            throw new errors/* InputError */.dz('previous-tag', `'${i.previousTag}' is not a valid git tag name: it ${previous}.`);
        if (i.previousTag === i.tag)
            throw new errors/* InputError */.dz('previous-tag', `is the tag being released ('${i.tag}').`);
    }
    if (!i.target) {
        throw new errors/* InputError */.dz('target', 'is empty and GITHUB_SHA is not set. Give the commit SHA to release.');
    }
    if (!/^[0-9a-f]{7,40}$/i.test(i.target) && tagNameProblem(i.target)) {
        throw new errors/* InputError */.dz('target', `'${i.target}' is neither a commit SHA nor a branch name.`);
    }
    if (i.digest !== undefined && !(0,reference/* isDigest */.Bc)(i.digest)) {
        throw new errors/* InputError */.dz('digest', `'${i.digest}' is not an image digest. Use the form sha256:<64 hex digits>.`);
    }
    if (i.image !== undefined) {
        try {
            (0,reference/* parseImageReference */.o_)(i.image);
        }
        catch (err) {
            if (err instanceof reference/* ImageReferenceError */.rI)
                throw new errors/* InputError */.dz('image', err.message);
            throw err;
        }
    }
}

;// CONCATENATED MODULE: ./src/index.ts


void run({ inputs: () => getInputs(), main: () => Promise.all(/* import() */[__nccwpck_require__.e(377), __nccwpck_require__.e(511)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1511)) });

module.exports = __webpack_exports__;
/******/ })()
;