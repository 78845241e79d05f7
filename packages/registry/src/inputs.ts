/**
 * The registry inputs build-snapshot and promote-image share, parsed and validated the same way in both.
 */
import {InputError} from '@deploy-actions/kit/errors'
import {type Env, getBoolean, getEnum, getList, getOptional} from '@deploy-actions/kit/inputs'
import * as workflow from '@deploy-actions/kit/workflow'
import type {Credentials} from './distribution'
import {type ImageName, ImageReferenceError, isValidTag, parseImageName} from './reference'
import {detectKind, REGISTRY_TYPES, type RegistryKind} from './registry'

export interface RegistryInputs {
  kind: RegistryKind
  credentials: Credentials | undefined
  insecure: boolean
}

/** An `image` input: `registry/repository` without tag, lower case. */
export function getImageName(name: string, env: Env, opts: {required: boolean}): ImageName | undefined {
  const value = getOptional(name, {env})
  if (!value) {
    if (opts.required)
      throw new InputError(name, 'is required: the image repository, e.g. public.ecr.aws/my-alias/app.')
    return undefined
  }
  try {
    return parseImageName(value)
  } catch (err) {
    if (err instanceof ImageReferenceError) throw new InputError(name, err.message)
    throw err
  }
}

/** `registry-type`, `username`, `password`, `insecure-registry`; the password is masked as it is read. */
export function getRegistryInputs(image: ImageName, env: Env): RegistryInputs {
  const type = getEnum('registry-type', REGISTRY_TYPES, {default: 'auto', env})
  const username = getOptional('username', {env})
  const password = getOptional('password', {env})
  if (password) workflow.setSecret(password)
  const kind = type === 'auto' ? detectKind(image.registry) : type
  if (kind !== 'generic' && (username || password)) {
    throw new InputError(
      username ? 'username' : 'password',
      `is not used with registry-type ${kind}: ECR credentials come from the AWS credential chain ` +
        '(aws-actions/configure-aws-credentials). Remove it, or set registry-type: generic.',
    )
  }
  if (Boolean(username) !== Boolean(password)) {
    throw new InputError(
      username ? 'password' : 'username',
      `is required when ${username ? 'username' : 'password'} is given (for a token, use the token as password).`,
    )
  }
  return {
    kind,
    credentials: username && password ? {username, password} : undefined,
    insecure: getBoolean('insecure-registry', {default: false, env}),
  }
}

/** A list of bare tags (one per line or comma separated), duplicates dropped; `fallback` when empty. */
export function getTags(
  name: string,
  env: Env,
  opts: {required: true; example: string} | {required: false; fallback: string[]},
): string[] {
  const tags = [...new Set(getList(name, {env}))]
  if (tags.length === 0) {
    if (opts.required) throw new InputError(name, `is required: one tag per line, ${opts.example}.`)
    return opts.fallback
  }
  for (const tag of tags) {
    if (!isValidTag(tag)) {
      const hint =
        tag.includes(':') || tag.includes('/') ? ' Give bare tags; the repository comes from image.' : ''
      throw new InputError(
        name,
        `'${tag}' is not a valid tag: letters, digits, '_', '.', '-', at most 128.${hint}`,
      )
    }
  }
  return tags
}
