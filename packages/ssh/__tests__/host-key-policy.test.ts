import {describe, expect, it} from '@jest/globals'
import {hostKeyAlgorithms, verifyHostKey} from '../src/host-key-policy'
import {parseFingerprint, parseKnownHosts} from '../src/known-hosts'

const ED25519 = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIgQioMmC2pthXw2gDlEVm4QSOJofmXwW/PcNfTFuy6z'
const ED25519_FP = 'SHA256:pGRfeigC1j+0Pa71Vz4ghen6Bk9dr4rBwN+goLbiNsQ'
const ECDSA =
  'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBM5gq3KHGmMrbetVxgkUFU1j7/9iwNCiKWn59FEwf+x+aybc9ZwMl0E1KUCgI4xU+//1kuL65zsc2iQsMyfp1po='
const blob = (line: string) => Buffer.from(line.split(' ')[1]!, 'base64')
const pins = (knownHosts: string, fingerprints: string[] = [], insecureSkipCheck = false) => ({
  knownHosts: parseKnownHosts(knownHosts),
  fingerprints: fingerprints.map(parseFingerprint),
  insecureSkipCheck,
})

describe('verifyHostKey', () => {
  it('trusts the key known_hosts lists for the host and port', () => {
    expect(verifyHostKey(pins(`[web]:2222 ${ED25519}`), 'web', 2222, blob(ED25519))).toEqual({
      trusted: true,
      keyType: 'ED25519',
      fingerprint: ED25519_FP,
    })
  })

  it('refuses another key, naming presented and expected fingerprints and types', () => {
    const verdict = verifyHostKey(
      pins(`web ${ECDSA}`, [ED25519_FP.replace('pG', 'xx')]),
      'web',
      22,
      blob(ED25519),
    )
    expect(verdict.trusted).toBe(false)
    expect(verdict).toMatchObject({
      reason: expect.stringMatching(
        new RegExp(
          `^Host key verification failed for web: it presented the ED25519 key ${ED25519_FP.replaceAll('+', '\\+')}, ` +
            'expected ECDSA SHA256:\\S+ \\(known-hosts line 1\\) or SHA256:xx',
        ),
      ),
    })
  })

  it('refuses a host without any pin, saying what to add', () => {
    const verdict = verifyHostKey(pins(`other ${ED25519}`), 'web', 2222, blob(ED25519))
    expect(verdict).toMatchObject({
      trusted: false,
      reason: expect.stringContaining('known-hosts has no line for [web]:2222'),
    })
  })

  it('refuses a key marked @revoked even when another line lists it', () => {
    const verdict = verifyHostKey(pins(`web ${ED25519}\n@revoked * ${ED25519}`), 'web', 22, blob(ED25519))
    expect(verdict).toMatchObject({trusted: false, reason: expect.stringContaining('marks @revoked')})
  })

  it('checks the key type of a typed fingerprint', () => {
    expect(verifyHostKey(pins('', [`256 ${ED25519_FP} x (ED25519)`]), 'web', 22, blob(ED25519)).trusted).toBe(
      true,
    )
    expect(verifyHostKey(pins('', [`256 ${ED25519_FP} x (RSA)`]), 'web', 22, blob(ED25519)).trusted).toBe(
      false,
    )
  })

  it('accepts any key when told to skip the check, with a warning naming the fingerprint', () => {
    expect(verifyHostKey(pins('', [], true), 'web', 22, blob(ED25519))).toMatchObject({
      trusted: true,
      warning: expect.stringContaining(`Pin it with fingerprint: ${ED25519_FP}`),
    })
  })
})

describe('hostKeyAlgorithms', () => {
  it('offers only the pinned key types, so a server with several keys presents a pinned one', () => {
    expect(hostKeyAlgorithms(pins(`web ${ECDSA}`), 'web', 22)).toEqual(['ecdsa-sha2-nistp256'])
    expect(hostKeyAlgorithms(pins('', [`3072 ${ED25519_FP} c (RSA)`]), 'web', 22)).toEqual([
      'rsa-sha2-512',
      'rsa-sha2-256',
      'ssh-rsa',
    ])
  })

  it('offers every type when a pin does not say its type', () => {
    expect(hostKeyAlgorithms(pins(`web ${ECDSA}`, [ED25519_FP]), 'web', 22)).toBeUndefined()
    expect(hostKeyAlgorithms(pins(`other ${ECDSA}`), 'web', 22)).toBeUndefined()
  })
})
