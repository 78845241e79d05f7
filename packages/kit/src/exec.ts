/**
 * The process runner every action uses for CLIs (git, docker, terraform, ansible-playbook). Around
 * `@actions/exec`, with three differences that matter here: the command line is logged with every secret
 * replaced by `***` (`@actions/exec` echoes argv verbatim), output lines are redacted before they are
 * streamed, and a failed command throws one `CommandError` carrying the tail of its stderr.
 */
import {ActionError} from './errors'
import * as workflow from './workflow'

export interface CommandOptions {
  cwd?: string
  /** Added to the inherited environment. */
  env?: Record<string, string>
  /** Written to the command's stdin (the way passwords reach `docker login --password-stdin`). */
  input?: string
  /** Values replaced by `***` wherever this runner logs or reports them. */
  secrets?: readonly string[]
  /** `true`: output is captured but not streamed to the log (the command line goes to the debug log). */
  quiet?: boolean
  /** `true`: a non-zero exit is returned, not thrown. */
  allowFailure?: boolean
}

export interface CommandResult {
  exitCode: number
  stdout: string
  stderr: string
}

/** The boundary actions take by injection, so tests can substitute a fake. */
export type CommandRunner = (
  command: string,
  args: readonly string[],
  options?: CommandOptions,
) => Promise<CommandResult>

export class CommandError extends ActionError {
  override name = 'CommandError'

  constructor(
    readonly commandLine: string,
    readonly exitCode: number,
    readonly stderr: string,
  ) {
    const tail = lastLines(stderr, 20)
    super(`'${commandLine}' failed with exit code ${exitCode}${tail ? `:\n${tail}` : '.'}`)
  }
}

export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text
  for (const secret of secrets) if (secret) out = out.split(secret).join('***')
  return out
}

export const runCommand: CommandRunner = async (command, args, options = {}) => {
  const {getExecOutput} = await import('@actions/exec')
  const secrets = options.secrets ?? []
  const commandLine = redact([command, ...args].map(quoteForLog).join(' '), secrets)
  if (options.quiet) workflow.debug(`$ ${commandLine}`)
  else workflow.info(`$ ${commandLine}`)
  const stream = (line: string) => {
    if (!options.quiet) workflow.info(redact(line, secrets))
  }
  const result = await getExecOutput(command, [...args], {
    cwd: options.cwd,
    env: options.env ? ({...process.env, ...options.env} as Record<string, string>) : undefined,
    input: options.input === undefined ? undefined : Buffer.from(options.input),
    silent: true,
    ignoreReturnCode: true,
    listeners: {stdline: stream, errline: stream},
  })
  const out = {
    exitCode: result.exitCode,
    stdout: result.stdout,
    stderr: redact(result.stderr, secrets),
  }
  if (out.exitCode !== 0 && !options.allowFailure)
    throw new CommandError(commandLine, out.exitCode, out.stderr)
  return out
}

function quoteForLog(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`
}

function lastLines(text: string, n: number): string {
  return text.trimEnd().split(/\r?\n/).slice(-n).join('\n')
}
