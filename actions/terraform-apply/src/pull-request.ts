/**
 * The pull request comment step: on a pull request event with a token, the run's report is written to
 * the pull request (one comment, updated on re-runs). Any failure here is a warning: a good plan stays
 * green when, for example, a fork's read-only token may not comment.
 */
import {errorMessage} from '@deploy-actions/kit/errors'
import {redact} from '@deploy-actions/kit/exec'
import * as workflow from '@deploy-actions/kit/workflow'
import {pullRequestNumber} from './event'
import type {Inputs} from './inputs'
import type {Deps} from './main'
import {commentMarker, renderComment, upsertComment} from './pr-comment'
import {commentHead, type Report} from './report'

/** What happened, for the job summary; undefined when no comment was due. */
export async function commentOnPullRequest(
  report: Report,
  inputs: Inputs,
  deps: Deps,
  secrets: string[],
): Promise<string | undefined> {
  if (!inputs.prComment) return undefined
  let pullNumber: number | undefined
  try {
    pullNumber = pullRequestNumber(deps.env)
  } catch (err) {
    workflow.warning(`No pull request comment: ${errorMessage(err)}`)
    return 'not written: the event payload could not be read'
  }
  if (pullNumber === undefined) return undefined
  if (!inputs.githubToken) {
    workflow.warning('No pull request comment: the github-token input is empty.')
    return 'not written: no github-token'
  }
  try {
    const store = await deps.commentStore(pullNumber, inputs.githubToken)
    const marker = commentMarker(`${report.directory}@${report.workspace}`)
    const body = renderComment({
      marker,
      head: redact(commentHead(report), secrets),
      planText: redact(report.planText ?? '', secrets),
    })
    const result = await upsertComment(store, marker, body)
    workflow.setOutput('comment-url', result.url)
    workflow.info(`Pull request comment ${result.action}: ${result.url}`)
    return `${result.action}: ${result.url}`
  } catch (err) {
    const message = redact(errorMessage(err), secrets)
    workflow.warning(`Could not comment on pull request #${pullNumber}: ${message}`)
    return `not written: ${message}`
  }
}
