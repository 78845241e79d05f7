import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, test} from '@jest/globals'
import {expandExpressions, inputEnvName, loadAction, parsePostIf, resolveInputs} from '../src/action-yml'

const root = mkdtempSync(join(tmpdir(), 'local-runner-yml-'))
afterAll(() => rmSync(root, {recursive: true, force: true}))

function action(name: string, yml: string, bundles: string[] = ['dist/index.js']): string {
  const dir = join(root, name)
  mkdirSync(join(dir, 'dist'), {recursive: true})
  writeFileSync(join(dir, 'action.yml'), yml)
  for (const bundle of bundles) writeFileSync(join(dir, bundle), '')
  return dir
}

describe('loadAction', () => {
  test('reads inputs, bundles and post-if', () => {
    const dir = action(
      'tagger',
      [
        'inputs:',
        '  dry-run: {default: false}',
        '  image: {required: true}',
        '  tag: {required: "true", default: latest}',
        `runs: {using: node24, main: dist/index.js, post: dist/index.js, post-if: "\${{ success() }}"}`,
      ].join('\n'),
    )
    expect(loadAction(dir)).toEqual({
      name: 'tagger',
      dir,
      file: join(dir, 'action.yml'),
      inputs: [
        {name: 'dry-run', description: '', required: false, default: 'false'},
        {name: 'image', description: '', required: true, default: undefined},
        {name: 'tag', description: '', required: true, default: 'latest'},
      ],
      main: join(dir, 'dist', 'index.js'),
      post: join(dir, 'dist', 'index.js'),
      postIf: 'success',
    })
  })

  test('refuses actions that are not JavaScript actions, with the reason on one line', () => {
    const dir = action('composite', 'runs:\n  using: composite\n  steps: []\n')
    expect(() => loadAction(dir)).toThrow(
      `Action 'composite' has runs.using 'composite' in ${join(dir, 'action.yml')}`,
    )
  })

  test('names the post bundle when it is missing', () => {
    const dir = action('no-post', 'runs: {using: node24, main: dist/index.js, post: dist/post.js}')
    expect(() => loadAction(dir)).toThrow(`Bundle ${join(dir, 'dist', 'post.js')} (runs.post in`)
  })

  test('reports a YAML syntax error on one line', () => {
    const dir = action('broken', 'runs: [unclosed\n')
    expect(() => loadAction(dir)).toThrow(new RegExp(`^Cannot read ${join(dir, 'action.yml')}: [^\\n]+$`))
  })
})

describe('inputs', () => {
  test('names the variable like the runner: upper case, spaces to _, hyphens kept', () => {
    expect(inputEnvName('short-sha-length')).toBe('INPUT_SHORT-SHA-LENGTH')
    expect(inputEnvName('dry run')).toBe('INPUT_DRY_RUN')
  })

  test('matches given names without regard to case and falls back to defaults', () => {
    const dir = action(
      'case',
      'inputs:\n  Image-Name: {required: true}\n  n: {default: 3}\nruns: {using: node24, main: dist/index.js}',
    )
    expect(resolveInputs(loadAction(dir), {'image-name': 'app'}, {})).toEqual({
      'INPUT_IMAGE-NAME': 'app',
      INPUT_N: '3',
    })
  })

  test('expands the supported expressions and makes every other one empty', () => {
    const context = {'github.sha': 'abc', 'runner.temp': '/t'}
    expect(
      expandExpressions(`\${{ github.sha }}-\${{runner.temp}}-\${{ GitHub.SHA }}-\${{ secrets.X }}`, context),
    ).toBe('abc-/t-abc-')
  })
})

describe('parsePostIf', () => {
  test.each([
    [undefined, 'always'],
    ['always()', 'always'],
    [`\${{ failure() }}`, 'failure'],
    ['success()', 'success'],
    ['cancelled()', 'never'],
    ['!cancelled()', 'always'],
  ])('%s → %s', (value, expected) => {
    expect(parsePostIf(value, 'a')).toBe(expected)
  })

  test('refuses other expressions', () => {
    expect(() => parsePostIf("github.ref == 'main'", 'a')).toThrow(
      "Action 'a' has runs.post-if 'github.ref == 'main''; supported: always(), success(), failure(), cancelled().",
    )
  })
})
