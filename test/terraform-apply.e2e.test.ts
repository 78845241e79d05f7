/**
 * terraform-apply's bundle (dist/index.js), run the way the runner runs it, driving the real Terraform CLI
 * on fixture configurations that need no provider download, with state in a real PostgreSQL server
 * (Terraform's `pg` backend, which locks state) started on 127.0.0.1 for these tests.
 */

import {execFileSync} from 'node:child_process'
import {chmodSync, cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {type ActionRun, runAction} from '@deploy-actions/local-runner/run-action'
import {findPostgresBinaries, type Postgres, startPostgres} from '@deploy-actions/testing/postgres'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {
  cliEnv,
  copyFixture,
  holdStateLock,
  readState,
  requireTerraform,
  serverInputs,
  waitFor,
} from './fixtures/terraform-apply/harness'

const actionDir = fileURLToPath(new URL('../actions/terraform-apply', import.meta.url))

let pg: Postgres
let schemas = 0

beforeAll(async () => {
  requireTerraform()
  pg = await startPostgres({database: 'tfstate'})
}, 120_000)

afterAll(() => {
  pg?.stop()
  removeTempDirs()
})

/** A configuration copy with its own state (its own schema in the database). */
function newConfig(fixture = 'app'): {dir: string; schema: string} {
  return {dir: copyFixture(fixture), schema: `state_${++schemas}_${process.pid}`}
}

function terraformApply(
  config: {dir: string; schema: string},
  inputs: Record<string, string> = {},
  more: Partial<Parameters<typeof runAction>[0]> = {},
): Promise<ActionRun> {
  return runAction({
    actionDir,
    workspace: config.dir,
    inputs: {'backend-config': `schema_name=${config.schema}`, ...inputs},
    ...more,
    env: {...cliEnv(), PG_CONN_STR: pg.url, ...more.env},
  })
}

function errorLines(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((line) => line.startsWith('::error'))
}

describe('terraform-apply (bundled) against real Terraform and PostgreSQL', () => {
  it('plans, then applies exactly the saved plan, exporting every output; a re-run finds no changes', async () => {
    const config = newConfig()
    const plan = await terraformApply(config, {mode: 'plan', var: 'name=web', 'plan-file': 'web.tfplan'})
    expect(errorLines(plan)).toEqual([])
    expect(plan.exitCode).toBe(0)
    expect(plan.outputs).toMatchObject({
      'to-add': '1',
      'to-change': '0',
      'to-destroy': '0',
      'to-replace': '0',
      changes: 'true',
      'plan-summary': 'Plan: 1 to add, 0 to change, 0 to destroy.',
      'failure-reason': '',
      applied: 'false',
    })
    const planFile = plan.outputs['plan-file']!
    expect(planFile).toBe(join(config.dir, 'web.tfplan'))
    expect(existsSync(planFile)).toBe(true)
    expect(plan.summary).toContain('| `terraform_data.server[0]` | create |')
    expect(readState(pg, config.schema)).toBeUndefined()

    const apply = await terraformApply(config, {mode: 'apply', 'plan-file': planFile})
    expect(errorLines(apply)).toEqual([])
    expect(apply.exitCode).toBe(0)
    expect(apply.outputs).toMatchObject({
      applied: 'true',
      name: 'web',
      instance_count: '1',
      tags: '{"app":"web","generation":"1"}',
      server_names: '["web-0"]',
      admin_password: 'pw-web-Zx81q',
    })
    expect(JSON.parse(apply.outputs['outputs-json']!)).toEqual({
      name: 'web',
      instance_count: 1,
      tags: {app: 'web', generation: '1'},
      server_names: ['web-0'],
      admin_password: 'pw-web-Zx81q',
    })
    // The sensitive output is masked before it is set, and shown nowhere.
    expect(apply.masks).toContain('pw-web-Zx81q')
    expect(apply.log).not.toContain('pw-web-Zx81q')
    expect(apply.summary).not.toContain('pw-web-Zx81q')
    expect(apply.summary).toContain('| `admin_password` | _sensitive_ |')

    const state = readState(pg, config.schema)
    expect(serverInputs(state)).toEqual([{name: 'web-0', tags: {app: 'web', generation: '1'}, token: ''}])
    expect(state?.outputs['name']?.value).toBe('web')

    const again = await terraformApply(config, {mode: 'plan', var: 'name=web'})
    expect(again.exitCode).toBe(0)
    expect(again.outputs).toMatchObject({changes: 'false', 'to-add': '0', 'plan-summary': 'No changes.'})
    expect(readState(pg, config.schema)?.serial).toBe(state?.serial)
  })

  it('refuses a saved plan made before the state changed (stale-plan) and keeps the newer state', async () => {
    const config = newConfig()
    expect(
      (await terraformApply(config, {mode: 'apply', 'auto-approve': 'true', var: 'name=v0'})).exitCode,
    ).toBe(0)
    const plan = await terraformApply(config, {mode: 'plan', var: 'name=v1', 'plan-file': 'v1.tfplan'})
    expect(plan.outputs).toMatchObject({'to-change': '1', changes: 'true'})
    const other = await terraformApply(config, {mode: 'apply', 'auto-approve': 'true', var: 'name=v2'})
    expect(other.outputs['name']).toBe('v2')
    const serial = readState(pg, config.schema)?.serial

    const stale = await terraformApply(config, {mode: 'apply', 'plan-file': 'v1.tfplan'})
    expect(stale.exitCode).toBe(1)
    expect(stale.outputs).toMatchObject({'failure-reason': 'stale-plan', applied: 'false'})
    expect(errorLines(stale)).toEqual([
      expect.stringMatching(/v1\.tfplan is stale: the state changed after it was made/),
    ])
    expect(stale.summary).toContain('Failed: stale-plan')
    const state = readState(pg, config.schema)
    expect(state?.serial).toBe(serial)
    expect(state?.outputs['name']?.value).toBe('v2')
  })

  it('applies a saved plan as it was reviewed when the configuration changed after planning', async () => {
    const config = newConfig()
    const plan = await terraformApply(config, {mode: 'plan', var: 'name=reviewed', 'plan-file': 'r.tfplan'})
    expect(plan.exitCode).toBe(0)
    const main = join(config.dir, 'main.tf')
    writeFileSync(main, readFileSync(main, 'utf8').replace('value = var.name', 'value = upper(var.name)'))

    const apply = await terraformApply(config, {mode: 'apply', 'plan-file': 'r.tfplan'})
    expect(apply.exitCode).toBe(0)
    expect(apply.outputs).toMatchObject({applied: 'true', name: 'reviewed'})
    expect(readState(pg, config.schema)?.outputs['name']?.value).toBe('reviewed')
    // The edited configuration differs from what was applied: a new plan shows it, nothing re-planned silently.
    const next = await terraformApply(config, {mode: 'plan', var: 'name=reviewed', 'plan-file': 'n.tfplan'})
    expect(next.outputs).toMatchObject({changes: 'true', 'to-add': '0', 'to-change': '0'})
  })

  it('stops plans that destroy or replace resources unless allow-destroy is true', async () => {
    const config = newConfig()
    const created = await terraformApply(config, {mode: 'apply', 'auto-approve': 'true', var: 'instances=2'})
    expect(created.outputs['server_names']).toBe('["app-0","app-1"]')
    const serial = readState(pg, config.schema)?.serial

    const shrink = await terraformApply(config, {mode: 'plan', var: 'instances=1', 'plan-file': 's.tfplan'})
    expect(shrink.exitCode).toBe(1)
    expect(shrink.outputs).toMatchObject({
      'failure-reason': 'destroy-guard',
      'to-destroy': '1',
      'to-replace': '0',
    })
    expect(errorLines(shrink)).toEqual([
      expect.stringMatching(/destroys 1 resource\(s\).*terraform_data\.server\[1\].*set allow-destroy: true/),
    ])

    const replace = await terraformApply(config, {
      mode: 'apply',
      'auto-approve': 'true',
      var: 'instances=2\ngeneration=2',
    })
    expect(replace.exitCode).toBe(1)
    expect(replace.outputs).toMatchObject({
      'failure-reason': 'destroy-guard',
      'to-replace': '2',
      applied: 'false',
    })
    expect(replace.summary).toContain('| `terraform_data.server[0]` | **replace** (destroy and create) |')
    expect(readState(pg, config.schema)?.serial).toBe(serial)

    const allowed = await terraformApply(config, {
      mode: 'apply',
      'auto-approve': 'true',
      'allow-destroy': 'true',
      var: 'instances=2\ngeneration=2',
    })
    expect(allowed.exitCode).toBe(0)
    expect(allowed.outputs).toMatchObject({
      applied: 'true',
      'to-replace': '2',
      'to-add': '2',
      'to-destroy': '2',
    })
    expect(readState(pg, config.schema)?.outputs['tags']?.value).toEqual({app: 'app', generation: '2'})

    const unguarded = await terraformApply(config, {mode: 'destroy'})
    expect(unguarded.exitCode).toBe(1)
    expect(errorLines(unguarded)).toEqual([
      "::error::Input 'allow-destroy': must be true with mode destroy, which destroys every resource of the workspace.",
    ])
    expect(serverInputs(readState(pg, config.schema))).toHaveLength(2)

    const destroyed = await terraformApply(config, {mode: 'destroy', 'allow-destroy': 'true'})
    expect(destroyed.exitCode).toBe(0)
    expect(destroyed.outputs).toMatchObject({applied: 'true', 'to-destroy': '2', 'outputs-json': '{}'})
    expect(destroyed.summary).toContain('| Result | Destroyed |')
    expect(serverInputs(readState(pg, config.schema))).toEqual([])
  })

  it('reports a locked state with the lock details (state-locked) and leaves the state intact', async () => {
    const config = newConfig()
    expect((await terraformApply(config, {mode: 'apply', 'auto-approve': 'true'})).exitCode).toBe(0)
    const before = readState(pg, config.schema)
    const holder = await holdStateLock(pg, copyFixture('app'), {PG_CONN_STR: pg.url}, [
      `schema_name=${config.schema}`,
    ])
    let locked: ActionRun
    try {
      locked = await terraformApply(config, {mode: 'apply', 'auto-approve': 'true', var: 'name=blocked'})
    } finally {
      await holder.release()
    }
    expect(locked.exitCode).toBe(1)
    expect(locked.outputs).toMatchObject({'failure-reason': 'state-locked', applied: 'false'})
    const lockId = locked.outputs['lock-id']!
    expect(lockId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
    expect(JSON.parse(locked.outputs['lock-info']!)).toMatchObject({
      id: lockId,
      operation: 'OperationTypePlan',
      who: expect.stringMatching(/.@./),
      created: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/),
      error: 'Workspace is already locked: default',
    })
    expect(errorLines(locked)).toEqual([expect.stringContaining(`The Terraform state is locked`)])
    expect(errorLines(locked)[0]).toContain(`ID ${lockId}`)
    expect(errorLines(locked)[0]).toContain('lock-timeout')
    expect(locked.summary).toContain('Failed: state-locked')
    expect(readState(pg, config.schema)).toEqual(before)

    const after = await terraformApply(config, {mode: 'apply', 'auto-approve': 'true', var: 'name=unblocked'})
    expect(after.exitCode).toBe(0)
    expect(readState(pg, config.schema)?.serial).toBe(before!.serial + 1)
  })

  it('runs two applies at once: the second fails on the lock, or with lock-timeout waits and succeeds', async () => {
    const config = newConfig()
    const hold = tempDir('tf-hold-')
    const first = terraformApply(config, {
      mode: 'apply',
      'auto-approve': 'true',
      var: `name=first\nhold_dir=${hold}`,
    })
    let waiting: Promise<ActionRun> | undefined
    try {
      await waitFor('the first apply to hold the lock while creating', () =>
        existsSync(join(hold, 'started')),
      )

      const second = await terraformApply(config, {mode: 'apply', 'auto-approve': 'true', var: 'name=second'})
      expect(second.exitCode).toBe(1)
      expect(second.outputs).toMatchObject({'failure-reason': 'state-locked', applied: 'false'})
      expect(second.outputs['lock-id']).not.toBe('')

      const connected = new Set(connections())
      waiting = terraformApply(config, {
        mode: 'apply',
        'auto-approve': 'true',
        var: 'name=second',
        'lock-timeout': '2m',
      })
      // The waiting run keeps its database connection open while it retries the lock; the connection of
      // its init closes within milliseconds.
      await waitFor('the second apply to wait for the lock', () =>
        connections('1 second').some((pid) => !connected.has(pid)),
      )
    } finally {
      // Never leave the first apply waiting, whatever failed above.
      writeFileSync(join(hold, 'release'), '')
    }

    const [firstRun, waitedRun] = await Promise.all([first, waiting])
    expect(firstRun.exitCode).toBe(0)
    expect(firstRun.outputs['name']).toBe('first')
    expect(waitedRun.exitCode).toBe(0)
    expect(waitedRun.outputs).toMatchObject({
      applied: 'true',
      'to-change': '1',
      name: 'second',
      'failure-reason': '',
    })
    const state = readState(pg, config.schema)
    expect(state?.serial).toBe(2)
    expect(serverInputs(state)).toEqual([
      {name: 'second-0', tags: {app: 'second', generation: '1'}, token: ''},
    ])
  })

  it('selects or creates the workspace, takes secret backend settings and variables without showing them', async () => {
    const config = newConfig()
    const token = 'tok-Q7v9-f00d-secret'
    const inputs = {
      mode: 'apply',
      'auto-approve': 'true',
      workspace: 'staging',
      'backend-config': `schema_name=${config.schema}\nconn_str=${pg.url}`,
      'secret-var': `api_token=${token}`,
    }
    // A connection string that cannot work: success proves the one in backend-config was used.
    const env = {PG_CONN_STR: 'postgres://nobody@127.0.0.1:1/none?sslmode=disable'}
    const run = await terraformApply(config, inputs, {env})
    expect(errorLines(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.masks).toEqual(expect.arrayContaining([token, pg.url]))
    // Everything the step printed (unmasked) except the mask registrations themselves.
    const printed = run.stdout.replace(/^::add-mask::.*$/gm, '')
    for (const text of [printed, run.summary, JSON.stringify(run.outputs)]) {
      expect(text).not.toContain(token)
      expect(text).not.toContain(pg.url)
    }
    expect(run.stdout).toContain('-backend-config=schema_name=')
    expect(readState(pg, config.schema, 'default')).toBeUndefined()
    expect(serverInputs(readState(pg, config.schema, 'staging'))).toEqual([
      {name: 'app-0', tags: {app: 'app', generation: '1'}, token},
    ])

    const again = await terraformApply(config, inputs, {env})
    expect(again.exitCode).toBe(0)
    expect(again.outputs).toMatchObject({changes: 'false', applied: 'false', name: 'app'})
  })

  it('turns a syntax error into an error annotation at the file and line Terraform names', async () => {
    const root = tempDir('tf-repo-')
    cpSync(
      fileURLToPath(new URL('./fixtures/terraform-apply/broken', import.meta.url)),
      join(root, 'infra'),
      {
        recursive: true,
      },
    )
    const run = await terraformApply({dir: root, schema: 'broken'}, {'working-directory': 'infra'})
    expect(run.exitCode).toBe(1)
    expect(run.outputs['failure-reason']).toBe('invalid-configuration')
    const errors = run.annotations.filter((a) => a.level === 'error')
    expect(errors).toEqual([
      {
        level: 'error',
        message: expect.stringContaining('Invalid expression'),
        properties: expect.objectContaining({file: 'infra/main.tf', line: '7'}),
      },
    ])
  })

  it.each([
    [
      {'working-directory': 'nowhere'},
      /^::error::Input 'working-directory': .*nowhere does not exist\. Check out/,
    ],
    [{mode: 'deploy'}, /^::error::Input 'mode': 'deploy' is not one of 'plan', 'apply', 'destroy'\.$/],
    [{mode: 'apply'}, /^::error::Input 'plan-file': is required with mode apply/],
  ])('fails on bad input %j with one clear error and no Terraform run', async (inputs, message) => {
    const config = newConfig()
    const run = await terraformApply(config, inputs)
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toEqual([expect.stringMatching(message)])
    expect(run.stdout).not.toContain('terraform init')
    expect(run.outputs).toEqual({})
  })
})

describe('terraform-apply (bundled) finding its CLI', () => {
  it("runs the real binary beside setup-terraform's output-rewriting wrapper, so JSON stays intact", async () => {
    const bin = join(tempDir('tf-bin-'), 'bin')
    mkdirSync(bin)
    const real = execFileSync('sh', ['-c', 'command -v terraform'], {encoding: 'utf8'}).trim()
    symlinkSync(real, join(bin, 'terraform-bin'))
    // Like the wrapper: echoes extra lines around the real output, which breaks `output -json`.
    writeFileSync(
      join(bin, 'terraform'),
      '#!/bin/sh\necho "[command]terraform-bin $*"\nterraform-bin "$@"\necho "::debug::exit $?"\n',
    )
    chmodSync(join(bin, 'terraform'), 0o755)
    const dir = copyFixture('local')
    const run = await runAction({
      actionDir,
      workspace: dir,
      inputs: {mode: 'apply', 'auto-approve': 'true'},
      env: {...cliEnv(), PATH: `${bin}:${process.env['PATH']}`},
    })
    expect(errorLines(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.log).toContain(
      `Running ${join(bin, 'terraform-bin')} directly: ${join(bin, 'terraform')} is a wrapper`,
    )
    expect(JSON.parse(run.outputs['outputs-json']!)).toEqual({server_count: 1, db_password: 'db-pw-Kq3Z9'})
    expect(run.log).not.toContain('[command]')
  })

  it('says how to install the CLI when it is missing, with failure-reason set', async () => {
    const run = await runAction({
      actionDir,
      workspace: copyFixture('local'),
      inputs: {terraform: 'tofu'},
      env: cliEnv(),
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs['failure-reason']).toBe('terraform-failed')
    expect(errorLines(run)).toEqual([
      expect.stringMatching(/^::error::The 'tofu' CLI was not found on PATH\. Install it/),
    ])
  })

  it('fails (never skips) when the PostgreSQL binaries the state tests need are missing', () => {
    expect(() => findPostgresBinaries(['/nonexistent/bin'])).toThrow(
      'PostgreSQL 15 is required by this test and was not found (looked for initdb in /nonexistent/bin).',
    )
  })
})

/** Backend process ids of connections to the state database, optionally only those open longer than `age`. */
function connections(age?: string): string[] {
  const older = age ? ` AND backend_start < now() - interval '${age}'` : ''
  return pg
    .query(
      `SELECT pid FROM pg_stat_activity WHERE datname = '${pg.database}' AND pid <> pg_backend_pid()${older}`,
    )
    .split('\n')
    .filter(Boolean)
}
