/** The expression layer over @actions/expressions: evaluation, templates and the paths an expression reads. */
import {describe, expect, test} from '@jest/globals'
import {evaluate, expandTemplate, type Scope, toText} from '../src/workflow/expressions'
import {contextPaths} from '../src/workflow/references'

const scope = (status = {success: true, failure: false}): Scope => ({
  contexts: {
    github: {token: 'tok', sha: 'abc', event: {number: 7}},
    steps: {meta: {outputs: {tag: 'v1'}, outcome: 'success'}},
    inputs: {flag: true, count: 3},
  },
  status,
})

describe('evaluate', () => {
  test.each([
    ["format('a ''b'' {0} ''c''', 'x')", "a 'b' x 'c'"],
    ["'it''s' == 'it''s'", 'true'],
    ['steps.meta.outputs.tag', 'v1'],
    ['steps.META.outputs.TAG', 'v1'],
    ['steps.meta.outputs.nope', ''],
    ['inputs.flag && inputs.count', '3'],
    ['github.event', '{\n  "number": 7\n}'],
    ['success() && !failure()', 'true'],
    ['always()', 'true'],
    ['cancelled()', 'false'],
  ])('%s → %s', (expression, expected) => {
    expect(toText(evaluate(expression, scope()))).toBe(expected)
  })

  test('the status functions answer from the status given', () => {
    const failing = scope({success: false, failure: true})
    expect(toText(evaluate('success()', failing))).toBe('false')
    expect(toText(evaluate('failure()', failing))).toBe('true')
  })

  test('an unknown function or context is an error, not an empty value', () => {
    expect(() => evaluate('hashFile()', scope())).toThrow(/hashFile/)
    expect(() => evaluate('step.meta', scope())).toThrow(/step/)
  })
})

describe('expandTemplate', () => {
  test.each([
    [`\${{ github.token }}`, 'tok'],
    [`pre-\${{ github.sha }}-\${{ github.sha }}`, 'pre-abc-abc'],
    [`\${{ format('{0}}}', 'x') }}`, 'x}'],
    ['no expression', 'no expression'],
  ])('%s → %s', (template, expected) => {
    expect(expandTemplate(template, scope())).toBe(expected)
  })
})

describe('contextPaths', () => {
  test.each([
    ['steps.build.outputs.tag', [['steps', 'build', 'outputs', 'tag']]],
    ["steps['build'].outputs['tag']", [['steps', 'build', 'outputs', 'tag']]],
    [
      "needs.a.result == 'success' && inputs.x",
      [
        ['needs', 'a', 'result'],
        ['inputs', 'x'],
      ],
    ],
    ["format('{0}', fromJSON(needs.a.outputs.list)[0])", [['needs', 'a', 'outputs', 'list']]],
    ['steps[inputs.name].outputs.x', [['steps'], ['inputs', 'name']]],
    ["'steps.not.a.path'", []],
  ])('%s', (expression, paths) => {
    expect(contextPaths(expression)).toEqual(paths)
  })
})
