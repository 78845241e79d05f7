/**
 * A changelog grouped by Conventional Commits (`feat(api)!: …`, `fix: …`, `BREAKING CHANGE:` footers),
 * with a link to each commit and to the pull request a subject names (`… (#123)`, as GitHub writes
 * squash merges). Pure: the commits come from `history.ts`.
 */

export interface CommitEntry {
  sha: string
  subject: string
  body: string
}

export type Group = 'breaking' | 'feat' | 'fix' | 'perf' | 'other'

export interface ChangeItem {
  group: Group
  type: string | undefined
  scope: string | undefined
  description: string
  sha: string
  pullRequest: number | undefined
  /** The text of a `BREAKING CHANGE:` footer. */
  breakingNote: string | undefined
}

export const GROUP_TITLES: Record<Group, string> = {
  breaking: '⚠ Breaking changes',
  feat: 'Features',
  fix: 'Bug fixes',
  perf: 'Performance',
  other: 'Other changes',
}

const HEADER = /^(\w[\w-]*)(?:\(([^()]*)\))?(!)?:\s+(.+)$/
const BREAKING_FOOTER = /(?:^|\n)BREAKING[ -]CHANGE:\s*([\s\S]+?)(?=\n\s*\n|$)/
const PULL_REQUEST = /\s*\(#(\d+)\)\s*$/

export function parseCommit(commit: CommitEntry): ChangeItem {
  const subject = commit.subject.trim()
  const pr = PULL_REQUEST.exec(subject)
  const text = pr ? subject.slice(0, pr.index) : subject
  const header = HEADER.exec(text)
  const footer = BREAKING_FOOTER.exec(commit.body)
  const type = header?.[1]?.toLowerCase()
  const breaking = Boolean(header && (header[3] || footer))
  const group: Group = breaking
    ? 'breaking'
    : type === 'feat' || type === 'fix' || type === 'perf'
      ? type
      : 'other'
  return {
    group,
    type,
    scope: header?.[2]?.trim() || undefined,
    description: header ? header[4]!.trim() : text,
    sha: commit.sha,
    pullRequest: pr ? Number(pr[1]) : undefined,
    breakingNote: footer?.[1]?.replace(/\s+/g, ' ').trim(),
  }
}

export interface Links {
  /** `https://github.com/owner/repo` */
  repoUrl: string
}

export function renderItem(item: ChangeItem, links: Links): string {
  const scope = item.scope ? `**${item.scope}:** ` : ''
  const pr = item.pullRequest ? ` ([#${item.pullRequest}](${links.repoUrl}/pull/${item.pullRequest}))` : ''
  const commit = ` ([${item.sha.slice(0, 7)}](${links.repoUrl}/commit/${item.sha}))`
  const note = item.breakingNote ? `\n  ${item.breakingNote}` : ''
  return `- ${scope}${item.description}${pr}${commit}${note}`
}

/** The changelog in markdown: one section per group that has commits, newest commit first. */
export function renderChangelog(
  commits: readonly CommitEntry[],
  links: Links & {previousTag: string | undefined; tag: string},
): string {
  const items = commits.map(parseCommit)
  const sections = (Object.keys(GROUP_TITLES) as Group[])
    .map((group) => {
      const lines = items.filter((i) => i.group === group).map((i) => renderItem(i, links))
      return lines.length > 0 ? `### ${GROUP_TITLES[group]}\n\n${lines.join('\n')}` : ''
    })
    .filter(Boolean)
  const since = links.previousTag ? ` since ${links.previousTag}` : ''
  const body = sections.length > 0 ? sections.join('\n\n') : `No changes${since}.`
  const compare = links.previousTag
    ? `${links.repoUrl}/compare/${links.previousTag}...${links.tag}`
    : `${links.repoUrl}/commits/${links.tag}`
  return `${body}\n\n**Full changelog**: ${compare}`
}
