import {readFileSync} from 'node:fs'
import {isAbsolute, resolve} from 'node:path'
import {parseRepository, type Repository, RepositoryNameError} from '@deploy-actions/github/repository'
import {InputError} from '@deploy-actions/kit/errors'
import {type Env, getBoolean, getEnum, getList, getOptional, getString} from '@deploy-actions/kit/inputs'
import {setSecret} from '@deploy-actions/kit/workflow'
import {ImageReferenceError, isDigest, parseImageReference} from '@deploy-actions/registry/reference'
import {tagNameProblem} from './ref-name'
import {isPrerelease} from './semver'

export const CHANGELOGS = ['github', 'conventional', 'none'] as const
export type Changelog = (typeof CHANGELOGS)[number]

export type MakeLatest = 'true' | 'false' | 'legacy'

export interface Inputs {
  tag: string
  /** A commit SHA (or a ref GitHub resolves to one). */
  target: string
  name: string
  /** The text from `body` or `body-file`. */
  body: string
  changelog: Changelog
  previousTag: string | undefined
  image: string | undefined
  digest: string | undefined
  draft: boolean
  prerelease: boolean
  makeLatest: MakeLatest
  files: string[]
  updateNotes: boolean
  token: string
  repository: Repository
  workingDirectory: string
}

export function getInputs(env: Env = process.env): Inputs {
  // Masked before anything else can print it.
  const token = getString('token', {env})
  setSecret(token)
  if (!token) {
    throw new InputError(
      'token',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression the user copies
      'is empty. Pass ${{ secrets.GITHUB_TOKEN }} (with permissions: contents: write), a GitHub App token or a PAT.',
    )
  }
  const workspace = env['GITHUB_WORKSPACE'] || process.cwd()
  const workingDirectory = resolve(workspace, getString('working-directory', {default: '.', env}))
  const tag = getString('tag', {required: true, env})
  const prerelease = getEnum('prerelease', ['auto', 'true', 'false'], {default: 'auto', env})
  const inputs: Inputs = {
    tag,
    target: getString('target', {env}) || env['GITHUB_SHA'] || '',
    name: getString('name', {default: tag, env}),
    body: readBody(env, workingDirectory),
    changelog: getEnum('changelog', CHANGELOGS, {default: 'github', env}),
    previousTag: getOptional('previous-tag', {env}),
    image: getOptional('image', {env}),
    digest: getOptional('digest', {env}),
    draft: getBoolean('draft', {default: false, env}),
    prerelease: prerelease === 'auto' ? isPrerelease(tag) : prerelease === 'true',
    makeLatest: getEnum('make-latest', ['true', 'false', 'legacy'], {default: 'true', env}),
    files: getList('files', {comma: false, env}),
    updateNotes: getBoolean('update-notes', {default: false, env}),
    token,
    repository: readRepository(env),
    workingDirectory,
  }
  validate(inputs)
  return inputs
}

function readRepository(env: Env): Repository {
  try {
    return parseRepository(getOptional('repository', {env}), env)
  } catch (err) {
    if (err instanceof RepositoryNameError) throw new InputError('repository', err.message)
    throw err
  }
}

function readBody(env: Env, cwd: string): string {
  const body = getOptional('body', {env})
  const file = getOptional('body-file', {env})
  if (body !== undefined && file !== undefined) {
    throw new InputError('body-file', 'and body are both given. Use one of them.')
  }
  if (file === undefined) return body ?? ''
  const path = isAbsolute(file) ? file : resolve(cwd, file)
  try {
    return readFileSync(path, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (code ?? String(err))
    throw new InputError(
      'body-file',
      `cannot read '${file}' (${path}): ${why}. Give a file in the workspace.`,
    )
  }
}

function validate(i: Inputs): void {
  const problem = tagNameProblem(i.tag)
  if (problem) {
    throw new InputError('tag', `'${i.tag}' is not a valid git tag name: it ${problem}. Use e.g. v1.2.3.`)
  }
  if (i.previousTag !== undefined) {
    const previous = tagNameProblem(i.previousTag)
    if (previous)
      throw new InputError('previous-tag', `'${i.previousTag}' is not a valid git tag name: it ${previous}.`)
    if (i.previousTag === i.tag)
      throw new InputError('previous-tag', `is the tag being released ('${i.tag}').`)
  }
  if (!i.target) {
    throw new InputError('target', 'is empty and GITHUB_SHA is not set. Give the commit SHA to release.')
  }
  if (!/^[0-9a-f]{7,40}$/i.test(i.target) && tagNameProblem(i.target)) {
    throw new InputError('target', `'${i.target}' is neither a commit SHA nor a branch name.`)
  }
  if (i.digest !== undefined && !isDigest(i.digest)) {
    throw new InputError(
      'digest',
      `'${i.digest}' is not an image digest. Use the form sha256:<64 hex digits>.`,
    )
  }
  if (i.image !== undefined) {
    try {
      parseImageReference(i.image)
    } catch (err) {
      if (err instanceof ImageReferenceError) throw new InputError('image', err.message)
      throw err
    }
  }
}
