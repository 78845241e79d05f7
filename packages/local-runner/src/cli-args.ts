/**
 * The command line of `pnpm action`: parsed into the options of `runAction`, or a `UsageError` whose
 * message is the one line shown after `error: `.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {findActionFile} from './action-yml'

export const USAGE = `Usage: pnpm action <name> [options]

Runs the bundle (dist/) of the action in actions/<name> the way the GitHub Actions runner does, then
prints its outputs, job summary and exit status. Build the bundles first with 'pnpm build'.

Options:
  --with key=value     an input (repeatable; the value may contain '=')
  --event name         the event name (default: push)
  --event-path file    a JSON file holding the event payload (default: a minimal payload for the event)
  --ref ref            GITHUB_REF, a full ref such as refs/heads/main (default: the workspace's branch)
  --sha sha            GITHUB_SHA (default: the workspace's HEAD commit)
  --workspace dir      the step's working directory and GITHUB_WORKSPACE (default: the current directory)
  --env KEY=VALUE      an extra environment variable (repeatable; RUNNER_DEBUG=1 shows debug lines)
  --json               print the whole run as JSON (secrets masked) instead of the log and sections
  --help               show this text

Environment:
  DEPLOY_ACTIONS_ROOT  the folder holding the actions (default: actions/ of this repository)`

export class UsageError extends Error {
  override name = 'UsageError'
}

export interface CliOptions {
  help: boolean
  json: boolean
  actionDir: string
  inputs: Record<string, string>
  env: Record<string, string>
  eventName: string | undefined
  eventPayload: object | undefined
  ref: string | undefined
  sha: string | undefined
  workspace: string
}

/** The folders under `root` that hold an `action.yml`, sorted. */
export function listActions(root: string): string[] {
  if (!existsSync(root)) return []
  return readdirSync(root, {withFileTypes: true})
    .filter((e) => e.isDirectory() && findActionFile(join(root, e.name)) !== undefined)
    .map((e) => e.name)
    .sort()
}

/** Parses the arguments after the script name; `cwd` resolves relative paths. */
export function parseCliArgs(argv: string[], actionsRoot: string, cwd: string): CliOptions | {help: true} {
  const {values, positionals} = parse(argv)
  if (values.help) return {help: true}
  const [name, ...extra] = positionals
  if (!name) throw new UsageError('Give the name of an action: pnpm action <name> (see --help).')
  if (extra.length > 0) throw new UsageError(`Unexpected argument '${extra[0]}'; give one action name.`)
  const actions = listActions(actionsRoot)
  if (!actions.includes(name)) {
    const known =
      actions.length > 0 ? actions.join(', ') : `none (no folder of ${actionsRoot} has an action.yml)`
    throw new UsageError(`Unknown action '${name}'. Actions: ${known}.`)
  }
  const workspace = resolve(cwd, values.workspace ?? '.')
  if (!existsSync(workspace) || !statSync(workspace).isDirectory()) {
    throw new UsageError(`--workspace: ${workspace} is not a directory.`)
  }
  return {
    help: false,
    json: values.json ?? false,
    actionDir: join(actionsRoot, name),
    inputs: pairs('--with', values.with ?? [], /^[^=\s][^=]*$/),
    env: pairs('--env', values.env ?? [], /^[A-Za-z_][A-Za-z0-9_]*$/),
    eventName: values.event,
    eventPayload:
      values['event-path'] === undefined ? undefined : readPayload(resolve(cwd, values['event-path'])),
    ref: values.ref,
    sha: values.sha,
    workspace,
  }
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        with: {type: 'string', multiple: true},
        env: {type: 'string', multiple: true},
        event: {type: 'string'},
        'event-path': {type: 'string'},
        ref: {type: 'string'},
        sha: {type: 'string'},
        workspace: {type: 'string'},
        json: {type: 'boolean'},
        help: {type: 'boolean', short: 'h'},
      },
    })
  } catch (err) {
    const first = (err as Error).message.split(/(?<=\.) |\n/)[0] ?? ''
    throw new UsageError(`${first.replace(/\.?$/, '.')} See --help.`)
  }
}

function pairs(flag: string, items: string[], validKey: RegExp): Record<string, string> {
  const out: Record<string, string> = {}
  for (const item of items) {
    const eq = item.indexOf('=')
    const key = eq < 0 ? '' : item.slice(0, eq)
    if (!validKey.test(key)) throw new UsageError(`${flag} expects key=value, got '${item}'.`)
    out[key] = item.slice(eq + 1)
  }
  return out
}

function readPayload(path: string): object {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (err) {
    throw new UsageError(
      `--event-path: cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? 'error'}.`,
    )
  }
  try {
    const payload: unknown = JSON.parse(text)
    if (payload !== null && typeof payload === 'object' && !Array.isArray(payload)) return payload
  } catch (err) {
    throw new UsageError(`--event-path: ${path} is not valid JSON: ${(err as Error).message}`)
  }
  throw new UsageError(`--event-path: ${path} does not hold a JSON object.`)
}
