/**
 * The kit speaks the runner's command protocol itself (see workflow.ts for why). These tests hold it to
 * the reference implementation: every command must be byte-for-byte what @actions/core writes.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import * as core from '@actions/core'
import {afterEach, beforeEach, describe, expect, it, jest} from '@jest/globals'
import * as workflow from '../src/workflow'

let dir: string
let written: string[]

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kit-workflow-'))
  written = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk))
    return true
  })
})

afterEach(() => {
  jest.restoreAllMocks()
  rmSync(dir, {recursive: true, force: true})
  delete process.env['GITHUB_OUTPUT']
  delete process.env['GITHUB_STATE']
})

function stdoutOf(fn: () => void): string {
  written = []
  fn()
  return written.join('')
}

const messages = ['plain', 'multi\nline\r\nvalue', '100% sure', 'a::b,c:d', '']

describe('stdout commands match @actions/core', () => {
  it.each(messages)('error/warning/notice/debug/info/group of %j', (msg) => {
    const props = {title: 'T: x,y', file: 'src/a.ts', startLine: 3, endLine: 4, startColumn: 1, endColumn: 9}
    expect(stdoutOf(() => workflow.error(msg, props))).toBe(stdoutOf(() => core.error(msg, props)))
    expect(stdoutOf(() => workflow.warning(msg))).toBe(stdoutOf(() => core.warning(msg)))
    expect(stdoutOf(() => workflow.notice(msg, {file: 'x'}))).toBe(
      stdoutOf(() => core.notice(msg, {file: 'x'})),
    )
    expect(stdoutOf(() => workflow.debug(msg))).toBe(stdoutOf(() => core.debug(msg)))
    expect(stdoutOf(() => workflow.info(msg))).toBe(stdoutOf(() => core.info(msg)))
    expect(stdoutOf(() => workflow.startGroup(msg))).toBe(stdoutOf(() => core.startGroup(msg)))
    expect(stdoutOf(() => workflow.endGroup())).toBe(stdoutOf(() => core.endGroup()))
  })

  it('masks the same way', () => {
    expect(stdoutOf(() => workflow.setSecret('s3cr%t'))).toBe(stdoutOf(() => core.setSecret('s3cr%t')))
  })

  it('falls back to the legacy output and state commands without the files', () => {
    expect(stdoutOf(() => workflow.setOutput('a', 'x\ny'))).toBe(stdoutOf(() => core.setOutput('a', 'x\ny')))
    expect(stdoutOf(() => workflow.saveState('a', {n: 1}))).toBe(stdoutOf(() => core.saveState('a', {n: 1})))
  })
})

describe('file commands match @actions/core', () => {
  const normalise = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIM')

  it.each([
    ['output', 'GITHUB_OUTPUT', workflow.setOutput, core.setOutput],
    ['state', 'GITHUB_STATE', workflow.saveState, core.saveState],
  ] as const)('%s', (_name, variable, ours, theirs) => {
    const values: unknown[] = ['v1.2.3', 'line 1\nline 2', '', {a: [1, 2]}, 42, true, null]
    const run = (fn: (n: string, v: unknown) => void) => {
      const file = join(dir, `${variable}-${fn === ours ? 'ours' : 'theirs'}`)
      writeFileSync(file, '')
      process.env[variable] = file
      for (const [i, v] of values.entries()) fn(`name-${i}`, v)
      return normalise(readFileSync(file, 'utf8'))
    }
    expect(run(ours)).toBe(run(theirs))
  })

  it('refuses a missing file rather than losing the output', () => {
    process.env['GITHUB_OUTPUT'] = join(dir, 'gone')
    expect(() => workflow.setOutput('a', 'b')).toThrow(/GITHUB_OUTPUT file is missing/)
  })
})

describe('inputs and state', () => {
  it('reads inputs the way the runner names them', () => {
    const env = {'INPUT_SHORT-SHA-LENGTH': ' 9 ', INPUT_MY_INPUT: 'x'}
    expect(workflow.readInput('short-sha-length', env)).toBe('9')
    expect(workflow.readInput('my input', env)).toBe('x')
    expect(workflow.readInput('absent', env)).toBe('')
    expect(workflow.getState('isPost', {STATE_isPost: 'true'})).toBe('true')
  })

  it('appends markdown to the job summary', () => {
    const file = join(dir, 'summary')
    writeFileSync(file, '')
    workflow.appendSummary('# one', {GITHUB_STEP_SUMMARY: file})
    workflow.appendSummary('two\n', {GITHUB_STEP_SUMMARY: file})
    expect(readFileSync(file, 'utf8')).toBe('# one\ntwo\n')
  })

  it('closes a group even when its body throws', async () => {
    written = []
    await expect(workflow.group('g', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    expect(written).toEqual(['::group::g\n', '::endgroup::\n'])
  })
})
