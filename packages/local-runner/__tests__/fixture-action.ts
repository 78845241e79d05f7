/**
 * A tiny JavaScript action written to a temp folder: `action.yml` plus a CommonJS `dist/index.js` that
 * uses only `node:fs` and `process`, and behaves like a kit action (main saves `isPost`, post reads it).
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

export const SECRET = 's3cr3t-value'

const created: string[] = []

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  created.push(dir)
  return dir
}

/** Removes every folder this module made. */
export function removeFixtures(): void {
  for (const dir of created.splice(0)) rmSync(dir, {recursive: true, force: true})
}

const SCRIPT = String.raw`
const fs = require('node:fs')
const env = process.env
const input = (name) => env['INPUT_' + name.replace(/ /g, '_').toUpperCase()] || ''
const heredoc = (file, name, value) => fs.appendFileSync(env[file], name + '<<ghadelimiter_7\n' + value + '\nghadelimiter_7\n')
const say = (line) => process.stdout.write(line + '\n')

if (env.STATE_isPost === 'true') {
  say('post sees token ' + env.STATE_token + ' and FROM_MAIN=' + env.FROM_MAIN)
  fs.appendFileSync(env.GITHUB_STEP_SUMMARY, 'post: isPost=' + env.STATE_isPost + ' token-length=' + (env.STATE_token || '').length + '\n')
  process.exit(Number(env.POST_EXIT || 0))
}

const secret = input('password')
say('before mask: ' + secret.slice(0, 2))
say('::add-mask::' + secret)
say('password is ' + secret)
process.stderr.write('stderr has ' + secret + '\n')
say('::group::Build')
say('inside the group')
say('::endgroup::')
say('::warning file=src/app.ts,line=12,title=Heads up::Disk 95%25 full%0Asecond line')
say('::notice::plain notice')
say('::debug::a debug line')
const seen = Object.fromEntries(Object.entries(env).filter(([k]) => /^(INPUT_|STATE_|GITHUB_|RUNNER_)|^CI$/.test(k)))
heredoc('GITHUB_OUTPUT', 'env-json', JSON.stringify(seen))
heredoc('GITHUB_OUTPUT', 'event-json', fs.readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))
heredoc('GITHUB_OUTPUT', 'multi', 'line one\nline two')
fs.appendFileSync(env.GITHUB_OUTPUT, 'plain=a=b\n')
fs.appendFileSync(env.GITHUB_OUTPUT, 'secret-out=' + secret + '\n')
fs.appendFileSync(env.GITHUB_STATE, 'isPost=true\n')
heredoc('GITHUB_STATE', 'token', secret)
fs.appendFileSync(env.GITHUB_ENV, 'FROM_MAIN=yes\n')
fs.appendFileSync(env.GITHUB_STEP_SUMMARY, '## Main ran for ' + input('password') + '\n')
if (input('fail') === 'true') {
  say('::error file=deploy.yml,line=3::it failed')
  process.exit(3)
}
if (input('hang') === 'true') setInterval(() => {}, 1000)
`

export interface FixtureOptions {
  /** The `runs.post-if` line; none by default. */
  postIf?: string
  /** Leave out `runs.post`. */
  noPost?: boolean
  /** Leave out the bundle. */
  noBundle?: boolean
}

/** Writes the fixture action into `<new temp dir>/<name>` and returns that folder. */
export function writeFixtureAction(name = 'fixture', options: FixtureOptions = {}): string {
  const dir = join(tempDir('local-runner-fixture-'), name)
  mkdirSync(join(dir, 'dist'), {recursive: true})
  const runs = [
    'runs:',
    '  using: node24',
    '  main: dist/index.js',
    ...(options.noPost ? [] : ['  post: dist/index.js']),
    ...(options.postIf ? [`  post-if: ${options.postIf}`] : []),
  ]
  const yml = [
    'name: Fixture action',
    'inputs:',
    '  password:',
    '    description: A secret the action masks.',
    '    required: true',
    '  short-sha-length:',
    "    default: '7'",
    '  token:',
    `    default: \${{ github.token }}`,
    '  sha:',
    `    default: \${{ github.sha }}`,
    '  odd:',
    `    default: pre-\${{ github.nope }}-post`,
    '  with space:',
    '    default: spaced',
    '  fail:',
    "    default: 'false'",
    '  hang:',
    "    default: 'false'",
    ...runs,
  ]
  writeFileSync(join(dir, 'action.yml'), `${yml.join('\n')}\n`)
  writeFileSync(join(dir, 'package.json'), '{"type": "commonjs"}\n')
  if (!options.noBundle) writeFileSync(join(dir, 'dist', 'index.js'), SCRIPT)
  return dir
}

/** An empty folder, to be the step's workspace (not a git repository). */
export function emptyWorkspace(name = 'workspace'): string {
  const dir = join(tempDir('local-runner-ws-'), name)
  mkdirSync(dir)
  return dir
}
