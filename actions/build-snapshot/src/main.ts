import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {errorMessage} from '@deploy-actions/kit/errors'
import {runCommand} from '@deploy-actions/kit/exec'
import {code, heading, table, write} from '@deploy-actions/kit/summary'
import * as workflow from '@deploy-actions/kit/workflow'
import {connectRegistry} from '@deploy-actions/registry/connect'
import {formatReference} from '@deploy-actions/registry/reference'
import type {RegistryClient} from '@deploy-actions/registry/registry'
import {buildAndPush, type Deps, existingDigest, imageSize} from './build'
import {imageRefs} from './docker-args'
import type {Inputs} from './inputs'
import {LOGIN_STATE} from './post'

export interface Outcome {
  digest: string
  skipped: boolean
  builder: string
  mediaType: string | undefined
  size: number | undefined
}

export async function main(inputs: Inputs): Promise<void> {
  const client = inputs.push
    ? await workflow.group(`Connect to ${inputs.image.registry} (${inputs.registry.kind})`, () =>
        connectRegistry(inputs.image, inputs.registry),
      )
    : undefined
  const deps: Deps = {
    exec: runCommand,
    client,
    tempDir: mkdtempSync(join(process.env['RUNNER_TEMP'] || tmpdir(), 'build-snapshot-')),
    log: workflow.info,
    warn: (message) => workflow.warning(message),
  }
  const outcome = await buildSnapshot(inputs, deps)
  for (const [name, value] of Object.entries(toOutputs(inputs, outcome))) workflow.setOutput(name, value)
  write(heading('build-snapshot'), summary(inputs, outcome))
}

export async function buildSnapshot(inputs: Inputs, deps: Deps): Promise<Outcome> {
  const existing =
    inputs.push && inputs.skipExisting
      ? await workflow.group('Look for the tags in the registry', () => existingDigest(inputs, deps))
      : undefined
  if (existing) {
    workflow.info(`Every tag already names ${existing.digest}: skipping the build.`)
    return {
      digest: existing.digest,
      skipped: true,
      builder: 'none',
      mediaType: existing.mediaType,
      size: await sizeOf(inputs, deps.client, existing.digest),
    }
  }
  if (inputs.push && deps.client)
    await workflow.group(`Log in to ${inputs.image.registry}`, () => login(deps.client!, deps))
  const built = await workflow.group(`Build ${imageRefs(inputs).join(', ')}`, () =>
    buildAndPush(inputs, deps),
  )
  return {
    ...built,
    skipped: false,
    size: inputs.push ? await sizeOf(inputs, deps.client, built.digest) : undefined,
  }
}

/** `docker login` with the password on stdin; the post step logs out. */
async function login(client: RegistryClient, deps: Deps): Promise<void> {
  const credentials = await client.loginCredentials()
  if (!credentials) {
    workflow.info('No credentials: pushing anonymously.')
    return
  }
  await deps.exec(
    'docker',
    ['login', '--username', credentials.username, '--password-stdin', client.registry],
    {
      input: credentials.password,
      secrets: [credentials.password],
    },
  )
  workflow.saveState(LOGIN_STATE, client.registry)
}

async function sizeOf(
  inputs: Inputs,
  client: RegistryClient | undefined,
  digest: string,
): Promise<number | undefined> {
  if (!client) return undefined
  try {
    return await imageSize(inputs, client, digest)
  } catch (err) {
    workflow.warning(`Could not read the image size: ${errorMessage(err)}`)
    return undefined
  }
}

export function toOutputs(inputs: Inputs, o: Outcome): Record<string, string> {
  const refs = imageRefs(inputs)
  return {
    digest: o.digest,
    'image-ref': inputs.push ? formatReference(inputs.image, {digest: o.digest}) : '',
    tags: refs.join('\n'),
    skipped: String(o.skipped),
    builder: o.builder,
    size: o.size === undefined ? '' : String(o.size),
  }
}

function summary(inputs: Inputs, o: Outcome): string {
  const rows: [string, string][] = [
    ['Image', code(formatReference(inputs.image, {}))],
    [
      'Tags',
      imageRefs(inputs)
        .map((ref) => code(ref))
        .join('<br>'),
    ],
    ['Digest', code(o.digest)],
    ['Size', o.size === undefined ? 'unknown' : formatBytes(o.size)],
    [
      'Build',
      o.skipped
        ? 'skipped: every tag already existed'
        : `built with ${o.builder}${inputs.push ? ' and pushed' : ''}`,
    ],
  ]
  return table(['', ''], rows)
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(1)} ${units[unit]}`
}
