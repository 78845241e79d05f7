import {existsSync, readdirSync, statSync} from 'node:fs'
import {resolve} from 'node:path'
import {InputError} from '@deploy-actions/kit/errors'
import {
  type Env,
  getBoolean,
  getDuration,
  getEnum,
  getKeyValues,
  getList,
  getOptional,
  getString,
} from '@deploy-actions/kit/inputs'
import {setSecret} from '@deploy-actions/kit/workflow'
import {type BackendEntry, parseBackendConfig, secretValues} from './backend-config'

export const MODES = ['plan', 'apply', 'destroy'] as const
export type Mode = (typeof MODES)[number]

export interface Inputs {
  mode: Mode
  /** Absolute path of the Terraform configuration. */
  workingDirectory: string
  /** `terraform`, `tofu`, or a path to either. */
  terraform: string
  backendConfig: BackendEntry[]
  workspace: string
  /** Passed as `-var`; shown in logs. */
  vars: Map<string, string>
  /** Masked at once and passed as `TF_VAR_<name>` environment variables, never on the command line. */
  secretVars: Map<string, string>
  /** As given, relative to the working directory (Terraform resolves them there). */
  varFiles: string[]
  /** Absolute path; in apply mode the saved plan to apply, in plan mode where to write the plan. */
  planFile: string | undefined
  autoApprove: boolean
  allowDestroy: boolean
  lockTimeoutMs: number
  githubToken: string | undefined
  prComment: boolean
}

const WORKSPACE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/

export function getInputs(env: Env = process.env, cwd = process.cwd()): Inputs {
  const workingDirectory = resolve(cwd, getString('working-directory', {default: '.', env}))
  const inputs: Inputs = {
    mode: getEnum('mode', MODES, {default: 'plan', env}),
    workingDirectory,
    terraform: getString('terraform', {default: 'terraform', env}),
    backendConfig: parseBackendConfig(getString('backend-config', {env})),
    workspace: getString('workspace', {default: 'default', env}),
    vars: getKeyValues('var', {env}),
    secretVars: getKeyValues('secret-var', {env}),
    varFiles: getList('var-file', {comma: false, env}),
    planFile: resolvePath(workingDirectory, getOptional('plan-file', {env})),
    autoApprove: getBoolean('auto-approve', {default: false, env}),
    allowDestroy: getBoolean('allow-destroy', {default: false, env}),
    lockTimeoutMs: getDuration('lock-timeout', {default: '0s', env}),
    githubToken: getOptional('github-token', {env}),
    prComment: getBoolean('pr-comment', {default: true, env}),
  }
  // Masked the moment they are read, before any check below can fail and print something.
  for (const value of [...inputs.secretVars.values(), ...secretValues(inputs.backendConfig)]) setSecret(value)
  if (inputs.githubToken) setSecret(inputs.githubToken)
  validate(inputs, cwd)
  return inputs
}

function resolvePath(base: string, path: string | undefined): string | undefined {
  return path === undefined ? undefined : resolve(base, path)
}

function validate(i: Inputs, cwd: string): void {
  checkWorkingDirectory(i.workingDirectory)
  if (i.terraform.includes('/') && !existsSync(resolve(cwd, i.terraform))) {
    throw new InputError(
      'terraform',
      `'${i.terraform}' does not exist. Give terraform or tofu (found on PATH) or the path of the binary.`,
    )
  }
  if (!WORKSPACE_NAME.test(i.workspace)) {
    throw new InputError(
      'workspace',
      `'${i.workspace.slice(0, 60)}' is not a workspace name. Use letters, digits, '-', '_' and '.'.`,
    )
  }
  for (const name of i.secretVars.keys()) {
    if (i.vars.has(name)) {
      throw new InputError('secret-var', `'${name}' is also given in var. Give each variable in one of them.`)
    }
  }
  for (const file of [...i.varFiles, ...backendFiles(i.backendConfig)]) {
    const path = resolve(i.workingDirectory, file)
    if (!existsSync(path)) {
      const input = i.varFiles.includes(file) ? 'var-file' : 'backend-config'
      throw new InputError(
        input,
        `'${file}' does not exist (looked at ${path}); paths are relative to working-directory.`,
      )
    }
  }
  if (i.mode === 'apply' && i.planFile && !existsSync(i.planFile)) {
    throw new InputError(
      'plan-file',
      `the saved plan ${i.planFile} does not exist. Download the plan the plan step wrote (e.g. with actions/download-artifact) before applying it.`,
    )
  }
  if (i.mode === 'apply' && !i.planFile && !i.autoApprove) {
    throw new InputError(
      'plan-file',
      'is required with mode apply: give the saved plan a reviewed plan step wrote, or set auto-approve: true to plan and apply in one step without review.',
    )
  }
  if (i.mode === 'destroy' && !i.allowDestroy) {
    throw new InputError(
      'allow-destroy',
      'must be true with mode destroy, which destroys every resource of the workspace.',
    )
  }
  if (i.mode === 'destroy' && i.planFile) {
    throw new InputError(
      'plan-file',
      'cannot be used with mode destroy. To apply a reviewed plan that destroys resources, use mode apply with allow-destroy: true.',
    )
  }
}

function checkWorkingDirectory(dir: string): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new InputError(
      'working-directory',
      `${dir} does not exist. Check out the repository first (actions/checkout) and give the directory of the Terraform configuration, relative to the workspace.`,
    )
  }
  if (!readdirSync(dir).some((f) => f.endsWith('.tf') || f.endsWith('.tf.json'))) {
    throw new InputError(
      'working-directory',
      `${dir} holds no Terraform configuration (no *.tf or *.tf.json file). Point it at the root module.`,
    )
  }
}

function backendFiles(entries: readonly BackendEntry[]): string[] {
  return entries.flatMap((e) => (e.kind === 'file' ? [e.path] : []))
}
