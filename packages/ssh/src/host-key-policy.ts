/**
 * Decides whether a presented host key is trusted. Fails closed: without a pin for the host the
 * connection is refused, unless the caller explicitly chose to skip the check.
 */
import {
  displayKeyType,
  entryMatches,
  type Fingerprint,
  fingerprintOf,
  type KnownHostKey,
  keyTypeOf,
  knownHostsName,
} from './known-hosts'

export interface HostKeyPins {
  knownHosts: KnownHostKey[]
  fingerprints: Fingerprint[]
  /** Accept any key (with a warning naming its fingerprint). Only when asked for explicitly. */
  insecureSkipCheck?: boolean
}

export type HostKeyVerdict =
  | {trusted: true; keyType: string; fingerprint: string; warning?: string}
  | {trusted: false; keyType: string; fingerprint: string; reason: string}

/** The host-key algorithms the client may negotiate for each key type a pin names. */
const ALGORITHMS: Record<string, string[]> = {
  'ssh-ed25519': ['ssh-ed25519'],
  'ssh-rsa': ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'],
  'ecdsa-sha2-nistp256': ['ecdsa-sha2-nistp256'],
  'ecdsa-sha2-nistp384': ['ecdsa-sha2-nistp384'],
  'ecdsa-sha2-nistp521': ['ecdsa-sha2-nistp521'],
  ED25519: ['ssh-ed25519'],
  RSA: ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'],
  ECDSA: ['ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521'],
}

export function hasPins(pins: HostKeyPins): boolean {
  return pins.knownHosts.length > 0 || pins.fingerprints.length > 0
}

/**
 * The host-key algorithms to offer so that the server presents a key of a pinned type (as OpenSSH orders
 * them by known_hosts). Without this a server with several host keys may present an ed25519 key while
 * only its RSA key is pinned, and a correct pin would fail. `undefined`: any type may match.
 */
export function hostKeyAlgorithms(pins: HostKeyPins, host: string, port: number): string[] | undefined {
  if (pins.insecureSkipCheck && !hasPins(pins)) return undefined
  const types = [
    ...pins.knownHosts.filter((k) => !k.revoked && entryMatches(k, host, port)).map((k) => k.keyType),
    ...pins.fingerprints.map((f) => f.keyType),
  ]
  if (types.length === 0 || types.some((t) => t === undefined || !ALGORITHMS[t])) return undefined
  return [...new Set(types.flatMap((t) => ALGORITHMS[t!]!))]
}

export function verifyHostKey(pins: HostKeyPins, host: string, port: number, key: Buffer): HostKeyVerdict {
  const keyType = displayKeyType(keyTypeOf(key))
  const fingerprint = fingerprintOf(key)
  const name = knownHostsName(host, port)
  const presented = `${keyType} key ${fingerprint}`
  const entries = pins.knownHosts.filter((k) => entryMatches(k, host, port))
  const revoked = entries.find((k) => k.revoked && k.key.equals(key))
  if (revoked) {
    return {
      trusted: false,
      keyType,
      fingerprint,
      reason: `${name} presented the ${presented}, which known-hosts line ${revoked.line} marks @revoked.`,
    }
  }
  const pinned = entries.filter((k) => !k.revoked)
  const matches =
    pinned.some((k) => k.key.equals(key)) ||
    pins.fingerprints.some(
      (f) => f.value === fingerprint && (f.keyType === undefined || f.keyType === keyType),
    )
  if (matches) return {trusted: true, keyType, fingerprint}
  if (pins.insecureSkipCheck) {
    return {
      trusted: true,
      keyType,
      fingerprint,
      warning:
        `Host key of ${name} not verified (insecure-skip-host-key-check): it presented the ${presented}. ` +
        `Pin it with fingerprint: ${fingerprint}`,
    }
  }
  const expected = [
    ...pinned.map((k) => `${displayKeyType(k.keyType)} ${fingerprintOf(k.key)} (known-hosts line ${k.line})`),
    ...pins.fingerprints.map((f) => (f.keyType ? `${f.keyType} ${f.value}` : f.value)),
  ]
  if (expected.length === 0) {
    return {
      trusted: false,
      keyType,
      fingerprint,
      reason:
        `known-hosts has no line for ${name} and no fingerprint is given; the server presented the ` +
        `${presented}. Add '${name} ${keyTypeOf(key)} <key>' (from 'ssh-keyscan -p ${port} ${host}') ` +
        'after checking it, or give its fingerprint.',
    }
  }
  return {
    trusted: false,
    keyType,
    fingerprint,
    reason:
      `Host key verification failed for ${name}: it presented the ${presented}, expected ` +
      `${expected.join(' or ')}. Nothing was sent to the server. If its key changed on purpose, ` +
      `update the pin (on the server: ssh-keygen -lf /etc/ssh/ssh_host_${keyType.toLowerCase()}_key.pub).`,
  }
}
