import {InputError} from '@deploy-actions/kit/errors'
import {describe, expect, it} from '@jest/globals'
import {parseExtraVars} from '../src/extra-vars'

describe('parseExtraVars', () => {
  it('reads YAML', () => {
    expect(parseExtraVars('app_port: 8080\nsites:\n  - name: prod\n    listen: 80\n')).toEqual({
      app_port: 8080,
      sites: [{name: 'prod', listen: 80}],
    })
  })

  it('reads JSON', () => {
    expect(parseExtraVars('{"release": "1.4.0", "replicas": 2, "debug": false}')).toEqual({
      release: '1.4.0',
      replicas: 2,
      debug: false,
    })
  })

  it('reads booleans as Ansible (PyYAML, YAML 1.1) does', () => {
    expect(parseExtraVars('a: yes\nb: off\nc: True\nd: y\ne: n\nf: "yes"\n')).toEqual({
      a: true,
      b: false,
      c: true,
      d: 'y',
      e: 'n',
      f: 'yes',
    })
  })

  it('an empty document is no variables', () => {
    expect(parseExtraVars('# nothing yet\n')).toEqual({})
  })

  it.each([
    ['an unclosed list', 'a: 1\nb: [1, 2\nc: 3\n', /line 3, column 1: /],
    ['bad indentation', 'a: 1\n  b: 2\n', /line 1, column 4: /],
    ['an unclosed quote', 'token: "abc', /line 1, column \d+: Missing closing "quote/],
    ['a repeated key', 'a: 1\na: 2\n', /line 2, column 1: Map keys must be unique/],
  ])('names the line of %s', (_, text, where) => {
    expect(() => parseExtraVars(text)).toThrow(InputError)
    expect(() => parseExtraVars(text)).toThrow(where)
    expect(() => parseExtraVars(text)).toThrow(/^Input 'extra-vars': is not valid YAML or JSON: /)
  })

  it('does not quote the text in its error: it may hold secrets', () => {
    let message = ''
    try {
      parseExtraVars('db_password: "s3cret-value\n')
    } catch (err) {
      message = (err as Error).message
    }
    expect(message).toMatch(/line \d+, column \d+/)
    expect(message).not.toContain('s3cret')
  })

  it.each([
    ['a list', '- a\n- b\n', /is a list; give a mapping/],
    ['a scalar', 'just text', /is a string; give a mapping/],
    ['a bad variable name', '"app-port": 1', /'app-port' is not a valid Ansible variable name/],
  ])('rejects %s', (_, text, message) => {
    expect(() => parseExtraVars(text)).toThrow(message)
  })
})
