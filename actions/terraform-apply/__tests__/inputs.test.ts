import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, beforeAll, describe, expect, it, jest} from '@jest/globals'
import {parse} from 'yaml'
import {getInputs} from '../src/inputs'

const actionYml = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, {default?: string}>
}

const env = (inputs: Record<string, string>) =>
  Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))

let repo: string
let stdout: string[]

beforeAll(() => {
  repo = tempDir('tf-inputs-')
  writeFileSync(join(repo, 'main.tf'), 'terraform {}\n')
  writeFileSync(join(repo, 'prod.tfvars'), 'x = 1\n')
  writeFileSync(join(repo, 'saved.tfplan'), 'plan')
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout.push(String(chunk))
    return true
  })
})

afterAll(() => {
  jest.restoreAllMocks()
  removeTempDirs()
})

const read = (inputs: Record<string, string>) => {
  stdout = []
  return getInputs(env(inputs), repo)
}

describe('getInputs', () => {
  it('reads the same values from action.yml defaults as from no inputs at all', () => {
    const defaults = Object.fromEntries(
      Object.entries(actionYml.inputs)
        .filter(([, spec]) => spec.default !== undefined && !spec.default.includes('${{'))
        .map(([name, spec]) => [name, String(spec.default)]),
    )
    expect(read(defaults)).toEqual(read({}))
    expect(read({})).toMatchObject({
      mode: 'plan',
      workingDirectory: repo,
      terraform: 'terraform',
      workspace: 'default',
      autoApprove: false,
      allowDestroy: false,
      lockTimeoutMs: 0,
      prComment: true,
      planFile: undefined,
    })
  })

  it('reads every input it declares, and declares every input it reads', () => {
    const seen = new Set<string>()
    const spy = new Proxy({} as Record<string, string>, {
      get: (_t, key) => {
        if (typeof key === 'string' && key.startsWith('INPUT_')) seen.add(key.slice(6).toLowerCase())
        return undefined
      },
    })
    getInputs(spy, repo)
    expect([...seen].sort()).toEqual(Object.keys(actionYml.inputs).sort())
  })

  it('masks secret variables, credential-like backend settings and the token as soon as they are read', () => {
    const inputs = read({
      'secret-var': 'db_password=hunter2-long\napi_key=k-123456',
      var: 'region=eu-west-1',
      'backend-config': 'bucket=state\nsecret_key=wJalrXUtnFEMI',
      'github-token': 'ghs_abcdef123456',
      'var-file': 'prod.tfvars',
      'lock-timeout': '5m',
    })
    expect(stdout).toEqual([
      '::add-mask::hunter2-long\n',
      '::add-mask::k-123456\n',
      '::add-mask::wJalrXUtnFEMI\n',
      '::add-mask::ghs_abcdef123456\n',
    ])
    expect(inputs.vars).toEqual(new Map([['region', 'eu-west-1']]))
    expect(inputs.varFiles).toEqual(['prod.tfvars'])
    expect(inputs.lockTimeoutMs).toBe(300_000)
  })

  it('resolves plan-file against the working directory', () => {
    expect(read({mode: 'apply', 'plan-file': 'saved.tfplan'}).planFile).toBe(join(repo, 'saved.tfplan'))
  })

  it.each([
    [{mode: 'deploy'}, "Input 'mode': 'deploy' is not one of 'plan', 'apply', 'destroy'."],
    [{'working-directory': 'missing'}, "Input 'working-directory': "],
    [{'working-directory': '/'}, 'holds no Terraform configuration (no *.tf or *.tf.json file)'],
    [{mode: 'apply'}, "Input 'plan-file': is required with mode apply"],
    [{mode: 'apply', 'plan-file': 'gone.tfplan'}, 'gone.tfplan does not exist. Download the plan'],
    [{mode: 'destroy'}, "Input 'allow-destroy': must be true with mode destroy"],
    [
      {mode: 'destroy', 'allow-destroy': 'true', 'plan-file': 'saved.tfplan'},
      "Input 'plan-file': cannot be used",
    ],
    [{workspace: 'prod env'}, "Input 'workspace': 'prod env' is not a workspace name."],
    [{var: 'x=1', 'secret-var': 'x=2'}, "Input 'secret-var': 'x' is also given in var."],
    [{var: 'no equals sign'}, "Input 'var': each line must be KEY=VALUE"],
    [{'var-file': 'nope.tfvars'}, "Input 'var-file': 'nope.tfvars' does not exist"],
    [{'backend-config': 'missing.tfbackend'}, "Input 'backend-config': 'missing.tfbackend' does not exist"],
    [{'lock-timeout': 'forever'}, "Input 'lock-timeout': 'forever' is not a duration."],
    [{'auto-approve': 'yes'}, "Input 'auto-approve': 'yes' is not a boolean."],
    [{terraform: './bin/terraform'}, "Input 'terraform': './bin/terraform' does not exist."],
  ])('rejects %j', (inputs, message) => {
    expect(() => read(inputs)).toThrow(message)
  })

  it('never puts a secret value in an error message', () => {
    expect(() => read({'secret-var': 'token=s3cr3t-value', var: 'token=x'})).toThrow(
      expect.objectContaining({message: expect.not.stringContaining('s3cr3t-value')}),
    )
  })
})
