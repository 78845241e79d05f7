/**
 * The SSH client against a real OpenSSH server (and a second one as jump host) started on 127.0.0.1.
 */
import {execFileSync} from 'node:child_process'
import {createHmac, randomBytes} from 'node:crypto'
import {freePort} from '@deploy-actions/testing/server'
import {generateKey, type SshServer, startSshServer} from '@deploy-actions/testing/sshd'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import type {Client} from 'ssh2'
import {type ConnectOptions, connect, SshConnectError} from '../src/connect'
import type {HostKeyPins} from '../src/host-key-policy'
import {parseFingerprint, parseKnownHosts} from '../src/known-hosts'
import {runScript} from '../src/remote-script'

let server: SshServer
let multiKey: SshServer
const keyDir = tempDir()
const clientKeys = {
  rsa: generateKey(keyDir, 'client_rsa', 'rsa'),
  ecdsa: generateKey(keyDir, 'client_ecdsa', 'ecdsa', 'ecdsa passphrase'),
}

beforeAll(async () => {
  ;[server, multiKey] = await Promise.all([
    startSshServer({authorizedKeys: [clientKeys.rsa.publicKey, clientKeys.ecdsa.publicKey]}),
    startSshServer({hostKeyTypes: ['ed25519', 'ecdsa', 'rsa']}),
  ])
})

afterAll(async () => {
  await Promise.all([server?.stop(), multiKey?.stop()])
  removeTempDirs()
})

function options(
  s: SshServer,
  pins: Partial<HostKeyPins>,
  more: Partial<ConnectOptions> = {},
): ConnectOptions {
  return {
    host: s.host,
    port: s.port,
    username: s.username,
    privateKey: s.clientKey.privateKey,
    pins: {knownHosts: [], fingerprints: [], ...pins},
    connectTimeoutMs: 10_000,
    retries: 0,
    retryDelayMs: 10,
    keepaliveIntervalMs: 5000,
    keepaliveCountMax: 3,
    ...more,
  }
}

async function whoami(client: Client): Promise<string> {
  try {
    const result = await runScript(client, {script: 'id -un'})
    expect(result.exitCode).toBe(0)
    return result.stdout.trim()
  } finally {
    client.end()
  }
}

/** The error a refused connection rejects with; fails the test if it connected. */
async function refused(attempt: Promise<Client>): Promise<SshConnectError> {
  let client: Client | undefined
  try {
    client = await attempt
  } catch (err) {
    if (err instanceof SshConnectError) return err
    throw err
  }
  client.end()
  throw new Error('connected, but the connection should have been refused')
}

const pinned = () => ({knownHosts: parseKnownHosts(server.knownHosts())})

