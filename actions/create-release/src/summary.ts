/** The job summary: what was released, where, and its changelog. */
import {code, details, heading, table} from '@deploy-actions/kit/summary'
import type {Outcome, Result} from './release-flow'

const OUTCOMES: Record<Outcome, string> = {
  created: 'created',
  existing: 'already existed at this commit; nothing changed',
  updated: 'already existed at this commit; name and notes updated',
  'reused-draft': "completed from an earlier run's draft",
}

export interface SummaryFacts {
  result: Result
  sha: string
  previousTag: string | undefined
  image: string | undefined
  digest: string | undefined
  changelog: string
}

export function summaryMarkdown(f: SummaryFacts): string[] {
  const r = f.result.release
  const state = r.draft ? 'draft' : r.prerelease ? 'published (prerelease)' : 'published'
  const rows: [string, string][] = [
    ['Tag', code(r.tag)],
    ['Commit', code(f.sha)],
    ['Release', `[${r.name || r.tag}](${r.url}), ${state}`],
    ['This run', OUTCOMES[f.result.outcome]],
    ['Previous release', code(f.previousTag)],
  ]
  if (f.result.uploaded.length > 0) rows.push(['Uploaded assets', f.result.uploaded.map(code).join(', ')])
  if (f.image) rows.push(['Image', code(f.image)])
  if (f.digest) rows.push(['Digest', code(f.digest)])
  const blocks = [heading('create-release'), table(['', ''], rows)]
  if (f.changelog) blocks.push(details('Changelog', f.changelog))
  return blocks
}
