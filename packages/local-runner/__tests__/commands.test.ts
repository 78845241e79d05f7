import {describe, expect, test} from '@jest/globals'
import {parseCommand, parseFileCommands, unescapeData, unescapeProperty} from '../src/commands'
import {Masker, maskText} from '../src/masker'

describe('parseCommand', () => {
  test('reads the name, properties and data of a workflow command', () => {
    expect(parseCommand('::warning file=a%2Cb.ts,line=3,title=x%3Ay::50%25 done%0Anext')).toEqual({
      name: 'warning',
      properties: {file: 'a,b.ts', line: '3', title: 'x:y'},
      data: '50% done\nnext',
    })
  })

  test('ignores leading whitespace, keeps `::` inside the data and skips properties without a value', () => {
    expect(parseCommand('   ::set-output name=a,empty=,=x::b::c')).toEqual({
      name: 'set-output',
      properties: {name: 'a'},
      data: 'b::c',
    })
  })

  test('is undefined for plain lines and lines that only look like commands', () => {
    expect(parseCommand('plain text')).toBeUndefined()
    expect(parseCommand('::no-end')).toBeUndefined()
    expect(parseCommand(':: spaced::x')).toBeUndefined()
    expect(parseCommand('text ::error::x')).toBeUndefined()
  })

  test('unescapes in one pass, so an escaped percent sign stays a percent sign', () => {
    expect(unescapeData('%250A and %0d%0A')).toBe('%0A and \r\n')
    expect(unescapeData('%3A%2C')).toBe('%3A%2C')
    expect(unescapeProperty('%253A%3A%2C')).toBe('%3A:,')
  })
})

describe('parseFileCommands', () => {
  test('reads heredoc and name=value entries; a later value of a name wins', () => {
    const text = [
      'version<<ghadelimiter_1',
      '1.2.3',
      'ghadelimiter_1',
      'notes<<EOF',
      'line one',
      '',
      'line three',
      'EOF',
      'url=https://x.test/?a=b',
      '',
      'version=2.0.0',
      'empty<<EOF',
      'EOF',
      '',
    ].join('\n')
    expect(parseFileCommands(text)).toEqual({
      version: '2.0.0',
      notes: 'line one\n\nline three',
      url: 'https://x.test/?a=b',
      empty: '',
    })
  })

  test('accepts CRLF line ends and a name=value whose value holds <<', () => {
    expect(parseFileCommands('a<<X\r\nv\r\nX\r\nb=c<<d\r\n')).toEqual({a: 'v', b: 'c<<d'})
  })

  test('rejects what the runner rejects', () => {
    expect(() => parseFileCommands('a<<EOF\nvalue\n')).toThrow("Matching delimiter 'EOF' not found for 'a'.")
    expect(() => parseFileCommands('just text\n')).toThrow("Invalid format 'just text'")
    expect(() => parseFileCommands('=value\n')).toThrow('the name is empty')
    expect(() => parseFileCommands('a<<\n')).toThrow('the heredoc delimiter is empty')
  })

  test('an empty file has no entries', () => {
    expect(parseFileCommands('')).toEqual({})
  })
})

describe('Masker', () => {
  test('replaces the longest value first', () => {
    expect(maskText('abc abcdef ab', ['abc', 'abcdef'])).toBe('*** *** ab')
  })

  test('masks each non-blank line of a multi-line value, and the whole value', () => {
    const masker = new Masker(['first line\n\nsecond line'])
    expect(masker.mask('x first line y')).toBe('x *** y')
    expect(masker.mask('second line')).toBe('***')
    expect(masker.mask('first line\n\nsecond line')).toBe('***')
    expect(masker.masks).toEqual(['first line\n\nsecond line'])
  })

  test('treats values as text, not patterns, and ignores empty and repeated values', () => {
    const masker = new Masker(['a.c', '', 'a.c', '(x)'])
    expect(masker.mask('abc a.c (x) x')).toBe('abc *** *** x')
    expect(masker.masks).toEqual(['a.c', '(x)'])
  })

  test('leaves text alone without masks', () => {
    expect(maskText('nothing to hide', [])).toBe('nothing to hide')
  })
})
