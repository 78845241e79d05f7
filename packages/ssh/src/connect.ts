/**
 * Opening a verified SSH connection with ssh2: host key checked before any credential is sent, key or
 * password authentication, optional jump host, connect timeout and retries with backoff, keep-alives.
 */
import {ActionError} from '@deploy-actions/kit/errors'
import {Client, type ConnectConfig, utils} from 'ssh2'
import {type HostKeyPins, hostKeyAlgorithms, verifyHostKey} from './host-key-policy'
import {knownHostsName} from './known-hosts'

export type {Client as SshClient} from 'ssh2'

export interface Credentials {
  username: string
  privateKey?: string
  passphrase?: string
  /** Used only when given, after the key. */
  password?: string
}

export interface ConnectOptions extends Credentials {
  host: string
  port: number
  pins: HostKeyPins
  /** Time for TCP connect plus SSH handshake and authentication, per attempt. */
  connectTimeoutMs: number
  /** Attempts after the first one, for network errors and timeouts only. */
  retries: number
  /** Delay before the first retry; doubled for each later one. */
  retryDelayMs: number
  keepaliveIntervalMs: number
  keepaliveCountMax: number
  /** An open connection to a jump host: the TCP connection is made from there. */
  via?: Client
  sleep?: (ms: number) => Promise<void>
  onRetry?: (attempt: number, error: SshConnectError, delayMs: number) => void
  onWarning?: (message: string) => void
}

export type FailureKind = 'host-key' | 'authentication' | 'private-key' | 'network' | 'timeout'

export class SshConnectError extends ActionError {
  override name = 'SshConnectError'

  constructor(
    readonly kind: FailureKind,
    message: string,
  ) {
    super(message)
  }

  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout'
  }
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export async function connect(options: ConnectOptions): Promise<Client> {
  checkPrivateKey(options)
  const sleep = options.sleep ?? realSleep
  for (let attempt = 0; ; attempt++) {
    try {
      return await connectOnce(options)
    } catch (err) {
      if (!(err instanceof SshConnectError) || !err.retryable || attempt >= options.retries) throw err
      const delay = options.retryDelayMs * 2 ** attempt
      options.onRetry?.(attempt + 1, err, delay)
      await sleep(delay)
    }
  }
}

/** Fails early, and without echoing the key, when the key cannot be used as given. */
function checkPrivateKey(options: ConnectOptions): void {
  if (options.privateKey === undefined) {
    if (options.password === undefined) {
      throw new SshConnectError(
        'private-key',
        'No private key and no password given: nothing to log in with.',
      )
    }
    return
  }
  const parsed = utils.parseKey(options.privateKey, options.passphrase)
  if (!(parsed instanceof Error)) return
  const encrypted = /encrypted|passphrase|decrypt|bad decrypt/i.test(parsed.message)
  const reason = !encrypted
    ? 'is not a private key ssh2 can read (give the whole OpenSSH or PEM file, BEGIN and END lines included).'
    : options.passphrase
      ? 'could not be decrypted with the passphrase given.'
      : 'is encrypted; give its passphrase.'
  throw new SshConnectError(
    'private-key',
    `The private key for ${options.username}@${options.host} ${reason}`,
  )
}

function connectOnce(options: ConnectOptions): Promise<Client> {
  const name = knownHostsName(options.host, options.port)
  return new Promise((resolve, reject) => {
    const client = new Client()
    let hostKeyRefusal: string | undefined
    let settled = false
    const timer = setTimeout(() => {
      fail(
        new SshConnectError(
          'timeout',
          `Timed out after ${options.connectTimeoutMs} ms connecting to ${name}.`,
        ),
      )
    }, options.connectTimeoutMs)
    const fail = (err: SshConnectError) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      client.end()
      client.destroy()
      reject(err)
    }
    client.on('ready', () => {
      if (settled) return client.end()
      settled = true
      clearTimeout(timer)
      resolve(client)
    })
    client.on('error', (err: Error & {level?: string; code?: string}) => {
      fail(hostKeyRefusal ? new SshConnectError('host-key', hostKeyRefusal) : classify(err, name, options))
    })
    client.on('close', () =>
      fail(new SshConnectError('network', `The connection to ${name} closed during login.`)),
    )

    const config: ConnectConfig = {
      host: options.host,
      port: options.port,
      username: options.username,
      readyTimeout: options.connectTimeoutMs,
      keepaliveInterval: options.keepaliveIntervalMs,
      keepaliveCountMax: options.keepaliveCountMax,
      // Only the methods the user gave, key first: no silent fallback to a password prompt or an agent.
      authHandler: [
        ...(options.privateKey !== undefined ? ['publickey' as const] : []),
        ...(options.password !== undefined ? ['password' as const] : []),
      ],
      hostVerifier: (key: Buffer) => {
        const verdict = verifyHostKey(options.pins, options.host, options.port, key)
        if (!verdict.trusted) {
          hostKeyRefusal = verdict.reason
          return false
        }
        if (verdict.warning) options.onWarning?.(verdict.warning)
        return true
      },
    }
    if (options.privateKey !== undefined) config.privateKey = options.privateKey
    if (options.passphrase !== undefined) config.passphrase = options.passphrase
    if (options.password !== undefined) config.password = options.password
    const algorithms = hostKeyAlgorithms(options.pins, options.host, options.port)
    if (algorithms) config.algorithms = {serverHostKey: algorithms as never}

    if (!options.via) {
      client.connect(config)
      return
    }
    options.via.forwardOut('127.0.0.1', 0, options.host, options.port, (err, stream) => {
      if (err) {
        fail(new SshConnectError('network', `The jump host could not reach ${name}: ${err.message}`))
        return
      }
      client.connect({...config, sock: stream})
    })
  })
}

function classify(err: Error & {level?: string; code?: string}, name: string, options: ConnectOptions) {
  if (err.level === 'client-authentication') {
    const methods = [options.privateKey !== undefined && 'key', options.password !== undefined && 'password']
      .filter(Boolean)
      .join(' and ')
    return new SshConnectError(
      'authentication',
      `${name} refused the login of '${options.username}' with the ${methods} given (host key verified). ` +
        "Check the user name and that the public key is in that user's ~/.ssh/authorized_keys.",
    )
  }
  if (err.level === 'client-timeout') {
    return new SshConnectError('timeout', `Timed out connecting to ${name}: ${err.message}.`)
  }
  const code = err.code ? ` (${err.code})` : ''
  return new SshConnectError('network', `Could not connect to ${name}${code}: ${err.message}`)
}
