import {describe, expect, it} from '@jest/globals'
import type {HostStats, Recap} from '../src/recap'
import {annotations, failure, summary, toOutputs} from '../src/report'

const stats = (s: Partial<HostStats>): HostStats => ({
  ok: 0,
  changed: 0,
  unreachable: 0,
  failed: 0,
  skipped: 0,
  rescued: 0,
  ignored: 0,
  ...s,
})

const recap = (r: Partial<Recap>): Recap => ({
  hosts: {},
  failures: [],
  unreachable: [],
  changed: [],
  noHostsMatched: false,
  complete: true,
  ...r,
})

const web = recap({
  hosts: {
    'web-1': stats({ok: 5, changed: 2, skipped: 1}),
    'web-2': stats({ok: 3, failed: 1}),
    'db-1': stats({unreachable: 1}),
    'cache-1': stats({ok: 2, rescued: 1}),
  },
  failures: [
    {
      host: 'web-2',
      task: 'Reload nginx',
      action: 'service',
      msg: 'Job for nginx.service failed\nsee journal',
      ignored: false,
    },
    {host: 'cache-1', task: 'Try the fast path', action: 'command', msg: 'no such file', ignored: false},
  ],
  unreachable: [{host: 'db-1', task: 'Gathering Facts', action: 'gather_facts', msg: 'Connection timed out'}],
  changed: [{host: 'web-1', task: 'Template the | config', action: 'template'}],
})

describe('report', () => {
  it('sums the outputs and keeps the recap per host', () => {
    expect(toOutputs(web)).toEqual({
      ok: '10',
      changed: '2',
      unreachable: '1',
      failed: '1',
      skipped: '1',
      recap: JSON.stringify(web.hosts),
    })
  })

  it('annotates unreachable hosts and failed tasks; a rescued failure is a warning', () => {
    expect(annotations(web)).toEqual([
      {
        level: 'error',
        title: 'db-1 unreachable',
        message: "Task 'Gathering Facts' could not reach db-1: Connection timed out",
      },
      {
        level: 'error',
        title: 'Reload nginx failed on web-2',
        message: "Task 'Reload nginx' failed on web-2: Job for nginx.service failed\nsee journal",
      },
      {
        level: 'warning',
        title: 'Try the fast path failed on cache-1',
        message: "Task 'Try the fast path' failed on cache-1 (rescued): no such file",
      },
    ])
  })

  it('fails naming the unreachable and the failed hosts', () => {
    expect(failure(web)?.message).toBe(
      'Ansible did not complete on every host; unreachable: db-1 (Connection timed out). Check the address, ' +
        'port, username, private-key and that known-hosts holds the key the host presents; ' +
        "failed: web-2 (task 'Reload nginx' on web-2: Job for nginx.service failed).",
    )
    expect(failure(recap({hosts: {a: stats({ok: 1, rescued: 1})}}))).toBeUndefined()
  })

  it('shows the recap table, the problems and the changed tasks in the summary', () => {
    const text = summary(web, {playbooks: ['site.yml'], check: false, diff: false, limit: undefined}).join(
      '\n\n',
    )
    expect(text).toContain('### ansible-configure: `site.yml`')
    expect(text).toContain('| ✅ web-1 | 5 | 2 | 0 | 0 | 1 | 0 | 0 |')
    expect(text).toContain('| ❌ web-2 | 3 | 0 | 0 | 1 | 0 | 0 | 0 |')
    expect(text).toContain('| ❌ db-1 | 0 | 0 | 1 | 0 | 0 | 0 | 0 |')
    expect(text).toContain('| web-2 | Reload nginx | failed | Job for nginx.service failed<br>see journal |')
    expect(text).toContain('| web-1 | Template the \\| config |')
    expect(text).toContain('Tasks that changed something (1)')
  })

  it('says when check mode ran or no host matched', () => {
    const empty = recap({noHostsMatched: true})
    const text = summary(empty, {playbooks: ['a.yml', 'b.yml'], check: true, diff: false, limit: 'web'}).join(
      '\n',
    )
    expect(text).toContain('### ansible-configure: `a.yml`, `b.yml` (check mode: nothing was changed)')
    expect(text).toContain('No host matched the plays with limit `web`: nothing ran.')
  })
})
