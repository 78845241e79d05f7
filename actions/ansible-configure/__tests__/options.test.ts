import {InputError} from '@deploy-actions/kit/errors'
import {describe, expect, it} from '@jest/globals'
import {parseOptions} from '../src/options'

describe('parseOptions', () => {
  it.each([
    ['nothing', '', []],
    ['a flag', '--flush-cache', ['--flush-cache']],
    ['a name and a value', '--forks 10', ['--forks', '10']],
    [
      'a value with spaces, kept whole',
      '--start-at-task Install nginx',
      ['--start-at-task', 'Install nginx'],
    ],
    ['name=value', '--forks=10', ['--forks=10']],
    [
      'one a line, comments dropped',
      '--forks 5\n# later\n--timeout 30\n',
      ['--forks', '5', '--timeout', '30'],
    ],
    ['a value with quotes, passed as is', `-e 'x=1'`, ['-e', `'x=1'`]],
  ])('%s', (_, text, args) => {
    expect(parseOptions(text)).toEqual(args)
  })

  it.each([
    ['a bare word', 'forks 10', /'forks 10' is not an option/],
    [
      'an option the action sets',
      '--inventory hosts.ini',
      /'--inventory' is set by the action; use the input inventory or hosts/,
    ],
    ['the same as name=value', '--limit=web', /'--limit' is set by the action; use the input limit/],
    ['a prompt', '--ask-become-pass', /'--ask-become-pass' is set by the action/],
  ])('rejects %s', (_, text, message) => {
    expect(() => parseOptions(text)).toThrow(InputError)
    expect(() => parseOptions(text)).toThrow(message)
  })
})
