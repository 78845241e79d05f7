import {describe, expect, it} from '@jest/globals'
import {cell, code, details, table} from '../src/summary'

describe('summary helpers', () => {
  it('escapes what would break a table cell or inject HTML', () => {
    expect(cell('a|b\nc <script>&')).toBe('a\\|b<br>c &lt;script&gt;&amp;')
    expect(cell(undefined)).toBe('—')
    expect(cell(3)).toBe('3')
  })

  it('formats inline code safely inside tables', () => {
    expect(code('v1.2.3')).toBe('`v1.2.3`')
    expect(code('a`b|c')).toBe('``a`b\\|c``')
    expect(code('')).toBe('—')
  })

  it('builds a markdown table and a details block', () => {
    expect(table(['A', 'B'], [['1', '2']])).toBe('| A | B |\n| --- | --- |\n| 1 | 2 |')
    expect(details('Plan <x>', 'body')).toBe(
      '<details><summary>Plan &lt;x&gt;</summary>\n\nbody\n\n</details>',
    )
  })
})
