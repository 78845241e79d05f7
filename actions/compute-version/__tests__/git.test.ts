import {describe, expect, it} from '@jest/globals'
import {parseForEachRef, parseLsRemote} from '../src/git'

describe('git output parsers', () => {
  it('peels annotated tags from for-each-ref', () => {
    const text = 'v1.0.0 1111 \nv1.1.0 2222 3333\n\n'
    expect([...parseForEachRef(text)]).toEqual([
      ['v1.0.0', '1111'],
      ['v1.1.0', '3333'],
    ])
  })

  it('peels annotated tags from ls-remote whatever the line order', () => {
    const text = [
      'aaaa\trefs/tags/v1.0.0',
      'bbbb\trefs/tags/v1.1.0',
      'cccc\trefs/tags/v1.1.0^{}',
      'dddd\tHEAD',
    ].join('\n')
    expect([...parseLsRemote(text)]).toEqual([
      ['v1.0.0', 'aaaa'],
      ['v1.1.0', 'cccc'],
    ])
    expect([...parseLsRemote('cccc\trefs/tags/v2^{}\nbbbb\trefs/tags/v2\n')]).toEqual([['v2', 'cccc']])
  })
})
