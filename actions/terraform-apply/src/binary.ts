/**
 * Finds the Terraform (or OpenTofu) binary to run. hashicorp/setup-terraform installs, by default, a
 * Node wrapper named `terraform` that echoes and rewrites the real binary's output (it corrupts
 * `terraform output -json`) and puts the real binary beside it as `terraform-bin`; the real one is used
 * when it is there.
 */
import {accessSync, constants, statSync} from 'node:fs'
import {delimiter, join, resolve} from 'node:path'
import {ActionError} from '@deploy-actions/kit/errors'

export interface ResolvedBinary {
  path: string
  /** Set when a wrapper was found and bypassed: the wrapper's path. */
  bypassedWrapper?: string
}

export function resolveBinary(
  name: string,
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): ResolvedBinary {
  if (name.includes('/')) return {path: resolve(cwd, name)}
  for (const dir of (env['PATH'] ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name)
    if (!isExecutable(candidate)) continue
    const real = join(dir, `${name}-bin`)
    if (isExecutable(real)) return {path: real, bypassedWrapper: candidate}
    return {path: candidate}
  }
  throw new ActionError(
    `The '${name}' CLI was not found on PATH. Install it first (hashicorp/setup-terraform or ` +
      'opentofu/setup-opentofu), or set the terraform input to the path of the binary.',
  )
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return statSync(path).isFile()
  } catch {
    return false
  }
}
