/**
 * Job-summary helpers: small markdown builders (the summary renders GitHub-flavoured markdown) and one
 * `write` that appends to the runner's summary file.
 */
import {appendSummary} from './workflow'

export type Cell = string | number | boolean | undefined

/** Escapes text for a markdown table cell: pipes, newlines and HTML-significant characters. */
export function cell(value: Cell): string {
  if (value === undefined || value === '') return '—'
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>')
}

/** A value shown as inline code, for tags, digests and commands. */
export function code(value: Cell): string {
  if (value === undefined || value === '') return '—'
  const text = String(value).replace(/\r?\n/g, ' ')
  const fence = text.includes('`') ? '``' : '`'
  return `${fence}${text.replace(/\|/g, '\\|')}${fence}`
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

export function heading(text: string, level = 3): string {
  return `${'#'.repeat(level)} ${text}`
}

export function details(summaryText: string, body: string): string {
  return `<details><summary>${cell(summaryText)}</summary>\n\n${body}\n\n</details>`
}

/** Appends the given blocks, separated by blank lines, to the job summary. */
export function write(...blocks: string[]): void {
  appendSummary(`${blocks.join('\n\n')}\n\n`)
}
