/**
 * One pull request comment per configuration and workspace, found again by a hidden marker and updated
 * on every run instead of adding another. The comment store is an interface so the logic is tested
 * without GitHub; `github-comments.ts` implements it with the REST API.
 */

export interface StoredComment {
  id: number
  body: string
}

export interface CommentStore {
  /** Every comment on the pull request, oldest first. */
  list(): Promise<StoredComment[]>
  create(body: string): Promise<{id: number; url: string}>
  update(id: number, body: string): Promise<{id: number; url: string}>
}

export interface CommentResult {
  action: 'created' | 'updated'
  id: number
  url: string
}

/** GitHub rejects issue comment bodies longer than 65536 characters. */
export const GITHUB_COMMENT_LIMIT = 65_536

export function commentMarker(key: string): string {
  return `<!-- deploy-actions/terraform-apply ${key.replace(/-->/g, '')} -->`
}

export async function upsertComment(
  store: CommentStore,
  marker: string,
  body: string,
): Promise<CommentResult> {
  const text = body.startsWith(marker) ? body : `${marker}\n${body}`
  const existing = (await store.list()).find((c) => c.body.includes(marker))
  if (existing) return {action: 'updated', ...(await store.update(existing.id, text))}
  return {action: 'created', ...(await store.create(text))}
}

export interface CommentParts {
  marker: string
  /** Markdown before the plan: title, status, counts, resources. */
  head: string
  /** The human-readable plan (`terraform show`), shown in a collapsed block. */
  planText: string
  /** Markdown after the plan. */
  foot?: string
  limit?: number
}

/**
 * The comment body, at most `limit` characters: the plan text is cut (at a line end, with a note saying
 * how much was left out) when the whole would not fit.
 */
export function renderComment(p: CommentParts): string {
  const limit = p.limit ?? GITHUB_COMMENT_LIMIT
  const build = (plan: string, note: string) =>
    [
      p.marker,
      p.head,
      plan || note ? `<details><summary>Show plan</summary>\n\n${fence(plan)}\n${note}\n</details>` : '',
      p.foot ?? '',
    ]
      .filter(Boolean)
      .join('\n\n')
  const whole = build(p.planText, '')
  if (whole.length <= limit) return whole
  const note = (left: number) =>
    `\n_The plan is cut here: ${left} more characters did not fit in a comment. The full plan is in the job summary and the log._\n`
  // The room left for plan text once everything else, and a note with the largest count, is in place.
  const room = limit - build('', note(p.planText.length)).length - 64
  let cut = p.planText.slice(0, Math.max(0, room))
  const lastLineEnd = cut.lastIndexOf('\n')
  if (lastLineEnd > 0) cut = cut.slice(0, lastLineEnd)
  const body = build(cut, note(p.planText.length - cut.length))
  return body.length <= limit ? body : body.slice(0, limit)
}

/** A fenced code block whose fence is longer than any backtick run inside the text. */
export function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length))
  const ticks = '`'.repeat(longest + 1)
  return `${ticks}\n${text.replace(/\s+$/, '')}\n${ticks}`
}
