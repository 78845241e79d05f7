/**
 * Reusable workflows: a job's `uses:` runs the called file with typed inputs and its secrets, and its
 * outputs come from the called file's `on.workflow_call.outputs`.
 */
import {join} from 'node:path'
import {afterAll, describe, expect, test} from '@jest/globals'
import {
  cleanUp,
  FIXTURES,
  fixtureOptions,
  runWorkflow,
  SECRET,
  workflowFile,
} from './fixtures-workflow/harness'

afterAll(cleanUp)

/** A caller of `reusable.yml` whose `release` job has the given `with:` and `secrets:` lines. */
const caller = (release: string) => `
on: push
jobs:
  prepare:
    runs-on: ubuntu-24.04
    outputs:
      release: \${{ steps.decide.outputs.release }}
    steps:
      - id: decide
        run: echo "release=true" >> "$GITHUB_OUTPUT"
  release:
    needs: prepare
    uses: ./.github/workflows/reusable.yml
${release}
`

/** Options that resolve `./.github/workflows/called.yml` to a workflow written from `yaml`. */
function withCalled(file: string, yaml: string) {
  const called = workflowFile(yaml, 'called.yml')
  return fixtureOptions('unused', {
    file,
    resolveWorkflow: (uses) => (uses === './.github/workflows/called.yml' ? called : undefined),
  })
}

describe('a reusable workflow call', () => {
  test('passes typed inputs and inherited secrets, and the caller reads its outputs', async () => {
    const run = await runWorkflow(fixtureOptions('caller.yml'))

    expect(run.conclusion).toBe('success')
    const release = run.jobs.release
    expect(release?.result).toBe('success')
    expect(release?.outputs).toEqual({version: 'app 3', summary: 'app x3 in eu-west-1'})
    const ship = release?.jobs?.ship
    // `inputs.release` is the boolean true (fromJSON of an output), `inputs.replicas` the number 3.
    expect(ship?.steps[0]?.log).toBe('release is a true boolean, replicas+1 = true\nkey ***\n')
    expect(ship?.steps[1]?.outputs.echoed).toBe('app 3')
    expect(ship?.workspace).toMatch(/release\.ship$/)
    expect(release?.summary).toBe('- echoed 3\n')
    expect(run.jobs.announce?.steps[0]?.log).toBe('released app 3 (app x3 in eu-west-1)\n')
    expect(JSON.stringify(run)).not.toContain(SECRET)
  })

  test('a literal of the wrong type ("yes" for a boolean) is refused before anything runs', async () => {
    const file = workflowFile(
      caller(`    with:
      name: app
      release: "yes"
    secrets: inherit`),
    )
    await expect(runWorkflow(fixtureOptions('unused', {file}))).rejects.toThrow(
      /job 'release': with: 'release' must be a boolean \(true or false\) for a boolean input, not 'yes'/,
    )
  })

  test('an output passed to a boolean input without fromJSON() is refused when the call starts', async () => {
    const file = workflowFile(
      caller(`    with:
      name: app
      release: \${{ needs.prepare.outputs.release }}
    secrets: inherit`),
    )
    await expect(runWorkflow(fixtureOptions('unused', {file}))).rejects.toThrow(
      /job 'release' calling .*reusable\.yml: input 'release' is a boolean input and got the string 'true'; pass true or false/,
    )
  })

  test('a missing required input, an unknown one and a missing required secret are refused', async () => {
    const file = workflowFile(
      caller(`    with:
      replica: 2
    secrets:
      TOKEN: \${{ secrets.GITHUB_TOKEN }}`),
    )
    const reusable = join(FIXTURES, 'reusable.yml')
    const error = await runWorkflow(fixtureOptions('unused', {file})).catch((e: Error) => e)
    expect((error as Error).message.split('\n').slice(1)).toEqual([
      expect.stringMatching(
        `job 'release': with: 'replica' is not an input of ${reusable} \\(inputs: name, release, replicas, region\\)$`,
      ),
      expect.stringMatching(`job 'release': required input 'name' of ${reusable} is not given under with:$`),
      expect.stringMatching(
        `job 'release': secrets: 'TOKEN' is not a secret of ${reusable} \\(secrets: DEPLOY_KEY\\)$`,
      ),
      expect.stringMatching(`job 'release': required secret 'DEPLOY_KEY' of ${reusable} is not passed$`),
    ])
  })

  test('passes only the secrets it is given, and refuses an undeclared secret or job output in the called file', async () => {
    const file = workflowFile(`
on: push
jobs:
  call:
    uses: ./.github/workflows/called.yml
    secrets:
      KEY: \${{ secrets.DEPLOY_KEY }}
`)
    const called = `
on:
  workflow_call:
    secrets:
      KEY:
        required: true
    outputs:
      id:
        value: \${{ jobs.work.outputs.idd }}
jobs:
  work:
    runs-on: ubuntu-24.04
    outputs:
      id: \${{ steps.s.outputs.id }}
    steps:
      - id: s
        run: echo "\${{ secrets.KEY }} \${{ secrets.DEPLOY_KEY }}"
`
    const error = await runWorkflow(withCalled(file, called)).catch((e: Error) => e)
    const lines = (error as Error).message.split('\n').slice(1)
    expect(lines).toEqual([
      expect.stringMatching(
        /called\.yml: job 'work', step 'Run echo .*': 'secrets\.DEPLOY_KEY' is not declared in on\.workflow_call\.secrets \(declared: KEY\)/,
      ),
      expect.stringMatching(
        /called\.yml: on\.workflow_call\.outputs\.id: 'jobs\.work\.outputs\.idd': job 'work' declares no output 'idd'/,
      ),
    ])

    const fixed = called.replace(` \${{ secrets.DEPLOY_KEY }}`, '').replace('outputs.idd', 'outputs.id')
    const run = await runWorkflow(withCalled(file, fixed))
    expect(run.jobs.call?.jobs?.work?.steps[0]?.log).toBe('***\n')
    expect(run.jobs.call?.outputs).toEqual({id: ''})
  })

  test('a called job whose if is false is skipped, and its outputs are empty', async () => {
    const file = workflowFile(
      caller(`    with:
      name: app
      release: false
    secrets: inherit`),
    )
    const run = await runWorkflow(fixtureOptions('unused', {file}))
    expect(run.conclusion).toBe('success')
    expect(run.jobs.release?.jobs?.ship?.result).toBe('skipped')
    expect(run.jobs.release?.outputs).toEqual({version: '', summary: 'app x1 in eu-west-1'})
  })

  test('a uses: of a job that resolveWorkflow does not know is refused', async () => {
    const file = workflowFile(`
on: push
jobs:
  call:
    uses: acme/workflows/.github/workflows/deploy.yml@v1
`)
    await expect(runWorkflow(fixtureOptions('unused', {file}))).rejects.toThrow(
      /job 'call': no workflow for uses: acme\/workflows\/\.github\/workflows\/deploy\.yml@v1/,
    )
  })
})
