/**
 * Typed readers for action inputs. Each reads one input once, validates it and throws an `InputError`
 * naming the input, what was wrong and what is accepted. An input the runner passes as empty takes the
 * documented default, so defaults in `action.yml` and in code must agree (each action tests that).
 */
import {InputError} from './errors'
import {readInput} from './workflow'

export type Env = NodeJS.ProcessEnv

interface Common {
  env?: Env
}

export function getString(name: string, opts: Common & {required?: boolean; default?: string} = {}): string {
  const value = readInput(name, opts.env)
  if (value) return value
  if (opts.required) throw new InputError(name, 'is required and was not given.')
  return opts.default ?? ''
}

/** Like `getString`, but `undefined` when the input is empty. */
export function getOptional(name: string, opts: Common = {}): string | undefined {
  return readInput(name, opts.env) || undefined
}

const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

export function getBoolean(name: string, opts: Common & {default: boolean}): boolean {
  const value = readInput(name, opts.env)
  if (!value) return opts.default
  if (TRUE.includes(value)) return true
  if (FALSE.includes(value)) return false
  throw new InputError(name, `'${value}' is not a boolean. Use true or false.`)
}

export function getEnum<const T extends string>(
  name: string,
  allowed: readonly T[],
  opts: Common & {default: T},
): T {
  const value = readInput(name, opts.env)
  if (!value) return opts.default
  const match = allowed.find((a) => a === value.toLowerCase())
  if (match) return match
  throw new InputError(name, `'${value}' is not one of ${allowed.map((a) => `'${a}'`).join(', ')}.`)
}

export function getInteger(
  name: string,
  opts: Common & {default: number; min?: number; max?: number},
): number {
  const value = readInput(name, opts.env)
  if (!value) return opts.default
  const min = opts.min ?? Number.MIN_SAFE_INTEGER
  const max = opts.max ?? Number.MAX_SAFE_INTEGER
  const n = /^-?\d+$/.test(value) ? Number(value) : Number.NaN
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new InputError(name, `'${value}' is not a whole number from ${min} to ${max}.`)
  }
  return n
}

/**
 * A list given one item a line or comma-separated (`a, b` or a YAML block). Blank items and lines
 * starting with `#` are dropped.
 */
export function getList(name: string, opts: Common & {comma?: boolean} = {}): string[] {
  return splitList(readInput(name, opts.env), opts.comma ?? true)
}

export function splitList(text: string, comma = true): string[] {
  return text
    .split(/\r?\n/)
    .filter((line) => !line.trimStart().startsWith('#'))
    .flatMap((line) => (comma ? line.split(',') : [line]))
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

/** `KEY=VALUE` lines into an ordered map; the value may contain `=`; the key must be a name. */
export function getKeyValues(name: string, opts: Common = {}): Map<string, string> {
  const out = new Map<string, string>()
  splitList(readInput(name, opts.env), false).forEach((line, index) => {
    const eq = line.indexOf('=')
    const key = eq > 0 ? line.slice(0, eq).trim() : ''
    if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(key)) {
      // The line is not quoted back: its value may be a secret.
      throw new InputError(
        name,
        `each line must be KEY=VALUE with KEY a name (letters, digits, '_', '.', '-'); non-empty line ${index + 1} is not.`,
      )
    }
    out.set(key, line.slice(eq + 1))
  })
  return out
}

const UNITS: Record<string, number> = {ms: 1, s: 1000, m: 60_000, h: 3_600_000}

/**
 * A duration such as `90`, `90s`, `5m`, `1h30m` or `500ms`, in milliseconds. A bare number is seconds,
 * the unit every CLI these actions drive uses.
 */
export function getDuration(name: string, opts: Common & {default: string}): number {
  const value = readInput(name, opts.env) || opts.default
  const ms = parseDuration(value)
  if (ms === undefined) {
    throw new InputError(
      name,
      `'${value}' is not a duration. Use e.g. 30s, 5m or 1h30m (a bare number is seconds).`,
    )
  }
  return ms
}

export function parseDuration(text: string): number | undefined {
  const value = text.trim()
  if (/^\d+$/.test(value)) return Number(value) * 1000
  const parts = [...value.matchAll(/(\d+)(ms|s|m|h)/g)]
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== value) return undefined
  return parts.reduce((sum, [, n, unit]) => sum + Number(n) * UNITS[unit!]!, 0)
}
