/**
 * Repository names (`owner/name`). Apart from the client so that an action's input parser can check one
 * without loading Octokit.
 */
import {ActionError} from '@deploy-actions/kit/errors'

export interface Repository {
  owner: string
  repo: string
}

/**
 * A repository name that is not `owner/name`, or no name at all outside GitHub Actions. The caller maps it to
 * the input that named the repository.
 */
export class RepositoryNameError extends ActionError {
  override name = 'RepositoryNameError'
}

/** `owner/name` from `text`, or the run's `GITHUB_REPOSITORY` when `text` is empty. */
export function parseRepository(text: string | undefined, env: NodeJS.ProcessEnv = process.env): Repository {
  const value = text?.trim() || env['GITHUB_REPOSITORY'] || ''
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/.exec(value)
  if (match) return {owner: match[1]!, repo: match[2]!}
  if (!value) {
    throw new RepositoryNameError(
      'No repository: GITHUB_REPOSITORY is not set. Name the repository as owner/name, or run inside GitHub Actions.',
    )
  }
  throw new RepositoryNameError(`'${value}' is not of the form owner/name.`)
}
