/**
 * The generated inventory, read back by the real `ansible-inventory` (ansible-core from apt): what
 * Ansible makes of it is what counts, not the text.
 */
import {execFileSync} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {requireExecutable} from '@deploy-actions/testing/server'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, describe, expect, it} from '@jest/globals'
import {parseHosts} from '../src/hosts'
import {renderInventory} from '../src/inventory'

afterAll(removeTempDirs)

interface Listing {
  _meta: {hostvars: Record<string, Record<string, unknown>>}
  [group: string]: {hosts?: string[]; children?: string[]} | Listing['_meta']
}

function ansibleInventory(text: string): Listing {
  requireExecutable('ansible-inventory', "install it with 'apt-get install -y ansible-core'")
  const dir = tempDir()
  writeFileSync(join(dir, 'ansible.cfg'), '')
  // No extension, as the action writes it: Ansible's YAML plugin must take it.
  writeFileSync(join(dir, 'inventory'), text)
  const out = execFileSync('ansible-inventory', ['-i', join(dir, 'inventory'), '--list'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ANSIBLE_CONFIG: join(dir, 'ansible.cfg'),
      ANSIBLE_HOME: dir,
      ANSIBLE_INVENTORY_UNPARSED_FAILED: 'True',
    },
  })
  return JSON.parse(out) as Listing
}

describe('renderInventory', () => {
  it('puts hosts in the group with the connection variables', () => {
    const text = renderInventory(parseHosts('10.0.0.1, web.example.com'), 'targets', {
      username: 'deploy',
      port: 2222,
      pythonInterpreter: '/usr/bin/python3',
    })
    const listing = ansibleInventory(text)
    expect(listing['targets']).toEqual({hosts: ['10.0.0.1', 'web.example.com']})
    const vars = {ansible_user: 'deploy', ansible_port: 2222, ansible_python_interpreter: '/usr/bin/python3'}
    expect(listing._meta.hostvars['10.0.0.1']).toEqual(vars)
    expect(listing._meta.hostvars['web.example.com']).toEqual(vars)
  })

  it('makes child groups and aliases from a Terraform output, inheriting the group variables', () => {
    const outputs = JSON.stringify({
      web: {value: {'web-1': '10.0.0.1', 'web-2': '10.0.0.2'}, type: 'map', sensitive: false},
      db: {value: ['10.0.0.3'], type: 'list', sensitive: false},
    })
    const listing = ansibleInventory(renderInventory(parseHosts(outputs), 'prod', {username: 'ubuntu'}))
    expect(listing['prod']).toEqual({children: ['web', 'db']})
    expect(listing['web']).toEqual({hosts: ['web-1', 'web-2']})
    expect(listing['db']).toEqual({hosts: ['10.0.0.3']})
    expect(listing._meta.hostvars['web-2']).toEqual({ansible_host: '10.0.0.2', ansible_user: 'ubuntu'})
    expect(listing._meta.hostvars['10.0.0.3']).toEqual({ansible_user: 'ubuntu'})
  })

  it('leaves out what is not given, so Ansible and the inventory defaults apply', () => {
    const text = renderInventory(parseHosts('10.0.0.1'), 'targets', {})
    expect(JSON.parse(text)).toEqual({all: {children: {targets: {hosts: {'10.0.0.1': {}}}}}})
  })
})
