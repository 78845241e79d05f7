"use strict";
exports.id = 111;
exports.ids = [111];
exports.modules = {

/***/ 8111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../packages/kit/src/errors.ts
var errors = __webpack_require__(3678);
// EXTERNAL MODULE: ../../packages/kit/src/exec.ts
var exec = __webpack_require__(9624);
// EXTERNAL MODULE: ../../packages/kit/src/workflow.ts
var workflow = __webpack_require__(2284);
;// CONCATENATED MODULE: ../../packages/kit/src/summary.ts
/**
 * Job-summary helpers: small markdown builders (the summary renders GitHub-flavoured markdown) and one
 * `write` that appends to the runner's summary file.
 */

/** Escapes text for a markdown table cell: pipes, newlines and HTML-significant characters. */
function cell(value) {
    if (value === undefined || value === '')
        return '—';
    return String(value)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
/** A value shown as inline code, for tags, digests and commands. */
function code(value) {
    if (value === undefined || value === '')
        return '—';
    const text = String(value).replace(/\r?\n/g, ' ');
    const fence = text.includes('`') ? '``' : '`';
    return `${fence}${text.replace(/\|/g, '\\|')}${fence}`;
}
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
function heading(text, level = 3) {
    return `${'#'.repeat(level)} ${text}`;
}
function details(summaryText, body) {
    return `<details><summary>${cell(summaryText)}</summary>\n\n${body}\n\n</details>`;
}
/** Appends the given blocks, separated by blank lines, to the job summary. */
function write(...blocks) {
    (0,workflow/* appendSummary */.fe)(`${blocks.join('\n\n')}\n\n`);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/ansible-tools.ts
/**
 * Finding ansible-playbook, or installing a pinned ansible-core when there is none (or not the version
 * asked for): with pipx when the machine has it (GitHub's Ubuntu images do), else in a Python venv with
 * pip. Installs go to the tool cache, so a re-run or a second step in the job reuses them.
 */




/** The ansible-core installed when none is found and no ansible-version is given. */
const DEFAULT_ANSIBLE_CORE = '2.21.5';
async function resolveAnsible(wanted, deps) {
    const isExecutable = deps.isExecutable ?? canExecute;
    const path = deps.env['PATH'] ?? '';
    const found = findExecutable('ansible-playbook', path, isExecutable);
    if (found) {
        if (!wanted.version)
            return tools(found, 'found', isExecutable, path);
        const version = await playbookVersion(found, deps.exec);
        if (version && versionMatches(version, wanted.version))
            return tools(found, 'found', isExecutable, path);
        deps.log(`${found} is ansible-core ${version ?? '(unknown version)'}, not ${wanted.version}.`);
        if (!wanted.install) {
            throw new errors/* ActionError */.lZ(`ansible-playbook at ${found} is ansible-core ${version ?? '(unknown version)'}, but ansible-version ` +
                `asks for ${wanted.version}. Set install: true to install it, or remove ansible-version.`);
        }
    }
    else if (!wanted.install) {
        throw new errors/* ActionError */.lZ('ansible-playbook was not found on PATH. Set install: true (the default) to install ansible-core, or ' +
            "install it in an earlier step: 'pipx install ansible-core' or 'sudo apt-get install -y ansible-core'.");
    }
    const version = wanted.version ?? DEFAULT_ANSIBLE_CORE;
    const root = (0,external_node_path_.join)(deps.env['RUNNER_TOOL_CACHE'] || deps.env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), 'ansible-core', version, process.arch);
    const pipx = findExecutable('pipx', path, isExecutable);
    const python = findExecutable('python3', path, isExecutable);
    const plan = installPlan(version, root, pipx, python);
    const cached = (0,external_node_path_.join)(plan.binDir, 'ansible-playbook');
    if (isExecutable(cached)) {
        deps.log(`Using ansible-core ${version} installed earlier at ${plan.binDir}.`);
    }
    else {
        deps.log(`Installing ansible-core ${version} into ${root}.`);
        for (const step of plan.steps)
            await deps.exec(step.command, step.args, step.env ? { env: step.env } : {});
    }
    return tools(cached, 'installed', isExecutable, plan.binDir);
}
function installPlan(version, root, pipx, python) {
    const requirement = pipRequirement(version);
    if (pipx) {
        const binDir = (0,external_node_path_.join)(root, 'bin');
        return {
            binDir,
            steps: [
                {
                    command: pipx,
                    args: ['install', '--force', '--pip-args=--disable-pip-version-check', requirement],
                    env: { PIPX_HOME: (0,external_node_path_.join)(root, 'pipx'), PIPX_BIN_DIR: binDir },
                },
            ],
        };
    }
    if (!python) {
        throw new errors/* ActionError */.lZ('ansible-core cannot be installed: neither pipx nor python3 is on PATH. Add actions/setup-python ' +
            'before this step, or install Ansible yourself and set install: false.');
    }
    const venv = (0,external_node_path_.join)(root, 'venv');
    const venvPython = (0,external_node_path_.join)(venv, 'bin', 'python');
    return {
        binDir: (0,external_node_path_.join)(venv, 'bin'),
        steps: [
            { command: python, args: ['-m', 'venv', venv] },
            { command: venvPython, args: ['-m', 'pip', 'install', '--disable-pip-version-check', requirement] },
        ],
    };
}
/** `2.21.5` pins that release; `2.21` takes its latest patch. */
function pipRequirement(version) {
    return /^\d+\.\d+$/.test(version) ? `ansible-core==${version}.*` : `ansible-core==${version}`;
}
function versionMatches(found, wanted) {
    return found === wanted || found.startsWith(`${wanted}.`);
}
/** `ansible-playbook [core 2.14.18]`, the first line of `--version` since ansible-core 2.11. */
function parseVersion(text) {
    return /\[core ([^\]\s]+)\]/.exec(text)?.[1];
}
async function playbookVersion(playbook, exec) {
    const result = await exec(playbook, ['--version'], { quiet: true, allowFailure: true });
    return parseVersion(result.stdout);
}
function tools(playbook, origin, isExecutable, searchPath) {
    const sibling = (0,external_node_path_.join)(playbook, '..', 'ansible-galaxy');
    const galaxy = isExecutable(sibling)
        ? sibling
        : (findExecutable('ansible-galaxy', searchPath, isExecutable) ?? sibling);
    return { playbook, galaxy, origin };
}
function findExecutable(name, searchPath, isExecutable = canExecute) {
    for (const dir of searchPath.split(external_node_path_.delimiter)) {
        if (!dir)
            continue;
        const candidate = (0,external_node_path_.join)(dir, name);
        if (isExecutable(candidate))
            return candidate;
    }
    return undefined;
}
function canExecute(path) {
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/callback-plugin.ts
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
const CALLBACK_NAME = 'deploy_actions_events';
const EVENTS_FILE_ENV = 'DEPLOY_ACTIONS_ANSIBLE_EVENTS';
const CALLBACK_SOURCE = `# Written by the ansible-configure action for its own run; deleted when the run ends.
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
`;

// EXTERNAL MODULE: ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __webpack_require__(8293);
;// CONCATENATED MODULE: ./src/extra-vars.ts
/**
 * The `extra-vars` input, YAML or JSON (JSON is YAML), parsed here with the `yaml` library so a mistake
 * is reported with its line before Ansible starts, and handed to Ansible as a JSON file
 * (`--extra-vars @file`): no value ever passes through a shell or the command line.
 */


/**
 * Ansible reads YAML with PyYAML, i.e. YAML 1.1, where `yes`/`no`/`on`/`off` are booleans. The 1.1 schema
 * of the library also takes `y` and `n` as booleans, which PyYAML does not; these two tags match PyYAML.
 */
const BOOL = 'tag:yaml.org,2002:bool';
const pyyamlBool = (value, test) => ({
    identify: (v) => v === value,
    default: true,
    tag: BOOL,
    test,
    resolve: () => value,
});
const customTags = (tags) => [
    pyyamlBool(true, /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/),
    pyyamlBool(false, /^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$/),
    ...tags.filter((t) => typeof t === 'string' || t.tag !== BOOL),
];
function parseExtraVars(text) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: true, version: '1.1', customTags });
    const problem = doc.errors[0];
    if (problem)
        throw new errors/* InputError */.dz('extra-vars', `is not valid YAML or JSON: ${describe(problem)}.`);
    const value = doc.toJS({ maxAliasCount: 1000 });
    if (value === null || value === undefined)
        return {};
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* InputError */.dz('extra-vars', `is ${Array.isArray(value) ? 'a list' : `a ${typeof value}`}; give a mapping of variable names to ` +
            'values, e.g. "app_port: 8080" or {"app_port": 8080}.');
    }
    for (const key of Object.keys(value)) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
            throw new errors/* InputError */.dz('extra-vars', `'${key.slice(0, 60)}' is not a valid Ansible variable name (letters, digits and '_', not starting with a digit).`);
        }
    }
    return value;
}
/**
 * Where and what, without the source excerpt the library would add: the text may hold secrets, and the
 * message becomes an annotation.
 */
