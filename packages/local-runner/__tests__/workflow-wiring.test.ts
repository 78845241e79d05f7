/**
 * The wiring check: each mistake GitHub would let through as an empty value makes runWorkflow throw
 * before any step runs, with a message naming the file, the job, the step and the bad name.
 */
import {existsSync, readdirSync} from 'node:fs'
import {afterAll, describe, expect, test} from '@jest/globals'
import {cleanUp, fixtureOptions, runWorkflow, tempDir, workflowFile} from './fixtures-workflow/harness'

afterAll(cleanUp)

/** A job that builds with the echo action, for the cases below to add one mistake to. */
const build = (steps: string, extra = '') => `
name: wiring
on: push
jobs:
  build:
    runs-on: ubuntu-24.04${extra}
    steps:
      - id: meta
        run: echo "tag=v1" >> "$GITHUB_OUTPUT"
      - id: echo
        uses: ./actions/echo
        with:
          message: \${{ steps.meta.outputs.tag }}
${steps}`

const cases: Array<{what: string; yaml: string; message: RegExp}> = [
  {
    what: 'a misspelt step output of a local action',
    yaml: build(`      - name: Use it
        run: echo "\${{ steps.echo.outputs.echo }}"`),
    message:
      /workflow\.yml: job 'build', step 'Use it': 'steps\.echo\.outputs\.echo': step 'echo' \(\.\/actions\/echo\) has no output 'echo' \(its action\.yml declares: echoed, token, env-value\)/,
  },
  {
    what: 'a step output of a stand-in that its outputs list lacks',
    yaml: build(`      - id: login
        uses: acme/registry-login@v2
      - name: Use it
        run: echo "\${{ steps.login.outputs.password }}"`),
    message:
      /step 'Use it': 'steps\.login\.outputs\.password': .*has no output 'password' \(its stand-in declares: registry\)/,
  },
  {
    what: 'a step id that no earlier step has',
    yaml: build(`      - name: Too early
        run: echo "\${{ steps.later.outputs.x }}"
      - id: later
        run: echo "x=1" >> "$GITHUB_OUTPUT"`),
    message:
      /step 'Too early': 'steps\.later\.outputs\.x' names no earlier step of this job \(earlier step ids: meta, echo\)/,
  },
  {
    what: 'an unknown with: key',
    yaml: build(`      - name: Echo again
        uses: ./actions/echo
        with:
          message: hi
          mesage: typo`),
    message:
      /step 'Echo again': with: 'mesage' is not an input of \.\/actions\/echo \(inputs: message, greeting, token, env-name, fail\)/,
  },
  {
    what: 'a missing required input',
    yaml: build(`      - name: Echo nothing
        uses: ./actions/echo
        with:
          greeting: hi`),
    message: /step 'Echo nothing': required input 'message' of \.\/actions\/echo is not given under with:/,
  },
  {
    what: 'an undeclared inputs.x',
    yaml: build(`      - name: Read an input
        run: echo "\${{ inputs.environment }}"`),
    message:
      /step 'Read an input': 'inputs\.environment' is not declared in on\.workflow_call\.inputs or on\.workflow_dispatch\.inputs \(declared: none\)/,
  },
  {
    what: 'a misspelt job output read through needs',
    yaml: `${build(
      '',
      `
    outputs:
      tag: \${{ steps.meta.outputs.tag }}`,
    )}
  deploy:
    needs: build
    runs-on: ubuntu-24.04
    steps:
      - name: Deploy
        run: echo "\${{ needs.build.outputs.tags }}"
`,
    message:
      /job 'deploy', step 'Deploy': 'needs\.build\.outputs\.tags': job 'build' declares no output 'tags' in outputs: \(declared: tag\)/,
  },
  {
    what: 'a job read through needs that the job does not need',
    yaml: `${build('')}
  deploy:
    runs-on: ubuntu-24.04
    steps:
      - run: echo "\${{ needs.build.result }}"
`,
    message:
      /job 'deploy', step 'Run echo .*': 'needs\.build\.result' names a job this job does not need \(needs: none\)/,
  },
  {
    what: 'a job output wired to a misspelt step output',
    yaml: build(
      '',
      `
    outputs:
      tag: \${{ steps.echo.outputs.tag }}`,
    ),
    message:
      /job 'build': 'steps\.echo\.outputs\.tag': step 'echo' \(\.\/actions\/echo\) has no output 'tag'/,
  },
  {
    what: 'a matrix, which would run once here',
    yaml: build(
      '',
      `
    strategy:
      matrix:
        node: [22, 24]`,
    ),
    message: /job 'build': 'strategy:' is not supported by the local workflow engine/,
  },
  {
    what: 'a uses: no resolver knows',
    yaml: build(`      - uses: actions/upload-artifact@v4`),
    message:
      /job 'build', step 'Run actions\/upload-artifact@v4': no stand-in for uses: actions\/upload-artifact@v4/,
  },
]

describe('runWorkflow refuses a miswired workflow before running anything', () => {
  test.each(cases)('$what', async ({yaml, message}) => {
    const workspaces = tempDir('wiring-ws-')
    const options = fixtureOptions('unused', {file: workflowFile(yaml), newWorkspace: () => workspaces})
    await expect(runWorkflow(options)).rejects.toThrow(message)
    // Nothing ran: the checkout stand-in never filled the workspace, no step wrote anything.
    expect(readdirSync(workspaces)).toEqual([])
  })

  test('lists every problem of the file in one message', async () => {
    const yaml = build(`      - name: Two mistakes
        uses: ./actions/echo
        with:
          mesage: \${{ steps.meta.outputs.tga }}
      - uses: actions/cache@v4`)
    const error = await runWorkflow(fixtureOptions('unused', {file: workflowFile(yaml)})).catch(
      (e: Error) => e,
    )
    expect(error).toBeInstanceOf(Error)
    const lines = (error as Error).message.split('\n')
    expect(lines[0]).toMatch(/^The workflow .*workflow\.yml cannot run as wired:$/)
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/no stand-in for uses: actions\/cache@v4$/),
      expect.stringMatching(/with: 'mesage' is not an input of/),
      expect.stringMatching(/required input 'message' of \.\/actions\/echo is not given/),
    ])
  })

  test('a parse error names the file, line and column', async () => {
    const file = workflowFile(
      'on: push\njobs:\n  build:\n    runs-on: x\n    steps:\n      - run: echo\n        uses: a/b@v1\n',
    )
    await expect(runWorkflow(fixtureOptions('unused', {file}))).rejects.toThrow(
      /does not parse:\n {2}- .*workflow\.yml \(Line: \d+, Col: \d+\): /,
    )
    expect(existsSync(file)).toBe(true)
  })
})
