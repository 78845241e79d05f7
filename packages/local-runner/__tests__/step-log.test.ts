import {describe, expect, test} from '@jest/globals'
import {Masker} from '../src/masker'
import {StepLog} from '../src/step-log'

function feed(lines: string[], debug = false) {
  const streamed: string[] = []
  const log = new StepLog({masker: new Masker(), debug, onLine: (line) => streamed.push(line)})
  for (const line of lines) log.line(line)
  return {log, streamed}
}

describe('StepLog', () => {
  test('masks from the ::add-mask:: on, not before, and never shows the command', () => {
    const {log, streamed} = feed([
      'early hunter2',
      '::add-mask::hunter2',
      'late hunter2',
      '::error::bad hunter2',
    ])
    expect(log.text).toBe('early hunter2\nlate ***\nError: bad ***\n')
    expect(streamed).toEqual(['early hunter2', 'late ***', 'Error: bad ***'])
    expect(log.annotations).toEqual([{level: 'error', message: 'bad ***', properties: {}}])
  })

  test('masks each line of a multi-line mask value', () => {
    const {log} = feed(['::add-mask::line-one%0Aline-two', 'x line-two y', 'line-one'])
    expect(log.text).toBe('x *** y\n***\n')
  })

  test('shows groups as ▸ lines and annotations with their location', () => {
    const {log} = feed([
      '::group::Push image',
      '::endgroup::',
      '::notice file=a.ts,line=4,col=2::hello',
      '::warning file=b.ts::careful',
      '::error title=Config::broken%0Aon two lines',
    ])
    expect(log.text).toBe(
      '▸ Push image\nNotice: a.ts:4:2: hello\nWarning: b.ts: careful\nError: Config: broken\non two lines\n',
    )
    expect(log.annotations.map((a) => a.level)).toEqual(['notice', 'warning', 'error'])
  })

  test('shows debug lines only in debug mode', () => {
    expect(feed(['::debug::details']).log.text).toBe('')
    expect(feed(['::debug::details'], true).log.text).toBe('Debug: details\n')
  })

  test('honours the legacy set-output and save-state commands, with a deprecation warning', () => {
    const {log} = feed(['::set-output name=tag::v1', '::save-state name=pid::42'])
    expect(log.outputs).toEqual({tag: 'v1'})
    expect(log.state).toEqual({pid: '42'})
    expect(log.annotations.map((a) => a.message)).toEqual([
      "The 'set-output' command is deprecated and will be disabled soon. Use the GITHUB_OUTPUT file instead.",
      "The 'save-state' command is deprecated and will be disabled soon. Use the GITHUB_STATE file instead.",
    ])
    expect(log.failed).toBe(false)
  })

  test('fails the step for the disabled set-env and add-path commands', () => {
    const {log} = feed(['::set-env name=A::b'])
    expect(log.failed).toBe(true)
    expect(log.text).toBe("Error: The 'set-env' command is disabled. Use the environment files instead.\n")
  })

  test('shows commands verbatim between ::stop-commands:: and its token, and unknown commands as is', () => {
    const {log} = feed([
      '::stop-commands::tok',
      '::error::not a command',
      '::tok::',
      '::made-up::x',
      '::error::real',
    ])
    expect(log.text).toBe('::error::not a command\n::made-up::x\nError: real\n')
    expect(log.annotations).toHaveLength(1)
  })
})
