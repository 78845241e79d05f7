import {existsSync, statSync} from 'node:fs'
import {resolve} from 'node:path'
import {InputError} from '@deploy-actions/kit/errors'
import {type Env, getBoolean, getInteger, getList, getOptional, getString} from '@deploy-actions/kit/inputs'
import {readInput, setSecret, warning} from '@deploy-actions/kit/workflow'
import {checkKnownHosts} from './known-hosts'
import {parseOptions} from './options'

export const DEFAULT_GROUP = 'targets'

/** Where the hosts come from: an inventory file or text, or a host list turned into one. */
export type InventorySource =
  | {kind: 'file'; path: string}
  | {kind: 'inline'; text: string}
  | {kind: 'hosts'; text: string}

export interface Inputs {
  /** Absolute paths, in the order given. */
  playbooks: string[]
  /** The directory ansible-playbook runs in (its ansible.cfg, roles/ and relative paths apply). */
  workingDirectory: string
  inventory: InventorySource
  group: string
  username: string | undefined
  port: number | undefined
  pythonInterpreter: string | undefined
  privateKey: string | undefined
  /** Normalised known_hosts text, or undefined with `insecureSkipHostKeyCheck`. */
  knownHosts: string | undefined
  insecureSkipHostKeyCheck: boolean
  sshCommonArgs: string | undefined
  /** Raw YAML or JSON text; parsed (and its syntax checked) before anything is written. */
  extraVars: string | undefined
  vaultPassword: string | undefined
  requirements: string | undefined
  check: boolean
  diff: boolean
  limit: string | undefined
  tags: string[]
  skipTags: string[]
  verbosity: number
  options: string[]
  ansibleVersion: string | undefined
  install: boolean
}

export function getInputs(env: Env = process.env): Inputs {
  // Secrets are masked before any check that could fail and print something.
  const privateKey = readSecret('private-key', env)
  const vaultPassword = readSecret('vault-password', env)
  if (privateKey) for (const line of privateKey.split(/\r?\n/)) if (isKeyBody(line)) setSecret(line.trim())

  const workingDirectory = getWorkingDirectory(env)
  const playbooks = getPlaybooks(workingDirectory, env)
  const inventory = getInventory(workingDirectory, env)
  const insecureSkipHostKeyCheck = getBoolean('insecure-skip-host-key-check', {default: false, env})
  const knownHostsText = getOptional('known-hosts', {env})
  if (!knownHostsText && !insecureSkipHostKeyCheck) {
    throw new InputError(
      'known-hosts',
      "is required: host-key checking stays on. Give the hosts' public keys in known_hosts format " +
        "(e.g. the output of 'ssh-keyscan -p 22 203.0.113.10'), or set insecure-skip-host-key-check: true " +
        'to connect without verifying them.',
    )
  }
  if (knownHostsText && insecureSkipHostKeyCheck) {
    warning('known-hosts is given, so insecure-skip-host-key-check is ignored and host keys are checked.')
  }

  const inputs: Inputs = {
    playbooks,
    workingDirectory,
    inventory,
    group: getString('group', {default: DEFAULT_GROUP, env}),
    username: getOptional('username', {env}),
    port: readInput('port', env) ? getInteger('port', {default: 22, min: 1, max: 65535, env}) : undefined,
    pythonInterpreter: getOptional('python-interpreter', {env}),
    privateKey: privateKey === undefined ? undefined : normaliseKey(privateKey),
    knownHosts: knownHostsText === undefined ? undefined : checkKnownHosts(knownHostsText),
    insecureSkipHostKeyCheck: insecureSkipHostKeyCheck && !knownHostsText,
    sshCommonArgs: getOptional('ssh-common-args', {env}),
    extraVars: getOptional('extra-vars', {env}),
    vaultPassword,
    requirements: getExistingFile('requirements', workingDirectory, env),
    check: getBoolean('check', {default: false, env}),
    diff: getBoolean('diff', {default: false, env}),
    limit: getOptional('limit', {env}),
    tags: getList('tags', {env}),
    skipTags: getList('skip-tags', {env}),
    verbosity: getInteger('verbosity', {default: 0, min: 0, max: 4, env}),
    options: parseOptions(readInput('options', env)),
    ansibleVersion: getAnsibleVersion(env),
    install: getBoolean('install', {default: true, env}),
  }
  validate(inputs)
  return inputs
}

function readSecret(name: string, env: Env): string | undefined {
  const value = getOptional(name, {env})
  if (value) setSecret(value)
  return value
}

