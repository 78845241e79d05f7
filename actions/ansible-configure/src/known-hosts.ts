/**
 * known_hosts text as OpenSSH reads it (sshd(8), "SSH_KNOWN_HOSTS FILE FORMAT"): checked line by line so
 * a pasted fragment fails here with its line number instead of as a vague "Host key verification failed"
 * on every host, and searched for the hosts the action builds an inventory for.
 */
import {createHmac} from 'node:crypto'
import {InputError} from '@deploy-actions/kit/errors'

const KEY_TYPE =
  /^(ssh-(ed25519|rsa|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com|[a-z0-9-]+-cert-v01@openssh\.com)$/
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/

interface Entry {
  marker: string | undefined
  patterns: string
}

/** Returns the text ready to write (LF line ends, final newline); throws naming the first bad line. */
export function parseKnownHosts(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  let entries = 0
  lines.forEach((line, index) => {
    if (parseLine(line, index + 1)) entries++
  })
  if (entries === 0) {
    throw new InputError('known-hosts', 'has no host keys, only blank or comment lines.')
  }
  return `${lines
    .map((l) => l.trim())
    .join('\n')
    .trim()}\n`
}

function parseLine(line: string, number: number): Entry | undefined {
  const trimmed = line.trim()
  if (trimmed === '' || trimmed.startsWith('#')) return undefined
  const fields = trimmed.split(/\s+/)
  const marker = fields[0]?.startsWith('@') ? fields.shift() : undefined
  const [patterns, type, key] = fields
  if (marker !== undefined && marker !== '@cert-authority' && marker !== '@revoked') {
    throw bad(number, `'${marker}' is not a marker (only @cert-authority and @revoked are).`)
  }
  if (!patterns || !type || !key) {
    throw bad(number, 'needs a host, a key type and a key, e.g. [203.0.113.10]:2222 ssh-ed25519 AAAAC3Nza...')
  }
  if (!KEY_TYPE.test(type))
    throw bad(number, `'${type.slice(0, 40)}' is not an SSH key type (e.g. ssh-ed25519).`)
  if (!BASE64.test(key)) throw bad(number, 'the key is not base64 text: was the line cut or wrapped?')
  return {marker, patterns}
}

function bad(line: number, problem: string): InputError {
  return new InputError('known-hosts', `line ${line}: ${problem}`)
}

/** The name OpenSSH looks up for a host: `[host]:port` for any port but 22. */
export function knownHostsName(host: string, port: number): string {
  return port === 22 ? host : `[${host}]:${port}`
}

/** The hosts (as `knownHostsName` spells them) that no plain, hashed or wildcard entry covers. */
export function hostsWithoutKey(knownHosts: string, names: readonly string[]): string[] {
  const entries = knownHosts
    .split('\n')
    .map((line, i) => parseLine(line, i + 1))
    .filter((e): e is Entry => e !== undefined && e.marker === undefined)
  return names.filter((name) => !entries.some((e) => matches(e.patterns, name)))
}

function matches(patterns: string, name: string): boolean {
  if (patterns.startsWith('|1|')) return matchesHashed(patterns, name)
  let matched = false
  for (const pattern of patterns.split(',')) {
    const negated = pattern.startsWith('!')
    if (!glob(negated ? pattern.slice(1) : pattern).test(name)) continue
    if (negated) return false
    matched = true
  }
  return matched
}

/** `|1|base64(salt)|base64(HMAC-SHA1(salt, name))`, as `ssh-keygen -H` writes it. */
function matchesHashed(entry: string, name: string): boolean {
  const [, , salt, hash] = entry.split('|')
  if (!salt || !hash) return false
  const digest = createHmac('sha1', Buffer.from(salt, 'base64')).update(name).digest('base64')
  return digest === hash
}

function glob(pattern: string): RegExp {
  const escaped = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  return new RegExp(`^${escaped}$`, 'i')
}