function describe(err) {
    const what = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    const at = err.linePos?.[0];
    return at ? `line ${at.line}, column ${at.col}: ${what}` : what;
}

// EXTERNAL MODULE: ../../packages/kit/src/inputs.ts
var inputs = __webpack_require__(2228);
;// CONCATENATED MODULE: ./src/hosts.ts
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


// Host names and IPv4 addresses, or IPv6 addresses (which an inventory can hold as names too).
const HOST = /^(?:[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]+)$/;
const GROUP = /^[A-Za-z_][A-Za-z0-9_]*$/;
function parseHosts(text) {
    const trimmed = text.trim();
    if (/^[[{"]/.test(trimmed)) {
        let value;
        try {
            value = JSON.parse(trimmed);
        }
        catch (err) {
            throw new errors/* InputError */.dz('hosts', `starts like JSON but is not valid JSON (${err.message}). Pass a Terraform output as ` +
                'it is (terraform output -json), or list the hosts one a line.');
        }
        return finish(fromJson(value));
    }
    return finish({
        hosts: (0,inputs/* splitList */.ry)(trimmed).map((h, i) => ({ name: checkHost(h, `item ${i + 1}`) })),
        children: {},
    });
}
function fromJson(value) {
    if (isOutput(value))
        return fromJson(value.value);
    if (isObject(value) && Object.keys(value).length > 0 && Object.values(value).every(isOutput)) {
        // Every output of a configuration: each is a group, named after the output.
        const children = {};
        for (const [name, output] of Object.entries(value)) {
            children[groupName(name)] = hostsOf(output.value, name);
        }
        return { hosts: [], children };
    }
    if (isObject(value) && Object.values(value).some((v) => Array.isArray(v))) {
        const children = {};
        for (const [name, item] of Object.entries(value))
            children[groupName(name)] = hostsOf(item, name);
        return { hosts: [], children };
    }
    return { hosts: hostsOf(value, 'hosts'), children: {} };
}
/**
 * A string, a list (nested lists too: `count` resources give list(list(string))), or a name → address
 * map. An object inside a list is a resource's attributes, not such a map, and is refused.
 */
function hostsOf(value, where, inList = false) {
    if (typeof value === 'string')
        return [{ name: checkHost(value, where) }];
    if (Array.isArray(value))
        return value.flatMap((item, i) => hostsOf(item, `${where}[${i}]`, true));
    if (isObject(value) && !inList) {
        return Object.entries(value).map(([name, address]) => {
            if (typeof address !== 'string')
                throw notAHost(`${where}.${name}`, address);
            return { name: checkHost(name, `${where}: the name`), address: checkHost(address, `${where}.${name}`) };
        });
    }
    throw notAHost(where, value);
}
function notAHost(where, value) {
    const kind = value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;
    return new errors/* InputError */.dz('hosts', `${where} is ${kind}, not a host. Give IP addresses or host names: in Terraform, output e.g. ` +
        'aws_instance.web[*].public_ip.');
}
function groupName(name) {
    if (!GROUP.test(name)) {
        throw new errors/* InputError */.dz('hosts', `'${name.slice(0, 60)}' cannot name an Ansible group (letters, digits and '_', not starting with a ` +
            'digit). Rename the Terraform output, or pass its value alone.');
    }
    return name;
}
function checkHost(host, where) {
    if (!HOST.test(host)) {
        throw new errors/* InputError */.dz('hosts', `${where} '${host.slice(0, 80)}' is not a host name or IP address. Give one host per item, without ` +
            'user or port (use the username and port inputs).');
    }
    return host;
}
function isOutput(value) {
    return isObject(value) && 'value' in value && Object.keys(value).every((k) => OUTPUT_KEYS.has(k));
}
const OUTPUT_KEYS = new Set(['value', 'type', 'sensitive']);
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function finish(list) {
    const out = { hosts: unique(list.hosts), children: {} };
    for (const [name, hosts] of Object.entries(list.children))
        out.children[name] = unique(hosts);
    const all = [...list.hosts, ...Object.values(list.children).flat()];
    if (all.length === 0) {
        throw new errors/* InputError */.dz('hosts', 'lists no host. Is the Terraform output empty (no instance created yet)?');
    }
    const addresses = new Map();
    for (const host of all) {
        if (addresses.has(host.name) && addresses.get(host.name) !== host.address) {
            throw new errors/* InputError */.dz('hosts', `'${host.name}' is given twice with different addresses.`);
        }
        addresses.set(host.name, host.address);
    }
    return out;
}
function unique(hosts) {
    const seen = new Set();
    return hosts.filter((h) => !seen.has(h.name) && seen.add(h.name));
}
/** Every host once, in order. */
function allHosts(list) {
    return unique([...list.hosts, ...Object.values(list.children).flat()]);
}

;// CONCATENATED MODULE: ./src/inventory.ts
function renderInventory(list, group, vars) {
    const hostsOf = (hosts) => Object.fromEntries(hosts.map((h) => [h.name, h.address ? { ansible_host: h.address } : {}]));
    const groupVars = {};
    if (vars.username)
        groupVars['ansible_user'] = vars.username;
    if (vars.port)
        groupVars['ansible_port'] = vars.port;
    if (vars.pythonInterpreter)
        groupVars['ansible_python_interpreter'] = vars.pythonInterpreter;
    const body = {};
    if (list.hosts.length > 0)
        body['hosts'] = hostsOf(list.hosts);
    const children = Object.entries(list.children);
    if (children.length > 0) {
        body['children'] = Object.fromEntries(children.map(([name, hosts]) => [name, { hosts: hostsOf(hosts) }]));
    }
    if (Object.keys(groupVars).length > 0)
        body['vars'] = groupVars;
    return `${JSON.stringify({ all: { children: { [group]: body } } }, null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/known-hosts.ts + 1 modules
var known_hosts = __webpack_require__(8984);
;// CONCATENATED MODULE: ./src/playbook-command.ts
/**
 * The ansible-playbook command line and environment for one run. Values reach Ansible as arguments of one
 * process (no shell) or in files; secrets only in files. Host-key checking is always configured here, never
 * left to ansible.cfg or ~/.ssh: the known-hosts input is the only source of trust.
 */

function playbookArgs(inputs, files) {
    const args = ['-i', files.inventory];
    if (files.privateKey)
        args.push('--private-key', files.privateKey);
    if (files.vaultPassword)
        args.push('--vault-password-file', files.vaultPassword);
    if (files.extraVars)
        args.push('--extra-vars', `@${files.extraVars}`);
    if (inputs.check)
        args.push('--check');
    if (inputs.diff)
        args.push('--diff');
    if (inputs.limit)
        args.push('--limit', inputs.limit);
    if (inputs.tags.length > 0)
        args.push('--tags', inputs.tags.join(','));
    if (inputs.skipTags.length > 0)
        args.push('--skip-tags', inputs.skipTags.join(','));
    if (inputs.verbosity > 0)
        args.push(`-${'v'.repeat(inputs.verbosity)}`);
    return [...args, ...inputs.options, ...inputs.playbooks];
}
function galaxyArgs(requirements, verbosity) {
    return ['install', '-r', requirements, ...(verbosity > 0 ? [`-${'v'.repeat(verbosity)}`] : [])];
}
/** Variables added to the inherited environment of ansible-playbook and ansible-galaxy. */
function ansibleEnv(inputs, files, env) {
    const out = {
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
    };
    if (inputs.inventory.kind !== 'hosts') {
        // For a given inventory these are defaults: its own ansible_user / ansible_port still win.
        if (inputs.username)
            out['ANSIBLE_REMOTE_USER'] = inputs.username;
        if (inputs.port)
            out['ANSIBLE_REMOTE_PORT'] = String(inputs.port);
        if (inputs.pythonInterpreter)
            out['ANSIBLE_PYTHON_INTERPRETER'] = inputs.pythonInterpreter;
    }
    return out;
}
function sshCommonArgs(inputs, files, inherited) {
    const trust = inputs.insecureSkipHostKeyCheck || !files.knownHosts
        ? ['-o', 'StrictHostKeyChecking=no', '-o', 'UserKnownHostsFile=/dev/null']
        : [
            '-o',
            `UserKnownHostsFile=${files.knownHosts}`,
            // Only the given keys: a stale entry in the machine's own file must not decide.
            '-o',
            'GlobalKnownHostsFile=/dev/null',
            '-o',
            'StrictHostKeyChecking=yes',
        ];
    return [trust.map(shlexQuote).join(' '), inherited, inputs.sshCommonArgs].filter(Boolean).join(' ');
}
/** Ansible splits ssh arguments with Python's shlex, so a path with spaces needs quoting. */
function shlexQuote(arg) {
    return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'"'"'`)}'`;
}

;// CONCATENATED MODULE: ./src/recap.ts
/**
 * What a run did, read from the JSON lines the callback plugin (./callback-plugin.ts) wrote: the per-host
 * recap Ansible prints as PLAY RECAP, the tasks that failed or could not reach their host, and the tasks
 * that changed something.
 */
const COUNTERS = ['ok', 'changed', 'unreachable', 'failed', 'skipped', 'rescued', 'ignored'];
function parseEvents(text) {
    const recap = {
        hosts: {},
        failures: [],
        unreachable: [],
        changed: [],
        noHostsMatched: false,
        complete: false,
    };
    for (const line of text.split('\n')) {
        if (!line.trim())
            continue;
        let event;
        try {
            event = JSON.parse(line);
        }
        catch {
            // A line cut short by a killed run; the ones before it still count.
            continue;
        }
        const task = {
            host: String(event['host'] ?? ''),
            task: String(event['task'] ?? ''),
            action: String(event['action'] ?? ''),
        };
        switch (event['event']) {
            case 'failed':
                if (event['ignored'] !== true)
                    recap.failures.push({ ...task, msg: String(event['msg'] ?? ''), ignored: false });
                break;
            case 'unreachable':
                recap.unreachable.push({ ...task, msg: String(event['msg'] ?? '') });
                break;
            case 'changed':
                recap.changed.push(task);
                break;
            case 'no_hosts_matched':
                recap.noHostsMatched = true;
                break;
            case 'stats':
                recap.complete = true;
                mergeStats(recap.hosts, event['hosts']);
                break;
        }
    }
    return recap;
}
/** Stats come once, when the last playbook ends; a second set (never seen) would replace the first. */
function mergeStats(into, hosts) {
    if (typeof hosts !== 'object' || hosts === null)
        return;
    for (const [name, stats] of Object.entries(hosts)) {
        into[name] = Object.fromEntries(COUNTERS.map((c) => [c, Number(stats[c] ?? 0) || 0]));
    }
}
function totals(recap) {
    const sum = Object.fromEntries(COUNTERS.map((c) => [c, 0]));
    for (const stats of Object.values(recap.hosts))
        for (const c of COUNTERS)
            sum[c] += stats[c];
    return sum;
}
function failedHosts(recap) {
    return Object.entries(recap.hosts)
        .filter(([, s]) => s.failed > 0)
        .map(([h]) => h);
}
function unreachableHosts(recap) {
    return Object.entries(recap.hosts)
        .filter(([, s]) => s.unreachable > 0)
        .map(([h]) => h);
}

;// CONCATENATED MODULE: ./src/report.ts
/**
 * Turning a recap into what the runner shows: step outputs, the job-summary table, annotations for the
 * tasks that failed, and the one message that fails the step.
 */



function toOutputs(recap) {
    const sum = totals(recap);
    return {
        ok: String(sum.ok),
        changed: String(sum.changed),
        unreachable: String(sum.unreachable),
        failed: String(sum.failed),
        skipped: String(sum.skipped),
        recap: JSON.stringify(recap.hosts),
    };
}
/**
 * One annotation per failed or unreachable task. A failure on a host that ended without failures was
 * handled by a `rescue` block: a warning, not an error.
 */
function annotations(recap) {
    const failed = new Set(failedHosts(recap));
    return [
        ...recap.unreachable.map((e) => ({
            level: 'error',
            title: `${e.host} unreachable`,
            message: `Task '${e.task}' could not reach ${e.host}: ${e.msg}`,
        })),
        ...recap.failures.map((e) => ({
            level: failed.has(e.host) ? 'error' : 'warning',
            title: `${e.task} failed on ${e.host}`,
            message: `Task '${e.task}' failed on ${e.host}${failed.has(e.host) ? '' : ' (rescued)'}: ${e.msg}`,
        })),
    ];
}
/** The step's failure, naming the hosts; undefined when every host came through. */
function failure(recap) {
    const unreachable = unreachableHosts(recap);
    const failed = failedHosts(recap).filter((h) => !unreachable.includes(h));
    if (unreachable.length === 0 && failed.length === 0)
        return undefined;
    const parts = [];
    if (unreachable.length > 0) {
        const first = recap.unreachable[0];
        parts.push(`unreachable: ${unreachable.join(', ')}${first ? ` (${firstLine(first.msg)})` : ''}. Check the address, ` +
            'port, username, private-key and that known-hosts holds the key the host presents');
    }
    if (failed.length > 0) {
        const first = recap.failures.find((f) => failed.includes(f.host));
        parts.push(`failed: ${failed.join(', ')}${first ? ` (task '${first.task}' on ${first.host}: ${firstLine(first.msg)})` : ''}`);
    }
    return new errors/* ActionError */.lZ(`Ansible did not complete on every host; ${parts.join('; ')}.`);
}
function firstLine(text) {
    const line = text.trim().split('\n')[0] ?? '';
    return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
function summary(recap, ctx) {
    const mode = ctx.check ? ' (check mode: nothing was changed)' : '';
    const blocks = [heading(`ansible-configure: ${ctx.playbooks.map((p) => code(p)).join(', ')}${mode}`)];
    const hosts = Object.entries(recap.hosts);
    if (hosts.length === 0) {
        blocks.push(recap.noHostsMatched
            ? `No host matched the plays${ctx.limit ? ` with limit ${code(ctx.limit)}` : ''}: nothing ran.`
            : 'No host ran a task.');
        return blocks;
    }
    const failed = new Set([...failedHosts(recap), ...unreachableHosts(recap)]);
    blocks.push(table(['Host', ...COUNTERS], hosts.map(([host, stats]) => [
        `${failed.has(host) ? '❌' : '✅'} ${cell(host)}`,
        ...COUNTERS.map((c) => String(stats[c])),
    ])));
    const problems = [
        ...recap.unreachable.map((e) => [cell(e.host), cell(e.task), 'unreachable', cell(e.msg)]),
        ...recap.failures.map((e) => [cell(e.host), cell(e.task), 'failed', cell(e.msg)]),
    ];
    if (problems.length > 0)
        blocks.push(table(['Host', 'Task', 'Result', 'Message'], problems));
    if (recap.changed.length > 0) {
        const verb = ctx.check ? 'would change' : 'changed';
        blocks.push(details(`Tasks that ${verb} something (${recap.changed.length})`, table(['Host', 'Task'], recap.changed.map((e) => [cell(e.host), cell(e.task)]))));
    }
    return blocks;
}

// EXTERNAL MODULE: ./src/run-dir.ts
var run_dir = __webpack_require__(8040);
// EXTERNAL MODULE: ./src/ssh-connections.ts
var ssh_connections = __webpack_require__(749);
;// CONCATENATED MODULE: ./src/main.ts


















function defaultDeps() {
    return { exec: exec/* runCommand */.d1, env: process.env };
}
async function main(inputs, deps = defaultDeps()) {
    // Everything that can be wrong with the inputs is found before a file is written or a tool installed.
    const prepared = prepare(inputs);
    const secrets = secretsOf(inputs);
    const tools = await workflow/* group */.Os('Find Ansible', () => resolveAnsible({ version: inputs.ansibleVersion, install: inputs.install }, { ...deps, log: workflow/* info */.pq }));
    workflow/* info */.pq(`ansible-playbook: ${tools.playbook} (${tools.origin})`);
    const runDir = (0,run_dir/* createRunDir */.dK)(deps.env);
    workflow/* saveState */.LZ(run_dir/* STATE_RUN_DIR */.mI, runDir);
    let files;
    try {
        files = writeRunFiles(runDir, inputs, prepared);
        const env = ansibleEnv(inputs, files, deps.env);
        if (inputs.insecureSkipHostKeyCheck) {
            workflow/* warning */.$e('Host keys are not checked (insecure-skip-host-key-check): anyone between the runner and the hosts ' +
                'can pose as them. Give known-hosts instead.');
        }
        if (inputs.requirements)
            await installRequirements(tools, inputs, env, secrets, deps);
        const recap = await runPlaybook(tools, inputs, files, env, secrets, deps);
        report(recap, inputs, secrets);
    }
    finally {
        if (files)
            await (0,ssh_connections/* closeConnections */.Q)(files.controlPathDir, deps.exec);
        (0,run_dir/* removeRunDir */.Lr)(runDir);
    }
}
function prepare(inputs) {
    const extraVars = inputs.extraVars === undefined ? undefined : parseExtraVars(inputs.extraVars);
    if (inputs.inventory.kind !== 'hosts') {
        return { extraVars, inventoryText: inputs.inventory.kind === 'inline' ? inputs.inventory.text : undefined };
    }
    const list = parseHosts(inputs.inventory.text);
    const port = inputs.port ?? 22;
    const hosts = allHosts(list);
    workflow/* info */.pq(`Inventory: group ${inputs.group} with ${hosts.map((h) => (h.address ? `${h.name} (${h.address})` : h.name)).join(', ')}`);
    if (inputs.knownHosts) {
        const missing = (0,known_hosts/* hostsWithoutKey */.T)(inputs.knownHosts, hosts.map((h) => ({ host: h.address ?? h.name, port })));
        if (missing.length > 0) {
            workflow/* warning */.$e(`known-hosts has no key for ${missing.join(', ')}, so SSH will refuse to connect there. ` +
                (port === 22 ? '' : `With port ${port}, entries must be written [host]:${port}. `) +
                `Get them with 'ssh-keyscan -p ${port} <host>'.`);
        }
    }
    return {
        extraVars,
        inventoryText: renderInventory(list, inputs.group, {
            username: inputs.username,
            port: inputs.port,
            pythonInterpreter: inputs.pythonInterpreter,
        }),
    };
}
function secretsOf(inputs) {
    const keyLines = (inputs.privateKey ?? '')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l.length >= 8 && !l.startsWith('-----'));
    return [inputs.privateKey?.trim() ?? '', inputs.vaultPassword ?? '', ...keyLines].filter(Boolean);
}
function writeRunFiles(runDir, inputs, prepared) {
    const callbackDir = (0,run_dir/* makePrivateDir */.hI)(runDir, 'callback_plugins');
    (0,run_dir/* writePrivateFile */.Pl)(callbackDir, `${CALLBACK_NAME}.py`, CALLBACK_SOURCE);
    const optional = (name, content) => content === undefined ? undefined : (0,run_dir/* writePrivateFile */.Pl)(runDir, name, content);
    const controlPathDir = (0,external_node_path_.join)(runDir, 'cp');
    (0,external_node_fs_.mkdirSync)(controlPathDir, { mode: 0o700 });
    return {
        // No extension: Ansible tries its YAML plugin, then INI, so inline text may be either.
        inventory: inputs.inventory.kind === 'file'
            ? inputs.inventory.path
            : (0,run_dir/* writePrivateFile */.Pl)(runDir, 'inventory', prepared.inventoryText),
        privateKey: optional('private_key', inputs.privateKey),
        vaultPassword: optional('vault_password', inputs.vaultPassword),
        extraVars: optional('extra_vars.json', prepared.extraVars && JSON.stringify(prepared.extraVars)),
        knownHosts: optional('known_hosts', inputs.knownHosts),
        callbackDir,
        eventsFile: (0,run_dir/* writePrivateFile */.Pl)(runDir, 'events.jsonl', ''),
        controlPathDir,
    };
}
async function installRequirements(tools, inputs, env, secrets, deps) {
    await workflow/* group */.Os('Install roles and collections', () => deps.exec(tools.galaxy, galaxyArgs(inputs.requirements, inputs.verbosity), {
        cwd: inputs.workingDirectory,
        env,
        secrets,
    }));
}
async function runPlaybook(tools, inputs, files, env, secrets, deps) {
    const names = inputs.playbooks.map((p) => (0,external_node_path_.relative)(inputs.workingDirectory, p)).join(', ');
    const result = await workflow/* group */.Os(`Run ${names}${inputs.check ? ' (check mode)' : ''}`, () => deps.exec(tools.playbook, playbookArgs(inputs, files), {
        cwd: inputs.workingDirectory,
        env,
        secrets,
        allowFailure: true,
    }));
    const recap = parseEvents(await (0,promises_.readFile)(files.eventsFile, 'utf8'));
    // Exit codes 2 (a host failed) and 4 (a host unreachable) come with a recap that says which.
    // Anything else without a recap (a syntax error, a missing role or vault secret) stopped Ansible early.
    if (!recap.complete && result.exitCode !== 0) {
        const tail = result.stderr.trim().split('\n').slice(-15).join('\n') ||
            result.stdout.trim().split('\n').slice(-15).join('\n');
        throw new errors/* ActionError */.lZ(`ansible-playbook stopped before any play finished (exit code ${result.exitCode}):\n${(0,exec/* redact */.E$)(tail, secrets)}`);
    }
    if (result.exitCode !== 0 && failure(recap) === undefined) {
        throw new errors/* ActionError */.lZ(`ansible-playbook failed with exit code ${result.exitCode} although every host came through:\n` +
            (0,exec/* redact */.E$)(result.stderr.trim().split('\n').slice(-15).join('\n'), secrets));
    }
    return recap;
}
function report(recap, inputs, secrets) {
    const clean = (text) => (0,exec/* redact */.E$)(text, secrets);
    for (const list of [recap.failures, recap.unreachable])
        for (const e of list)
            e.msg = clean(e.msg);
    for (const [name, value] of Object.entries(toOutputs(recap)))
        workflow/* setOutput */.uH(name, value);
    for (const a of annotations(recap)) {
        if (a.level === 'error')
            workflow/* error */.z3(a.message, { title: a.title });
        else
            workflow/* warning */.$e(a.message, { title: a.title });
    }
    if (recap.noHostsMatched && Object.keys(recap.hosts).length === 0) {
        workflow/* warning */.$e(`No host matched the plays${inputs.limit ? ` and limit '${inputs.limit}'` : ''}: nothing ran. Check the ` +
            "plays' hosts: patterns against the inventory groups.");
    }
    write(...summary(recap, {
        playbooks: inputs.playbooks.map((p) => (0,external_node_path_.relative)(inputs.workingDirectory, p)),
        check: inputs.check,
        diff: inputs.diff,
        limit: inputs.limit,
    }));
    const error = failure(recap);
    if (error)
        throw error;
}


/***/ }),

