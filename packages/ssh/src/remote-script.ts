/**
 * Running a script on the remote host: sent over stdin to `bash -s` (never on the command line, so
 * neither its text nor the values exported in it show up in the remote process list or sshd's log),
 * strict mode by default, output streamed a line at a time with secrets redacted, exit code returned.
 */
import type {Client, ClientChannel} from 'ssh2'
import {LineSplitter, redact, secretFragments} from './redact'
import {isShellName, shellQuote} from './shell-quote'

export type RemoteShell = 'bash' | 'sh'

export interface ScriptSpec {
  script: string
  /** Exported before the script runs, in this order; values are quoted, never interpreted. */
  env?: ReadonlyMap<string, string> | Record<string, string>
  shell?: RemoteShell
  /** `set -euo pipefail` (bash) or `set -eu` (sh) before the script; default true. */
  strict?: boolean
}

export interface RunOptions {
  /** 0: no limit. */
  timeoutMs?: number
  /** Replaced by `***` in every line passed on and in the returned output. */
  secrets?: readonly string[]
  onStdout?: (line: string) => void
  onStderr?: (line: string) => void
}

export interface ScriptResult {
  exitCode: number
  signal?: string
  timedOut: boolean
  /** Redacted. */
  stdout: string
  /** Redacted. */
  stderr: string
}

/**
 * The text fed to the shell. The user's script sits in a `{ ...; }` group with stdin from /dev/null: the
 * shell parses the whole group before running any of it, so a command that reads stdin (`cat`, `docker
 * login --password-stdin`, `ssh`) cannot swallow the rest of the script, and a syntax error anywhere
 * runs nothing at all.
 */
export function buildScript(spec: ScriptSpec): string {
  const shell = spec.shell ?? 'bash'
  const lines: string[] = []
  if (spec.strict ?? true) lines.push(shell === 'bash' ? 'set -euo pipefail' : 'set -eu')
  const env = spec.env instanceof Map ? [...spec.env] : Object.entries(spec.env ?? {})
  for (const [name, value] of env) {
    if (!isShellName(name)) throw new Error(`'${name}' is not a valid environment variable name.`)
    lines.push(`export ${name}=${shellQuote(value)}`)
  }
  lines.push('{', spec.script.replace(/\s+$/, ''), '} </dev/null', '')
  return lines.join('\n')
}

export function runScript(client: Client, spec: ScriptSpec, options: RunOptions = {}): Promise<ScriptResult> {
  const text = buildScript(spec)
  const fragments = secretFragments(options.secrets ?? [])
  return new Promise((resolve, reject) => {
    client.exec(remoteCommand(spec.shell ?? 'bash', options.timeoutMs ?? 0), (err, channel) => {
      if (err) {
        reject(new Error(`Could not start a remote shell: ${err.message}`))
        return
      }
      collect(channel, text, fragments, options).then(resolve, reject)
    })
  })
}

const MAX_KEPT = 256_000
/** How long after the remote `timeout` should have fired the client gives up on the channel itself. */
const BACKSTOP_MS = 7000

/**
 * The command sshd runs. With a time limit, GNU (and busybox) `timeout` stops the shell and, being a
 * process-group leader, every child it started: a signal over the SSH channel would reach only the shell
 * and leave a `sleep` or `docker logs -f` running.
 */
export function remoteCommand(shell: RemoteShell, timeoutMs: number): string {
  if (timeoutMs <= 0) return `exec ${shell} -s`
  const seconds = timeoutMs / 1000
  return (
    `if command -v timeout >/dev/null 2>&1; then exec timeout -k 5 ${seconds} ${shell} -s; ` +
    `else exec ${shell} -s; fi`
  )
}

function collect(
  channel: ClientChannel,
  text: string,
  fragments: string[],
  options: RunOptions,
): Promise<ScriptResult> {
  return new Promise((resolve) => {
    let stdout = ''
    let stderr = ''
    let exitCode: number | undefined
    let signal: string | undefined
    let timedOut = false
    let done = false
    const started = Date.now()
    const keep = (all: string, line: string) => `${all}${line}\n`.slice(-MAX_KEPT)
    const out = new LineSplitter((raw) => {
      const line = redact(raw, fragments)
      stdout = keep(stdout, line)
      options.onStdout?.(line)
    })
    const err = new LineSplitter((raw) => {
      const line = redact(raw, fragments)
      stderr = keep(stderr, line)
      options.onStderr?.(line)
    })
    const limit = options.timeoutMs ?? 0
    const timer =
      limit > 0
        ? setTimeout(() => {
            timedOut = true
            // The remote side did not stop in time (no `timeout` there, or a hung connection).
            channel.signal('KILL')
            channel.close()
            setTimeout(finish, 1000).unref()
          }, limit + BACKSTOP_MS)
        : undefined
    channel.on('data', (chunk: Buffer) => out.push(chunk))
    channel.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    channel.on('exit', (code: number | null, sig?: string) => {
      if (typeof code === 'number') exitCode = code
      if (sig) signal = sig
    })
    const finish = () => {
      if (done) return
      done = true
      if (timer) clearTimeout(timer)
      out.flush()
      err.flush()
      // GNU and busybox `timeout` exit 124 when the limit is reached (137 when -k had to kill).
      if (limit > 0 && (exitCode === 124 || exitCode === 137) && Date.now() - started >= limit)
        timedOut = true
      const result: ScriptResult = {
        exitCode: timedOut ? 124 : (exitCode ?? 255),
        timedOut,
        stdout,
        stderr,
      }
      if (signal) result.signal = signal
      resolve(result)
    }
    channel.on('close', finish)
    channel.end(text)
  })
}
