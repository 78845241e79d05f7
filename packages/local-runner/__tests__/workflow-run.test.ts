/**
 * The workflow engine running fixture workflows for real: `run:` steps under bash, the echo action as a
 * bundled JavaScript action through runAction, and stand-ins for the steps that are not ours.
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, test} from '@jest/globals'
import {
  cleanUp,
  fixtureOptions,
  registryLogin,
  runWorkflow,
  SECRET,
  TOKEN,
  workflowFile,
} from './fixtures-workflow/harness'

afterAll(cleanUp)

describe('runWorkflow', () => {
  test('carries outputs from step to step and job to job, and variables through GITHUB_ENV', async () => {
    registryLogin.calls.length = 0
    const run = await runWorkflow(fixtureOptions('pipeline.yml'))

    expect(run.conclusion).toBe('success')
    const {build, deploy} = run.jobs
    expect(build?.steps.map((s) => [s.id ?? s.name, s.outcome])).toEqual([
      ['Run actions/checkout@v5', 'success'],
      ['meta', 'success'],
      ['login', 'success'],
      ['echo', 'success'],
      ['Check the environment', 'success'],
    ])
    // meta read the file the checkout stand-in put in the workspace; echo got meta's and login's outputs.
    const echo = build?.steps[3]
    expect(echo?.outputs).toEqual({
      echoed: 'hello v1-42 to registry.acme.example',
      // The action.yml default `${{ github.token }}`, resolved from secrets.GITHUB_TOKEN.
      token: TOKEN,
      // FROM_RUN came from a run step's GITHUB_ENV.
      'env-value': 'set by meta',
    })
    expect(echo?.action?.exitCode).toBe(0)
    expect(echo?.log).toBe('echo: hello v1-42 to registry.acme.example\ntoken seen: ***\n')
    expect(registryLogin.calls).toEqual([
      {
        with: {registry: 'registry.acme'},
        env: expect.objectContaining({FROM_RUN: 'set by meta', IMAGE: 'ghcr.io/acme/app'}),
      },
    ])
    // The stand-in's env and the action's GITHUB_ENV reach later steps, with the runner's variables.
    expect(build?.steps[4]?.log).toBe(
      'IMAGE=ghcr.io/acme/app FROM_RUN=set by meta REGISTRY_HOST=registry.acme FROM_ACTION=exported by echo\n' +
        'job=build repo=acme/app sha=f00dfeed ref=main\n',
    )
    expect(build?.outputs).toEqual({echoed: 'hello v1-42 to registry.acme.example', tag: 'v1-42'})
    expect(build?.summary).toBe('- echoed v1-42 to registry.acme.example\n## built v1-42\n')
    expect(readFileSync(join(build?.workspace ?? '', 'version.txt'), 'utf8')).toBe('42')
    expect(build).toMatchObject({
      permissions: {contents: 'read'},
      concurrency: {group: 'build-refs/heads/main', cancelInProgress: true},
    })

    // deploy read build's outputs through needs, ran in defaults.run.working-directory, and the secret
    // it printed is masked.
    expect(deploy?.environment).toBe('production')
    expect(deploy?.outputs).toEqual({url: 'https://example.test/v1-42'})
    expect(deploy?.steps[1]?.log).toBe(
      'deploying hello v1-42 to registry.acme.example with key *** from site\n',
    )
    expect(JSON.stringify(run)).not.toContain(SECRET)
    expect(deploy?.workspace).not.toBe(build?.workspace)
  })

  test('runs failure() and always() steps after a failure, and skips the jobs that needed the failed one', async () => {
    const run = await runWorkflow(fixtureOptions('failures.yml'))

    expect(run.conclusion).toBe('failure')
    const flaky = run.jobs.flaky
    expect(flaky?.result).toBe('failure')
    expect(flaky?.steps.map((s) => [s.id, s.outcome])).toEqual([
      ['tolerated', 'failure'],
      ['after-tolerated', 'success'],
      ['broken', 'failure'],
      ['skipped', 'skipped'],
      ['on-failure', 'success'],
      ['always', 'success'],
      ['plain-if', 'skipped'],
    ])
    // continue-on-error: the outcome is failure, the conclusion success, and the job went on.
    expect(flaky?.steps[1]?.log).toBe('outcome=failure conclusion=success\n')
    expect(flaky?.steps[2]?.log).toBe('about to fail\nError: Process completed with exit code 3.\n')
    expect(flaky?.steps[4]?.log).toBe('cleanup after failure, skipped is skipped\n')
    expect(Object.fromEntries(Object.entries(run.jobs).map(([id, job]) => [id, job.result]))).toEqual({
      flaky: 'failure',
      dependent: 'skipped',
      report: 'success',
      // A skipped need skips the job too, as on GitHub.
      'after-skipped': 'skipped',
      'on-failure': 'success',
    })
    expect(run.jobs.report?.steps[0]?.log).toBe('flaky was failure\n')
  })

  test('a failing action or stand-in fails its step with the log, without throwing', async () => {
    const file = workflowFile(`
on: push
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - id: echo
        uses: ./actions/echo
        with:
          message: \${{ secrets.DEPLOY_KEY }}
          fail: true
      - if: always()
        uses: acme/registry-login@v2
`)
    const broken = {
      outputs: ['registry'],
      run: async () => {
        throw new Error('the registry is down')
      },
    }
    const options = fixtureOptions('unused', {file})
    const run = await runWorkflow({
      ...options,
      resolveAction: (uses) => (uses === 'acme/registry-login@v2' ? broken : options.resolveAction(uses)),
    })

    expect(run.conclusion).toBe('failure')
    const [echo, login] = run.jobs.build?.steps ?? []
    expect(echo).toMatchObject({id: 'echo', outcome: 'failure', outputs: {echoed: `hello ${SECRET}`}})
    expect(echo?.log).toBe('echo: hello ***\ntoken seen: ***\nError: asked to fail\n')
    expect(echo?.action?.exitCode).toBe(1)
    expect(login).toMatchObject({
      outcome: 'failure',
      log: 'Error: The stand-in failed: the registry is down\n',
    })
  })

  test('runs only the jobs asked for and the jobs they need', async () => {
    const run = await runWorkflow(fixtureOptions('pipeline.yml', {jobs: ['build']}))
    expect(Object.keys(run.jobs)).toEqual(['build'])
    expect(run.conclusion).toBe('success')
  })

  test("runs a script as GitHub's bash does: -e always, pipefail only with shell: bash", async () => {
    const file = workflowFile(`
on: push
jobs:
  shells:
    runs-on: ubuntu-24.04
    steps:
      - id: default
        run: |
          false | true
          echo "shell flags: $-"
      - id: bash
        shell: bash
        continue-on-error: true
        run: |
          false | true
          echo "not reached"
      - id: errexit
        continue-on-error: true
        run: |
          false
          echo "not reached"
`)
    const run = await runWorkflow(fixtureOptions('unused', {file}))
    const steps = run.jobs.shells?.steps ?? []
    expect(steps.map((s) => [s.id, s.outcome])).toEqual([
      ['default', 'success'],
      ['bash', 'failure'],
      ['errexit', 'failure'],
    ])
    expect(steps[0]?.log).toMatch(/^shell flags: \w*e\w*\n$/)
    expect(steps[1]?.log).toBe('Error: Process completed with exit code 1.\n')
  })

  test('stops a step at the time limit and fails it', async () => {
    const file = workflowFile(`
on: push
jobs:
  slow:
    runs-on: ubuntu-24.04
    steps:
      - run: sleep 30
      - if: always()
        run: echo "after the timeout"
`)
    const started = Date.now()
    const run = await runWorkflow(fixtureOptions('unused', {file, stepTimeoutMs: 500}))
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(run.jobs.slow?.steps.map((s) => s.outcome)).toEqual(['failure', 'success'])
    expect(run.jobs.slow?.steps[0]?.log).toBe('Error: The step was stopped after its time limit of 500 ms.\n')
  })

  test('types workflow_dispatch inputs, applies defaults, and rejects an undeclared one', async () => {
    const file = workflowFile(`
on:
  workflow_dispatch:
    inputs:
      dry-run:
        type: boolean
      target:
        type: choice
        options: [staging, production]
        default: staging
jobs:
  show:
    runs-on: ubuntu-24.04
    steps:
      - if: inputs.dry-run
        run: echo "dry run to \${{ inputs.target }}, a \${{ inputs.dry-run && 'boolean' }}"
`)
    const event = {name: 'workflow_dispatch', ref: 'refs/heads/main', sha: 'f00dfeed'}
    const run = await runWorkflow(fixtureOptions('unused', {file, event, inputs: {'dry-run': 'true'}}))
    expect(run.jobs.show?.steps[0]?.log).toBe('dry run to staging, a boolean\n')

    await expect(
      runWorkflow(fixtureOptions('unused', {file, event, inputs: {target: 'prod', dryrun: true}})),
    ).rejects.toThrow(
      /options\.inputs: input 'dryrun' is not declared \(declared: dry-run, target\)\n.*input 'target' got 'prod', which is not one of its options: staging, production/,
    )
    expect(existsSync(file)).toBe(true)
  })
})
