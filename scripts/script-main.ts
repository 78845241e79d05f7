/** The entry-point wrapper of the release scripts: one error line, exit code 1, nothing else on failure. */
import {resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

export function isEntryPoint(moduleUrl: string): boolean {
  return Boolean(process.argv[1]) && fileURLToPath(moduleUrl) === resolve(process.argv[1] as string)
}

export function runScript(main: () => number | Promise<number>): void {
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        process.exitCode = code
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error)
        // On a runner the message becomes one error annotation; a multi-line one needs its newlines encoded.
        console.error(
          process.env.GITHUB_ACTIONS === 'true' ? `::error::${message.replace(/\n/g, '%0A')}` : message,
        )
        process.exitCode = 1
      },
    )
}
