import {InputError} from '@deploy-actions/kit/errors'
import {
  type Env,
  getBoolean,
  getDuration,
  getEnum,
  getInteger,
  getKeyValues,
  getList,
  getOptional,
  getString,
  splitList,
} from '@deploy-actions/kit/inputs'
import {readInput, setSecret} from '@deploy-actions/kit/workflow'
import {ImageReferenceError, parseImageReference} from '@deploy-actions/registry/reference'
import {
  type Fingerprint,
  HostKeyFormatError,
  type KnownHostKey,
  parseFingerprint,
  parseKnownHosts,
} from '@deploy-actions/ssh/known-hosts'
import {commandWords, isShellName} from '@deploy-actions/ssh/shell-quote'
import {type HostEntry, parseHost} from './hosts'

export const STRATEGIES = ['script', 'docker', 'kubernetes'] as const
export type Strategy = (typeof STRATEGIES)[number]

export interface Login {
  username: string
  privateKey: string | undefined
  passphrase: string | undefined
  password: string | undefined
  knownHosts: KnownHostKey[]
  fingerprints: Fingerprint[]
}

export interface DockerInputs {
  containerName: string
  ports: string[]
  containerEnv: Map<string, string>
  dockerArgs: string[]
  restartPolicy: string
  stopTimeoutMs: number
  dockerCommand: string[]
  healthCmd: string | undefined
  healthUrl: string | undefined
  healthTimeoutMs: number
  /** Replace the container even when it already runs this image with these settings. */
  force: boolean
}

export interface KubernetesInputs {
  kubectl: string[]
  deployment: string
  container: string
  namespace: string | undefined
  manifest: string | undefined
  rolloutTimeoutMs: number
}

/** What every strategy shares: the hosts, the login, the connection and the rollout across hosts. */
export interface CommonInputs {
  hosts: HostEntry[]
  login: Login
  jump: (Login & {host: HostEntry}) | undefined
  insecureSkipHostKeyCheck: boolean
  connectTimeoutMs: number
  connectRetries: number
  keepaliveIntervalMs: number
  commandTimeoutMs: number
  env: Map<string, string>
  /** Values of `env` and `secret-env` that are masked. */
  secrets: string[]
  maxParallel: number
  failFast: boolean
}

/** `strategy: script`: the user's commands, run as they are. */
export interface ScriptStrategy {
  strategy: 'script'
  script: string
  shell: 'bash' | 'sh'
  strict: boolean
}

/** `strategy: docker`: one container replaced with a health check and rollback. */
export interface DockerStrategy {
  strategy: 'docker'
  image: string
  docker: DockerInputs
}

/** `strategy: kubernetes`: a Deployment rolled out with kubectl, undone on failure. */
export interface KubernetesStrategy {
  strategy: 'kubernetes'
  image: string
  kubernetes: KubernetesInputs
}

/** One variant per strategy, each with only the inputs it reads: the others are never parsed. */
export type StrategyInputs = ScriptStrategy | DockerStrategy | KubernetesStrategy

export type Inputs = CommonInputs & StrategyInputs

