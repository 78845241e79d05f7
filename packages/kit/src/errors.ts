/**
 * Errors an action throws on purpose. Their message is shown to the user as is, as one `::error::` line,
 * so it says what was wrong and how to fix it, and never contains a secret.
 */
export class ActionError extends Error {
  override name = 'ActionError'

  /** Extra annotation fields, e.g. the file and line a configuration error points at. */
  readonly file: string | undefined
  readonly line: number | undefined

  constructor(message: string, options: {cause?: unknown; file?: string; line?: number} = {}) {
    super(message, options.cause === undefined ? undefined : {cause: options.cause})
    this.file = options.file
    this.line = options.line
  }
}

/** An input that is missing, malformed or contradicts another; raised before anything is changed. */
export class InputError extends ActionError {
  override name = 'InputError'

  constructor(
    readonly input: string,
    problem: string,
  ) {
    super(`Input '${input}': ${problem}`)
  }
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message
  return String(err)
}
