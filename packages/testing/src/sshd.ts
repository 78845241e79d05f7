/**
 * A private OpenSSH server on 127.0.0.1: its own host keys and authorized keys, no PAM, no passwords,
 * started on a free port and stopped by the test. Logs in as the user running the tests.
 */
import {execFileSync} from 'node:child_process'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {userInfo} from 'node:os'
import {join} from 'node:path'
import {freePort, isListening, requireExecutable, startProcess, waitUntil} from './server'
import {tempDir} from './temp'

export type KeyType = 'ed25519' | 'ecdsa' | 'rsa'

export interface KeyPair {
  /** The OpenSSH private key file's text. */
  privateKey: string
  publicKey: string
  path: string
  /** `SHA256:...` exactly as `ssh-keygen -lf` prints it. */
  fingerprint: string
}

export interface SshServer {
  readonly host: '127.0.0.1'
  readonly port: number
  readonly username: string
  /** Host keys, first one ed25519; `hostKeyTypes` chooses which exist. */
  readonly hostKeys: KeyPair[]
  /** A key authorized to log in (no passphrase). */
  readonly clientKey: KeyPair
  /** A second authorized key, encrypted with `clientKeyPassphrase`. */
  readonly encryptedClientKey: KeyPair
  readonly clientKeyPassphrase: string
  /** `[127.0.0.1]:port ssh-ed25519 AAAA...` lines, one per host key. */
  knownHosts(): string
  /** Everything sshd logged (`-e`): useful in failure messages. */
  log(): string
  stop(): Promise<void>
}

export function generateKey(dir: string, name: string, type: KeyType = 'ed25519', passphrase = ''): KeyPair {
  const path = join(dir, name)
  const bits = type === 'rsa' ? ['-b', '3072'] : type === 'ecdsa' ? ['-b', '256'] : []
  execFileSync('ssh-keygen', ['-q', '-t', type, ...bits, '-N', passphrase, '-C', name, '-f', path], {
    stdio: 'ignore',
  })
  const fingerprint = execFileSync('ssh-keygen', ['-lf', `${path}.pub`], {encoding: 'utf8'}).split(' ')[1]!
  return {
    privateKey: readFileSync(path, 'utf8'),
    publicKey: readFileSync(`${path}.pub`, 'utf8').trim(),
    path,
    fingerprint,
  }
}

/**
 * sshd_config `SetEnv` (OpenSSH 7.8 and later), one line for all: sshd keeps only the first SetEnv line.
 * sshd splits it into words the way a shell would, minus expansion: double quotes keep spaces and a
 * leading `#`, a backslash escapes `"` and itself. A line cannot hold a line break at all.
 */
export function setEnvLines(vars: Record<string, string>): string[] {
  const words = Object.entries(vars).map(([name, value]) => {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`setEnv: '${name}' is not a variable name.`)
    if (/[\r\n\0]/.test(value)) {
      throw new Error(`setEnv: the value of ${name} spans lines, which sshd_config cannot hold.`)
    }
    return `"${`${name}=${value}`.replace(/["\\]/g, '\\$&')}"`
  })
  return words.length > 0 ? [`SetEnv ${words.join(' ')}`] : []
}

export async function startSshServer(
  options: {
    hostKeyTypes?: KeyType[]
    /** More public keys allowed to log in, e.g. another server's `clientKey.publicKey`. */
    authorizedKeys?: string[]
    /**
     * Variables sshd puts in every session's environment (sshd_config `SetEnv`), as a real host has them
     * from its system configuration, e.g. `DOCKER_HOST` for a docker daemon at a non-default socket.
     */
    setEnv?: Record<string, string>
  } = {},
): Promise<SshServer> {
  const sshd = requireExecutable('sshd', "install it with 'apt-get install -y openssh-server'")
  requireExecutable('ssh-keygen', "install it with 'apt-get install -y openssh-client'")
  // sshd insists on its privilege-separation directory even when it never drops privileges for a test user.
  if (process.getuid?.() === 0) mkdirSync('/run/sshd', {recursive: true, mode: 0o755})
  const dir = tempDir('sshd-')
  const hostKeys = (options.hostKeyTypes ?? ['ed25519']).map((type) => generateKey(dir, `host_${type}`, type))
  const clientKey = generateKey(dir, 'client', 'ed25519')
  const clientKeyPassphrase = 'correct horse battery staple'
  const encryptedClientKey = generateKey(dir, 'client_encrypted', 'ed25519', clientKeyPassphrase)
  const authorized = [clientKey.publicKey, encryptedClientKey.publicKey, ...(options.authorizedKeys ?? [])]
  writeFileSync(join(dir, 'authorized_keys'), `${authorized.join('\n')}\n`, {mode: 0o600})
  const port = await freePort()
  const config = join(dir, 'sshd_config')
  writeFileSync(
    config,
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      ...hostKeys.map((k) => `HostKey ${k.path}`),
      `PidFile ${join(dir, 'sshd.pid')}`,
      `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PubkeyAuthentication yes',
      'PermitRootLogin prohibit-password',
      'UsePAM no',
      'StrictModes no',
      'AllowTcpForwarding yes',
      'PermitUserEnvironment no',
      'MaxStartups 100:30:200',
      'MaxSessions 50',
      'LogLevel VERBOSE',
      'Subsystem sftp internal-sftp',
      ...setEnvLines(options.setEnv ?? {}),
      '',
    ].join('\n'),
  )
  const server = startProcess(sshd, ['-D', '-e', '-f', config])
  await waitUntil('sshd', server, () => isListening(port))
  return {
    host: '127.0.0.1',
    port,
    username: userInfo().username,
    hostKeys,
    clientKey,
    encryptedClientKey,
    clientKeyPassphrase,
    knownHosts: () =>
      hostKeys.map((k) => `[127.0.0.1]:${port} ${k.publicKey.split(' ').slice(0, 2).join(' ')}`).join('\n'),
    log: () => server.output(),
    stop: () => server.stop(),
  }
}
