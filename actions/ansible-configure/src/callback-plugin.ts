/**
 * The callback plugin that gives the action Ansible's results in a form it can read. ansible-core has no
 * machine-readable callback of its own (`json` lives in the `ansible.posix` collection, which a bare
 * ansible-core install lacks), and scraping the human log breaks with every output change. This one is
 * an `aggregate` callback: it runs beside the default stdout callback, so the log stays as users know it,
 * and writes one JSON object a line to the file named by `EVENTS_FILE_ENV`.
 *
 * The source is kept here as a string, not as a file next to the bundle, because ncc bundles only what
 * is imported; the action writes it into its per-run directory and points `ANSIBLE_CALLBACK_PLUGINS` at it.
 * `CALLBACK_NEEDS_ENABLED = False` loads it from that path without touching the user's `callbacks_enabled`.
 */

export const CALLBACK_NAME = 'deploy_actions_events'
export const EVENTS_FILE_ENV = 'DEPLOY_ACTIONS_ANSIBLE_EVENTS'

export const CALLBACK_SOURCE = `# Written by the ansible-configure action for its own run; deleted when the run ends.
from __future__ import annotations

import json
import os

from ansible.plugins.callback import CallbackBase

DOCUMENTATION = '''
name: ${CALLBACK_NAME}
type: aggregate
short_description: JSON lines of failed, unreachable and changed tasks and the per-host recap
description:
  - Appends one JSON object a line to the file named by the ${EVENTS_FILE_ENV} environment variable.
'''

MAX_MESSAGE = 2000


def _part(result, name):
    # ansible-core 2.19 added public host/task/result properties; older releases only have the private ones.
    value = getattr(result, name, None)
    if value is None or callable(value):
        value = getattr(result, '_' + name, None)
    return value


def _message(data):
    if not isinstance(data, dict):
        return str(data)[:MAX_MESSAGE]
    msg = data.get('msg')
    items = data.get('results')
    if isinstance(items, list):
        for item in items:
            if isinstance(item, dict) and (item.get('failed') or item.get('unreachable')):
                inner = _message(item)
                if inner:
                    label = item.get('item')
                    msg = inner if label is None else '%s (item %s)' % (inner, label)
                    break
    if not msg:
        for key in ('stderr', 'module_stderr', 'stdout', 'exception'):
            if data.get(key):
                msg = data.get(key)
                break
    if not msg and data.get('rc') not in (None, 0):
        msg = 'non-zero return code %s' % data.get('rc')
    return str(msg or '')[:MAX_MESSAGE]


class CallbackModule(CallbackBase):
    CALLBACK_VERSION = 2.0
    CALLBACK_TYPE = 'aggregate'
    CALLBACK_NAME = '${CALLBACK_NAME}'
    CALLBACK_NEEDS_ENABLED = False

    def __init__(self, *args, **kwargs):
        super(CallbackModule, self).__init__(*args, **kwargs)
        self._path = os.environ.get('${EVENTS_FILE_ENV}')

    def _write(self, event):
        if not self._path:
            return
        with open(self._path, 'a', encoding='utf-8') as out:
            out.write(json.dumps(event, default=str) + '\\n')

    def _task_event(self, kind, result, **extra):
        host = _part(result, 'host')
        task = _part(result, 'task')
        data = _part(result, 'result')
        event = {
            'event': kind,
            'host': host.get_name() if host is not None else '',
            'task': task.get_name() if task is not None else '',
            'action': getattr(task, 'action', '') or '',
        }
        if kind != 'changed':
            event['msg'] = _message(data)
        event.update(extra)
        self._write(event)

    def v2_runner_on_failed(self, result, ignore_errors=False):
        self._task_event('failed', result, ignored=bool(ignore_errors))

    def v2_runner_on_async_failed(self, result):
        self._task_event('failed', result, ignored=False)

    def v2_runner_on_unreachable(self, result):
        self._task_event('unreachable', result)

    def v2_runner_on_ok(self, result):
        data = _part(result, 'result')
        if isinstance(data, dict) and data.get('changed'):
            self._task_event('changed', result)

    def v2_playbook_on_no_hosts_matched(self):
        self._write({'event': 'no_hosts_matched'})

    def v2_playbook_on_stats(self, stats):
        hosts = {}
        for name in sorted(stats.processed.keys()):
            s = stats.summarize(name)
            hosts[name] = {
                'ok': s.get('ok', 0),
                'changed': s.get('changed', 0),
                'unreachable': s.get('unreachable', 0),
                'failed': s.get('failures', 0),
                'skipped': s.get('skipped', 0),
                'rescued': s.get('rescued', 0),
                'ignored': s.get('ignored', 0),
            }
        self._write({'event': 'stats', 'hosts': hosts})
`
