import {execFile} from 'node:child_process'
import {mkdirSync, writeFileSync} from 'node:fs'
import {delimiter, dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, test} from '@jest/globals'
import {emptyWorkspace, removeFixtures, SECRET, writeFixtureAction} from './fixture-action'

const REPO = fileURLToPath(new URL('../../../', import.meta.url))
let actionsRoot: string
let workspace: string

beforeAll(() => {
  actionsRoot = dirname(writeFixtureAction('fixture'))
  mkdirSync(join(actionsRoot, 'not-an-action'))
  const other = join(actionsRoot, 'deploy')
  mkdirSync(join(other, 'dist'), {recursive: true})
  writeFileSync(join(other, 'action.yml'), 'runs: {using: node24, main: dist/index.js}\n')
  writeFileSync(join(other, 'dist', 'index.js'), '')
  workspace = emptyWorkspace()
})
afterAll(removeFixtures)

interface CliResult {
  code: number
  stdout: string
  stderr: string
}

function cli(...args: string[]): Promise<CliResult> {
  const env = {
    ...process.env,
    PATH: `${join(REPO, 'node_modules', '.bin')}${delimiter}${process.env['PATH'] ?? ''}`,
    DEPLOY_ACTIONS_ROOT: actionsRoot,
    INIT_CWD: workspace,
  }
  const tsx = join(REPO, 'node_modules', '.bin', 'tsx')
  return new Promise((resolve) => {
    execFile(tsx, ['packages/local-runner/src/cli.ts', ...args], {cwd: REPO, env}, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0
      resolve({code, stdout, stderr})
    })
  })
}

describe('pnpm action', () => {
  test('lists the actions on one line when the name is unknown, and exits 2', async () => {
    const result = await cli('nope')
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: "error: Unknown action 'nope'. Actions: deploy, fixture.\n",
    })
  })

  test('streams the masked log, then prints outputs, job summary and exit status with secrets masked', async () => {
    const result = await cli(
      'fixture',
      '--with',
      `password=${SECRET}`,
      '--with',
      'odd=x=y',
      '--env',
      'FOO=bar',
    )
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).not.toContain(SECRET)
    const lines = result.stdout.split('\n')
    expect(lines).toEqual(
      expect.arrayContaining([
        'password is ***',
        '▸ Build',
        'Post fixture',
        'post sees token *** and FROM_MAIN=yes',
      ]),
    )
    expect(lines).toEqual(expect.arrayContaining(['Outputs', 'plain=a=b', 'secret-out=***']))
    expect(result.stdout).toContain('\nmulti=line one\n  line two\n')
    const env = JSON.parse(lines.find((l) => l.startsWith('env-json='))!.slice('env-json='.length))
    expect(env).toMatchObject({INPUT_ODD: 'x=y', GITHUB_WORKSPACE: workspace})
    expect(result.stdout).toContain('\nJob summary\n## Main ran for ***\npost: isPost=true token-length=12\n')
    expect(result.stdout.endsWith('\nExit status: 0\nPost step exit status: 0\n')).toBe(true)
  })

  test("exits with the action's exit code", async () => {
    const result = await cli('fixture', '--with', 'password=x', '--with', 'fail=true')
    expect(result.code).toBe(3)
    expect(result.stdout).toContain('Error: deploy.yml:3: it failed\n')
    expect(result.stdout).toContain('\nExit status: 3\n')
  })

  test('--json prints the run with secrets masked', async () => {
    const result = await cli('fixture', '--json', '--with', `password=${SECRET}`, '--event', 'pull_request')
    expect(result.code).toBe(0)
    expect(result.stdout).not.toContain(SECRET)
    const run = JSON.parse(result.stdout)
    expect(run).toMatchObject({exitCode: 0, masks: ['***'], state: {token: '***'}, post: {exitCode: 0}})
    expect(run.outputs['secret-out']).toBe('***')
    expect(JSON.parse(run.outputs['event-json']).pull_request.head.ref).toBe('feature')
  })

  test.each([
    [['fixture', '--with', 'novalue'], "error: --with expects key=value, got 'novalue'.\n"],
    [
      ['fixture'],
      "error: Missing required input 'password' for action 'fixture'. Inputs it requires: password.\n",
    ],
    [
      ['fixture', '--with', 'password=x', '--with', 'colour=red'],
      "error: Unknown input 'colour' for action 'fixture'.",
    ],
    [['fixture', '--frobnicate'], "error: Unknown option '--frobnicate'. See --help.\n"],
    [
      ['fixture', '--event-path', 'missing.json'],
      'error: --event-path: cannot read WORKSPACE/missing.json: ENOENT.\n',
    ],
    [[], 'error: Give the name of an action: pnpm action <name> (see --help).\n'],
  ])('%j is a usage error: one line, exit 2', async (args, message) => {
    const result = await cli(...args)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.split('\n')).toHaveLength(2)
    expect(result.stderr).toContain(message.replace('WORKSPACE', workspace))
  })

  test('--help prints the usage, including the actions root override', async () => {
    const result = await cli('--help')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Usage: pnpm action <name> [options]')
    expect(result.stdout).toContain('DEPLOY_ACTIONS_ROOT')
  })
})
