import {describe, expect, it} from '@jest/globals'
import {explainFailure, isStalePlan, parseLockInfo} from '../src/failures'
import {TerraformError} from '../src/terraform'

// As Terraform 1.11 prints it for the pg backend (the S3 and DynamoDB backends print the same block).
const LOCKED = `
Error: Error acquiring the state lock

Error message: Workspace is already locked: default
Lock Info:
  ID:        44c9c39c-051d-3252-341c-576fde323a27
  Path:      acme-state/prod/network.tfstate
  Operation: OperationTypeApply
  Who:       runner@fv-az123
  Version:   1.11.4
  Created:   2026-11-22 09:45:19.339102322 +0000 UTC
  Info:      


Terraform acquires a state lock to protect the state from being written
by multiple users at the same time. Please resolve the issue above and try
again. For most commands, you can disable locking with the "-lock=false"
flag, but this is not recommended.
`

const context = {workingDirectory: '/repo/infra', workspace: '/repo', lockTimeoutMs: 0}
const noDiagnostics = async () => []

describe('parseLockInfo', () => {
  it('reads every field of the lock block', () => {
    expect(parseLockInfo(LOCKED)).toEqual({
      id: '44c9c39c-051d-3252-341c-576fde323a27',
      path: 'acme-state/prod/network.tfstate',
      operation: 'OperationTypeApply',
      who: 'runner@fv-az123',
      version: '1.11.4',
      created: '2026-11-22 09:45:19.339102322 +0000 UTC',
      info: '',
      error: 'Workspace is already locked: default',
    })
  })

  it('is undefined for other errors', () => {
    expect(parseLockInfo('Error: Invalid expression')).toBeUndefined()
  })
})

describe('explainFailure', () => {
  it('names a locked state with its ID, owner and time, and how to release a stale lock', async () => {
    const failure = await explainFailure(new TerraformError('plan', 1, LOCKED), context, noDiagnostics)
    expect(failure.reason).toBe('state-locked')
    expect(failure.lock?.id).toBe('44c9c39c-051d-3252-341c-576fde323a27')
    expect(failure.message).toContain(
      'ID 44c9c39c-051d-3252-341c-576fde323a27, who runner@fv-az123, operation OperationTypeApply, created 2026-11-22',
    )
    expect(failure.message).toContain("'terraform force-unlock 44c9c39c-051d-3252-341c-576fde323a27'")
  })

  it('says how long it waited when lock-timeout was set', async () => {
    const failure = await explainFailure(
      new TerraformError('apply', 1, LOCKED),
      {...context, lockTimeoutMs: 90_000},
      noDiagnostics,
    )
    expect(failure.message).toContain('locked after waiting 90 s (lock-timeout)')
  })

  it('recognises a stale saved plan', async () => {
    const stderr =
      '\nError: Saved plan is stale\n\nThe given plan file can no longer be applied because the state was changed'
    expect(isStalePlan(stderr)).toBe(true)
    const failure = await explainFailure(
      new TerraformError('apply', 1, stderr),
      {...context, planFile: '/repo/infra/prod.tfplan'},
      noDiagnostics,
    )
    expect(failure).toMatchObject({reason: 'stale-plan', located: []})
    expect(failure.message).toMatch(
      /^The saved plan \/repo\/infra\/prod\.tfplan is stale: .* Nothing was applied\./,
    )
  })

  it('locates configuration errors relative to the repository, ignoring unplaced ones and warnings', async () => {
    const failure = await explainFailure(
      new TerraformError('init', 1, 'Error: Invalid expression'),
      context,
      async () => [
        {severity: 'error', summary: 'Missing required provider'},
        {severity: 'warning', summary: 'Deprecated', range: {filename: 'a.tf', start: {line: 1, column: 1}}},
        {
          severity: 'error',
          summary: 'Invalid expression',
          detail: 'Expected the start of an expression.\nMore.',
          range: {filename: 'main.tf', start: {line: 7, column: 10}},
        },
        {
          severity: 'error',
          summary: 'Unsupported argument',
          range: {filename: 'modules/net/vpc.tf', start: {line: 3, column: 3}},
        },
      ],
    )
    expect(failure.reason).toBe('invalid-configuration')
    expect(failure.located).toEqual([
      {
        message: 'Invalid expression: Expected the start of an expression.',
        file: 'infra/main.tf',
        line: 7,
        column: 10,
      },
      {message: 'Unsupported argument', file: 'infra/modules/net/vpc.tf', line: 3, column: 3},
    ])
    expect(failure.message).toBe(
      'The Terraform configuration is invalid: Invalid expression: Expected the start of an expression. ' +
        '(infra/main.tf line 7) (and 1 more error(s), annotated).',
    )
  })

  it.each([
    ['init', 'init-failed'],
    ['workspace', 'workspace-failed'],
    ['plan', 'plan-failed'],
    ['apply', 'apply-failed'],
    ['output', 'terraform-failed'],
  ] as const)('falls back to %s → %s with the tail of stderr', async (step, reason) => {
    const failure = await explainFailure(
      new TerraformError(step, 1, 'Error: AccessDenied: s3:GetObject'),
      context,
      noDiagnostics,
    )
    expect(failure).toEqual({
      reason,
      message: `terraform ${step} failed with exit code 1:\nError: AccessDenied: s3:GetObject`,
      located: [],
    })
  })
})