describe('connect', () => {
  it('logs in with a key when known_hosts pins the [host]:port entry', async () => {
    expect(await whoami(await connect(options(server, pinned())))).toBe(server.username)
  })

  it('accepts a hashed |1| known_hosts entry, as ssh-keygen -H writes it', async () => {
    const salt = randomBytes(20)
    const hash = createHmac('sha1', salt).update(`[127.0.0.1]:${server.port}`).digest()
    const key = server.hostKeys[0]!.publicKey.split(' ').slice(0, 2).join(' ')
    const knownHosts = parseKnownHosts(`|1|${salt.toString('base64')}|${hash.toString('base64')} ${key}`)
    expect(await whoami(await connect(options(server, {knownHosts})))).toBe(server.username)
  })

  it('accepts the fingerprint line ssh-keygen -lf prints', async () => {
    const line = execFileSync('ssh-keygen', ['-lf', `${server.hostKeys[0]!.path}.pub`], {encoding: 'utf8'})
    const fingerprints = [parseFingerprint(line)]
    expect(fingerprints[0]).toEqual({value: server.hostKeys[0]!.fingerprint, keyType: 'ED25519'})
    expect(await whoami(await connect(options(server, {fingerprints})))).toBe(server.username)
  })

  it.each(['rsa', 'ecdsa'] as const)(
    'negotiates the pinned %s key on a server that also has an ed25519 key',
    async (type) => {
      const line = multiKey
        .knownHosts()
        .split('\n')
        .find((l) => l.includes(type === 'rsa' ? 'ssh-rsa' : 'ecdsa'))!
      const client = await connect(options(multiKey, {knownHosts: parseKnownHosts(line)}))
      expect(await whoami(client)).toBe(multiKey.username)
    },
  )

  it('refuses a wrong host key before authenticating, naming both fingerprints and the key type', async () => {
    const other = generateKey(tempDir(), 'impostor', 'ed25519')
    const knownHosts = parseKnownHosts(`[127.0.0.1]:${server.port} ${other.publicKey}`)
    const before = server.log().length
    const err = await refused(connect(options(server, {knownHosts})))
    expect(err).toBeInstanceOf(SshConnectError)
    expect(err.kind).toBe('host-key')
    const message = err.message
    expect(message).toContain(`presented the ED25519 key ${server.hostKeys[0]!.fingerprint}`)
    expect(message).toContain(`expected ED25519 ${other.fingerprint}`)
    // Wait for sshd to log the end of that connection, so every line it wrote about it is there.
    for (let i = 0; i < 100 && !/Connection closed|Disconnected/.test(server.log().slice(before)); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    const log = server.log().slice(before)
    expect(log).toContain('Connection from 127.0.0.1')
    expect(log).not.toMatch(/Accepted|Failed publickey|Postponed|userauth/i)
  })

  it('refuses a server whose key is not pinned when nothing pins it', async () => {
    const err = await refused(connect(options(server, {})))
    expect(err.kind).toBe('host-key')
    expect(err.message).toContain('no line for [127.0.0.1]')
  })

  it('connects without a pin only when told to, and warns with the fingerprint to pin', async () => {
    const warnings: string[] = []
    const client = await connect(
      options(server, {insecureSkipCheck: true}, {onWarning: (w) => warnings.push(w)}),
    )
    expect(await whoami(client)).toBe(server.username)
    expect(warnings).toEqual([expect.stringContaining(`fingerprint: ${server.hostKeys[0]!.fingerprint}`)])
  })

  it('decrypts a key with its passphrase, and says which is wrong without echoing either', async () => {
    const key = server.encryptedClientKey.privateKey
    const ok = await connect(
      options(server, pinned(), {privateKey: key, passphrase: server.clientKeyPassphrase}),
    )
    expect(await whoami(ok)).toBe(server.username)
    const noPass = await refused(connect(options(server, pinned(), {privateKey: key})))
    expect(noPass.message).toMatch(/is encrypted; give its passphrase/)
    const wrong = await refused(connect(options(server, pinned(), {privateKey: key, passphrase: 'not it'})))
    expect(wrong.message).toMatch(/could not be decrypted/)
    expect(wrong.message).not.toContain('not it')
    expect(wrong.message).not.toContain(key.split('\n')[1]!)
  })

  it('logs in with an RSA key and with a passphrase-protected ECDSA key', async () => {
    const rsa = await connect(options(server, pinned(), {privateKey: clientKeys.rsa.privateKey}))
    expect(await whoami(rsa)).toBe(server.username)
    const ecdsa = await connect(
      options(server, pinned(), {privateKey: clientKeys.ecdsa.privateKey, passphrase: 'ecdsa passphrase'}),
    )
    expect(await whoami(ecdsa)).toBe(server.username)
  })

  it('reports a refused login as an authentication failure after verifying the host', async () => {
    const stranger = generateKey(tempDir(), 'stranger', 'ed25519')
    const err = await refused(connect(options(server, pinned(), {privateKey: stranger.privateKey})))
    expect(err.kind).toBe('authentication')
  })

  it('retries a refused connection with doubling delays, then gives up', async () => {
    const port = await freePort()
    const delays: number[] = []
    const err = await refused(
      connect(
        options(server, pinned(), {
          port,
          retries: 3,
          retryDelayMs: 100,
          sleep: async (ms) => {
            delays.push(ms)
          },
        }),
      ),
    )
    expect(err.kind).toBe('network')
    expect(err.message).toContain('ECONNREFUSED')
    expect(delays).toEqual([100, 200, 400])
  })

  it('does not retry a host-key refusal', async () => {
    let slept = 0
    const other = generateKey(tempDir(), 'other', 'ed25519')
    await expect(
      connect(
        options(
          server,
          {fingerprints: [parseFingerprint(other.fingerprint)]},
          {retries: 3, sleep: async () => void slept++},
        ),
      ),
    ).rejects.toThrow(/Host key verification failed/)
    expect(slept).toBe(0)
  })

  it('reaches the target through a jump host, verifying both host keys', async () => {
    const jump = await connect(options(multiKey, {knownHosts: parseKnownHosts(multiKey.knownHosts())}))
    try {
      const target = await connect(options(server, pinned(), {via: jump}))
      expect(await whoami(target)).toBe(server.username)
      const other = generateKey(tempDir(), 'wrong', 'ed25519')
      const impostor = await refused(
        connect(options(server, {fingerprints: [parseFingerprint(other.fingerprint)]}, {via: jump})),
      )
      expect(impostor.message).toMatch(/Host key verification failed for \[127\.0\.0\.1\]/)
      const closed = await freePort()
      const unreachable = await refused(connect(options(server, pinned(), {via: jump, port: closed})))
      expect(unreachable.kind).toBe('network')
      expect(unreachable.message).toContain('jump host could not reach')
    } finally {
      jump.end()
    }
  })
})
