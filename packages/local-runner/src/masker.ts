/**
 * The runner's secret masker: every value registered with `::add-mask::` (and each line of a multi-line
 * value) is replaced by `***` in every later log line, the longest value first.
 */
export class Masker {
  private readonly values: string[] = []
  private patterns: string[] = []
  private regex: RegExp | undefined

  constructor(values: readonly string[] = []) {
    for (const value of values) this.add(value)
  }

  /** The values as registered, in order. */
  get masks(): string[] {
    return [...this.values]
  }

  add(value: string): void {
    if (value === '' || this.values.includes(value)) return
    this.values.push(value)
    const lines = value.split(/\r?\n/).filter((line) => line.trim() !== '')
    this.patterns = [...new Set([...this.patterns, value, ...lines])].sort((a, b) => b.length - a.length)
    this.regex = new RegExp(this.patterns.map(escapeRegExp).join('|'), 'g')
  }

  mask(text: string): string {
    return this.regex ? text.replace(this.regex, '***') : text
  }
}

export function maskText(text: string, masks: readonly string[]): string {
  return new Masker(masks).mask(text)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
