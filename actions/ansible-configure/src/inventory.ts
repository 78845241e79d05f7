/**
 * The inventory built from the `hosts` input. Written as JSON, which Ansible's YAML inventory plugin reads
 * (JSON is YAML): every name and value is quoted by `JSON.stringify`, so nothing in a host name or a
 * variable can change the file's structure the way it could in INI.
 */
import type {HostList} from './hosts'

export interface ConnectionVars {
  username?: string | undefined
  port?: number | undefined
  pythonInterpreter?: string | undefined
}

type HostVars = Record<string, string>

export function renderInventory(list: HostList, group: string, vars: ConnectionVars): string {
  const hostsOf = (hosts: HostList['hosts']) =>
    Object.fromEntries(
      hosts.map((h): [string, HostVars] => [h.name, h.address ? {ansible_host: h.address} : {}]),
    )
  const groupVars: Record<string, string | number> = {}
  if (vars.username) groupVars['ansible_user'] = vars.username
  if (vars.port) groupVars['ansible_port'] = vars.port
  if (vars.pythonInterpreter) groupVars['ansible_python_interpreter'] = vars.pythonInterpreter
  const body: Record<string, unknown> = {}
  if (list.hosts.length > 0) body['hosts'] = hostsOf(list.hosts)
  const children = Object.entries(list.children)
  if (children.length > 0) {
    body['children'] = Object.fromEntries(children.map(([name, hosts]) => [name, {hosts: hostsOf(hosts)}]))
  }
  if (Object.keys(groupVars).length > 0) body['vars'] = groupVars
  return `${JSON.stringify({all: {children: {[group]: body}}}, null, 2)}\n`
}
