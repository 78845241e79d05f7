import {randomBytes} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {ActionError, InputError} from '@deploy-actions/kit/errors'
import {write} from '@deploy-actions/kit/summary'
import * as workflow from '@deploy-actions/kit/workflow'
import {connect, type SshClient} from '@deploy-actions/ssh/connect'
import {runScript, type ScriptSpec} from '@deploy-actions/ssh/remote-script'
import {inBatches} from './batches'
import {connectOptions, type DeployDeps, deployHost, type HostResult, type Plan} from './deploy-host'
import {dockerScript} from './docker-script'
import type {Inputs} from './inputs'
import {kubernetesScript} from './kubernetes-script'
import {substituteImage} from './manifest'
import {newMarkerPrefix} from './markers'
import {counts, summary, toOutputs} from './report'

export async function main(inputs: Inputs, deps: DeployDeps = defaultDeps()): Promise<void> {
  const markerPrefix = newMarkerPrefix()
  const spec = scriptSpec(inputs, markerPrefix)
  let jumpClient: Promise<SshClient> | undefined
  const jump = inputs.jump
  const plan: Plan = {
    inputs,
    spec,
    markerPrefix,
    jump: jump
      ? () => {
          jumpClient ??= deps.connect(connectOptions(inputs, jump, jump.host, deps))
          return jumpClient
        }
      : undefined,
    labelLines: inputs.hosts.length > 1 && inputs.maxParallel > 1,
  }
  const deployOne = (entry: Inputs['hosts'][number]) =>
    plan.labelLines
      ? deployHost(entry, plan, deps)
      : workflow.group(`Deploy to ${entry.label}`, () => deployHost(entry, plan, deps))

  let results: HostResult[]
  try {
    results = await inBatches(
      inputs.hosts,
      inputs,
      deployOne,
      (r) => r.status === 'failed',
      (entry) => skipped(entry.label),
    )
  } finally {
    if (jumpClient) (await jumpClient.catch(() => undefined))?.end()
  }

  const outputs = toOutputs(results)
  for (const [name, value] of Object.entries(outputs)) workflow.setOutput(name, value)
  write(...summary(inputs, results))
  workflow.info(
    `${inputs.hosts.length === 1 ? results[0]!.host : `${inputs.hosts.length} hosts`}: ${counts(results)}`,
  )

  const failed = results.filter((r) => r.status === 'failed')
  if (failed.length > 0) throw new ActionError(failureMessage(inputs, results, failed))
}

function defaultDeps(): DeployDeps {
  return {
    connect,
    runScript,
    log: workflow.info,
    warn: (message) => workflow.warning(message),
    now: () => Date.now(),
  }
}

function skipped(host: string): HostResult {
  return {
    host,
    status: 'skipped',
    exitCode: null,
    previousImage: '',
    deployedImage: '',
    rolledBack: false,
    changed: false,
    error: 'not started: an earlier batch failed (fail-fast)',
    details: [],
    durationMs: 0,
  }
}

export function scriptSpec(inputs: Inputs, markerPrefix: string): ScriptSpec {
  switch (inputs.strategy) {
    case 'script':
      return {script: inputs.script, env: inputs.env, shell: inputs.shell, strict: inputs.strict}
    case 'docker':
      return {script: dockerScript(inputs.docker, inputs.image, markerPrefix), env: inputs.env, shell: 'bash'}
    case 'kubernetes': {
      const k = inputs.kubernetes
      const manifest = k.manifest === undefined ? undefined : readManifest(k.manifest, inputs.image)
      return {
        script: kubernetesScript(
          k,
          inputs.image,
          markerPrefix,
          manifest,
          `MANIFEST_${randomBytes(8).toString('hex')}`,
        ),
        env: inputs.env,
        shell: 'bash',
      }
    }
  }
}

function readManifest(path: string, image: string): string {
  const file = resolve(process.env['GITHUB_WORKSPACE'] ?? '.', path)
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (err) {
    throw new InputError('manifest', `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? err}.`)
  }
  const {text: substituted, count} = substituteImage(text, image)
  if (count === 0) {
    throw new InputError(
      'manifest',
      `${path} has no 'image:' field for the repository of ${image}, so the rollout would not change it.`,
    )
  }
  return substituted
}

function failureMessage(inputs: Inputs, results: HostResult[], failed: HostResult[]): string {
  const lines: string[] = []
  if (results.length > 1) {
    lines.push(`Deployment failed on ${failed.length} of ${results.length} hosts (${counts(results)}).`)
  }
  for (const r of failed) {
    lines.push(`${results.length > 1 ? `${r.host}: ` : ''}${r.error}`)
    if (r.details.length > 0) {
      const label =
        inputs.strategy === 'docker'
          ? 'Last log lines of the new container'
          : inputs.strategy === 'kubernetes'
            ? 'Events'
            : 'Last lines of stderr'
      lines.push(`${label}:`, ...r.details.map((l) => `  ${l}`))
    }
  }
  return lines.join('\n')
}
