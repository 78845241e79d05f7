/**
 * The runner's command protocol: inputs from `INPUT_*`, outputs and state through the `GITHUB_OUTPUT` /
 * `GITHUB_STATE` files, masks, groups and annotations on stdout, the job summary file.
 *
 * Written here rather than imported from `@actions/core` because that package loads all of undici (for
 * OIDC tokens no action here asks the runner for) when it is imported: ~50 ms before the first input is
 * read, more than the whole start-up budget of an action (see bench/). The protocol itself is small and
 * documented ("Workflow commands for GitHub Actions"); `__tests__/workflow.test.ts` checks that this file
 * encodes every command exactly as `@actions/core` does.
 */
import {randomUUID} from 'node:crypto'
import {appendFileSync, existsSync} from 'node:fs'
import {EOL} from 'node:os'

export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

/** The raw value of an input as the runner passes it (`''` when unset), surrounding whitespace trimmed. */
export function readInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

/** The value of a state saved by the main step, read in the post step. */
export function getState(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return env[`STATE_${name}`] ?? ''
}

export function setOutput(name: string, value: unknown): void {
  fileCommand('OUTPUT', 'set-output', name, value)
}

export function saveState(name: string, value: unknown): void {
  fileCommand('STATE', 'save-state', name, value)
}

/** Tells the runner to replace `secret` by `***` in every later log line. */
export function setSecret(secret: string): void {
  if (secret) issue('add-mask', {}, secret)
}

export function info(message: string): void {
  process.stdout.write(message + EOL)
}

export function isDebug(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['RUNNER_DEBUG'] === '1'
}

export function debug(message: string): void {
  issue('debug', {}, message)
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issue('notice', annotation(properties), message)
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issue('warning', annotation(properties), message)
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issue('error', annotation(properties), message)
}

export function startGroup(name: string): void {
  issue('group', {}, name)
}

export function endGroup(): void {
  issue('endgroup', {}, '')
}

/** Runs `fn` inside a collapsible log group that is closed whatever `fn` does. */
export async function group<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
  startGroup(name)
  try {
    return await fn()
  } finally {
    endGroup()
  }
}

/** Appends markdown to the job summary; a no-op outside a runner (no `GITHUB_STEP_SUMMARY`). */
export function appendSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): void {
  const path = env['GITHUB_STEP_SUMMARY']
  if (path) appendFileSync(path, markdown.endsWith(EOL) ? markdown : markdown + EOL, 'utf8')
}

function annotation(p: AnnotationProperties): Record<string, string | number | undefined> {
  return {
    title: p.title,
    file: p.file,
    line: p.startLine,
    endLine: p.endLine,
    col: p.startColumn,
    endColumn: p.endColumn,
  }
}

function issue(
  command: string,
  properties: Record<string, string | number | undefined>,
  message: string,
): void {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',')
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`)
}

function fileCommand(file: 'OUTPUT' | 'STATE', legacyCommand: string, name: string, value: unknown): void {
  const path = process.env[`GITHUB_${file}`]
  const text = toCommandValue(value)
  if (!path) {
    // The runner's legacy stdout form; @actions/core starts set-output on a fresh line the same way.
    if (file === 'OUTPUT') process.stdout.write(EOL)
    issue(legacyCommand, {name}, text)
    return
  }
  if (!existsSync(path)) throw new Error(`The runner's GITHUB_${file} file is missing: ${path}`)
  const delimiter = `ghadelimiter_${randomUUID()}`
  if (name.includes(delimiter) || text.includes(delimiter)) {
    throw new Error(`Unexpected input: the name or value of '${name}' contains the delimiter ${delimiter}`)
  }
  appendFileSync(path, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, 'utf8')
}

function toCommandValue(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  return JSON.stringify(value)
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