/***/ 8040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lr: () => (/* binding */ removeRunDir),
/* harmony export */   Pl: () => (/* binding */ writePrivateFile),
/* harmony export */   dK: () => (/* binding */ createRunDir),
/* harmony export */   hI: () => (/* binding */ makePrivateDir),
/* harmony export */   mI: () => (/* binding */ STATE_RUN_DIR)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The per-run directory under RUNNER_TEMP that holds everything secret or run-specific: the private key,
 * the vault password, known_hosts, the inventory and extra-vars files, the callback plugin, its events
 * file and the SSH connection sockets. Never the workspace, which later steps (and caches and artifacts)
 * can read. The directory is 0700 and every file 0600; the main step removes it when it ends, and the
 * post step removes whatever a killed main step left behind.
 */



const STATE_RUN_DIR = 'runDir';
const PREFIX = 'ansible-configure-';
function createRunDir(env = process.env) {
    const parent = env['RUNNER_TEMP'] || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(parent, { recursive: true });
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(parent, PREFIX));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(dir, 0o700);
    return dir;
}
/** Writes a new file readable by its owner only; fails rather than overwrite one. */
function writePrivateFile(dir, name, content) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, content, { mode: 0o600, flag: 'wx' });
    // The mode given to writeFileSync is filtered by the umask; set it outright.
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(path, 0o600);
    return path;
}
function makePrivateDir(dir, name) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(path, { mode: 0o700 });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(path, 0o700);
    return path;
}
/**
 * Removes a run directory. Only directories this action made are touched: a state value pointing
 * anywhere else (it is written by the main step, but still) is refused.
 */
