import {describe, expect, it} from '@jest/globals'
import {InputError} from '../src/errors'
import {
  getBoolean,
  getDuration,
  getEnum,
  getInteger,
  getKeyValues,
  getList,
  getOptional,
  getString,
  parseDuration,
} from '../src/inputs'

const env = (name: string, value: string) => ({[`INPUT_${name.toUpperCase()}`]: value})

describe('getString / getOptional', () => {
  it('returns the trimmed value, the default, or fails when required', () => {
    expect(getString('a', {env: env('a', '  x ')})).toBe('x')
    expect(getString('a', {env: {}, default: 'd'})).toBe('d')
    expect(getOptional('a', {env: {}})).toBeUndefined()
    expect(() => getString('the-input', {env: {}, required: true})).toThrow(
      new InputError('the-input', 'is required and was not given.'),
    )
  })
})

describe('getBoolean', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
    ['', true],
  ])('%j → %s (default true)', (value, expected) => {
    expect(getBoolean('b', {env: env('b', value), default: true})).toBe(expected)
  })

  it.each(['yes', '1', 'tru'])('rejects %j naming the input and the accepted values', (value) => {
    expect(() => getBoolean('push', {env: env('push', value), default: false})).toThrow(
      `Input 'push': '${value}' is not a boolean. Use true or false.`,
    )
  })
})

describe('getEnum', () => {
  const kinds = ['auto', 'ecr', 'generic'] as const
  it('accepts allowed values case-insensitively and lists them when not', () => {
    expect(getEnum('k', kinds, {env: env('k', 'ECR'), default: 'auto'})).toBe('ecr')
    expect(getEnum('k', kinds, {env: {}, default: 'auto'})).toBe('auto')
    expect(() => getEnum('k', kinds, {env: env('k', 'gcr'), default: 'auto'})).toThrow(
      "Input 'k': 'gcr' is not one of 'auto', 'ecr', 'generic'.",
    )
  })
})

describe('getInteger', () => {
  it.each([
    ['7', 7],
    ['', 5],
    ['40', 40],
  ])('%j → %d', (value, expected) => {
    expect(getInteger('n', {env: env('n', value), default: 5, min: 4, max: 40})).toBe(expected)
  })
  it.each(['3', '41', '7.5', 'seven', '1e3', '0x10'])('rejects %j with the range', (value) => {
    expect(() => getInteger('n', {env: env('n', value), default: 5, min: 4, max: 40})).toThrow(
      `Input 'n': '${value}' is not a whole number from 4 to 40.`,
    )
  })
})

describe('getList', () => {
  it.each([
    ['a\nb\n\nc', ['a', 'b', 'c']],
    ['a, b,c', ['a', 'b', 'c']],
    ['# comment\n  main  \r\nrelease/1', ['main', 'release/1']],
    ['', []],
  ])('%j', (value, expected) => {
    expect(getList('l', {env: env('l', value)})).toEqual(expected)
  })
  it('keeps commas when told', () => {
    expect(getList('l', {env: env('l', 'a,b\nc'), comma: false})).toEqual(['a,b', 'c'])
  })
})

describe('getKeyValues', () => {
  it('keeps = in values and the order of keys', () => {
    const map = getKeyValues('e', {env: env('e', 'B=1\nA=x=y\nEMPTY=')})
    expect([...map]).toEqual([
      ['B', '1'],
      ['A', 'x=y'],
      ['EMPTY', ''],
    ])
  })
  it.each(['=value', 'no equals', '1BAD=x', 'a b=c'])('rejects %j', (line) => {
    expect(() => getKeyValues('e', {env: env('e', line)})).toThrow(/Input 'e': each line must be KEY=VALUE/)
  })
})

describe('durations', () => {
  it.each([
    ['90', 90_000],
    ['90s', 90_000],
    ['5m', 300_000],
    ['1h30m', 5_400_000],
    ['500ms', 500],
    ['2m30s', 150_000],
  ])('%j → %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms)
  })
  it.each(['', 'soon', '5 m', '1.5m', '5d', 'm5', '5mm'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeUndefined()
  })
  it('reads the default when the input is empty and names the input when it is bad', () => {
    expect(getDuration('t', {env: {}, default: '30s'})).toBe(30_000)
    expect(() => getDuration('t', {env: env('t', 'later'), default: '30s'})).toThrow(
      "Input 't': 'later' is not a duration. Use e.g. 30s, 5m or 1h30m (a bare number is seconds).",
    )
  })
})
