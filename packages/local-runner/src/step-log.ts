/**
 * What the runner does with each line a step prints: carry out the workflow command it holds, or show it.
 * Every shown line is masked with the masks registered so far, as in the runner, so a value printed
 * before its `::add-mask::` is not masked (that would leak on GitHub too).
 */
import {readFileSync} from 'node:fs'
import {parseCommand, parseFileCommands} from './commands'
import type {Masker} from './masker'

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface Annotation {
  level: AnnotationLevel
  message: string
  properties: Record<string, string>
}

export interface StepLogOptions {
  masker: Masker
  /** Shows `::debug::` lines (`RUNNER_DEBUG=1`). */
  debug: boolean
  /** Called with each masked log line as it is produced. */
  onLine?: (line: string) => void
}

const LEGACY = {'set-output': 'GITHUB_OUTPUT', 'save-state': 'GITHUB_STATE'} as const

export class StepLog {
  readonly annotations: Annotation[] = []
  /** Values set by the legacy `::set-output::` command. */
  readonly outputs: Record<string, string> = {}
  /** Values set by the legacy `::save-state::` command. */
  readonly state: Record<string, string> = {}
  /** A command failed the step, as the runner fails it (a disabled command, a bad file command). */
  failed = false
  private readonly lines: string[] = []
  private stopToken: string | undefined

  constructor(private readonly options: StepLogOptions) {}

  get text(): string {
    return this.lines.map((line) => `${line}\n`).join('')
  }

  /** Handles one line the step printed (stdout or stderr: the runner reads commands from both). */
  line(raw: string): void {
    if (this.stopToken !== undefined) {
      if (raw.trim() === `::${this.stopToken}::`) this.stopToken = undefined
      else this.show(raw)
      return
    }
    const command = parseCommand(raw)
    if (!command) {
      this.show(raw)
      return
    }
    const {name, properties, data} = command
    switch (name) {
      case 'add-mask':
        this.options.masker.add(data)
        return
      case 'group':
        this.show(`▸ ${data}`)
        return
      case 'endgroup':
      case 'echo':
      case 'add-matcher':
      case 'remove-matcher':
        return
      case 'debug':
        if (this.options.debug) this.show(`Debug: ${data}`)
        return
      case 'error':
      case 'warning':
      case 'notice':
        this.annotate(name, data, properties)
        return
      case 'set-output':
      case 'save-state':
        this.legacy(name, properties, data)
        return
      case 'stop-commands':
        this.stopToken = data
        return
      case 'set-env':
      case 'add-path':
        this.failed = true
        this.annotate('error', `The '${name}' command is disabled. Use the environment files instead.`, {})
        return
      default:
        this.show(raw)
    }
  }

  /** Records an annotation (the action's, or the runner's own) and shows it as `Level: file:line: message`. */
  annotate(level: AnnotationLevel, data: string, properties: Record<string, string>): void {
    const masker = this.options.masker
    const message = masker.mask(data)
    const masked = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, masker.mask(v)]))
    this.annotations.push({level, message, properties: masked})
    const where = [properties.file, properties.line, properties.col].filter(Boolean).join(':')
    const title = properties.title ? `${properties.title}: ` : ''
    const label = `${level[0]!.toUpperCase()}${level.slice(1)}`
    this.show(`${label}: ${where ? `${where}: ` : ''}${title}${data}`)
  }

  private legacy(name: keyof typeof LEGACY, properties: Record<string, string>, data: string): void {
    const key = properties.name
    if (key) (name === 'set-output' ? this.outputs : this.state)[key] = data
    this.annotate(
      'warning',
      `The '${name}' command is deprecated and will be disabled soon. Use the ${LEGACY[name]} file instead.`,
      {},
    )
  }

  private show(text: string): void {
    for (const line of text.split(/\r?\n/)) {
      const masked = this.options.masker.mask(line)
      this.lines.push(masked)
      this.options.onLine?.(masked)
    }
  }

  /** Reads a file-command file; a malformed one fails the step with an error annotation, as on GitHub. */
  readFileCommands(path: string, kind: string): Record<string, string> {
    try {
      return parseFileCommands(readFileSync(path, 'utf8'))
    } catch (err) {
      this.failed = true
      this.annotate('error', `Unable to process file command '${kind}': ${(err as Error).message}`, {})
      return {}
    }
  }
}
