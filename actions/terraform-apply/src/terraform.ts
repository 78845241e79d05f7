/**
 * The Terraform CLI, driven through the kit's process runner. Output that is parsed (`show -json`,
 * `output -json`, `validate -json`) is captured quietly and never reaches the log, where it would expose
 * sensitive values; `init`, `plan` and `apply` stream their human-readable output as they run.
 */

import {readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {ActionError} from '@deploy-actions/kit/errors'
import type {CommandResult, CommandRunner} from '@deploy-actions/kit/exec'
import type {PlanJson} from './plan-summary'

export type Step = 'init' | 'workspace' | 'plan' | 'show' | 'apply' | 'output'

/** A Terraform command that failed; `main` turns it into a failure reason and a message. */
export class TerraformError extends ActionError {
  override name = 'TerraformError'

  constructor(
    readonly step: Step,
    readonly exitCode: number,
    readonly stderr: string,
  ) {
    super(`terraform ${step} failed with exit code ${exitCode}${tail(stderr)}`)
  }
}

export interface TerraformOptions {
  binary: string
  cwd: string
  /** Added to the environment of every command (TF_IN_AUTOMATION, TF_VAR_*, ...). */
  env: Record<string, string>
  /** Redacted from every logged line and from error text. */
  secrets: string[]
  run: CommandRunner
}

export interface PlanOptions {
  out: string
  destroy: boolean
  vars: ReadonlyMap<string, string>
  varFiles: readonly string[]
  lockTimeoutMs: number
}

export interface TerraformOutput {
  value: unknown
  type: unknown
  sensitive: boolean
}

export interface Diagnostic {
  severity: 'error' | 'warning'
  summary: string
  detail?: string
  range?: {filename: string; start: {line: number; column: number}; end?: {line: number; column: number}}
}

export class Terraform {
  constructor(private readonly o: TerraformOptions) {}

  /** The tool's name and version, for the summary; the version as a plan file records it. */
  describe(version: string | undefined): {name: string; version: string} {
    return {name: /tofu[^/]*$/.test(this.o.binary) ? 'OpenTofu' : 'Terraform', version: version ?? 'unknown'}
  }

  /**
   * The workspace the next command will use: `TF_WORKSPACE` when set, else the one `init` or an earlier
   * `workspace select` recorded in the data directory (`default` when none did). Knowing it saves a
   * `workspace select` run on every step that uses the default workspace.
   */
  currentWorkspace(env: NodeJS.ProcessEnv): string {
    if (env['TF_WORKSPACE']) return env['TF_WORKSPACE']
    const dataDir = resolve(this.o.cwd, env['TF_DATA_DIR'] || '.terraform')
    try {
      return readFileSync(join(dataDir, 'environment'), 'utf8').trim() || 'default'
    } catch {
      return 'default'
    }
  }

  async init(backendArgs: readonly string[], lockTimeoutMs: number): Promise<void> {
    await this.exec('init', [
      'init',
      '-input=false',
      '-no-color',
      // A CI checkout must never be asked to migrate state between backends.
      '-reconfigure',
      lockTimeout(lockTimeoutMs),
      ...backendArgs,
    ])
  }

  async selectWorkspace(name: string): Promise<void> {
    await this.exec('workspace', ['workspace', 'select', '-or-create=true', '-no-color', name])
  }

  /** Runs `plan -detailed-exitcode`; true when it found changes. */
  async plan(p: PlanOptions): Promise<boolean> {
    const args = [
      'plan',
      '-input=false',
      '-no-color',
      '-detailed-exitcode',
      `-out=${p.out}`,
      lockTimeout(p.lockTimeoutMs),
      ...(p.destroy ? ['-destroy'] : []),
      ...p.varFiles.map((f) => `-var-file=${f}`),
      ...[...p.vars].flatMap(([k, v]) => ['-var', `${k}=${v}`]),
    ]
    const r = await this.exec('plan', args, {okExitCodes: [0, 2]})
    return r.exitCode === 2
  }

  async showJson(planFile: string): Promise<PlanJson> {
    const r = await this.exec('show', ['show', '-json', '-no-color', planFile], {quiet: true})
    const plan = parseJson(r.stdout)
    if (!plan || typeof plan !== 'object') {
      throw new ActionError(
        `terraform show -json ${planFile} did not print a JSON plan. Is it a Terraform plan file?`,
      )
    }
    return plan as PlanJson
  }

  async showText(planFile: string): Promise<string> {
    return (await this.exec('show', ['show', '-no-color', planFile], {quiet: true})).stdout
  }

  async apply(planFile: string, lockTimeoutMs: number): Promise<void> {
    await this.exec('apply', ['apply', '-input=false', '-no-color', lockTimeout(lockTimeoutMs), planFile])
  }

  async outputs(): Promise<Record<string, TerraformOutput>> {
    const r = await this.exec('output', ['output', '-json', '-no-color'], {quiet: true})
    return (parseJson(r.stdout) as Record<string, TerraformOutput> | undefined) ?? {}
  }

  /** `validate -json` diagnostics; empty when Terraform could not produce them. */
  async validate(): Promise<Diagnostic[]> {
    const r = await this.o.run(this.o.binary, ['validate', '-json', '-no-color'], {
      cwd: this.o.cwd,
      env: this.o.env,
      secrets: this.o.secrets,
      quiet: true,
      allowFailure: true,
    })
    return (parseJson(r.stdout) as {diagnostics?: Diagnostic[]} | undefined)?.diagnostics ?? []
  }

  private async exec(
    step: Step,
    args: string[],
    options: {quiet?: boolean; okExitCodes?: number[]} = {},
  ): Promise<CommandResult> {
    let r: CommandResult
    try {
      r = await this.o.run(this.o.binary, args, {
        cwd: this.o.cwd,
        env: this.o.env,
        secrets: this.o.secrets,
        quiet: options.quiet ?? false,
        allowFailure: true,
      })
    } catch (err) {
      throw new ActionError(`Could not run ${this.o.binary}: ${(err as Error).message}`, {cause: err})
    }
    if (!(options.okExitCodes ?? [0]).includes(r.exitCode))
      throw new TerraformError(step, r.exitCode, r.stderr)
    return r
  }
}

function lockTimeout(ms: number): string {
  return `-lock-timeout=${ms}ms`
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function tail(stderr: string): string {
  const lines = stderr.trim().split(/\r?\n/).slice(-20).join('\n')
  return lines ? `:\n${lines}` : '.'
}
