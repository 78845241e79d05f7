/**
 * The ansible-playbook command line and environment for one run. Values reach Ansible as arguments of one
 * process (no shell) or in files; secrets only in files. Host-key checking is always configured here, never
 * left to ansible.cfg or ~/.ssh: the known-hosts input is the only source of trust.
 */
import {EVENTS_FILE_ENV} from './callback-plugin'
import type {Inputs} from './inputs'

export interface RunFiles {
  inventory: string
  privateKey: string | undefined
  vaultPassword: string | undefined
  extraVars: string | undefined
  knownHosts: string | undefined
  callbackDir: string
  eventsFile: string
  /** SSH ControlMaster sockets of this run only. */
  controlPathDir: string
}

type PlaybookInputs = Pick<
  Inputs,
  'playbooks' | 'check' | 'diff' | 'limit' | 'tags' | 'skipTags' | 'verbosity' | 'options'
>

export function playbookArgs(inputs: PlaybookInputs, files: RunFiles): string[] {
  const args = ['-i', files.inventory]
  if (files.privateKey) args.push('--private-key', files.privateKey)
  if (files.vaultPassword) args.push('--vault-password-file', files.vaultPassword)
  if (files.extraVars) args.push('--extra-vars', `@${files.extraVars}`)
  if (inputs.check) args.push('--check')
  if (inputs.diff) args.push('--diff')
  if (inputs.limit) args.push('--limit', inputs.limit)
  if (inputs.tags.length > 0) args.push('--tags', inputs.tags.join(','))
  if (inputs.skipTags.length > 0) args.push('--skip-tags', inputs.skipTags.join(','))
  if (inputs.verbosity > 0) args.push(`-${'v'.repeat(inputs.verbosity)}`)
  return [...args, ...inputs.options, ...inputs.playbooks]
}

export function galaxyArgs(requirements: string, verbosity: number): string[] {
  return ['install', '-r', requirements, ...(verbosity > 0 ? [`-${'v'.repeat(verbosity)}`] : [])]
}

type EnvInputs = Pick<
  Inputs,
  'inventory' | 'username' | 'port' | 'pythonInterpreter' | 'insecureSkipHostKeyCheck' | 'sshCommonArgs'
>

/** Variables added to the inherited environment of ansible-playbook and ansible-galaxy. */
export function ansibleEnv(
  inputs: EnvInputs,
  files: RunFiles,
  env: NodeJS.ProcessEnv,
): Record<string, string> {
  const out: Record<string, string> = {
    [EVENTS_FILE_ENV]: files.eventsFile,
    // Beside the callback paths the workflow set, else Ansible's defaults (it expands the ~ itself).
    ANSIBLE_CALLBACK_PLUGINS: [
      files.callbackDir,
      env['ANSIBLE_CALLBACK_PLUGINS'] || '~/.ansible/plugins/callback:/usr/share/ansible/plugins/callback',
    ].join(':'),
    ANSIBLE_HOST_KEY_CHECKING: inputs.insecureSkipHostKeyCheck ? 'False' : 'True',
    ANSIBLE_SSH_COMMON_ARGS: sshCommonArgs(inputs, files, env['ANSIBLE_SSH_COMMON_ARGS']),
    // A ControlMaster connection outlives the run that opened it (ControlPersist), and a later run
    // through the same socket would skip the host-key check: each run gets its own socket directory.
    ANSIBLE_SSH_CONTROL_PATH_DIR: files.controlPathDir,
    // Retry files would land next to the playbook, in the workspace.
    ANSIBLE_RETRY_FILES_ENABLED: 'False',
    // Ansible's output reaches the log line by line as it happens, not in 8 KB blocks.
    PYTHONUNBUFFERED: '1',
  }
  if (inputs.inventory.kind !== 'hosts') {
    // For a given inventory these are defaults: its own ansible_user / ansible_port still win.
    if (inputs.username) out['ANSIBLE_REMOTE_USER'] = inputs.username
    if (inputs.port) out['ANSIBLE_REMOTE_PORT'] = String(inputs.port)
    if (inputs.pythonInterpreter) out['ANSIBLE_PYTHON_INTERPRETER'] = inputs.pythonInterpreter
  }
  return out
}

function sshCommonArgs(inputs: EnvInputs, files: RunFiles, inherited: string | undefined): string {
  const trust =
    inputs.insecureSkipHostKeyCheck || !files.knownHosts
      ? ['-o', 'StrictHostKeyChecking=no', '-o', 'UserKnownHostsFile=/dev/null']
      : [
          '-o',
          `UserKnownHostsFile=${files.knownHosts}`,
          // Only the given keys: a stale entry in the machine's own file must not decide.
          '-o',
          'GlobalKnownHostsFile=/dev/null',
          '-o',
          'StrictHostKeyChecking=yes',
        ]
  return [trust.map(shlexQuote).join(' '), inherited, inputs.sshCommonArgs].filter(Boolean).join(' ')
}

/** Ansible splits ssh arguments with Python's shlex, so a path with spaces needs quoting. */
export function shlexQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'"'"'`)}'`
}
