/**
 * `pnpm action <name> [options]`: runs one action's bundle locally (see `run-action.ts`), streams its
 * masked log, then prints its outputs, job summary and exit status, masked. Exits with the action's exit
 * code, or 2 for a usage or validation error (one `error: ` line on stderr).
 */
import {fileURLToPath} from 'node:url'
import {parseCliArgs, USAGE} from './cli-args'
import {Masker} from './masker'
import {type ActionRun, runAction} from './run-action'

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url))

async function main(argv: string[]): Promise<number> {
  const actionsRoot = process.env.DEPLOY_ACTIONS_ROOT ?? `${REPO_ROOT}actions`
  const options = parseCliArgs(argv, actionsRoot, process.env.INIT_CWD ?? process.cwd())
  if (options.help) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  const run = await runAction({
    actionDir: options.actionDir,
    inputs: options.inputs,
    env: options.env,
    workspace: options.workspace,
    stdio: options.json ? 'capture' : 'inherit-live',
    eventName: options.eventName,
    eventPayload: options.eventPayload,
    ref: options.ref,
    sha: options.sha,
  })
  const masker = new Masker(run.masks)
  process.stdout.write(
    options.json ? `${JSON.stringify(maskRun(run, masker), null, 2)}\n` : report(run, masker),
  )
  return run.exitCode !== 0 ? run.exitCode : (run.post?.exitCode ?? 0)
}

function report(run: ActionRun, masker: Masker): string {
  const sections: string[] = []
  const outputs = Object.entries(run.outputs)
  if (outputs.length > 0) {
    const lines = outputs.map(([name, value]) => masker.mask(`${name}=${value}`).replace(/\n/g, '\n  '))
    sections.push(['Outputs', ...lines].join('\n'))
  }
  if (run.summary.trim() !== '') sections.push(`Job summary\n${masker.mask(run.summary.trimEnd())}`)
  const status = [`Exit status: ${run.exitCode}`]
  if (run.post) status.push(`Post step exit status: ${run.post.exitCode}`)
  sections.push(status.join('\n'))
  return `\n${sections.join('\n\n')}\n`
}

/** The run with every value that could hold a secret masked, and the masks themselves hidden. */
function maskRun(run: ActionRun, masker: Masker): ActionRun {
  const maskValues = (record: Record<string, string>) =>
    Object.fromEntries(Object.entries(record).map(([k, v]) => [k, masker.mask(v)]))
  return {
    ...run,
    outputs: maskValues(run.outputs),
    summary: masker.mask(run.summary),
    log: masker.mask(run.log),
    masks: run.masks.map(() => '***'),
    state: maskValues(run.state),
    env: maskValues(run.env),
    stdout: masker.mask(run.stdout),
    stderr: masker.mask(run.stderr),
    annotations: run.annotations.map((a) => ({...a, message: masker.mask(a.message)})),
    ...(run.post ? {post: {...run.post, log: masker.mask(run.post.log)}} : {}),
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (err: unknown) => {
    const message = err instanceof Error ? err.message : String(err)
    process.stderr.write(`error: ${message.split('\n')[0]}\n`)
    process.exitCode = 2
  },
)
