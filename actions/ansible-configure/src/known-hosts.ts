/**
 * The known-hosts input, checked with the same parser ssh-deploy verifies host keys with, so a pasted
 * fragment fails here with its line number instead of as a vague "Host key verification failed" on every
 * host; and the hosts of the inventory it has no key for.
 */
import {InputError} from '@deploy-actions/kit/errors'
import {
  entryMatches,
  HostKeyFormatError,
  knownHostsName,
  parseKnownHosts,
} from '@deploy-actions/ssh/known-hosts'

/** Returns the text ready to write for OpenSSH (LF line ends, final newline); throws naming the first bad line. */
export function checkKnownHosts(text: string): string {
  let entries: number
  try {
    entries = parseKnownHosts(text, {bareKeys: false}).length
  } catch (err) {
    if (err instanceof HostKeyFormatError) throw new InputError('known-hosts', err.message)
    throw err
  }
  if (entries === 0 && !/^\s*@cert-authority\s/m.test(text)) {
    throw new InputError('known-hosts', 'has no host keys, only blank or comment lines.')
  }
  return `${text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .trim()}\n`
}

/** The hosts (as OpenSSH names them: `[host]:port` for any port but 22) that no usable entry covers. */
export function hostsWithoutKey(
  knownHosts: string,
  hosts: readonly {host: string; port: number}[],
): string[] {
  const entries = parseKnownHosts(knownHosts, {bareKeys: false}).filter((e) => !e.revoked)
  return hosts
    .filter(({host, port}) => !entries.some((e) => entryMatches(e, host, port)))
    .map(({host, port}) => knownHostsName(host, port))
}
