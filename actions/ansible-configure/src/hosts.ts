/**
 * The `hosts` input: a plain list, or the JSON a Terraform output gives, turned into hosts and groups.
 *
 *   203.0.113.10, web.example.com              → hosts of `group`
 *   ["203.0.113.10", "203.0.113.11"]           → hosts of `group`
 *   {"web-1": "10.0.0.1", "web-2": "10.0.0.2"} → hosts web-1 and web-2 (ansible_host = the address)
 *   {"web": ["10.0.0.1"], "db": ["10.0.0.2"]}  → child groups web and db of `group`
 *   `terraform output -json` (each output {"value": ..., "type": ..., "sensitive": ...})
 *                                              → one child group per output, named after it
 */
import {InputError} from '@deploy-actions/kit/errors'
import {splitList} from '@deploy-actions/kit/inputs'

export interface Host {
  /** The inventory name (what the log, --limit and the recap show). */
  name: string
  /** `ansible_host`, when the name is an alias. */
  address?: string
}

export interface HostList {
  /** Hosts directly in the group, in the order given, without repeats. */
  hosts: Host[]
  /** Child groups by name, each with its hosts. */
  children: Record<string, Host[]>
}

// Host names and IPv4 addresses, or IPv6 addresses (which an inventory can hold as names too).
const HOST = /^(?:[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]+)$/
const GROUP = /^[A-Za-z_][A-Za-z0-9_]*$/

export function parseHosts(text: string): HostList {
  const trimmed = text.trim()
  if (/^[[{"]/.test(trimmed)) {
    let value: unknown
    try {
      value = JSON.parse(trimmed)
    } catch (err) {
      throw new InputError(
        'hosts',
        `starts like JSON but is not valid JSON (${(err as Error).message}). Pass a Terraform output as ` +
          'it is (terraform output -json), or list the hosts one a line.',
      )
    }
    return finish(fromJson(value))
  }
  return finish({
    hosts: splitList(trimmed).map((h, i) => ({name: checkHost(h, `item ${i + 1}`)})),
    children: {},
  })
}

function fromJson(value: unknown): HostList {
  if (isOutput(value)) return fromJson(value.value)
  if (isObject(value) && Object.keys(value).length > 0 && Object.values(value).every(isOutput)) {
    // Every output of a configuration: each is a group, named after the output.
    const children: Record<string, Host[]> = {}
    for (const [name, output] of Object.entries(value)) {
      children[groupName(name)] = hostsOf((output as {value: unknown}).value, name)
    }
    return {hosts: [], children}
  }
  if (isObject(value) && Object.values(value).some((v) => Array.isArray(v))) {
    const children: Record<string, Host[]> = {}
    for (const [name, item] of Object.entries(value)) children[groupName(name)] = hostsOf(item, name)
    return {hosts: [], children}
  }
  return {hosts: hostsOf(value, 'hosts'), children: {}}
}

/**
 * A string, a list (nested lists too: `count` resources give list(list(string))), or a name → address
 * map. An object inside a list is a resource's attributes, not such a map, and is refused.
 */
function hostsOf(value: unknown, where: string, inList = false): Host[] {
  if (typeof value === 'string') return [{name: checkHost(value, where)}]
  if (Array.isArray(value)) return value.flatMap((item, i) => hostsOf(item, `${where}[${i}]`, true))
  if (isObject(value) && !inList) {
    return Object.entries(value).map(([name, address]) => {
      if (typeof address !== 'string') throw notAHost(`${where}.${name}`, address)
      return {name: checkHost(name, `${where}: the name`), address: checkHost(address, `${where}.${name}`)}
    })
  }
  throw notAHost(where, value)
}

function notAHost(where: string, value: unknown): InputError {
  const kind = value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value
  return new InputError(
    'hosts',
    `${where} is ${kind}, not a host. Give IP addresses or host names: in Terraform, output e.g. ` +
      'aws_instance.web[*].public_ip.',
  )
}

function groupName(name: string): string {
  if (!GROUP.test(name)) {
    throw new InputError(
      'hosts',
      `'${name.slice(0, 60)}' cannot name an Ansible group (letters, digits and '_', not starting with a ` +
        'digit). Rename the Terraform output, or pass its value alone.',
    )
  }
  return name
}

function checkHost(host: string, where: string): string {
  if (!HOST.test(host)) {
    throw new InputError(
      'hosts',
      `${where} '${host.slice(0, 80)}' is not a host name or IP address. Give one host per item, without ` +
        'user or port (use the username and port inputs).',
    )
  }
  return host
}

function isOutput(value: unknown): value is {value: unknown} {
  return isObject(value) && 'value' in value && Object.keys(value).every((k) => OUTPUT_KEYS.has(k))
}

const OUTPUT_KEYS = new Set(['value', 'type', 'sensitive'])

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function finish(list: HostList): HostList {
  const out: HostList = {hosts: unique(list.hosts), children: {}}
  for (const [name, hosts] of Object.entries(list.children)) out.children[name] = unique(hosts)
  const all = [...list.hosts, ...Object.values(list.children).flat()]
  if (all.length === 0) {
    throw new InputError('hosts', 'lists no host. Is the Terraform output empty (no instance created yet)?')
  }
  const addresses = new Map<string, string | undefined>()
  for (const host of all) {
    if (addresses.has(host.name) && addresses.get(host.name) !== host.address) {
      throw new InputError('hosts', `'${host.name}' is given twice with different addresses.`)
    }
    addresses.set(host.name, host.address)
  }
  return out
}

function unique(hosts: Host[]): Host[] {
  const seen = new Set<string>()
  return hosts.filter((h) => !seen.has(h.name) && seen.add(h.name))
}

/** Every host once, in order. */
export function allHosts(list: HostList): Host[] {
  return unique([...list.hosts, ...Object.values(list.children).flat()])
}
