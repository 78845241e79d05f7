import {createHash} from 'node:crypto'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {ActionError} from '@deploy-actions/kit/errors'
import {type CommandRunner, redact, runCommand} from '@deploy-actions/kit/exec'
import {write} from '@deploy-actions/kit/summary'
import * as workflow from '@deploy-actions/kit/workflow'
import {renderBackendConfig, secretValues} from './backend-config'
import {resolveBinary} from './binary'
import {explainFailure} from './failures'
import type {Inputs} from './inputs'
import {toStepOutputs} from './outputs'
import {planLine, summarizePlan} from './plan-summary'
import type {CommentStore} from './pr-comment'
import {commentOnPullRequest} from './pull-request'
import {type Report, summaryMarkdown} from './report'
import {Terraform, TerraformError} from './terraform'

export interface Deps {
  run: CommandRunner
  env: NodeJS.ProcessEnv
  /** The comment store of a pull request; GitHub's REST API by default. */
  commentStore: (pullNumber: number, token: string) => Promise<CommentStore>
}

/** The action's own outputs; a Terraform output of the same name is only in outputs-json. */
export const ACTION_OUTPUTS = new Set([
  'to-add',
  'to-change',
  'to-destroy',
  'to-replace',
  'changes',
  'plan-file',
  'plan-summary',
  'applied',
  'outputs-json',
  'failure-reason',
  'lock-id',
  'lock-info',
  'comment-url',
])

export async function main(inputs: Inputs, deps: Deps = defaultDeps()): Promise<void> {
  const workspaceRoot = deps.env['GITHUB_WORKSPACE'] || process.cwd()
  const report: Report = {
    mode: inputs.mode,
    directory: relative(workspaceRoot, inputs.workingDirectory) || '.',
    workspace: inputs.workspace,
    applied: false,
  }
  const secrets = [...inputs.secretVars.values(), ...secretValues(inputs.backendConfig)].filter(Boolean)
  const scratch = mkdtempSync(join(deps.env['RUNNER_TEMP'] || tmpdir(), 'terraform-apply-'))
  let tf: Terraform | undefined
  try {
    tf = terraformCli(inputs, deps, secrets)
    await runTerraform(tf, inputs, report, {scratch, secrets, env: deps.env})
  } catch (err) {
    if (!(err instanceof ActionError)) throw err
    report.failure =
      err instanceof TerraformError
        ? await explainFailure(
            err,
            {
              workingDirectory: inputs.workingDirectory,
              workspace: workspaceRoot,
              ...(inputs.planFile ? {planFile: inputs.planFile} : {}),
              lockTimeoutMs: inputs.lockTimeoutMs,
            },
            () => tf!.validate(),
          )
        : {reason: 'terraform-failed', message: err.message, located: []}
  } finally {
    rmSync(scratch, {recursive: true, force: true})
    await finish(report, inputs, deps, secrets)
  }
  if (report.failure) {
    const first = report.failure.located[0]
    throw new ActionError(report.failure.message, first ? {file: first.file, line: first.line} : {})
  }
}

async function runTerraform(
  tf: Terraform,
  inputs: Inputs,
  report: Report,
  ctx: {scratch: string; secrets: string[]; env: NodeJS.ProcessEnv},
): Promise<void> {
  await workflow.group('terraform init', async () => {
    const secretFile = join(ctx.scratch, 'backend-secrets.tfbackend')
    const backend = renderBackendConfig(inputs.backendConfig, secretFile)
    if (backend.secretHcl) writeFileSync(secretFile, backend.secretHcl, {mode: 0o600})
    try {
      await tf.init(backend.args, inputs.lockTimeoutMs)
    } finally {
      rmSync(secretFile, {force: true})
    }
  })
  const current = tf.currentWorkspace(ctx.env)
  if (ctx.env['TF_WORKSPACE'] && current !== inputs.workspace) {
    throw new ActionError(
      `TF_WORKSPACE is set to '${current}', which overrides the workspace input ('${inputs.workspace}'). ` +
        'Set the workspace input instead of TF_WORKSPACE, or give both the same value.',
    )
  }
  if (current !== inputs.workspace) {
    await workflow.group(`terraform workspace ${inputs.workspace}`, () =>
      tf.selectWorkspace(inputs.workspace),
    )
  }

  const savedPlan = inputs.mode === 'apply' ? inputs.planFile : undefined
  if (savedPlan && (inputs.vars.size || inputs.secretVars.size || inputs.varFiles.length)) {
    workflow.warning(
      'var, secret-var and var-file are not used when applying a saved plan: the plan holds the values it was made with.',
    )
  }
  const planFile = savedPlan ?? planPath(inputs, ctx)
  // A plan made and applied in one step lives in a scratch directory removed at the end: not worth showing.
  if (savedPlan || inputs.mode === 'plan') report.planFile = planFile
  if (!savedPlan) {
    await workflow.group(inputs.mode === 'destroy' ? 'terraform plan -destroy' : 'terraform plan', () =>
      tf.plan({
        out: planFile,
        destroy: inputs.mode === 'destroy',
        vars: inputs.vars,
        varFiles: inputs.varFiles,
        lockTimeoutMs: inputs.lockTimeoutMs,
      }),
    )
  }
  const [planJson, planText] = await Promise.all([tf.showJson(planFile), tf.showText(planFile)])
  const plan = summarizePlan(planJson)
  report.plan = plan
  report.planText = redact(planText, ctx.secrets)
  report.tool = tf.describe(planJson.terraform_version)
  setPlanOutputs(report)
  workflow.info(planLine(plan))

  if (plan.destroyed.length > 0 && !inputs.allowDestroy) {
    report.failure = {
      reason: 'destroy-guard',
      message:
        `The plan destroys ${plan.destroyed.length} resource(s) (deleted or replaced): ${plan.destroyed.slice(0, 10).join(', ')}` +
        `${plan.destroyed.length > 10 ? ', …' : ''}. Nothing was applied. If that is intended, set allow-destroy: true.`,
      located: [],
    }
    return
  }
  if (inputs.mode === 'plan') return

  if (plan.changes) {
    await workflow.group('terraform apply', () => tf.apply(planFile, inputs.lockTimeoutMs))
    report.applied = true
  } else {
    workflow.info('The plan has no changes: nothing to apply.')
  }
  const outputs = toStepOutputs(await tf.outputs(), ACTION_OUTPUTS)
  for (const secret of outputs.secrets) workflow.setSecret(secret)
  ctx.secrets.push(...outputs.secrets)
  report.outputs = outputs
  for (const [name, value] of Object.entries(outputs.values)) workflow.setOutput(name, value)
  workflow.setOutput('outputs-json', outputs.json)
  for (const name of outputs.shadowed) {
    workflow.warning(
      `Terraform output '${name}' has the name of one of this action's outputs; read it from outputs-json.`,
    )
  }
}

