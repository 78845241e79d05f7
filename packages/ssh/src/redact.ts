/**
 * Redaction of remote output before it reaches the log. Multi-line secrets (private keys) are also
 * redacted line by line, since output is streamed a line at a time.
 */
import {StringDecoder} from 'node:string_decoder'

export function secretFragments(secrets: readonly string[]): string[] {
  const fragments = new Set<string>()
  for (const secret of secrets) {
    if (!secret) continue
    fragments.add(secret)
    if (/\r?\n/.test(secret)) {
      for (const line of secret.split(/\r?\n/)) if (line.trim().length >= 4) fragments.add(line.trim())
    }
  }
  // Longest first, so a secret containing another is replaced whole.
  return [...fragments].sort((a, b) => b.length - a.length)
}

export function redact(text: string, fragments: readonly string[]): string {
  let out = text
  for (const fragment of fragments) out = out.split(fragment).join('***')
  return out
}

/** Splits a byte stream into lines (a trailing partial line is held until more data or `flush`). */
export class LineSplitter {
  private pending = ''
  // Keeps a multi-byte character that is split across two chunks whole.
  private readonly decoder = new StringDecoder('utf8')

  constructor(private readonly onLine: (line: string) => void) {}

  push(chunk: Buffer | string): void {
    const text = this.pending + (typeof chunk === 'string' ? chunk : this.decoder.write(chunk))
    const lines = text.split(/\r?\n/)
    this.pending = lines.pop() ?? ''
    for (const line of lines) this.onLine(line)
  }

  flush(): void {
    this.pending += this.decoder.end()
    if (this.pending !== '') this.onLine(this.pending)
    this.pending = ''
  }
}