function removeRunDir(dir) {
    if (!dir.split(/[\\/]/).pop()?.startsWith(PREFIX)) {
        throw new Error(`Refusing to delete '${dir}': not a directory this action created.`);
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
        return false;
    // After a cancelled run, an orphaned ansible-playbook may still be writing here while it winds down:
    // retried removal (ENOTEMPTY, EBUSY) outlasts it.
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    return true;
}


/***/ }),

/***/ 749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ closeConnections)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Closing the SSH ControlMaster connections a run opened. Ansible leaves them open for ControlPersist
 * (60 s by default) after it exits; the run is over, and an open master would keep a session on each
 * host and a process on the runner after the step ended.
 */


async function closeConnections(controlPathDir, exec) {
    let sockets;
    try {
        sockets = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(controlPathDir);
    }
    catch {
        return;
    }
    await Promise.all(sockets.map((name) => exec('ssh', ['-O', 'exit', '-o', `ControlPath=${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(controlPathDir, name)}`, 'ansible-configure'], {
        quiet: true,
        allowFailure: true,
    }).catch(() => undefined)));
}


/***/ }),

/***/ 9624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   d1: () => (/* binding */ runCommand)
/* harmony export */ });
/* unused harmony export CommandError */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3678);
/* harmony import */ var _workflow__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2284);
/**
 * The process runner every action uses for CLIs (git, docker, terraform, ansible-playbook). Around
 * `@actions/exec`, with three differences that matter here: the command line is logged with every secret
 * replaced by `***` (`@actions/exec` echoes argv verbatim), output lines are redacted before they are
 * streamed, and a failed command throws one `CommandError` carrying the tail of its stderr.
 */


