/**
 * Runs one step's bundle under node, as the runner does (`node <script>` in the workspace, no stdin),
 * handing each line of stdout and stderr on as it arrives, and stopping it at a time limit.
 */
import {spawn} from 'node:child_process'
import {constants} from 'node:os'
import type {Readable} from 'node:stream'

export interface StepProcessOptions {
  node: string
  script: string
  cwd: string
  env: Record<string, string>
  timeoutMs: number
  onLine: (line: string) => void
}

export interface StepProcessResult {
  /** The exit code; `128 + n` when ended by signal n; 124 when stopped at the time limit. */
  exitCode: number
  stdout: string
  stderr: string
  timedOut: boolean
}

/** How long a step stopped at its time limit gets between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 5_000
/** How long output pipes a step's children hold open may delay the end of a step that has exited. */
const CLOSE_GRACE_MS = 2_000

export function runStepProcess(options: StepProcessOptions): Promise<StepProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(options.node, [options.script], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let timedOut = false
    let settled = false
    const timers: NodeJS.Timeout[] = []
    const stdout = collectLines(child.stdout, options.onLine)
    const stderr = collectLines(child.stderr, options.onLine)

    const finish = (code: number | null, signal: NodeJS.Signals | null) => {
      if (settled) return
      settled = true
      for (const timer of timers) clearTimeout(timer)
      stdout.flush()
      stderr.flush()
      const signalCode = signal ? 128 + (constants.signals[signal] ?? 0) : 1
      resolve({
        exitCode: timedOut ? 124 : (code ?? signalCode),
        stdout: stdout.text(),
        stderr: stderr.text(),
        timedOut,
      })
    }

    timers.push(
      setTimeout(() => {
        timedOut = true
        child.kill('SIGTERM')
        timers.push(setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS))
      }, options.timeoutMs),
    )
    child.on('error', (err) => {
      if (settled) return
      settled = true
      for (const timer of timers) clearTimeout(timer)
      reject(new Error(`Cannot start '${options.node} ${options.script}': ${err.message}`))
    })
    child.on('exit', (code, signal) => {
      timers.push(
        setTimeout(() => {
          child.stdout.destroy()
          child.stderr.destroy()
          finish(code, signal)
        }, CLOSE_GRACE_MS),
      )
    })
    child.on('close', finish)
  })
}

function collectLines(stream: Readable, onLine: (line: string) => void) {
  stream.setEncoding('utf8')
  let all = ''
  let pending = ''
  stream.on('data', (chunk: string) => {
    all += chunk
    const parts = (pending + chunk).split('\n')
    pending = parts.pop() ?? ''
    for (const part of parts) onLine(part.replace(/\r$/, ''))
  })
  return {
    text: () => all,
    flush: () => {
      if (pending !== '') onLine(pending.replace(/\r$/, ''))
      pending = ''
    },
  }
}