/** Lines of a PEM/OpenSSH key body; the BEGIN/END markers are not secret and stay readable in the log. */
function isKeyBody(line: string): boolean {
  const trimmed = line.trim()
  return trimmed.length >= 8 && !trimmed.startsWith('-----')
}

/** OpenSSH refuses a key file whose last line has no newline, and keys pasted on Windows carry CRs. */
export function normaliseKey(key: string): string {
  return `${key.replace(/\r\n?/g, '\n').trim()}\n`
}

function getWorkingDirectory(env: Env): string {
  const workspace = env['GITHUB_WORKSPACE'] || process.cwd()
  const given = getString('working-directory', {default: '.', env})
  const dir = resolve(workspace, given)
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new InputError(
      'working-directory',
      `'${given}' is not a directory (looked for ${dir}). Give a path relative to the workspace.`,
    )
  }
  return dir
}

function getPlaybooks(workingDirectory: string, env: Env): string[] {
  const given = getList('playbook', {env, comma: false})
  if (given.length === 0) {
    throw new InputError('playbook', 'is required: the playbook to run, e.g. playbook: deploy/site.yml.')
  }
  return given.map((p) => {
    const path = resolve(workingDirectory, p)
    if (!isFile(path)) {
      throw new InputError(
        'playbook',
        `'${p}' was not found (looked for ${path}). Paths are relative to working-directory; check the ` +
          'name and that the repository is checked out (actions/checkout) before this step.',
      )
    }
    return path
  })
}

/**
 * `inventory` is a path when it is one line, and inventory text when it spans lines: a one-line
 * inventory text and a mistyped path look alike, and guessing would turn a typo into a host name.
 */
function getInventory(workingDirectory: string, env: Env): InventorySource {
  const inventory = getOptional('inventory', {env})
  const hosts = getOptional('hosts', {env})
  if (inventory && hosts) {
    throw new InputError(
      'hosts',
      'and inventory are both given. Use one: hosts builds the inventory for you.',
    )
  }
  if (hosts) return {kind: 'hosts', text: hosts}
  if (!inventory) {
    throw new InputError(
      'inventory',
      'or hosts is required: give an inventory (a path, or its text over several lines) or hosts ' +
        '(a list, or the JSON of a Terraform output).',
    )
  }
  if (inventory.includes('\n')) return {kind: 'inline', text: `${inventory}\n`}
  const path = resolve(workingDirectory, inventory)
  if (!existsSync(path)) {
    throw new InputError(
      'inventory',
      `'${inventory}' was not found (looked for ${path}). Give a path relative to working-directory, ` +
        'or inventory text over several lines (a YAML block: inventory: |).',
    )
  }
  return {kind: 'file', path}
}

function getExistingFile(name: string, workingDirectory: string, env: Env): string | undefined {
  const given = getOptional(name, {env})
  if (!given) return undefined
  const path = resolve(workingDirectory, given)
  if (!isFile(path)) {
    throw new InputError(
      name,
      `'${given}' was not found (looked for ${path}). Paths are relative to working-directory.`,
    )
  }
  return path
}

function getAnsibleVersion(env: Env): string | undefined {
  const value = getOptional('ansible-version', {env})
  if (value === undefined) return undefined
  if (!/^\d+\.\d+(\.\d+)?([a-z]+\d+)?$/.test(value)) {
    throw new InputError(
      'ansible-version',
      `'${value}' is not an ansible-core version. Give one such as 2.21.5, or 2.21 for its latest patch.`,
    )
  }
  return value
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
// Ansible templates inventory values, so a value with `{{` or `{%` would be evaluated, not used as given.
const PLAIN = /^[^\s{}'"\\]+$/

function validate(i: Inputs): void {
  if (i.inventory.kind === 'hosts' && !NAME.test(i.group)) {
    throw new InputError(
      'group',
      `'${i.group}' is not a usable group name. Use letters, digits and '_', not starting with a digit.`,
    )
  }
  if (i.username !== undefined && !PLAIN.test(i.username)) {
    throw new InputError('username', `'${i.username}' is not a user name (no spaces, quotes or braces).`)
  }
  if (i.pythonInterpreter !== undefined && !PLAIN.test(i.pythonInterpreter)) {
    throw new InputError(
      'python-interpreter',
      `'${i.pythonInterpreter}' is not a path or interpreter name, e.g. /usr/bin/python3 or auto_silent.`,
    )
  }
  if (i.limit?.includes('\n')) {
    throw new InputError('limit', 'is one host pattern on one line, e.g. web:&staging or 10.0.0.5.')
  }
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile()
}
