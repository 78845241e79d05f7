/**
 * Quoting values for a POSIX shell on the remote host.
 *
 * Hand-written on purpose: single quotes are the one quoting form in which the shell interprets nothing
 * (no `$`, backquote, backslash or history expansion), so a value is safe once every `'` in it is closed,
 * escaped and reopened (`'\''`). That rule is complete for sh, bash and zsh; the npm quoting packages
 * either target Windows too, or parse as well as quote, and add nothing to this one line.
 */

export function shellQuote(value: string): string {
  if (value.includes('\0')) throw new Error('A NUL character cannot be passed through a shell.')
  return `'${value.replace(/'/g, `'\\''`)}'`
}

/** A name a shell accepts for `export NAME=...`. */
export function isShellName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)
}

/**
 * Splits a command prefix such as `sudo -n docker` or `microk8s kubectl` into words, accepting only
 * characters that need no quoting, so the prefix can never carry shell syntax. `undefined` when it has
 * anything else.
 */
export function commandWords(command: string): string[] | undefined {
  const words = command.trim().split(/\s+/)
  if (words.length === 0 || words.some((w) => !/^[A-Za-z0-9_./:=@+,%-]+$/.test(w))) return undefined
  return words
}
