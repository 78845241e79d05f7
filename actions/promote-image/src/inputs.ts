import {InputError} from '@deploy-actions/kit/errors'
import {type Env, getBoolean, getOptional} from '@deploy-actions/kit/inputs'
import {getImageName, getRegistryInputs, getTags, type RegistryInputs} from '@deploy-actions/registry/inputs'
import {type ImageName, isSha256Digest, isValidTag} from '@deploy-actions/registry/reference'

/** Where the image to promote is found: exactly one of these. */
export type Source = {tag: string} | {digest: string} | {sha: string}

export interface Inputs {
  /** The repository the release tags are written to. */
  image: ImageName
  /** The repository holding the snapshot; the same as `image` unless `source-image` is given. */
  sourceImage: ImageName
  source: Source
  targetTags: string[]
  registry: RegistryInputs
  expectedDigest: string | undefined
  allowOverwrite: boolean
  /** Tags that may move to a new digest without allow-overwrite (by default `latest`). */
  movableTags: string[]
}

export function getInputs(env: Env = process.env): Inputs {
  const image = getImageName('image', env, {required: true})!
  const sourceImage = getImageName('source-image', env, {required: false}) ?? image
  if (sourceImage.registry !== image.registry) {
    throw new InputError(
      'source-image',
      `is in ${sourceImage.registry} but image is in ${image.registry}: promotion copies manifests within one ` +
        'registry and never transfers layers. Promote within the registry the snapshot was pushed to.',
    )
  }
  return {
    image,
    sourceImage,
    source: getSource(env),
    targetTags: getTags('target-tags', env, {required: true, example: 'e.g. v1.2.3 and latest'}),
    registry: getRegistryInputs(image, env),
    expectedDigest: getDigest('expected-digest', env),
    allowOverwrite: getBoolean('allow-overwrite', {default: false, env}),
    movableTags: getTags('movable-tags', env, {required: false, fallback: ['latest']}),
  }
}

function getSource(env: Env): Source {
  const tag = getOptional('source-tag', {env})
  const digest = getDigest('source-digest', env)
  const sha = getOptional('sha', {env})
  const given = [tag && 'source-tag', digest && 'source-digest'].filter(Boolean)
  if (given.length > 1) {
    throw new InputError('source-tag', 'and source-digest were both given; give only one of them.')
  }
  if (tag) {
    if (!isValidTag(tag)) throw new InputError('source-tag', `'${tag}' is not a valid tag.`)
    return {tag}
  }
  if (digest) return {digest}
  if (sha) {
    if (!/^[0-9a-f]{7,40}$/.test(sha)) {
      throw new InputError('sha', `'${sha}' is not a commit SHA (7 to 40 lower-case hex digits).`)
    }
    return {sha}
  }
  throw new InputError(
    'source-tag',
    "is required: give source-tag (e.g. compute-version's snapshot-tag), source-digest, or sha to find the snapshot built from that commit.",
  )
}

function getDigest(name: string, env: Env): string | undefined {
  const value = getOptional(name, {env})
  if (value && !isSha256Digest(value)) {
    throw new InputError(name, `'${value}' is not a digest (sha256: followed by 64 lower-case hex digits).`)
  }
  return value
}
