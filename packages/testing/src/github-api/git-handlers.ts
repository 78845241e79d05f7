/** Commits, refs and tags: the read side of the git database that release tooling needs. */
import {ApiError, type HandlerMap, notFound, page, repoOf} from './handler'
import * as render from './render'

export const gitHandlers: HandlerMap = {
  'repos/get-commit': (request, context) => {
    const repo = repoOf(request, context)
    const ref = request.params['ref'] ?? ''
    const sha = repo.resolveCommit(ref)
    // GitHub answers 422 (not 404) for a SHA or ref it cannot resolve in an existing repository.
    if (!sha) throw new ApiError(422, `No commit found for SHA: ${ref}`)
    return {status: 200, body: render.commit(context.urls, repo, repo.commits.get(sha)!)}
  },

  'git/get-ref': (request, context) => {
    const repo = repoOf(request, context)
    const ref = `refs/${request.params['ref'] ?? ''}`
    const object = repo.refs.get(ref)
    if (object === undefined) throw notFound()
    return {status: 200, body: render.gitRef(context.urls, repo, ref, object)}
  },

  'git/get-tag': (request, context) => {
    const repo = repoOf(request, context)
    const tag = repo.tagObjects.get(request.params['tag_sha'] ?? '')
    if (!tag) throw notFound()
    return {status: 200, body: render.gitTag(context.urls, repo, tag)}
  },

  'repos/list-tags': (request, context) => {
    const repo = repoOf(request, context)
    const tags = [...repo.refs]
      .filter(([ref]) => ref.startsWith('refs/tags/'))
      .map(([ref, object]) =>
        render.tag(context.urls, repo, ref.slice('refs/tags/'.length), repo.peel(object)),
      )
      .sort((a, b) => b.name.localeCompare(a.name))
    return page(request, context, `/repos/${repo.owner}/${repo.name}/tags`, tags)
  },
}