/** In plan mode the plan-file input or a file in the runner's temp dir; else a scratch file. */
function planPath(inputs: Inputs, ctx: {scratch: string; env: NodeJS.ProcessEnv}): string {
  if (inputs.mode !== 'plan') return join(ctx.scratch, 'run.tfplan')
  if (inputs.planFile) return inputs.planFile
  const key = createHash('sha256').update(`${inputs.workingDirectory}\n${inputs.workspace}`).digest('hex')
  return join(ctx.env['RUNNER_TEMP'] || tmpdir(), `terraform-${key.slice(0, 12)}.tfplan`)
}

function setPlanOutputs(r: Report): void {
  const p = r.plan!
  workflow.setOutput('to-add', String(p.toAdd))
  workflow.setOutput('to-change', String(p.toChange))
  workflow.setOutput('to-destroy', String(p.toDestroy))
  workflow.setOutput('to-replace', String(p.toReplace))
  workflow.setOutput('changes', String(p.changes))
  workflow.setOutput('plan-summary', planLine(p))
  if (r.mode === 'plan') workflow.setOutput('plan-file', r.planFile)
}

/** Outputs, annotations, summary and comment: written whether the run succeeded or not. */
async function finish(report: Report, inputs: Inputs, deps: Deps, secrets: string[]): Promise<void> {
  workflow.setOutput('applied', String(report.applied))
  workflow.setOutput('failure-reason', report.failure?.reason ?? '')
  workflow.setOutput('lock-id', report.failure?.lock?.id ?? '')
  workflow.setOutput('lock-info', report.failure?.lock ? JSON.stringify(report.failure.lock) : '')
  if (report.mode === 'apply' && inputs.planFile) workflow.setOutput('plan-file', inputs.planFile)
  for (const located of report.failure?.located.slice(1) ?? []) {
    workflow.error(located.message, {
      file: located.file,
      startLine: located.line,
      startColumn: located.column,
    })
  }
  report.comment = await commentOnPullRequest(report, inputs, deps, secrets)
  write(redact(summaryMarkdown(report), secrets))
}

function terraformCli(inputs: Inputs, deps: Deps, secrets: string[]): Terraform {
  const binary = resolveBinary(inputs.terraform, deps.env)
  if (binary.bypassedWrapper) {
    workflow.info(
      `Running ${binary.path} directly: ${binary.bypassedWrapper} is a wrapper that rewrites its output.`,
    )
  }
  return new Terraform({
    binary: binary.path,
    cwd: inputs.workingDirectory,
    env: terraformEnv(inputs),
    secrets,
    run: deps.run,
  })
}

function terraformEnv(inputs: Inputs): Record<string, string> {
  const env: Record<string, string> = {TF_IN_AUTOMATION: '1', TF_INPUT: '0'}
  for (const [name, value] of inputs.secretVars) env[`TF_VAR_${name}`] = value
  return env
}

function defaultDeps(): Deps {
  return {
    run: runCommand,
    env: process.env,
    commentStore: async (pullNumber, token) => {
      const {githubCommentStore} = await import('./github-comments')
      return githubCommentStore({token, pullNumber, log: (m) => workflow.warning(m)})
    },
  }
}
