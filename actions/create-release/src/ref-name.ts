/**
 * Whether a tag name is one git (and so GitHub) accepts: the rules of `git check-ref-format` for
 * `refs/tags/<name>`, checked here so that a bad tag fails at the input, before anything is created.
 * `__tests__/ref-name.test.ts` compares this with git itself on generated names.
 */

/** What is wrong with `name` as a tag name, or `undefined` when git accepts it. */
export function tagNameProblem(name: string): string | undefined {
  if (name === '') return 'is empty'
  if (name === '@') return "is '@', which git reserves"
  if (name.startsWith('-')) return "starts with '-', which git would read as an option"
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what git forbids here
  const bad = /[\x00-\x20\x7f~^:?*[\\]/.exec(name)
  if (bad) return `contains ${describeChar(bad[0])}, which git does not allow in a tag`
  if (name.includes('..')) return "contains '..'"
  if (name.includes('@{')) return "contains '@{'"
  if (name.startsWith('/') || name.endsWith('/') || name.includes('//')) {
    return "has an empty path component (a leading, trailing or doubled '/')"
  }
  if (name.endsWith('.')) return "ends with '.'"
  for (const part of name.split('/')) {
    if (part.startsWith('.')) return `has a component starting with '.' ('${part}')`
    if (part.endsWith('.lock')) return `has a component ending with '.lock' ('${part}')`
  }
  return undefined
}

function describeChar(char: string): string {
  if (char === ' ') return 'a space'
  const code = char.charCodeAt(0)
  if (code < 0x20 || code === 0x7f) return `a control character (0x${code.toString(16).padStart(2, '0')})`
  return `'${char}'`
}
