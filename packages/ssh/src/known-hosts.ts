/**
 * Host-key pins as users already have them: OpenSSH `known_hosts` lines (plain, `[host]:port`, hashed
 * `|1|salt|hash`, wildcard and negated patterns, `@revoked`), bare public-key lines, and `SHA256:`
 * fingerprints as `ssh-keygen -lf` prints them. Pure parsing, no SSH library: the same rules serve every
 * tool that needs them.
 *
 * Written here because no maintained npm package parses known_hosts with hashed entries and OpenSSH's
 * pattern rules; the format is small and documented in sshd(8), "SSH_KNOWN_HOSTS FILE FORMAT".
 */
import {createHash, createHmac} from 'node:crypto'

export interface KnownHostKey {
  /** Host patterns of the line; empty for a bare public key, which pins the key for every host. */
  patterns: string[]
  /** `|1|salt|hash` entries keep salt and hash here instead of patterns. */
  hashed?: {salt: Buffer; hash: Buffer}
  /** `ssh-ed25519`, `ecdsa-sha2-nistp256`, `ssh-rsa`, ... */
  keyType: string
  key: Buffer
  revoked: boolean
  /** 1-based line number, for messages. */
  line: number
}

export interface Fingerprint {
  /** `SHA256:` followed by unpadded base64, exactly as `ssh-keygen -lf` prints it. */
  value: string
  /** Key type from a full `ssh-keygen -lf` line (`(ED25519)`), when given. */
  keyType?: string
}

export class HostKeyFormatError extends Error {
  override name = 'HostKeyFormatError'
}

const KEY_TYPES = [
  'ssh-ed25519',
  'ssh-rsa',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'ssh-dss',
  'sk-ssh-ed25519@openssh.com',
  'sk-ecdsa-sha2-nistp256@openssh.com',
]

/** The names `ssh-keygen -l` prints in parentheses, for each key type. */
const DISPLAY_TYPES: Record<string, string> = {
  'ssh-ed25519': 'ED25519',
  'ssh-rsa': 'RSA',
  'ecdsa-sha2-nistp256': 'ECDSA',
  'ecdsa-sha2-nistp384': 'ECDSA',
  'ecdsa-sha2-nistp521': 'ECDSA',
  'ssh-dss': 'DSA',
  'sk-ssh-ed25519@openssh.com': 'ED25519-SK',
  'sk-ecdsa-sha2-nistp256@openssh.com': 'ECDSA-SK',
}

export function displayKeyType(keyType: string): string {
  return DISPLAY_TYPES[keyType] ?? keyType
}

/** `SHA256:<unpadded base64 of sha256(key blob)>`, the form `ssh-keygen -lf` prints. */
export function fingerprintOf(key: Buffer): string {
  return `SHA256:${createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`
}

/** The key type a public-key blob names in its first field (RFC 4253, section 6.6). */
export function keyTypeOf(key: Buffer): string {
  if (key.length < 4) return 'unknown'
  const length = key.readUInt32BE(0)
  if (length > 64 || key.length < 4 + length) return 'unknown'
  return key.subarray(4, 4 + length).toString('latin1')
}

/** The name a host is listed under in known_hosts: `host` on port 22, `[host]:port` otherwise. */
export function knownHostsName(host: string, port: number): string {
  return port === 22 ? host : `[${host}]:${port}`
}

/**
 * `bareKeys: false` refuses bare public-key lines: right for a file handed to OpenSSH itself, which would
 * ignore them, but not for pins checked here, where a bare key pins every host.
 */
export function parseKnownHosts(text: string, options: {bareKeys?: boolean} = {}): KnownHostKey[] {
  const keys: KnownHostKey[] = []
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) return
    const entry = parseLine(line, index + 1, options.bareKeys ?? true)
    if (entry) keys.push(entry)
  })
  return keys
}

