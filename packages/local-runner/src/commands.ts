/**
 * The two halves of the runner's command protocol: workflow commands an action prints
 * (`::name key=value,...::data`, one a line) and the files it appends to (`GITHUB_OUTPUT`, `GITHUB_STATE`,
 * `GITHUB_ENV`), parsed the way the runner parses them.
 */
export interface WorkflowCommand {
  name: string
  properties: Record<string, string>
  data: string
}

/** The command a log line carries, or `undefined` for a plain line. Leading whitespace is ignored. */
export function parseCommand(line: string): WorkflowCommand | undefined {
  const text = line.trimStart()
  if (!text.startsWith('::')) return undefined
  const end = text.indexOf('::', 2)
  if (end < 0) return undefined
  const info = text.slice(2, end)
  const space = info.indexOf(' ')
  const name = space < 0 ? info : info.slice(0, space)
  if (!/^[A-Za-z][\w-]*$/.test(name)) return undefined
  const properties: Record<string, string> = {}
  if (space >= 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(',')) {
      const eq = pair.indexOf('=')
      if (eq > 0 && eq < pair.length - 1) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1))
    }
  }
  return {name, properties, data: unescapeData(text.slice(end + 2))}
}

const DATA_ESCAPES: Record<string, string> = {'%25': '%', '%0D': '\r', '%0A': '\n'}
const PROPERTY_ESCAPES: Record<string, string> = {...DATA_ESCAPES, '%3A': ':', '%2C': ','}

export function unescapeData(text: string): string {
  return text.replace(/%(25|0D|0A)/gi, (m) => DATA_ESCAPES[m.toUpperCase()] ?? m)
}

export function unescapeProperty(text: string): string {
  return text.replace(/%(25|0D|0A|3A|2C)/gi, (m) => PROPERTY_ESCAPES[m.toUpperCase()] ?? m)
}

/**
 * The `name=value` and `name<<DELIMITER` ... `DELIMITER` entries of a file command file, in order (a name
 * given twice keeps its last value). Throws, as the runner fails the step, on a line that is neither, an
 * empty name, or a heredoc whose delimiter never comes.
 */
export function parseFileCommands(text: string): Record<string, string> {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''))
  if (lines.at(-1) === '') lines.pop()
  const out: Record<string, string> = {}
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line === '') continue
    const eq = line.indexOf('=')
    const heredoc = line.indexOf('<<')
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      out[nameOf(line, eq)] = line.slice(eq + 1)
      continue
    }
    if (heredoc < 0) throw new Error(`Invalid format '${line}': expected name=value or name<<DELIMITER.`)
    const name = nameOf(line, heredoc)
    const delimiter = line.slice(heredoc + 2)
    if (delimiter === '') throw new Error(`Invalid format '${line}': the heredoc delimiter is empty.`)
    const end = lines.indexOf(delimiter, i + 1)
    if (end < 0) throw new Error(`Matching delimiter '${delimiter}' not found for '${name}'.`)
    out[name] = lines.slice(i + 1, end).join('\n')
    i = end
  }
  return out
}

function nameOf(line: string, end: number): string {
  const name = line.slice(0, end)
  if (name.trim() === '') throw new Error(`Invalid format '${line}': the name is empty.`)
  return name
}
