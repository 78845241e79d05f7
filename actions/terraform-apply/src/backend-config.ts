/**
 * The `backend-config` input: `KEY=VALUE` lines (bucket, key, region, use_lockfile, dynamodb_table for S3)
 * and paths of backend configuration files, turned into `terraform init -backend-config=...` arguments.
 *
 * Values whose key names a credential (password, secret, token, access key, connection string) are masked
 * and never put on the command line, where other processes can read them: they go into an HCL file in the
 * runner's temporary directory, passed as `-backend-config=<file>` and removed after `init`.
 */
import {InputError} from '@deploy-actions/kit/errors'
import {splitList} from '@deploy-actions/kit/inputs'

export type BackendEntry =
  | {kind: 'value'; key: string; value: string; secret: boolean}
  | {kind: 'file'; path: string}

const SECRET_KEY =
  /(password|passwd|secret|token|conn_str|connection_string|access_key|credentials|private_key|sas)/i

const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key)
}

/** Parses the input text; a line with `=` is a setting, a line without is a file path. */
export function parseBackendConfig(text: string): BackendEntry[] {
  return splitList(text, false).map((line): BackendEntry => {
    const eq = line.indexOf('=')
    if (eq < 0) return {kind: 'file', path: line}
    const key = line.slice(0, eq).trim()
    if (!KEY.test(key)) {
      throw new InputError(
        'backend-config',
        `'${key.slice(0, 40)}' is not a backend setting name. Give KEY=VALUE lines (e.g. bucket=my-state) or paths of backend configuration files.`,
      )
    }
    return {kind: 'value', key, value: line.slice(eq + 1).trim(), secret: isSecretKey(key)}
  })
}

export interface RenderedBackendConfig {
  /** `-backend-config=...` arguments, in the order given (Terraform lets later ones win). */
  args: string[]
  /** HCL text of the secret settings, to be written to `secretFile` before `init`; empty when none. */
  secretHcl: string
}

/**
 * The init arguments. Secret settings are collected into one file placed where the first of them was
 * given, so the order of overrides is kept for everything else.
 */
export function renderBackendConfig(
  entries: readonly BackendEntry[],
  secretFile: string,
): RenderedBackendConfig {
  const args: string[] = []
  const secretLines: string[] = []
  for (const entry of entries) {
    if (entry.kind === 'file') args.push(`-backend-config=${entry.path}`)
    else if (!entry.secret) args.push(`-backend-config=${entry.key}=${entry.value}`)
    else {
      if (secretLines.length === 0) args.push(`-backend-config=${secretFile}`)
      secretLines.push(`${entry.key} = ${hclString(entry.value)}`)
    }
  }
  return {args, secretHcl: secretLines.length ? `${secretLines.join('\n')}\n` : ''}
}

/** A quoted HCL string literal whose value is `value` exactly: no escapes or templates interpreted. */
export function hclString(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, () => '%%{')
  return `"${escaped}"`
}

export function secretValues(entries: readonly BackendEntry[]): string[] {
  return entries.flatMap((e) => (e.kind === 'value' && e.secret && e.value ? [e.value] : []))
}