function parseLine(line: string, lineNo: number, bareKeys: boolean): KnownHostKey | undefined {
  const fields = line.split(/\s+/)
  let revoked = false
  if (fields[0]?.startsWith('@')) {
    const marker = fields.shift()
    // Host certificates need a CA check the client does not do; such lines are left out, never trusted.
    if (marker === '@cert-authority') return undefined
    if (marker !== '@revoked') {
      throw new HostKeyFormatError(
        `line ${lineNo}: unknown marker '${marker}' (known: @revoked, @cert-authority).`,
      )
    }
    revoked = true
  }
  // A bare `type base64 [comment]` line, as in /etc/ssh/ssh_host_ed25519_key.pub.
  const bare = KEY_TYPES.includes(fields[0] ?? '')
  if (bare && !bareKeys) {
    throw new HostKeyFormatError(
      `line ${lineNo} has a key but no host: write 'host key-type base64-key' (e.g. the output of ssh-keyscan).`,
    )
  }
  const hosts = bare ? undefined : fields.shift()
  const [keyType, data] = fields
  if (!keyType || !data || !KEY_TYPES.includes(keyType)) {
    throw new HostKeyFormatError(
      `line ${lineNo} is not a known_hosts line ('host key-type base64-key', e.g. the output of ssh-keyscan).`,
    )
  }
  const key = Buffer.from(data, 'base64')
  if (key.length === 0 || keyTypeOf(key) !== keyType) {
    throw new HostKeyFormatError(`line ${lineNo}: the key data does not hold a ${keyType} key.`)
  }
  const entry: KnownHostKey = {patterns: [], keyType, key, revoked, line: lineNo}
  if (hosts?.startsWith('|1|')) {
    const [, , salt, hash] = hosts.split('|')
    if (!salt || !hash) throw new HostKeyFormatError(`line ${lineNo}: malformed hashed host name.`)
    entry.hashed = {salt: Buffer.from(salt, 'base64'), hash: Buffer.from(hash, 'base64')}
  } else if (hosts !== undefined) {
    entry.patterns = hosts.split(',').filter(Boolean)
  }
  return entry
}

/** Whether a known_hosts entry applies to `host` on `port`, by OpenSSH's rules. */
export function entryMatches(entry: KnownHostKey, host: string, port: number): boolean {
  const name = knownHostsName(host, port)
  if (entry.hashed) {
    const digest = createHmac('sha1', entry.hashed.salt).update(name).digest()
    return digest.equals(entry.hashed.hash)
  }
  if (entry.patterns.length === 0) return true
  let matched = false
  for (const pattern of entry.patterns) {
    const negated = pattern.startsWith('!')
    if (wildcardMatch(negated ? pattern.slice(1) : pattern, name)) {
      if (negated) return false
      matched = true
    }
  }
  return matched
}

/** `*` and `?` wildcards, case-insensitive as host names are. */
function wildcardMatch(pattern: string, name: string): boolean {
  const source = pattern
    .toLowerCase()
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('')
  return new RegExp(`^${source}$`).test(name.toLowerCase())
}

/**
 * One fingerprint as users paste it: `SHA256:abc...`, the whole `ssh-keygen -lf` line
 * (`256 SHA256:abc... comment (ED25519)`), or the base64 part alone; trailing `=` padding is accepted.
 */
export function parseFingerprint(text: string): Fingerprint {
  const input = text.trim()
  const typeMatch = /\(([A-Z0-9-]+)\)\s*$/.exec(input)
  const token = input.split(/\s+/).find((t) => /^SHA256:/i.test(t)) ?? input.split(/\s+/)[0] ?? ''
  if (/^MD5:/i.test(token) || /^([0-9a-f]{2}:){15}[0-9a-f]{2}$/i.test(token)) {
    throw new HostKeyFormatError(
      `'${token}' is an MD5 fingerprint; give the SHA256 one, as 'ssh-keygen -lf <host key>.pub' prints it.`,
    )
  }
  const base64 = token.replace(/^SHA256:/i, '').replace(/=+$/, '')
  if (!/^[A-Za-z0-9+/]{43}$/.test(base64)) {
    throw new HostKeyFormatError(
      `'${token.slice(0, 60)}' is not a SHA256 fingerprint. Give it as 'ssh-keygen -lf <host key>.pub' ` +
        "prints it, e.g. 'SHA256:' followed by 43 characters of base64 (on the server: " +
        'ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub; from outside: ssh-keyscan host | ssh-keygen -lf -).',
    )
  }
  const fingerprint: Fingerprint = {value: `SHA256:${base64}`}
  if (typeMatch) fingerprint.keyType = typeMatch[1]
  return fingerprint
}
