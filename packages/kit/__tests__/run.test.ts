import {afterEach, beforeEach, describe, expect, it, jest} from '@jest/globals'
import {ActionError, InputError} from '../src/errors'
import {run} from '../src/run'

let written: string[]

beforeEach(() => {
  written = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk))
    return true
  })
  process.exitCode = undefined
})

afterEach(() => {
  jest.restoreAllMocks()
  process.exitCode = undefined
})

const errors = () => written.filter((l) => l.startsWith('::error'))

describe('run', () => {
  it('reports a bad input as one error line and never loads main', async () => {
    const load = jest.fn(async () => ({main: async () => {}}))
    await run(
      {
        inputs: () => {
          throw new InputError('source', "'x' is not one of 'a', 'b'.")
        },
        main: load,
      },
      {},
    )
    expect(load).not.toHaveBeenCalled()
    expect(errors()).toEqual(["::error::Input 'source': 'x' is not one of 'a', 'b'.\n"])
    expect(process.exitCode).toBe(1)
  })

  it('passes parsed inputs to main and succeeds quietly', async () => {
    const seen: unknown[] = []
    await run({inputs: () => ({n: 1}), main: async () => ({main: async (i) => void seen.push(i)})}, {})
    expect(seen).toEqual([{n: 1}])
    expect(errors()).toEqual([])
    expect(process.exitCode).toBeUndefined()
  })

  it('annotates the file and line an ActionError points at, and keeps stacks in the debug log', async () => {
    await run(
      {
        inputs: () => ({}),
        main: async () => ({
          main: async () => {
            throw new ActionError('Bad config', {file: 'main.tf', line: 3})
          },
        }),
      },
      {},
    )
    expect(errors()).toEqual(['::error file=main.tf,line=3::Bad config\n'])
    expect(written.some((l) => l.startsWith('::debug::ActionError: Bad config'))).toBe(true)
  })

  it('labels an unexpected error as such', async () => {
    await run(
      {
        inputs: () => ({}),
        main: async () => ({
          main: async () => {
            throw new TypeError('x is undefined')
          },
        }),
      },
      {},
    )
    expect(errors()).toEqual(['::error::Unexpected failure: x is undefined\n'])
    expect(process.exitCode).toBe(1)
  })

  it('marks the post step in state when the action has one', async () => {
    await run(
      {
        inputs: () => ({}),
        main: async () => ({main: async () => {}}),
        post: async () => ({post: async () => {}}),
      },
      {},
    )
    expect(written).toContain('::save-state name=isPost::true\n')
  })

  it('runs only the post step in the post phase, and a failing clean-up warns without failing', async () => {
    const main = jest.fn(async () => ({main: async () => {}}))
    const inputs = jest.fn(() => ({}))
    await run(
      {
        inputs,
        main,
        post: async () => ({
          post: async () => {
            throw new Error('logout failed')
          },
        }),
      },
      {STATE_isPost: 'true'},
    )
    expect(main).not.toHaveBeenCalled()
    expect(inputs).not.toHaveBeenCalled()
    expect(written).toEqual(['::warning::Clean-up did not finish: logout failed\n'])
    expect(process.exitCode).toBeUndefined()
  })
})
