/**
 * The `options` input: more ansible-playbook options, one a line. No shell ever sees them, so a line is
 * split once, at the first space after the option name: `--start-at-task Install nginx` is two arguments,
 * `--forks=10` one.
 */
import {InputError} from '@deploy-actions/kit/errors'
import {splitList} from '@deploy-actions/kit/inputs'

/** Options the action sets itself from its own inputs; given here too, they would fight over one setting. */
const MANAGED: Record<string, string> = {
  '-i': 'inventory or hosts',
  '--inventory': 'inventory or hosts',
  '--inventory-file': 'inventory or hosts',
  '--private-key': 'private-key',
  '--key-file': 'private-key',
  '--vault-password-file': 'vault-password',
  '--vault-pass-file': 'vault-password',
  '--ssh-common-args': 'ssh-common-args',
  '-C': 'check',
  '--check': 'check',
  '-D': 'diff',
  '--diff': 'diff',
  '-l': 'limit',
  '--limit': 'limit',
  '-t': 'tags',
  '--tags': 'tags',
  '--skip-tags': 'skip-tags',
  '-k': 'private-key (no password prompts can be answered in a workflow)',
  '--ask-pass': 'private-key (no password prompts can be answered in a workflow)',
  '-K': 'a become password in a vaulted variable (no prompts can be answered in a workflow)',
  '--ask-become-pass': 'a become password in a vaulted variable (no prompts can be answered in a workflow)',
  '-J': 'vault-password',
  '--ask-vault-pass': 'vault-password',
  '--ask-vault-password': 'vault-password',
}

export function parseOptions(text: string): string[] {
  return splitList(text, false).flatMap((line) => {
    if (!line.startsWith('-')) {
      throw new InputError(
        'options',
        `'${line.slice(0, 60)}' is not an option. Give one option a line, starting with -, e.g. --forks 10.`,
      )
    }
    const space = line.search(/\s/)
    const name = space === -1 ? line : line.slice(0, space)
    const flag = name.split('=')[0]!
    const instead = MANAGED[flag]
    if (instead) throw new InputError('options', `'${flag}' is set by the action; use the input ${instead}.`)
    return space === -1 ? [line] : [name, line.slice(space + 1).trim()]
  })
}
