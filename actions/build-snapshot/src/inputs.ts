import {InputError} from '@deploy-actions/kit/errors'
import {
  type Env,
  getBoolean,
  getEnum,
  getKeyValues,
  getList,
  getOptional,
  getString,
} from '@deploy-actions/kit/inputs'
import {getImageName, getRegistryInputs, getTags, type RegistryInputs} from '@deploy-actions/registry/inputs'
import type {ImageName} from '@deploy-actions/registry/reference'

export const BUILDERS = ['auto', 'buildx', 'docker'] as const
export type Builder = (typeof BUILDERS)[number]

export interface Inputs {
  image: ImageName
  tags: string[]
  context: string
  file: string | undefined
  buildArgs: Map<string, string>
  labels: Map<string, string>
  target: string | undefined
  platforms: string[]
  push: boolean
  registry: RegistryInputs
  skipExisting: boolean
  builder: Builder
  noCache: boolean
  pull: boolean
  /** buildx only: attach a provenance attestation (which turns the image into an index). */
  provenance: boolean
}

export function getInputs(env: Env = process.env): Inputs {
  const image = getImageName('image', env, {required: true})!
  const inputs: Inputs = {
    image,
    tags: getTags('tags', env, {required: true, example: "typically compute-version's snapshot-tag output"}),
    context: getString('context', {default: '.', env}),
    file: getOptional('file', {env}),
    buildArgs: getKeyValues('build-args', {env}),
    labels: getKeyValues('labels', {env}),
    target: getOptional('target', {env}),
    platforms: getList('platforms', {env}),
    push: getBoolean('push', {default: true, env}),
    registry: getRegistryInputs(image, env),
    skipExisting: getBoolean('skip-existing', {default: true, env}),
    builder: getEnum('builder', BUILDERS, {default: 'auto', env}),
    noCache: getBoolean('no-cache', {default: false, env}),
    pull: getBoolean('pull', {default: false, env}),
    provenance: getBoolean('provenance', {default: false, env}),
  }
  if (inputs.builder === 'docker' && inputs.platforms.length > 1) {
    throw new InputError(
      'platforms',
      `lists ${inputs.platforms.length} platforms, which needs buildx: set builder to auto or buildx and run docker/setup-buildx-action first.`,
    )
  }
  return inputs
}
