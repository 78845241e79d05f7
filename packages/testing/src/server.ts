/**
 * Starting and stopping the real servers the tests use: a free loopback port, a child process whose output
 * is kept for the failure message, readiness polling, and a stop that waits for the process to exit.
 */
import {type ChildProcess, type SpawnOptions, spawn} from 'node:child_process'
import {accessSync, constants} from 'node:fs'
import {createServer, Socket} from 'node:net'

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(address)))
    })
  })
}

/** The absolute path of an executable on PATH (or one of `extraDirs`); throws naming the package to install. */
export function requireExecutable(name: string, installHint: string, extraDirs: string[] = []): string {
  const dirs = [...(process.env['PATH'] ?? '').split(':'), ...extraDirs, '/usr/sbin', '/sbin']
  for (const dir of dirs) {
    if (!dir) continue
    const candidate = `${dir}/${name}`
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {}
  }
  throw new Error(
    `'${name}' is not installed on this machine; ${installHint}. These tests need it and do not skip.`,
  )
}

export interface ServerProcess {
  readonly child: ChildProcess
  /** Everything the process printed so far (stdout and stderr). */
  output(): string
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process has exited. */
  stop(graceMs?: number): Promise<void>
}

export function startProcess(command: string, args: string[], options: SpawnOptions = {}): ServerProcess {
  const child = spawn(command, args, {stdio: ['ignore', 'pipe', 'pipe'], ...options})
  let output = ''
  const keep = (chunk: Buffer) => {
    // Kept whole (up to 16 MB): the registry fixture reads its access log from here by offset.
    output = (output + chunk.toString()).slice(-16_000_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    child.once('exit', () => resolve())
    child.once('error', (err) => {
      output += `\n${err.message}`
      resolve()
    })
  })
  return {
    child,
    output: () => output,
    async stop(graceMs = 5000) {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
      await exited
      clearTimeout(timer)
    },
  }
}

/** Polls `ready` until it returns true; fails with the process's output when it exits or time runs out. */
export async function waitUntil(
  what: string,
  server: ServerProcess,
  ready: () => Promise<boolean> | boolean,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const {exitCode, signalCode} = server.child
    if (exitCode !== null || signalCode !== null) {
      throw new Error(`${what} exited (${exitCode ?? signalCode}) before it was ready:\n${server.output()}`)
    }
    try {
      if (await ready()) return
    } catch {}
    if (Date.now() > deadline) {
      await server.stop()
      throw new Error(`${what} was not ready after ${timeoutMs} ms:\n${server.output()}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** True once something accepts TCP connections on 127.0.0.1:`port`. */
export function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket()
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
    socket.connect(port, '127.0.0.1')
  })
}
