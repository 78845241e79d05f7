/**
 * Runs a `run:` script the way the runner does: the shell's command line with `{0}` replaced by the script
 * file, each output line handed on as it comes, the whole process group stopped at the time limit.
 */
import {spawn} from 'node:child_process'
import {constants} from 'node:os'

export interface ShellProcessOptions {
  command: string
  args: string[]
  cwd: string
  env: Record<string, string>
  timeoutMs: number
  onLine: (line: string) => void
}

/** How long a stopped script gets between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 5_000
/** How long a background child that keeps the output pipes open may delay the end of the step. */
const CLOSE_GRACE_MS = 2_000

/** The exit code; 124 when stopped at the time limit, 128 + n when ended by signal n. */
export function runShellProcess(
  options: ShellProcessOptions,
): Promise<{exitCode: number; timedOut: boolean}> {
  return new Promise((resolve) => {
    const child = spawn(options.command, options.args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that stopping it also stops what the script started.
      detached: true,
    })
    let timedOut = false
    let done = false
    const timers: NodeJS.Timeout[] = []
    const streams = [child.stdout, child.stderr].map((stream) => {
      let pending = ''
      stream.setEncoding('utf8')
      stream.on('data', (chunk: string) => {
        const lines = (pending + chunk).split('\n')
        pending = lines.pop() ?? ''
        for (const line of lines) options.onLine(line.replace(/\r$/, ''))
      })
      return {stream, flush: () => pending !== '' && options.onLine(pending.replace(/\r$/, ''))}
    })
    const finish = (exitCode: number) => {
      if (done) return
      done = true
      for (const timer of timers) clearTimeout(timer)
      for (const s of streams) s.flush()
      resolve({exitCode: timedOut ? 124 : exitCode, timedOut})
    }
    const signalGroup = (signal: NodeJS.Signals) => {
      try {
        if (child.pid) process.kill(-child.pid, signal)
      } catch {
        // The group is already gone.
      }
    }
    timers.push(
      setTimeout(() => {
        timedOut = true
        signalGroup('SIGTERM')
        timers.push(setTimeout(() => signalGroup('SIGKILL'), KILL_GRACE_MS))
      }, options.timeoutMs),
    )
    child.on('error', (err) => {
      options.onLine(`Cannot start ${options.command}: ${err.message}`)
      finish(127)
    })
    const codeOf = (code: number | null, signal: NodeJS.Signals | null) =>
      code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1)
    child.on('exit', (code, signal) => {
      timers.push(
        setTimeout(() => {
          for (const s of streams) s.stream.destroy()
          finish(codeOf(code, signal))
        }, CLOSE_GRACE_MS),
      )
    })
    child.on('close', (code, signal) => finish(codeOf(code, signal)))
  })
}
