/**
 * The pull request comment store over GitHub's REST API (issue comments: a pull request is an issue).
 * Loaded only when a comment is to be written, so other runs never load the HTTP client.
 */
import {createClient, parseRepository, statusOf} from '@deploy-actions/github/client'
import type {CommentStore} from './pr-comment'

export function githubCommentStore(options: {
  token: string
  pullNumber: number
  env?: NodeJS.ProcessEnv
  log?: (message: string) => void
}): CommentStore {
  const env = options.env ?? process.env
  const github = createClient({
    token: options.token,
    baseUrl: env['GITHUB_API_URL'],
    ...(options.log ? {log: options.log} : {}),
  })
  const target = {...parseRepository(undefined, env), issue_number: options.pullNumber}
  return {
    list: () =>
      explained('list the comments', async () => {
        const comments = await github.paginate(github.rest.issues.listComments, {...target, per_page: 100})
        return comments.map((c) => ({id: c.id, body: c.body ?? ''}))
      }),
    create: (body) =>
      explained('create the comment', async () => {
        const {data} = await github.rest.issues.createComment({...target, body})
        return {id: data.id, url: data.html_url}
      }),
    update: (id, body) =>
      explained('update the comment', async () => {
        const {data} = await github.rest.issues.updateComment({...target, comment_id: id, body})
        return {id: data.id, url: data.html_url}
      }),
  }
}

/** Runs one request; a failure says which request failed, with GitHub's status and what to do about it. */
async function explained<T>(what: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request()
  } catch (err) {
    const status = statusOf(err)
    const hint =
      status === 403 || status === 404
        ? ' The token may not write pull request comments: give the job `permissions: pull-requests: write` ' +
          '(a pull request from a fork only gets a read-only token), or set pr-comment: false.'
        : ''
    const reason = status === undefined ? (err as Error).message : `HTTP ${status}: ${(err as Error).message}`
    throw new Error(`could not ${what} (${reason}).${hint}`, {cause: err})
  }
}
