import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, describe, expect, it} from '@jest/globals'
import {actionlint, runBlocks, shellcheck, withoutExpressions, workflowFiles} from '../scripts/lint-workflows'

afterAll(removeTempDirs)

const BAD = `on: push
permissions: {}
jobs:
  build:
    runs-on: ubuntu-24.04
    needs: nothing
    steps:
      - name: Unquoted
        run: |
          echo "ok"
          cp $SOURCE \${{ github.sha }}
      - run: echo "$HOME"
      - shell: python
        run: print($NOT_SHELL)
`

function write(text: string): string {
  const file = join(tempDir(), 'workflow.yml')
  writeFileSync(file, text)
  return file
}

describe('lint-workflows', () => {
  it('finds every workflow of the repository, the examples included', () => {
    const names = workflowFiles().map((f) => f.split('/').slice(-2).join('/'))
    expect(names).toEqual(
      expect.arrayContaining([
        'workflows-examples/dev.yml',
        'workflows-examples/main.yml',
        'workflows-examples/infra.yml',
        'workflows-examples/pipeline.yml',
        'workflows/dev-pipeline.yml',
        'workflows/main-pipeline.yml',
        'workflows/infra-pipeline.yml',
      ]),
    )
  })

  it('reports what actionlint finds, with its line', async () => {
    const file = write(BAD)
    const problems = await actionlint(file)
    expect(problems).toEqual([
      {
        file,
        line: 4,
        message: 'job "build" needs job "nothing" which does not exist in this workflow [job-needs]',
      },
    ])
  })

  it('runs shellcheck on bash run blocks at the file line of each finding, expressions blanked', () => {
    const file = write(BAD)
    const blocks = runBlocks(file)
    expect(blocks.map((b) => [b.where, b.shell, b.line])).toEqual([
      ['jobs.build, Unquoted', 'bash', 10],
      ['jobs.build, step 2', 'bash', 12],
      ['jobs.build, step 3', 'python', 14],
    ])
    const found = blocks.flatMap(shellcheck)
    expect(found).toEqual([{file, line: 11, message: expect.stringContaining('SC2086')}])
    expect(withoutExpressions(`a ${'$'}{{ x }} b`)).toBe('a ________ b')
  })

  it('finds nothing in the repository', async () => {
    for (const file of workflowFiles()) {
      expect(await actionlint(file)).toEqual([])
      expect(runBlocks(file).flatMap(shellcheck)).toEqual([])
    }
  })
})
