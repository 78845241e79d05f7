import {mkdirSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {join, relative} from 'node:path'
import {ActionError} from '@deploy-actions/kit/errors'
import {type CommandRunner, redact, runCommand} from '@deploy-actions/kit/exec'
import {write} from '@deploy-actions/kit/summary'
import * as workflow from '@deploy-actions/kit/workflow'
import {type AnsibleTools, resolveAnsible} from './ansible-tools'
import {CALLBACK_NAME, CALLBACK_SOURCE} from './callback-plugin'
import {parseExtraVars} from './extra-vars'
import {allHosts, parseHosts} from './hosts'
import type {Inputs} from './inputs'
import {renderInventory} from './inventory'
import {hostsWithoutKey} from './known-hosts'
import {ansibleEnv, galaxyArgs, playbookArgs, type RunFiles} from './playbook-command'
import {parseEvents, type Recap} from './recap'
import {annotations, failure, summary, toOutputs} from './report'
import {createRunDir, makePrivateDir, removeRunDir, STATE_RUN_DIR, writePrivateFile} from './run-dir'
import {closeConnections} from './ssh-connections'

export interface Deps {
  exec: CommandRunner
  env: NodeJS.ProcessEnv
}

function defaultDeps(): Deps {
  return {exec: runCommand, env: process.env}
}

export async function main(inputs: Inputs, deps: Deps = defaultDeps()): Promise<void> {
  // Everything that can be wrong with the inputs is found before a file is written or a tool installed.
  const prepared = prepare(inputs)
  const secrets = secretsOf(inputs)

  const tools = await workflow.group('Find Ansible', () =>
    resolveAnsible({version: inputs.ansibleVersion, install: inputs.install}, {...deps, log: workflow.info}),
  )
  workflow.info(`ansible-playbook: ${tools.playbook} (${tools.origin})`)

  const runDir = createRunDir(deps.env)
  workflow.saveState(STATE_RUN_DIR, runDir)
  let files: RunFiles | undefined
  try {
    files = writeRunFiles(runDir, inputs, prepared)
    const env = ansibleEnv(inputs, files, deps.env)
    if (inputs.insecureSkipHostKeyCheck) {
      workflow.warning(
        'Host keys are not checked (insecure-skip-host-key-check): anyone between the runner and the hosts ' +
          'can pose as them. Give known-hosts instead.',
      )
    }
    if (inputs.requirements) await installRequirements(tools, inputs, env, secrets, deps)
    const recap = await runPlaybook(tools, inputs, files, env, secrets, deps)
    report(recap, inputs, secrets)
  } finally {
    if (files) await closeConnections(files.controlPathDir, deps.exec)
    removeRunDir(runDir)
  }
}

interface Prepared {
  extraVars: Record<string, unknown> | undefined
  inventoryText: string | undefined
}

function prepare(inputs: Inputs): Prepared {
  const extraVars = inputs.extraVars === undefined ? undefined : parseExtraVars(inputs.extraVars)
  if (inputs.inventory.kind !== 'hosts') {
    return {extraVars, inventoryText: inputs.inventory.kind === 'inline' ? inputs.inventory.text : undefined}
  }
  const list = parseHosts(inputs.inventory.text)
  const port = inputs.port ?? 22
  const hosts = allHosts(list)
  workflow.info(
    `Inventory: group ${inputs.group} with ${hosts.map((h) => (h.address ? `${h.name} (${h.address})` : h.name)).join(', ')}`,
  )
  if (inputs.knownHosts) {
    const missing = hostsWithoutKey(
      inputs.knownHosts,
      hosts.map((h) => ({host: h.address ?? h.name, port})),
    )
    if (missing.length > 0) {
      workflow.warning(
        `known-hosts has no key for ${missing.join(', ')}, so SSH will refuse to connect there. ` +
          (port === 22 ? '' : `With port ${port}, entries must be written [host]:${port}. `) +
          `Get them with 'ssh-keyscan -p ${port} <host>'.`,
      )
    }
  }
  return {
    extraVars,
    inventoryText: renderInventory(list, inputs.group, {
      username: inputs.username,
      port: inputs.port,
      pythonInterpreter: inputs.pythonInterpreter,
    }),
  }
}

function secretsOf(inputs: Inputs): string[] {
  const keyLines = (inputs.privateKey ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length >= 8 && !l.startsWith('-----'))
  return [inputs.privateKey?.trim() ?? '', inputs.vaultPassword ?? '', ...keyLines].filter(Boolean)
}

function writeRunFiles(runDir: string, inputs: Inputs, prepared: Prepared): RunFiles {
  const callbackDir = makePrivateDir(runDir, 'callback_plugins')
  writePrivateFile(callbackDir, `${CALLBACK_NAME}.py`, CALLBACK_SOURCE)
  const optional = (name: string, content: string | undefined) =>
    content === undefined ? undefined : writePrivateFile(runDir, name, content)
  const controlPathDir = join(runDir, 'cp')
  mkdirSync(controlPathDir, {mode: 0o700})
  return {
    // No extension: Ansible tries its YAML plugin, then INI, so inline text may be either.
    inventory:
      inputs.inventory.kind === 'file'
        ? inputs.inventory.path
        : writePrivateFile(runDir, 'inventory', prepared.inventoryText!),
    privateKey: optional('private_key', inputs.privateKey),
    vaultPassword: optional('vault_password', inputs.vaultPassword),
    extraVars: optional('extra_vars.json', prepared.extraVars && JSON.stringify(prepared.extraVars)),
    knownHosts: optional('known_hosts', inputs.knownHosts),
    callbackDir,
    eventsFile: writePrivateFile(runDir, 'events.jsonl', ''),
    controlPathDir,
  }
}

async function installRequirements(
  tools: AnsibleTools,
  inputs: Inputs,
  env: Record<string, string>,
  secrets: string[],
  deps: Deps,
): Promise<void> {
  await workflow.group('Install roles and collections', () =>
    deps.exec(tools.galaxy, galaxyArgs(inputs.requirements!, inputs.verbosity), {
      cwd: inputs.workingDirectory,
      env,
      secrets,
    }),
  )
}

async function runPlaybook(
  tools: AnsibleTools,
  inputs: Inputs,
  files: RunFiles,
  env: Record<string, string>,
  secrets: string[],
  deps: Deps,
): Promise<Recap> {
  const names = inputs.playbooks.map((p) => relative(inputs.workingDirectory, p)).join(', ')
  const result = await workflow.group(`Run ${names}${inputs.check ? ' (check mode)' : ''}`, () =>
    deps.exec(tools.playbook, playbookArgs(inputs, files), {
      cwd: inputs.workingDirectory,
      env,
      secrets,
      allowFailure: true,
    }),
  )
  const recap = parseEvents(await readFile(files.eventsFile, 'utf8'))
  // Exit codes 2 (a host failed) and 4 (a host unreachable) come with a recap that says which.
  // Anything else without a recap (a syntax error, a missing role or vault secret) stopped Ansible early.
  if (!recap.complete && result.exitCode !== 0) {
    const tail =
      result.stderr.trim().split('\n').slice(-15).join('\n') ||
      result.stdout.trim().split('\n').slice(-15).join('\n')
    throw new ActionError(
      `ansible-playbook stopped before any play finished (exit code ${result.exitCode}):\n${redact(tail, secrets)}`,
    )
  }
  if (result.exitCode !== 0 && failure(recap) === undefined) {
    throw new ActionError(
      `ansible-playbook failed with exit code ${result.exitCode} although every host came through:\n` +
        redact(result.stderr.trim().split('\n').slice(-15).join('\n'), secrets),
    )
  }
  return recap
}

function report(recap: Recap, inputs: Inputs, secrets: string[]): void {
  const clean = (text: string) => redact(text, secrets)
  for (const list of [recap.failures, recap.unreachable]) for (const e of list) e.msg = clean(e.msg)
  for (const [name, value] of Object.entries(toOutputs(recap))) workflow.setOutput(name, value)
  for (const a of annotations(recap)) {
    if (a.level === 'error') workflow.error(a.message, {title: a.title})
    else workflow.warning(a.message, {title: a.title})
  }
  if (recap.noHostsMatched && Object.keys(recap.hosts).length === 0) {
    workflow.warning(
      `No host matched the plays${inputs.limit ? ` and limit '${inputs.limit}'` : ''}: nothing ran. Check the ` +
        "plays' hosts: patterns against the inventory groups.",
    )
  }
  write(
    ...summary(recap, {
      playbooks: inputs.playbooks.map((p) => relative(inputs.workingDirectory, p)),
      check: inputs.check,
      diff: inputs.diff,
      limit: inputs.limit,
    }),
  )
  const error = failure(recap)
  if (error) throw error
}
