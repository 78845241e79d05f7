import {createHmac} from 'node:crypto'
import {describe, expect, it} from '@jest/globals'
import {
  entryMatches,
  fingerprintOf,
  HostKeyFormatError,
  keyTypeOf,
  parseFingerprint,
  parseKnownHosts,
} from '../src/known-hosts'

// Real public keys (generated with ssh-keygen for these tests) and the fingerprints ssh-keygen -lf prints.
const ED25519 = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIgQioMmC2pthXw2gDlEVm4QSOJofmXwW/PcNfTFuy6z'
const ED25519_FP = 'SHA256:pGRfeigC1j+0Pa71Vz4ghen6Bk9dr4rBwN+goLbiNsQ'
const ECDSA =
  'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBM5gq3KHGmMrbetVxgkUFU1j7/9iwNCiKWn59FEwf+x+aybc9ZwMl0E1KUCgI4xU+//1kuL65zsc2iQsMyfp1po='

describe('parseKnownHosts', () => {
  it('reads plain, [host]:port, several-name, bare and @revoked lines; skips comments and @cert-authority', () => {
    const keys = parseKnownHosts(
      [
        '# comment',
        '',
        `example.com,192.0.2.1 ${ED25519}`,
        `[example.com]:2222 ${ECDSA} comment here`,
        `@revoked old.example.com ${ED25519}`,
        `@cert-authority *.example.com ${ED25519}`,
        ED25519,
      ].join('\n'),
    )
    expect(keys.map((k) => [k.patterns, k.keyType, k.revoked, k.line])).toEqual([
      [['example.com', '192.0.2.1'], 'ssh-ed25519', false, 3],
      [['[example.com]:2222'], 'ecdsa-sha2-nistp256', false, 4],
      [['old.example.com'], 'ssh-ed25519', true, 5],
      [[], 'ssh-ed25519', false, 7],
    ])
    expect(fingerprintOf(keys[0]!.key)).toBe(ED25519_FP)
    expect(keyTypeOf(keys[1]!.key)).toBe('ecdsa-sha2-nistp256')
  })

  it.each([
    ['example.com', 'a line without a key'],
    [`example.com ssh-ed25519 ${Buffer.from('junk').toString('base64')}`, 'key data of another type'],
    [`@weird example.com ${ED25519}`, 'an unknown marker'],
    [`example.com ssh-foo AAAA`, 'an unknown key type'],
  ])('rejects %s (%s) naming the line', (line) => {
    expect(() => parseKnownHosts(`# first\n${line}`)).toThrow(HostKeyFormatError)
    expect(() => parseKnownHosts(`# first\n${line}`)).toThrow(/line 2/)
  })
})

describe('entryMatches', () => {
  const one = (line: string) => parseKnownHosts(line)[0]!

  it.each([
    ['example.com', 'example.com', 22, true],
    ['example.com', 'EXAMPLE.com', 22, true],
    ['example.com', 'example.com', 2222, false],
    ['[example.com]:2222', 'example.com', 2222, true],
    ['[example.com]:2222', 'example.com', 22, false],
    ['*.example.com', 'web1.example.com', 22, true],
    ['web?.example.com', 'web12.example.com', 22, false],
    ['*.example.com,!db.example.com', 'db.example.com', 22, false],
    ['*.example.com,!db.example.com', 'app.example.com', 22, true],
    ['[10.0.0.*]:2222', '10.0.0.7', 2222, true],
  ])('%s matches %s port %d: %s', (patterns, host, port, expected) => {
    expect(entryMatches(one(`${patterns} ${ED25519}`), host, port)).toBe(expected)
  })

  it('matches hashed |1| entries for host and [host]:port', () => {
    const salt = Buffer.from('0123456789abcdefghij')
    const hashed = (name: string) =>
      `|1|${salt.toString('base64')}|${createHmac('sha1', salt).update(name).digest('base64')} ${ED25519}`
    expect(entryMatches(one(hashed('example.com')), 'example.com', 22)).toBe(true)
    expect(entryMatches(one(hashed('example.com')), 'example.org', 22)).toBe(false)
    expect(entryMatches(one(hashed('[example.com]:2222')), 'example.com', 2222)).toBe(true)
    expect(entryMatches(one(hashed('[example.com]:2222')), 'example.com', 22)).toBe(false)
  })

  it('lets a bare public key line pin the key for any host', () => {
    expect(entryMatches(one(ED25519), 'anything.example', 2200)).toBe(true)
  })
})

describe('parseFingerprint', () => {
  it.each([
    [ED25519_FP, {value: ED25519_FP}],
    [`${ED25519_FP}=`, {value: ED25519_FP}],
    [ED25519_FP.slice(7), {value: ED25519_FP}],
    [`256 ${ED25519_FP} root@web (ED25519)`, {value: ED25519_FP, keyType: 'ED25519'}],
    [`  3072 ${ED25519_FP} no comment (RSA)\n`, {value: ED25519_FP, keyType: 'RSA'}],
  ])('reads %j', (text, expected) => {
    expect(parseFingerprint(text)).toEqual(expected)
  })

  it.each([
    ['MD5:16:27:ac:a5:76:28:2d:36:63:1b:56:4d:eb:df:a6:48', /is an MD5 fingerprint; give the SHA256 one/],
    ['16:27:ac:a5:76:28:2d:36:63:1b:56:4d:eb:df:a6:48', /is an MD5 fingerprint/],
    ['SHA256:short', /is not a SHA256 fingerprint.*ssh-keygen -lf/],
    ['ssh-ed25519 AAAAC3Nza', /is not a SHA256 fingerprint/],
  ])('rejects %s with how to get the right one', (text, message) => {
    expect(() => parseFingerprint(text)).toThrow(message)
  })
})
