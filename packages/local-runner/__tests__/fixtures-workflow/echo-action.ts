/**
 * A tiny JavaScript action for the workflow engine's tests, written to a temporary folder as a runner
 * would find a bundled one: `action.yml` plus a CommonJS `dist/index.js` using only `node:fs`.
 * It echoes its inputs to its outputs, its log and the job summary, exports a variable through
 * `GITHUB_ENV`, and fails when asked to.
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

const BUNDLE = String.raw`
const fs = require('node:fs')
const input = (name) => process.env['INPUT_' + name.toUpperCase()] || ''
const out = (file, name, value) => fs.appendFileSync(process.env[file], name + '<<EOF_7\n' + value + '\nEOF_7\n')
const message = input('message')
console.log('echo: ' + input('greeting') + ' ' + message)
console.log('token seen: ' + input('token'))
out('GITHUB_OUTPUT', 'echoed', input('greeting') + ' ' + message)
out('GITHUB_OUTPUT', 'token', input('token'))
out('GITHUB_OUTPUT', 'env-value', process.env[input('env-name')] || '')
out('GITHUB_ENV', 'FROM_ACTION', 'exported by echo')
fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, '- echoed ' + message + '\n')
if (input('fail') === 'true') {
  console.log('::error::asked to fail')
  process.exit(1)
}
`

const ACTION_YML = `name: Echo
description: Echoes its inputs.
inputs:
  message:
    description: What to echo.
    required: true
  greeting:
    description: Put before the message.
    default: hello
  token:
    description: A token.
    default: \${{ github.token }}
  env-name:
    description: A variable whose value becomes the env-value output.
    default: ''
  fail:
    description: Fail after echoing.
    default: 'false'
outputs:
  echoed:
    description: The greeting and the message.
  token:
    description: The token input.
  env-value:
    description: The value of the variable env-name names.
runs:
  using: node24
  main: dist/index.js
`

const made: string[] = []

/** Writes the action into a new temporary folder and returns that folder. */
export function writeEchoAction(): string {
  const root = mkdtempSync(join(tmpdir(), 'workflow-echo-'))
  made.push(root)
  const dir = join(root, 'echo')
  mkdirSync(join(dir, 'dist'), {recursive: true})
  writeFileSync(join(dir, 'action.yml'), ACTION_YML)
  // The bundle is CommonJS, as the actions' ncc bundles are.
  writeFileSync(join(dir, 'package.json'), '{"type": "commonjs"}\n')
  writeFileSync(join(dir, 'dist', 'index.js'), BUNDLE)
  return dir
}

export function removeEchoActions(): void {
  for (const dir of made.splice(0)) rmSync(dir, {recursive: true, force: true})
}
