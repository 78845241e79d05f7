import {InputError} from '@deploy-actions/kit/errors'
import {type Env, getEnum, getInteger, getList, getOptional, getString} from '@deploy-actions/kit/inputs'
import type {BuildMetadataPolicy} from './version'

export const SOURCES = [
  'auto',
  'input',
  'pyproject',
  'package-json',
  'cargo',
  'version-file',
  'git-tag',
] as const
export type Source = (typeof SOURCES)[number]

export interface Inputs {
  source: Source
  version: string | undefined
  workingDirectory: string
  file: string | undefined
  tagPrefix: string
  snapshotLabel: string
  shortShaLength: number
  releaseBranches: string[]
  image: string | undefined
  failIfTagExists: 'auto' | 'true' | 'false'
  fetchTags: 'auto' | 'true' | 'false'
  buildMetadata: BuildMetadataPolicy
  sha: string | undefined
}

const TRI_STATE = ['auto', 'true', 'false'] as const

export function getInputs(env: Env = process.env): Inputs {
  const inputs: Inputs = {
    source: getEnum('source', SOURCES, {default: 'auto', env}),
    version: getOptional('version', {env}),
    workingDirectory: getString('working-directory', {default: '.', env}),
    file: getOptional('file', {env}),
    tagPrefix: getTagPrefix(env),
    snapshotLabel: getString('snapshot-label', {default: 'SNAPSHOT', env}),
    shortShaLength: getInteger('short-sha-length', {default: 7, min: 4, max: 40, env}),
    releaseBranches: getList('release-branches', {env}),
    // Docker repository names are lower case; ghcr.io/${{ github.repository }} often is not.
    image: getOptional('image', {env})?.toLowerCase(),
    failIfTagExists: getEnum('fail-if-tag-exists', TRI_STATE, {default: 'auto', env}),
    fetchTags: getEnum('fetch-tags', TRI_STATE, {default: 'auto', env}),
    buildMetadata: getEnum('build-metadata', ['reject', 'strip'], {default: 'reject', env}),
    sha: getOptional('sha', {env}),
  }
  if (inputs.releaseBranches.length === 0) inputs.releaseBranches = ['main']
  validate(inputs)
  return inputs
}

/**
 * `tag-prefix` may be set to the empty string on purpose (tags `1.2.3`), which the runner cannot tell
 * from "not given"; `none` says it explicitly.
 */
function getTagPrefix(env: Env): string {
  const value = getString('tag-prefix', {default: 'v', env})
  return value === 'none' ? '' : value
}

function validate(i: Inputs): void {
  if (i.version !== undefined && i.source !== 'auto' && i.source !== 'input') {
    throw new InputError(
      'version',
      `is given but source is '${i.source}'. Use one: remove version, or set source: input.`,
    )
  }
  if (i.source === 'input' && i.version === undefined) {
    throw new InputError('version', 'is required when source is input.')
  }
  if (i.file !== undefined && ['input', 'git-tag'].includes(i.source)) {
    throw new InputError(
      'file',
      `names a version file, but source '${i.source}' reads none. Remove file or change source.`,
    )
  }
  if (!/^([A-Za-z0-9_][A-Za-z0-9_.-]*)?$/.test(i.tagPrefix) || i.tagPrefix.includes('..')) {
    throw new InputError(
      'tag-prefix',
      `'${i.tagPrefix}' cannot start a Docker or git tag. Use letters, digits, '_', '.', '-' (e.g. v or release-), or none.`,
    )
  }
  if (!/^[A-Za-z0-9]+$/.test(i.snapshotLabel)) {
    throw new InputError(
      'snapshot-label',
      `'${i.snapshotLabel}' must be letters and digits only (e.g. SNAPSHOT, dev).`,
    )
  }
  if (i.sha !== undefined && !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(i.sha)) {
    throw new InputError(
      'sha',
      `'${i.sha.slice(0, 64)}' is not a full commit SHA (40 hex characters, lower case).`,
    )
  }
  if (i.image !== undefined && !isImageRepository(i.image)) {
    throw new InputError(
      'image',
      `'${i.image}' is not an image repository. Give one without tag or digest, in lower case, ` +
        'e.g. public.ecr.aws/my-alias/app or ghcr.io/owner/app.',
    )
  }
}

/** `[registry[:port]/]path` with lower-case path components, as Docker names them; no tag or digest. */
function isImageRepository(image: string): boolean {
  const component = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*'
  const registry =
    '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9-]+)*(?::\\d+)?|\\[[0-9a-fA-F:]+\\](?::\\d+)?)'
  return new RegExp(`^(?:${registry}/)?${component}(?:/${component})*$`).test(image) && image.length <= 255
}
