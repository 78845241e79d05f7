import {describe, expect, it} from '@jest/globals'
import {LineSplitter, redact, secretFragments} from '../src/redact'

describe('redact', () => {
  it('replaces each secret, the longer first, and each line of a multi-line secret', () => {
    const fragments = secretFragments(['abc', 'abcdef', 'line one\nline two', ''])
    expect(redact('x abcdef y abc z', fragments)).toBe('x *** y *** z')
    expect(redact('got line two', fragments)).toBe('got ***')
  })
})

describe('LineSplitter', () => {
  it('joins lines split across chunks, multi-byte characters included, and flushes the rest', () => {
    const lines: string[] = []
    const splitter = new LineSplitter((l) => lines.push(l))
    const text = Buffer.from('één\r\ntwee\ndrie')
    splitter.push(text.subarray(0, 1))
    splitter.push(text.subarray(1, 9))
    splitter.push(text.subarray(9))
    expect(lines).toEqual(['één', 'twee'])
    splitter.flush()
    expect(lines).toEqual(['één', 'twee', 'drie'])
  })
})
