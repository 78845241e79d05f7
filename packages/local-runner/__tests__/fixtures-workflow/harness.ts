/** What the workflow engine's tests share: fixture paths, fresh workspaces, stand-ins and a runner. */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {
  type RunWorkflowOptions,
  runWorkflow,
  type StepStandIn,
} from '@deploy-actions/local-runner/workflow/run-workflow'
import {removeEchoActions, writeEchoAction} from './echo-action'

export const FIXTURES = dirname(fileURLToPath(import.meta.url))
export const SECRET = 'deploy-key-0123456789'
export const TOKEN = 'ghs_token_abcdefghijklmnop'

const made: string[] = []

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

export function cleanUp(): void {
  removeEchoActions()
  for (const dir of made.splice(0)) rmSync(dir, {recursive: true, force: true})
}

/** Writes a workflow into a temporary folder, for the tests of one wiring mistake each. */
export function workflowFile(yaml: string, name = 'workflow.yml'): string {
  const file = join(tempDir('workflow-file-'), name)
  writeFileSync(file, yaml)
  return file
}

/** A checkout stand-in: fills the workspace as actions/checkout would, with one file. */
export const checkout: StepStandIn = {
  outputs: ['ref', 'commit'],
  async run({workspace}) {
    writeFileSync(join(workspace, 'version.txt'), '42')
    return {outputs: {commit: 'abc123'}}
  },
}

/** A registry login stand-in: an output from its `with:` and a variable for later steps. */
export const registryLogin: StepStandIn & {
  calls: Array<{with: Record<string, string>; env: Record<string, string>}>
} = {
  outputs: ['registry'],
  calls: [],
  async run(step) {
    registryLogin.calls.push({with: step.with, env: step.env})
    return {
      outputs: {registry: `${step.with.registry}.example`},
      env: {REGISTRY_HOST: step.with.registry ?? ''},
    }
  },
}

/** Options for the fixture workflows: `./actions/echo` is the echo action, the rest the stand-ins. */
export function fixtureOptions(
  file: string,
  overrides: Partial<RunWorkflowOptions> = {},
): RunWorkflowOptions {
  const echo = writeEchoAction()
  const workspaces = tempDir('workflow-ws-')
  let count = 0
  return {
    file: join(FIXTURES, file),
    event: {name: 'push', ref: 'refs/heads/main', sha: 'f00dfeed', payload: {ref: 'refs/heads/main'}},
    repository: 'acme/app',
    vars: {REGISTRY: 'registry.acme'},
    secrets: {GITHUB_TOKEN: TOKEN, DEPLOY_KEY: SECRET},
    resolveAction: (uses) =>
      ({
        './actions/echo': {dir: echo},
        'actions/checkout@v5': checkout,
        'acme/registry-login@v2': registryLogin,
      })[uses],
    resolveWorkflow: (uses) =>
      uses === './.github/workflows/reusable.yml' ? join(FIXTURES, 'reusable.yml') : undefined,
    newWorkspace: (job) => {
      const dir = join(workspaces, `${count++}-${job}`)
      mkdirSync(dir)
      return dir
    },
    ...overrides,
  }
}

export {runWorkflow}
