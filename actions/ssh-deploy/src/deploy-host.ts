/**
 * One host: connect (through the jump host when there is one), run the deployment script, turn what it
 * printed and reported into a result. Never throws: a failure is a result, so the other hosts go on.
 */
import {errorMessage} from '@deploy-actions/kit/errors'
import type {ConnectOptions, SshClient} from '@deploy-actions/ssh/connect'
import type {RunOptions, ScriptResult, ScriptSpec} from '@deploy-actions/ssh/remote-script'
import type {HostEntry} from './hosts'
import type {Inputs, Login} from './inputs'
import {type Reports, readReport} from './markers'

/** `unchanged`: the host already ran what was to be deployed, and the deployment left it alone. */
export type HostStatus = 'ok' | 'unchanged' | 'failed' | 'skipped'

export interface HostResult {
  host: string
  status: HostStatus
  exitCode: number | null
  previousImage: string
  deployedImage: string
  rolledBack: boolean
  /**
   * Whether the deployment changed the host. The script strategy cannot tell, so a script that was started
   * counts as a change; docker and kubernetes scripts report it.
   */
  changed: boolean
  /** Why it failed, one paragraph; empty when it did not. */
  error: string
  /** Last container log lines, rollout events or stderr lines behind the failure. */
  details: string[]
  durationMs: number
}

export interface DeployDeps {
  connect: (options: ConnectOptions) => Promise<SshClient>
  runScript: (client: SshClient, spec: ScriptSpec, options: RunOptions) => Promise<ScriptResult>
  log: (line: string) => void
  warn: (message: string) => void
  now: () => number
}

export interface Plan {
  inputs: Inputs
  spec: ScriptSpec
  markerPrefix: string
  /** Opens (once) and returns the jump host connection. */
  jump: (() => Promise<SshClient>) | undefined
  /** Prefix output lines with the host, when several hosts share the log. */
  labelLines: boolean
}

export function connectOptions(
  inputs: Inputs,
  login: Login,
  entry: HostEntry,
  deps: DeployDeps,
): ConnectOptions {
  const options: ConnectOptions = {
    host: entry.host,
    port: entry.port,
    username: login.username,
    pins: {
      knownHosts: login.knownHosts,
      fingerprints: login.fingerprints,
      insecureSkipCheck: inputs.insecureSkipHostKeyCheck,
    },
    connectTimeoutMs: inputs.connectTimeoutMs,
    retries: inputs.connectRetries,
    retryDelayMs: 2000,
    keepaliveIntervalMs: inputs.keepaliveIntervalMs,
    keepaliveCountMax: 4,
    onRetry: (attempt, err, delay) =>
      deps.log(
        `${entry.label}: ${err.message} Retry ${attempt} of ${inputs.connectRetries} in ${delay / 1000}s.`,
      ),
    onWarning: (message) => deps.warn(message),
  }
  if (login.privateKey !== undefined) options.privateKey = login.privateKey
  if (login.passphrase !== undefined) options.passphrase = login.passphrase
  if (login.password !== undefined) options.password = login.password
  return options
}

export async function deployHost(entry: HostEntry, plan: Plan, deps: DeployDeps): Promise<HostResult> {
  const startedAt = deps.now()
  const reports: Reports = {details: []}
  const stderrTail: string[] = []
  let started = false
  const result = (status: HostStatus, exitCode: number | null, error: string): HostResult => ({
    host: entry.label,
    status,
    exitCode,
    previousImage: reports.previousImage ?? '',
    deployedImage: reports.deployedImage ?? '',
    rolledBack: reports.rolledBack ?? false,
    changed: plan.inputs.strategy === 'script' ? started : reports.changed === true,
    error,
    details: reports.details.length > 0 ? reports.details : stderrTail.slice(-10),
    durationMs: deps.now() - startedAt,
  })
  const say = (line: string) => deps.log(plan.labelLines ? `[${entry.label}] ${line}` : line)

  let client: SshClient
  try {
    const options = connectOptions(plan.inputs, plan.inputs.login, entry, deps)
    if (plan.jump) options.via = await plan.jump()
    client = await deps.connect(options)
  } catch (err) {
    return result('failed', null, errorMessage(err))
  }
  try {
    say(`Connected to ${entry.label} as ${plan.inputs.login.username}`)
    started = true
    const run = await deps.runScript(client, plan.spec, {
      timeoutMs: plan.inputs.commandTimeoutMs,
      secrets: plan.inputs.secrets,
      onStdout: (line) => {
        if (!readReport(plan.markerPrefix, line, reports)) say(line)
      },
      onStderr: (line) => {
        stderrTail.push(line)
        if (stderrTail.length > 50) stderrTail.shift()
        say(line)
      },
    })
    if (run.exitCode === 0) return result(reports.unchanged && !reports.changed ? 'unchanged' : 'ok', 0, '')
    return result('failed', run.exitCode, describeFailure(plan, run, reports))
  } catch (err) {
    return result(
      'failed',
      null,
      `The connection to ${entry.label} failed during the deployment: ${errorMessage(err)}`,
    )
  } finally {
    client.end()
  }
}

function describeFailure(plan: Plan, run: ScriptResult, reports: Reports): string {
  const {strategy, commandTimeoutMs} = plan.inputs
  if (run.timedOut) return `Stopped after the command-timeout of ${commandTimeoutMs / 1000}s.`
  const exit = run.signal ? `signal ${run.signal}` : `exit code ${run.exitCode}`
  if (strategy === 'script') return `The script failed with ${exit}.`
  const what = strategy === 'docker' ? 'container' : 'rollout'
  const reason = reports.failure ?? `the deployment script failed with ${exit}`
  const back = reports.rolledBack ? ` Rolled back to ${reports.previousImage}.` : ''
  return `The new ${what} failed: ${reason}.${back}`
}
