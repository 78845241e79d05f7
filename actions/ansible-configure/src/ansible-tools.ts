/**
 * Finding ansible-playbook, or installing a pinned ansible-core when there is none (or not the version
 * asked for): with pipx when the machine has it (GitHub's Ubuntu images do), else in a Python venv with
 * pip. Installs go to the tool cache, so a re-run or a second step in the job reuses them.
 */
import {accessSync, constants} from 'node:fs'
import {tmpdir} from 'node:os'
import {delimiter, join} from 'node:path'
import {ActionError} from '@deploy-actions/kit/errors'
import type {CommandRunner} from '@deploy-actions/kit/exec'

/** The ansible-core installed when none is found and no ansible-version is given. */
export const DEFAULT_ANSIBLE_CORE = '2.21.5'

export interface AnsibleTools {
  playbook: string
  galaxy: string
  /** Where they came from, for the log and the summary. */
  origin: 'found' | 'installed'
}

export interface InstallStep {
  command: string
  args: string[]
  env?: Record<string, string>
}

export interface InstallPlan {
  steps: InstallStep[]
  binDir: string
}

export interface ToolDeps {
  exec: CommandRunner
  env: NodeJS.ProcessEnv
  log: (message: string) => void
  isExecutable?: (path: string) => boolean
}

export async function resolveAnsible(
  wanted: {version: string | undefined; install: boolean},
  deps: ToolDeps,
): Promise<AnsibleTools> {
  const isExecutable = deps.isExecutable ?? canExecute
  const path = deps.env['PATH'] ?? ''
  const found = findExecutable('ansible-playbook', path, isExecutable)
  if (found) {
    if (!wanted.version) return tools(found, 'found', isExecutable, path)
    const version = await playbookVersion(found, deps.exec)
    if (version && versionMatches(version, wanted.version)) return tools(found, 'found', isExecutable, path)
    deps.log(`${found} is ansible-core ${version ?? '(unknown version)'}, not ${wanted.version}.`)
    if (!wanted.install) {
      throw new ActionError(
        `ansible-playbook at ${found} is ansible-core ${version ?? '(unknown version)'}, but ansible-version ` +
          `asks for ${wanted.version}. Set install: true to install it, or remove ansible-version.`,
      )
    }
  } else if (!wanted.install) {
    throw new ActionError(
      'ansible-playbook was not found on PATH. Set install: true (the default) to install ansible-core, or ' +
        "install it in an earlier step: 'pipx install ansible-core' or 'sudo apt-get install -y ansible-core'.",
    )
  }

  const version = wanted.version ?? DEFAULT_ANSIBLE_CORE
  const root = join(
    deps.env['RUNNER_TOOL_CACHE'] || deps.env['RUNNER_TEMP'] || tmpdir(),
    'ansible-core',
    version,
    process.arch,
  )
  const pipx = findExecutable('pipx', path, isExecutable)
  const python = findExecutable('python3', path, isExecutable)
  const plan = installPlan(version, root, pipx, python)
  const cached = join(plan.binDir, 'ansible-playbook')
  if (isExecutable(cached)) {
    deps.log(`Using ansible-core ${version} installed earlier at ${plan.binDir}.`)
  } else {
    deps.log(`Installing ansible-core ${version} into ${root}.`)
    for (const step of plan.steps) await deps.exec(step.command, step.args, step.env ? {env: step.env} : {})
  }
  return tools(cached, 'installed', isExecutable, plan.binDir)
}

export function installPlan(
  version: string,
  root: string,
  pipx: string | undefined,
  python: string | undefined,
): InstallPlan {
  const requirement = pipRequirement(version)
  if (pipx) {
    const binDir = join(root, 'bin')
    return {
      binDir,
      steps: [
        {
          command: pipx,
          args: ['install', '--force', '--pip-args=--disable-pip-version-check', requirement],
          env: {PIPX_HOME: join(root, 'pipx'), PIPX_BIN_DIR: binDir},
        },
      ],
    }
  }
  if (!python) {
    throw new ActionError(
      'ansible-core cannot be installed: neither pipx nor python3 is on PATH. Add actions/setup-python ' +
        'before this step, or install Ansible yourself and set install: false.',
    )
  }
  const venv = join(root, 'venv')
  const venvPython = join(venv, 'bin', 'python')
  return {
    binDir: join(venv, 'bin'),
    steps: [
      {command: python, args: ['-m', 'venv', venv]},
      {command: venvPython, args: ['-m', 'pip', 'install', '--disable-pip-version-check', requirement]},
    ],
  }
}

/** `2.21.5` pins that release; `2.21` takes its latest patch. */
export function pipRequirement(version: string): string {
  return /^\d+\.\d+$/.test(version) ? `ansible-core==${version}.*` : `ansible-core==${version}`
}

export function versionMatches(found: string, wanted: string): boolean {
  return found === wanted || found.startsWith(`${wanted}.`)
}

/** `ansible-playbook [core 2.14.18]`, the first line of `--version` since ansible-core 2.11. */
export function parseVersion(text: string): string | undefined {
  return /\[core ([^\]\s]+)\]/.exec(text)?.[1]
}

async function playbookVersion(playbook: string, exec: CommandRunner): Promise<string | undefined> {
  const result = await exec(playbook, ['--version'], {quiet: true, allowFailure: true})
  return parseVersion(result.stdout)
}

function tools(
  playbook: string,
  origin: AnsibleTools['origin'],
  isExecutable: (path: string) => boolean,
  searchPath: string,
): AnsibleTools {
  const sibling = join(playbook, '..', 'ansible-galaxy')
  const galaxy = isExecutable(sibling)
    ? sibling
    : (findExecutable('ansible-galaxy', searchPath, isExecutable) ?? sibling)
  return {playbook, galaxy, origin}
}

export function findExecutable(
  name: string,
  searchPath: string,
  isExecutable: (path: string) => boolean = canExecute,
): string | undefined {
  for (const dir of searchPath.split(delimiter)) {
    if (!dir) continue
    const candidate = join(dir, name)
    if (isExecutable(candidate)) return candidate
  }
  return undefined
}

function canExecute(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}
