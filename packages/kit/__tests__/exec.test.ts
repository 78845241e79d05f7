/** The process runner, driving real child processes. */
import {afterEach, beforeEach, describe, expect, it, jest} from '@jest/globals'
import {CommandError, redact, runCommand} from '../src/exec'

let log: string

beforeEach(() => {
  log = ''
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    log += String(chunk)
    return true
  })
})

afterEach(() => {
  jest.restoreAllMocks()
})

const node = process.execPath

describe('runCommand', () => {
  it('captures output, streams it to the log and passes stdin', async () => {
    const r = await runCommand(node, ['-e', 'process.stdin.pipe(process.stdout)'], {input: 'hello\nworld\n'})
    expect(r).toEqual({exitCode: 0, stdout: 'hello\nworld\n', stderr: ''})
    expect(log).toContain('hello\nworld\n')
  })

  it('keeps secrets out of the logged command line, the streamed output and the error', async () => {
    const secret = 'hunter2-token'
    const script = `console.log('token is ${secret}'); console.error('denied for ${secret}'); process.exit(3)`
    const err = await runCommand(node, ['-e', script, '--', '--password', secret], {secrets: [secret]}).catch(
      (e) => e,
    )
    expect(err).toBeInstanceOf(CommandError)
    expect((err as CommandError).exitCode).toBe(3)
    expect((err as CommandError).message).toMatch(/failed with exit code 3:\ndenied for \*\*\*$/)
    expect(log).toContain('--password ***')
    expect(log).toContain('token is ***')
    expect(log + (err as Error).message).not.toContain(secret)
  })

  it('returns a failure instead of throwing when allowed', async () => {
    const r = await runCommand(node, ['-e', 'process.exit(2)'], {allowFailure: true, quiet: true})
    expect(r.exitCode).toBe(2)
    expect(log).toMatch(/^::debug::\$ /)
  })

  it('adds env to the inherited environment', async () => {
    const r = await runCommand(
      node,
      ['-e', 'console.log(process.env.KIT_A + ":" + typeof process.env.PATH)'],
      {
        env: {KIT_A: 'set'},
        quiet: true,
      },
    )
    expect(r.stdout.trim()).toBe('set:string')
  })

  it('fails clearly when the command does not exist', async () => {
    await expect(runCommand('definitely-not-a-command-here', [])).rejects.toThrow(
      /definitely-not-a-command-here/,
    )
  })
})

describe('redact', () => {
  it('replaces every occurrence and ignores empty secrets', () => {
    expect(redact('a-x-a', ['a', ''])).toBe('***-x-***')
  })
})