export function getInputs(env: Env = process.env): Inputs {
  // Secrets first, masked the moment they are read, so no later error or log line can show them.
  const secrets = {
    privateKey: secret('private-key', env),
    passphrase: secret('passphrase', env),
    password: secret('password', env),
    jumpPrivateKey: secret('jump-private-key', env),
    jumpPassphrase: secret('jump-passphrase', env),
  }
  const secretEnv = secretEnvInput(env)

  const port = getInteger('port', {default: 22, min: 1, max: 65535, env})
  const hosts = getList('host', {env}).map((entry) => host('host', entry, port))
  if (hosts.length === 0) throw new InputError('host', 'is required: one host, or a list (one a line).')
  const username = getString('username', {required: true, env})
  const knownHosts = knownHostsInput('known-hosts', env)
  const fingerprints = fingerprintInput('fingerprint', env)
  const insecureSkipHostKeyCheck = getBoolean('insecure-skip-host-key-check', {default: false, env})
  const login: Login = {
    username,
    privateKey: secrets.privateKey,
    passphrase: secrets.passphrase,
    password: secrets.password,
    knownHosts,
    fingerprints,
  }
  if (!login.privateKey && !login.password) {
    throw new InputError('private-key', 'is required (or password, if the server accepts passwords).')
  }
  if (!insecureSkipHostKeyCheck && knownHosts.length === 0 && fingerprints.length === 0) {
    throw new InputError(
      'known-hosts',
      "or fingerprint is required, so the server's identity is checked before logging in. Get them with " +
        "'ssh-keyscan -p <port> <host>' (check the result on the server: ssh-keygen -lf " +
        '/etc/ssh/ssh_host_ed25519_key.pub), or set insecure-skip-host-key-check: true to accept any key.',
    )
  }

  const jumpHost = getOptional('jump-host', {env})
  const jumpKnownHosts = knownHostsInput('jump-known-hosts', env)
  const jumpFingerprints = fingerprintInput('jump-fingerprint', env)
  const jumpUsername = getOptional('jump-username', {env})
  const jump = jumpHost
    ? {
        host: host('jump-host', jumpHost, 22),
        username: jumpUsername ?? username,
        privateKey: secrets.jumpPrivateKey ?? secrets.privateKey,
        passphrase: secrets.jumpPrivateKey ? secrets.jumpPassphrase : secrets.passphrase,
        password: undefined,
        // A bastion is usually listed in the same known_hosts text as the hosts behind it.
        knownHosts: jumpKnownHosts.length + jumpFingerprints.length > 0 ? jumpKnownHosts : knownHosts,
        fingerprints: jumpKnownHosts.length + jumpFingerprints.length > 0 ? jumpFingerprints : fingerprints,
      }
    : undefined
  if (jump && !jump.privateKey)
    throw new InputError('jump-private-key', 'is required to log in to the jump host.')
  if (!jump && (jumpUsername || secrets.jumpPrivateKey || jumpKnownHosts.length || jumpFingerprints.length)) {
    throw new InputError(
      'jump-host',
      'is empty, but other jump-* inputs are set. Give the jump host or remove them.',
    )
  }

  const strategy = getEnum('strategy', STRATEGIES, {default: 'script', env})
  const envVars = getKeyValues('env', {env})
  for (const [name, value] of secretEnv) envVars.set(name, value)
  for (const name of envVars.keys()) {
    if (!isShellName(name)) {
      throw new InputError(
        'env',
        `'${name}' is not a shell variable name (letters, digits and _, not starting with a digit).`,
      )
    }
  }
  const common: CommonInputs = {
    hosts,
    login,
    jump,
    insecureSkipHostKeyCheck,
    connectTimeoutMs: getDuration('connect-timeout', {default: '30s', env}),
    connectRetries: getInteger('connect-retries', {default: 3, min: 0, max: 20, env}),
    keepaliveIntervalMs: getDuration('keepalive-interval', {default: '15s', env}),
    commandTimeoutMs: getDuration('command-timeout', {default: '30m', env}),
    env: envVars,
    secrets: [...Object.values(secrets).filter((s): s is string => s !== undefined), ...secretEnv.values()],
    maxParallel: getInteger('max-parallel', {default: 1, min: 1, max: 100, env}),
    failFast: getBoolean('fail-fast', {default: true, env}),
  }
  return {...common, ...strategyInputs(strategy, env)}
}

function strategyInputs(strategy: Strategy, env: Env): StrategyInputs {
  switch (strategy) {
    case 'script': {
      const script = getOptional('script', {env})
      if (!script) {
        throw new InputError('script', 'is required with strategy script (the commands to run on each host).')
      }
      return {
        strategy,
        script,
        shell: getEnum('shell', ['bash', 'sh'], {default: 'bash', env}),
        strict: getBoolean('strict', {default: true, env}),
      }
    }
    case 'docker':
      return {strategy, image: imageInput(strategy, env), docker: dockerInputs(env)}
    case 'kubernetes':
      return {strategy, image: imageInput(strategy, env), kubernetes: kubernetesInputs(env)}
  }
}

function imageInput(strategy: Strategy, env: Env): string {
  const image = getOptional('image', {env})
  if (!image) throw new InputError('image', `is required with strategy ${strategy} (the image to deploy).`)
  try {
    parseImageReference(image)
  } catch (err) {
    if (err instanceof ImageReferenceError) throw new InputError('image', err.message)
    throw err
  }
  return image
}

function secret(name: string, env: Env): string | undefined {
  // Read untrimmed-safe: a key file's text, as pasted from a secret.
  const value = readInput(name, env)
  if (!value) return undefined
  mask(value)
  return name.endsWith('private-key') ? `${value.replace(/\r\n/g, '\n')}\n` : value
}

/** Like `env`, but an error never quotes the line, which holds a secret. */
function secretEnvInput(env: Env): Map<string, string> {
  const vars = new Map<string, string>()
  splitList(readInput('secret-env', env), false).forEach((line, index) => {
    const eq = line.indexOf('=')
    mask(eq > 0 ? line.slice(eq + 1) : line)
    const name = eq > 0 ? line.slice(0, eq).trim() : ''
    if (!isShellName(name)) {
      throw new InputError(
        'secret-env',
        `line ${index + 1} is not NAME=VALUE with a shell variable name (letters, digits and _, not starting ` +
          'with a digit); the line is not shown because it holds a secret.',
      )
    }
    vars.set(name, line.slice(eq + 1))
  })
  return vars
}

function mask(value: string): void {
  setSecret(value)
  for (const line of value.split(/\r?\n/))
    if (line.trim().length >= 4 && line !== value) setSecret(line.trim())
}

function host(input: string, entry: string, defaultPort: number): HostEntry {
  const parsed = parseHost(entry, defaultPort)
  if (typeof parsed === 'string') throw new InputError(input, parsed)
  return parsed
}