class CommandError extends _errors__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ {
    commandLine;
    exitCode;
    stderr;
    name = 'CommandError';
    constructor(commandLine, exitCode, stderr) {
        const tail = lastLines(stderr, 20);
        super(`'${commandLine}' failed with exit code ${exitCode}${tail ? `:\n${tail}` : '.'}`);
        this.commandLine = commandLine;
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
function redact(text, secrets = []) {
    let out = text;
    for (const secret of secrets)
        if (secret)
            out = out.split(secret).join('***');
    return out;
}
const runCommand = async (command, args, options = {}) => {
    const { getExecOutput } = await __webpack_require__.e(/* import() */ 844).then(__webpack_require__.bind(__webpack_require__, 2844));
    const secrets = options.secrets ?? [];
    const commandLine = redact([command, ...args].map(quoteForLog).join(' '), secrets);
    if (options.quiet)
        _workflow__WEBPACK_IMPORTED_MODULE_1__/* .debug */ .Yz(`$ ${commandLine}`);
    else
        _workflow__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`$ ${commandLine}`);
    const stream = (line) => {
        if (!options.quiet)
            _workflow__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(redact(line, secrets));
    };
    const result = await getExecOutput(command, [...args], {
        cwd: options.cwd,
        env: options.env ? { ...process.env, ...options.env } : undefined,
        input: options.input === undefined ? undefined : Buffer.from(options.input),
        silent: true,
        ignoreReturnCode: true,
        listeners: { stdline: stream, errline: stream },
    });
    const out = {
        exitCode: result.exitCode,
        stdout: result.stdout,
        stderr: redact(result.stderr, secrets),
    };
    if (out.exitCode !== 0 && !options.allowFailure)
        throw new CommandError(commandLine, out.exitCode, out.stderr);
    return out;
};
function quoteForLog(arg) {
    return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
function lastLines(text, n) {
    return text.trimEnd().split(/\r?\n/).slice(-n).join('\n');
}


/***/ })

};
;