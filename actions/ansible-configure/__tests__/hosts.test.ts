import {InputError} from '@deploy-actions/kit/errors'
import {describe, expect, it} from '@jest/globals'
import {allHosts, parseHosts} from '../src/hosts'

const h = (name: string, address?: string) => (address ? {name, address} : {name})

describe('parseHosts', () => {
  it.each([
    ['one address', '203.0.113.10', [h('203.0.113.10')]],
    ['a comma list', '203.0.113.10, web.example.com', [h('203.0.113.10'), h('web.example.com')]],
    [
      'one a line, with comments and repeats',
      '# web\n10.0.0.1\n10.0.0.2\n10.0.0.1\n',
      [h('10.0.0.1'), h('10.0.0.2')],
    ],
    ['an IPv6 address', '2001:db8::5', [h('2001:db8::5')]],
    ['a JSON list', '["10.0.0.1", "10.0.0.2"]', [h('10.0.0.1'), h('10.0.0.2')]],
    ['a JSON string', '"10.0.0.1"', [h('10.0.0.1')]],
    ['a list of lists (count resources)', '[["10.0.0.1"], ["10.0.0.2"]]', [h('10.0.0.1'), h('10.0.0.2')]],
    [
      'a map of names to addresses',
      '{"web-1": "10.0.0.1", "web-2": "10.0.0.2"}',
      [h('web-1', '10.0.0.1'), h('web-2', '10.0.0.2')],
    ],
    [
      'one output of terraform output -json',
      '{"sensitive": false, "type": ["list", "string"], "value": ["10.0.0.1"]}',
      [h('10.0.0.1')],
    ],
  ])('%s', (_, text, hosts) => {
    expect(parseHosts(text)).toEqual({hosts, children: {}})
  })

  it('makes child groups of a map of lists', () => {
    expect(parseHosts('{"web": ["10.0.0.1", "10.0.0.2"], "db": ["10.0.0.3"]}')).toEqual({
      hosts: [],
      children: {web: [h('10.0.0.1'), h('10.0.0.2')], db: [h('10.0.0.3')]},
    })
  })

  it('makes one child group per output of terraform output -json', () => {
    const outputs = JSON.stringify({
      web_ips: {sensitive: false, type: ['tuple', [['string']]], value: ['10.0.0.1', '10.0.0.2']},
      db_ip: {sensitive: false, type: 'string', value: '10.0.0.3'},
      named: {sensitive: true, type: ['map', 'string'], value: {'cache-1': '10.0.0.4'}},
    })
    const list = parseHosts(outputs)
    expect(list).toEqual({
      hosts: [],
      children: {
        web_ips: [h('10.0.0.1'), h('10.0.0.2')],
        db_ip: [h('10.0.0.3')],
        named: [h('cache-1', '10.0.0.4')],
      },
    })
    expect(allHosts(list).map((x) => x.name)).toEqual(['10.0.0.1', '10.0.0.2', '10.0.0.3', 'cache-1'])
  })

  it.each([
    ['broken JSON', '["10.0.0.1",', /starts like JSON but is not valid JSON/],
    ['an object in a list', '[{"ip": "10.0.0.1"}]', /hosts\[0\] is object, not a host/],
    ['a number', '[10]', /hosts\[0\] is number, not a host/],
    ['a JSON null in a list', '["10.0.0.1", null]', /hosts\[1\] is null, not a host/],
    ['a JSON number', '{"web": 5}', /web is number, not a host/],
    ['user@host', 'root@10.0.0.1', /item 1 'root@10\.0\.0\.1' is not a host name or IP address/],
    ['host:port', '10.0.0.1:2222', /is not a host name or IP address.*port inputs/],
    [
      'a group key that is no group name',
      '{"web servers": ["10.0.0.1"]}',
      /'web servers' cannot name an Ansible group/,
    ],
    ['an empty output', '{"value": [], "type": "list", "sensitive": false}', /lists no host/],
    ['an empty list', ',', /lists no host/],
    [
      'one name, two addresses',
      '{"a": {"value": {"x": "10.0.0.1"}}, "b": {"value": {"x": "10.0.0.2"}}}',
      /'x' is given twice/,
    ],
  ])('rejects %s', (_, text, message) => {
    expect(() => parseHosts(text)).toThrow(InputError)
    expect(() => parseHosts(text)).toThrow(message)
  })
})