function knownHostsInput(name: string, env: Env): KnownHostKey[] {
  try {
    return parseKnownHosts(readInput(name, env))
  } catch (err) {
    if (err instanceof HostKeyFormatError) throw new InputError(name, err.message)
    throw err
  }
}

function fingerprintInput(name: string, env: Env): Fingerprint[] {
  try {
    // Comma-free: a full `ssh-keygen -lf` line may hold commas in its comment.
    return splitList(readInput(name, env), false).map(parseFingerprint)
  } catch (err) {
    if (err instanceof HostKeyFormatError) throw new InputError(name, err.message)
    throw err
  }
}

function command(name: string, fallback: string, env: Env): string[] {
  const value = getString(name, {default: fallback, env})
  const words = commandWords(value)
  if (!words) {
    throw new InputError(
      name,
      `'${value.slice(0, 60)}' must be a plain command with arguments (e.g. 'sudo ${fallback}'): letters, ` +
        'digits and . _ / : = @ + , % - only, no quotes or shell syntax.',
    )
  }
  return words
}

function dockerInputs(env: Env): DockerInputs {
  const containerName = getOptional('container-name', {env})
  const dockerArgs = getString('docker-args', {env})
  const docker: DockerInputs = {
    containerName: containerName ?? '',
    ports: getList('ports', {env}),
    containerEnv: getKeyValues('container-env', {env}),
    dockerArgs: dockerArgs ? dockerArgs.split(/\s+/) : [],
    restartPolicy: getString('restart-policy', {default: 'unless-stopped', env}),
    stopTimeoutMs: getDuration('stop-timeout', {default: '10s', env}),
    dockerCommand: command('docker-command', 'docker', env),
    healthCmd: getOptional('health-cmd', {env}),
    healthUrl: getOptional('health-url', {env}),
    healthTimeoutMs: getDuration('health-timeout', {default: '60s', env}),
    force: getBoolean('force', {default: false, env}),
  }
  validateDocker(docker)
  return docker
}

function kubernetesInputs(env: Env): KubernetesInputs {
  const deployment = getOptional('deployment', {env}) ?? ''
  const kubernetes: KubernetesInputs = {
    kubectl: command('kubectl', 'kubectl', env),
    deployment,
    container: getOptional('container', {env}) ?? deployment,
    namespace: getOptional('namespace', {env}),
    manifest: getOptional('manifest', {env}),
    rolloutTimeoutMs: getDuration('rollout-timeout', {default: '5m', env}),
  }
  validateKubernetes(kubernetes)
  return kubernetes
}

const CONTAINER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,200}$/
const K8S_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/
const PORT =
  /^(?:(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-fA-F:]+\]):)?(?:\d{1,5}(?:-\d{1,5})?:)?\d{1,5}(?:-\d{1,5})?(?:\/(?:tcp|udp|sctp))?$/
const RESTART = /^(no|always|unless-stopped|on-failure(:\d+)?)$/

function validateDocker(d: DockerInputs): void {
  if (!d.containerName) throw new InputError('container-name', 'is required with strategy docker.')
  if (!CONTAINER_NAME.test(d.containerName)) {
    throw new InputError(
      'container-name',
      `'${d.containerName.slice(0, 60)}' is not a container name: letters, digits, _ . - (starting with a letter or digit).`,
    )
  }
  for (const port of d.ports) {
    if (!PORT.test(port)) {
      throw new InputError(
        'ports',
        `'${port.slice(0, 40)}' is not a port mapping such as 8080:80 or 127.0.0.1:8080:80/tcp.`,
      )
    }
  }
  for (const name of d.containerEnv.keys()) {
    if (d.containerEnv.get(name)!.includes('\n')) {
      throw new InputError(
        'container-env',
        `the value of ${name} spans lines, which docker's --env-file cannot hold.`,
      )
    }
  }
  if (!RESTART.test(d.restartPolicy)) {
    throw new InputError(
      'restart-policy',
      `'${d.restartPolicy}' is not one of no, always, unless-stopped, on-failure[:N].`,
    )
  }
  if (d.healthCmd && d.healthUrl) {
    throw new InputError(
      'health-url',
      'and health-cmd are both set. Give one (or neither, to use the image HEALTHCHECK).',
    )
  }
  if (d.healthUrl && !/^https?:\/\/[^\s'"`$\\]+$/.test(d.healthUrl)) {
    throw new InputError('health-url', `'${d.healthUrl.slice(0, 80)}' is not an http(s) URL.`)
  }
}

function validateKubernetes(k: KubernetesInputs): void {
  if (!k.deployment) throw new InputError('deployment', 'is required with strategy kubernetes.')
  for (const [name, value] of [
    ['deployment', k.deployment],
    ['container', k.container],
    ['namespace', k.namespace],
  ] as const) {
    if (value !== undefined && !K8S_NAME.test(value)) {
      throw new InputError(
        name,
        `'${value.slice(0, 60)}' is not a Kubernetes name (lower case letters, digits, - and .).`,
      )
    }
  }
}
