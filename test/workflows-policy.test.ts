/**
 * What every workflow of the repository promises its users, read from the files: third-party actions
 * pinned to a commit, no token permission granted by default, deploys of one environment never running
 * side by side, and production changes behind a GitHub environment.
 */
import {readFileSync} from 'node:fs'
import {relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from '@jest/globals'
import {parse} from 'yaml'
import {workflowFiles} from '../scripts/lint-workflows'

const root = fileURLToPath(new URL('..', import.meta.url))

interface Step {
  uses?: string
  with?: Record<string, unknown>
}
interface Job {
  permissions?: unknown
  concurrency?: {group?: string; 'cancel-in-progress'?: boolean}
  environment?: string | {name: string}
  uses?: string
  steps?: Step[]
}
interface Workflow {
  on: Record<string, unknown>
  permissions?: unknown
  jobs: Record<string, Job>
}

const workflows = workflowFiles().map((file) => ({
  name: relative(root, file),
  text: readFileSync(file, 'utf8'),
  doc: parse(readFileSync(file, 'utf8')) as Workflow,
}))

/** `${{ e }}` as written in a workflow. */
const expr = (e: string) => `${'$'}{{ ${e} }}`

const OURS = /^(\.\/|your-org\/deploy-actions\/)/
const ACTION = /^your-org\/deploy-actions\/actions\/([a-z-]+)@/

/** Our action a step runs, by name. */
const actionOf = (step: Step) => ACTION.exec(step.uses ?? '')?.[1]

/** Jobs that change a running environment: a deploy, an apply, a configuration run. */
function changesEnvironment(job: Job): boolean {
  return (job.steps ?? []).some((s) => {
    const action = actionOf(s)
    return (
      action === 'ssh-deploy' ||
      action === 'ansible-configure' ||
      (action === 'terraform-apply' && s.with?.['mode'] === 'apply')
    )
  })
}

describe('every workflow in the repository', () => {
  it('is found', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(11)
  })

  it.each(workflows)(
    '$name pins third-party actions to a full commit SHA, with the version beside it',
    ({text}) => {
      const uses = [...text.matchAll(/^\s*(?:- )?uses:\s*(\S+)(.*)$/gm)].map((m) => ({
        ref: m[1]!,
        rest: m[2]!,
      }))
      const thirdParty = uses.filter((u) => !OURS.test(u.ref))
      for (const u of thirdParty) {
        expect(`${u.ref}${u.rest}`).toMatch(/^[\w-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/)
      }
    },
  )

  it.each(workflows)(
    '$name grants the token at most read access by default; writes are asked for per job',
    ({doc}) => {
      expect(doc.permissions).toBeDefined()
      const top = doc.permissions as Record<string, string>
      for (const level of Object.values(top)) expect(level).toBe('read')
      // With nothing granted at the top, a job that does not ask gets nothing: each must say what it needs.
      if (Object.keys(top).length === 0) {
        for (const [id, job] of Object.entries(doc.jobs)) {
          expect({job: id, permissions: job.permissions}).toEqual({job: id, permissions: expect.any(Object)})
        }
      }
    },
  )

  it.each(workflows)(
    '$name keeps deploys of one environment from overlapping or being cancelled half-way',
    ({doc}) => {
      for (const [id, job] of Object.entries(doc.jobs).filter(([, j]) => changesEnvironment(j))) {
        expect({job: id, concurrency: job.concurrency}).toEqual({
          job: id,
          concurrency: {group: expect.any(String), 'cancel-in-progress': false},
        })
      }
    },
  )
})

describe('the reference pipelines', () => {
  const byName = (name: string) => workflows.find((w) => w.name === name)!.doc

  it('deploy production and apply infrastructure only from GitHub environments', () => {
    expect(byName('workflows-examples/main.yml').jobs['deploy']!.environment).toEqual({
      name: 'production',
      url: expr('vars.PROD_URL'),
    })
    expect(byName('workflows-examples/infra.yml').jobs['apply']!.environment).toBe('infrastructure')
    expect(byName('.github/workflows/main-pipeline.yml').jobs['deploy']!.environment).toBe(
      expr('inputs.environment'),
    )
    expect(byName('.github/workflows/infra-pipeline.yml').jobs['apply']!.environment).toBe(
      expr('inputs.environment'),
    )
    const defaults = (name: string) =>
      (byName(name).on['workflow_call'] as {inputs: Record<string, {default?: string}>}).inputs['environment']
        ?.default
    expect(defaults('.github/workflows/main-pipeline.yml')).toBe('production')
    expect(defaults('.github/workflows/infra-pipeline.yml')).toBe('infrastructure')
  })

  it('ask for an OIDC token, not AWS keys, wherever they reach AWS', () => {
    for (const w of workflows.filter((x) => /configure-aws-credentials/.test(x.text))) {
      expect(w.text).not.toMatch(/aws-access-key-id|aws-secret-access-key/)
      for (const job of Object.values(w.doc.jobs)) {
        if ((job.steps ?? []).some((s) => /configure-aws-credentials/.test(s.uses ?? ''))) {
          expect(job.permissions).toMatchObject({'id-token': 'write'})
        }
      }
    }
  })

  it('are reusable with one uses: line per flow, with typed inputs, secrets and outputs', () => {
    for (const name of ['dev-pipeline', 'main-pipeline', 'infra-pipeline']) {
      const call = byName(`.github/workflows/${name}.yml`).on['workflow_call'] as {
        inputs: Record<string, {type: string}>
        secrets: Record<string, unknown>
        outputs: Record<string, {value: string}>
      }
      expect(Object.keys(call)).toEqual(['inputs', 'secrets', 'outputs'])
      for (const input of Object.values(call.inputs))
        expect(['string', 'number', 'boolean']).toContain(input.type)
      expect(Object.keys(call.secrets)).toContain('ssh-private-key')
      const caller = byName('workflows-examples/pipeline.yml')
      expect(Object.values(caller.jobs).map((j) => j.uses)).toContain(
        `your-org/deploy-actions/.github/workflows/${name}.yml@v1`,
      )
    }
  })
})
