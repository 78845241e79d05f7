import {describe, expect, it} from '@jest/globals'
import {parseCommit, renderChangelog, renderItem} from '../src/conventional'

const sha = 'a'.repeat(40)

describe('parseCommit', () => {
  it.each([
    ['feat: add export', '', {group: 'feat', type: 'feat', scope: undefined, description: 'add export'}],
    [
      'fix(api): null totals (#42)',
      '',
      {group: 'fix', scope: 'api', description: 'null totals', pullRequest: 42},
    ],
    ['perf: faster parse', '', {group: 'perf', description: 'faster parse'}],
    ['feat(ui)!: new layout', '', {group: 'breaking', type: 'feat', scope: 'ui', description: 'new layout'}],
    [
      'refactor: config',
      'Moves things.\n\nBREAKING CHANGE: config moved\n  to deploy.yml',
      {group: 'breaking', breakingNote: 'config moved to deploy.yml'},
    ],
    ['chore(deps): bump x', 'BREAKING-CHANGE: gone', {group: 'breaking', breakingNote: 'gone'}],
    ['docs: readme', '', {group: 'other', type: 'docs'}],
    ['Fix: capitalised type', '', {group: 'fix', type: 'fix'}],
    [
      'Update README.md (#7)',
      '',
      {group: 'other', type: undefined, description: 'Update README.md', pullRequest: 7},
    ],
    ['feat:missing space', '', {group: 'other', description: 'feat:missing space'}],
  ])('%j', (subject, body, expected) => {
    expect(parseCommit({sha, subject, body})).toMatchObject(expected)
  })

  it('does not call a plain subject breaking for a BREAKING CHANGE footer', () => {
    expect(parseCommit({sha, subject: 'Merge things', body: 'BREAKING CHANGE: x'}).group).toBe('other')
  })
})

describe('renderItem', () => {
  const links = {repoUrl: 'https://github.com/acme/app'}

  it('links the pull request and the commit, with the scope in bold', () => {
    const item = parseCommit({sha, subject: 'fix(api): null totals (#42)', body: ''})
    expect(renderItem(item, links)).toBe(
      '- **api:** null totals ([#42](https://github.com/acme/app/pull/42)) ' +
        `([aaaaaaa](https://github.com/acme/app/commit/${sha}))`,
    )
  })
})

describe('renderChangelog', () => {
  const links = {repoUrl: 'https://github.com/acme/app', previousTag: 'v1.0.0', tag: 'v1.1.0'}

  it('orders the sections breaking, features, fixes, performance, other and skips empty ones', () => {
    const text = renderChangelog(
      [
        {sha, subject: 'chore: tidy', body: ''},
        {sha, subject: 'fix: b', body: ''},
        {sha, subject: 'feat!: a', body: ''},
      ],
      links,
    )
    expect(text.split('\n').filter((l) => l.startsWith('### '))).toEqual([
      '### ⚠ Breaking changes',
      '### Bug fixes',
      '### Other changes',
    ])
    expect(text).toMatch(
      /\*\*Full changelog\*\*: https:\/\/github\.com\/acme\/app\/compare\/v1\.0\.0\.\.\.v1\.1\.0$/,
    )
  })

  it('says when nothing changed, and links the whole history for a first release', () => {
    expect(renderChangelog([], links)).toBe(
      'No changes since v1.0.0.\n\n**Full changelog**: https://github.com/acme/app/compare/v1.0.0...v1.1.0',
    )
    expect(renderChangelog([], {...links, previousTag: undefined})).toBe(
      'No changes.\n\n**Full changelog**: https://github.com/acme/app/commits/v1.1.0',
    )
  })
})
