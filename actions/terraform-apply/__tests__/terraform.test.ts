import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import type {CommandOptions, CommandResult} from '@deploy-actions/kit/exec'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, describe, expect, it} from '@jest/globals'
import {Terraform, TerraformError} from '../src/terraform'

afterAll(removeTempDirs)

/** A process runner that records each call and answers from a queue. */
function fakeRun(...results: Partial<CommandResult>[]) {
  const calls: {command: string; args: readonly string[]; options: CommandOptions | undefined}[] = []
  const run = async (command: string, args: readonly string[], options?: CommandOptions) => {
    calls.push({command, args, options})
    return {exitCode: 0, stdout: '', stderr: '', ...results.shift()}
  }
  return {calls, run}
}

const base = {
  binary: '/usr/bin/terraform',
  cwd: '/repo/infra',
  env: {TF_IN_AUTOMATION: '1'},
  secrets: ['s3cr3t'],
}

describe('Terraform', () => {
  it('plans with var files before vars (vars win), the lock timeout, and -destroy when asked', async () => {
    const {calls, run} = fakeRun({exitCode: 2})
    const tf = new Terraform({...base, run})
    const changes = await tf.plan({
      out: '/tmp/p.tfplan',
      destroy: true,
      vars: new Map([
        ['region', 'eu-west-1'],
        ['tags', '{a="b"}'],
      ]),
      varFiles: ['prod.tfvars'],
      lockTimeoutMs: 90_000,
    })
    expect(changes).toBe(true)
    expect(calls).toEqual([
      {
        command: '/usr/bin/terraform',
        args: [
          'plan',
          '-input=false',
          '-no-color',
          '-detailed-exitcode',
          '-out=/tmp/p.tfplan',
          '-lock-timeout=90000ms',
          '-destroy',
          '-var-file=prod.tfvars',
          '-var',
          'region=eu-west-1',
          '-var',
          'tags={a="b"}',
        ],
        options: {
          cwd: '/repo/infra',
          env: {TF_IN_AUTOMATION: '1'},
          secrets: ['s3cr3t'],
          quiet: false,
          allowFailure: true,
        },
      },
    ])
  })

  it('reads no changes from exit code 0, and throws the failure with its stderr otherwise', async () => {
    const {run} = fakeRun({exitCode: 0}, {exitCode: 1, stderr: 'Error: Saved plan is stale'})
    const tf = new Terraform({...base, run})
    const plan = {out: 'p', destroy: false, vars: new Map(), varFiles: [], lockTimeoutMs: 0}
    expect(await tf.plan(plan)).toBe(false)
    await expect(tf.apply('p', 0)).rejects.toEqual(
      expect.objectContaining({step: 'apply', exitCode: 1, stderr: 'Error: Saved plan is stale'}),
    )
  })

  it('captures JSON quietly, so sensitive values never reach the log', async () => {
    const {calls, run} = fakeRun(
      {stdout: '{"format_version":"1.2","terraform_version":"1.11.4"}'},
      {stdout: '{"pw":{"value":"x","type":"string","sensitive":true}}'},
    )
    const tf = new Terraform({...base, run})
    expect(await tf.showJson('p')).toEqual({format_version: '1.2', terraform_version: '1.11.4'})
    expect(await tf.outputs()).toEqual({pw: {value: 'x', type: 'string', sensitive: true}})
    expect(calls.map((c) => [c.args.join(' '), c.options?.quiet])).toEqual([
      ['show -json -no-color p', true],
      ['output -json -no-color', true],
    ])
  })

  it('says so when show -json prints no JSON plan', async () => {
    const tf = new Terraform({...base, run: fakeRun({stdout: 'not json'}).run})
    await expect(tf.showJson('x.tfplan')).rejects.toThrow(
      'did not print a JSON plan. Is it a Terraform plan file?',
    )
  })

  it('wraps a failure to start the binary', async () => {
    const tf = new Terraform({
      ...base,
      run: async () => {
        throw new Error('Unable to locate executable file')
      },
    })
    await expect(tf.init([], 0)).rejects.toThrow(
      'Could not run /usr/bin/terraform: Unable to locate executable file',
    )
    await expect(tf.init([], 0)).rejects.not.toBeInstanceOf(TerraformError)
  })

  it('knows the selected workspace from TF_WORKSPACE or the data directory', () => {
    const dir = tempDir()
    const tf = new Terraform({...base, cwd: dir, run: fakeRun().run})
    expect(tf.currentWorkspace({})).toBe('default')
    mkdirSync(join(dir, '.terraform'))
    writeFileSync(join(dir, '.terraform', 'environment'), 'staging')
    expect(tf.currentWorkspace({})).toBe('staging')
    expect(tf.currentWorkspace({TF_WORKSPACE: 'prod'})).toBe('prod')
    expect(tf.currentWorkspace({TF_DATA_DIR: 'elsewhere'})).toBe('default')
  })

  it('names OpenTofu by its binary', () => {
    expect(new Terraform({...base, binary: '/opt/bin/tofu', run: fakeRun().run}).describe('1.9.0')).toEqual({
      name: 'OpenTofu',
      version: '1.9.0',
    })
    expect(new Terraform({...base, run: fakeRun().run}).describe(undefined)).toEqual({
      name: 'Terraform',
      version: 'unknown',
    })
  })
})
