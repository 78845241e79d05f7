/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 8984:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  F: () => (/* binding */ checkKnownHosts),
  T: () => (/* binding */ hostsWithoutKey)
});

// EXTERNAL MODULE: ../../packages/kit/src/errors.ts
var errors = __nccwpck_require__(3678);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ../../packages/ssh/src/known-hosts.ts
/**
 * Host-key pins as users already have them: OpenSSH `known_hosts` lines (plain, `[host]:port`, hashed
 * `|1|salt|hash`, wildcard and negated patterns, `@revoked`), bare public-key lines, and `SHA256:`
 * fingerprints as `ssh-keygen -lf` prints them. Pure parsing, no SSH library: the same rules serve every
 * tool that needs them.
 *
 * Written here because no maintained npm package parses known_hosts with hashed entries and OpenSSH's
 * pattern rules; the format is small and documented in sshd(8), "SSH_KNOWN_HOSTS FILE FORMAT".
 */

class HostKeyFormatError extends Error {
    name = 'HostKeyFormatError';
}
const KEY_TYPES = [
    'ssh-ed25519',
    'ssh-rsa',
    'ecdsa-sha2-nistp256',
    'ecdsa-sha2-nistp384',
    'ecdsa-sha2-nistp521',
    'ssh-dss',
    'sk-ssh-ed25519@openssh.com',
    'sk-ecdsa-sha2-nistp256@openssh.com',
];
/** The names `ssh-keygen -l` prints in parentheses, for each key type. */
const DISPLAY_TYPES = {
    'ssh-ed25519': 'ED25519',
    'ssh-rsa': 'RSA',
    'ecdsa-sha2-nistp256': 'ECDSA',
    'ecdsa-sha2-nistp384': 'ECDSA',
    'ecdsa-sha2-nistp521': 'ECDSA',
    'ssh-dss': 'DSA',
    'sk-ssh-ed25519@openssh.com': 'ED25519-SK',
    'sk-ecdsa-sha2-nistp256@openssh.com': 'ECDSA-SK',
};
function displayKeyType(keyType) {
    return DISPLAY_TYPES[keyType] ?? keyType;
}
/** `SHA256:<unpadded base64 of sha256(key blob)>`, the form `ssh-keygen -lf` prints. */
function fingerprintOf(key) {
    return `SHA256:${createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}
/** The key type a public-key blob names in its first field (RFC 4253, section 6.6). */
function keyTypeOf(key) {
    if (key.length < 4)
        return 'unknown';
    const length = key.readUInt32BE(0);
    if (length > 64 || key.length < 4 + length)
        return 'unknown';
    return key.subarray(4, 4 + length).toString('latin1');
}
/** The name a host is listed under in known_hosts: `host` on port 22, `[host]:port` otherwise. */
function knownHostsName(host, port) {
    return port === 22 ? host : `[${host}]:${port}`;
}
/**
 * `bareKeys: false` refuses bare public-key lines: right for a file handed to OpenSSH itself, which would
 * ignore them, but not for pins checked here, where a bare key pins every host.
 */
function parseKnownHosts(text, options = {}) {
    const keys = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const entry = parseLine(line, index + 1, options.bareKeys ?? true);
        if (entry)
            keys.push(entry);
    });
    return keys;
}
function parseLine(line, lineNo, bareKeys) {
    const fields = line.split(/\s+/);
    let revoked = false;
    if (fields[0]?.startsWith('@')) {
        const marker = fields.shift();
        // Host certificates need a CA check the client does not do; such lines are left out, never trusted.
        if (marker === '@cert-authority')
            return undefined;
        if (marker !== '@revoked') {
            throw new HostKeyFormatError(`line ${lineNo}: unknown marker '${marker}' (known: @revoked, @cert-authority).`);
        }
        revoked = true;
    }
    // A bare `type base64 [comment]` line, as in /etc/ssh/ssh_host_ed25519_key.pub.
    const bare = KEY_TYPES.includes(fields[0] ?? '');
    if (bare && !bareKeys) {
        throw new HostKeyFormatError(`line ${lineNo} has a key but no host: write 'host key-type base64-key' (e.g. the output of ssh-keyscan).`);
    }
    const hosts = bare ? undefined : fields.shift();
    const [keyType, data] = fields;
    if (!keyType || !data || !KEY_TYPES.includes(keyType)) {
        throw new HostKeyFormatError(`line ${lineNo} is not a known_hosts line ('host key-type base64-key', e.g. the output of ssh-keyscan).`);
    }
    const key = Buffer.from(data, 'base64');
    if (key.length === 0 || keyTypeOf(key) !== keyType) {
        throw new HostKeyFormatError(`line ${lineNo}: the key data does not hold a ${keyType} key.`);
    }
    const entry = { patterns: [], keyType, key, revoked, line: lineNo };
    if (hosts?.startsWith('|1|')) {
        const [, , salt, hash] = hosts.split('|');
        if (!salt || !hash)
            throw new HostKeyFormatError(`line ${lineNo}: malformed hashed host name.`);
        entry.hashed = { salt: Buffer.from(salt, 'base64'), hash: Buffer.from(hash, 'base64') };
    }
    else if (hosts !== undefined) {
        entry.patterns = hosts.split(',').filter(Boolean);
    }
    return entry;
}
/** Whether a known_hosts entry applies to `host` on `port`, by OpenSSH's rules. */
function entryMatches(entry, host, port) {
    const name = knownHostsName(host, port);
    if (entry.hashed) {
        const digest = (0,external_node_crypto_.createHmac)('sha1', entry.hashed.salt).update(name).digest();
        return digest.equals(entry.hashed.hash);
    }
    if (entry.patterns.length === 0)
        return true;
    let matched = false;
    for (const pattern of entry.patterns) {
        const negated = pattern.startsWith('!');
        if (wildcardMatch(negated ? pattern.slice(1) : pattern, name)) {
            if (negated)
                return false;
            matched = true;
        }
    }
    return matched;
}
/** `*` and `?` wildcards, case-insensitive as host names are. */
function wildcardMatch(pattern, name) {
    const source = pattern
        .toLowerCase()
        .split('')
        .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
        .join('');
    return new RegExp(`^${source}$`).test(name.toLowerCase());
}
/**
 * One fingerprint as users paste it: `SHA256:abc...`, the whole `ssh-keygen -lf` line
 * (`256 SHA256:abc... comment (ED25519)`), or the base64 part alone; trailing `=` padding is accepted.
 */
function parseFingerprint(text) {
    const input = text.trim();
    const typeMatch = /\(([A-Z0-9-]+)\)\s*$/.exec(input);
    const token = input.split(/\s+/).find((t) => /^SHA256:/i.test(t)) ?? input.split(/\s+/)[0] ?? '';
    if (/^MD5:/i.test(token) || /^([0-9a-f]{2}:){15}[0-9a-f]{2}$/i.test(token)) {
        throw new HostKeyFormatError(`'${token}' is an MD5 fingerprint; give the SHA256 one, as 'ssh-keygen -lf <host key>.pub' prints it.`);
    }
    const base64 = token.replace(/^SHA256:/i, '').replace(/=+$/, '');
    if (!/^[A-Za-z0-9+/]{43}$/.test(base64)) {
        throw new HostKeyFormatError(`'${token.slice(0, 60)}' is not a SHA256 fingerprint. Give it as 'ssh-keygen -lf <host key>.pub' ` +
            "prints it, e.g. 'SHA256:' followed by 43 characters of base64 (on the server: " +
            'ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub; from outside: ssh-keyscan host | ssh-keygen -lf -).');
    }
    const fingerprint = { value: `SHA256:${base64}` };
    if (typeMatch)
        fingerprint.keyType = typeMatch[1];
    return fingerprint;
}

;// CONCATENATED MODULE: ./src/known-hosts.ts
/**
 * The known-hosts input, checked with the same parser ssh-deploy verifies host keys with, so a pasted
 * fragment fails here with its line number instead of as a vague "Host key verification failed" on every
 * host; and the hosts of the inventory it has no key for.
 */


/** Returns the text ready to write for OpenSSH (LF line ends, final newline); throws naming the first bad line. */
function checkKnownHosts(text) {
    let entries;
    try {
        entries = parseKnownHosts(text, { bareKeys: false }).length;
    }
    catch (err) {
        if (err instanceof HostKeyFormatError)
            throw new errors/* InputError */.dz('known-hosts', err.message);
        throw err;
    }
    if (entries === 0 && !/^\s*@cert-authority\s/m.test(text)) {
        throw new errors/* InputError */.dz('known-hosts', 'has no host keys, only blank or comment lines.');
    }
    return `${text
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((l) => l.trim())
        .join('\n')
        .trim()}\n`;
}
/** The hosts (as OpenSSH names them: `[host]:port` for any port but 22) that no usable entry covers. */
function hostsWithoutKey(knownHosts, hosts) {
    const entries = parseKnownHosts(knownHosts, { bareKeys: false }).filter((e) => !e.revoked);
    return hosts
        .filter(({ host, port }) => !entries.some((e) => entryMatches(e, host, port)))
        .map(({ host, port }) => knownHostsName(host, port));
}


/***/ }),

/***/ 3678:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   lZ: () => (/* binding */ ActionError)
/* harmony export */ });
/**
 * Errors an action throws on purpose. Their message is shown to the user as is, as one `::error::` line,
 * so it says what was wrong and how to fix it, and never contains a secret.
 */
class ActionError extends Error {
    name = 'ActionError';
    /** Extra annotation fields, e.g. the file and line a configuration error points at. */
    file;
    line;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.file = options.file;
        this.line = options.line;
    }
}
/** An input that is missing, malformed or contradicts another; raised before anything is changed. */
class InputError extends ActionError {
    input;
    name = 'InputError';
    constructor(input, problem) {
        super(`Input '${input}': ${problem}`);
        this.input = input;
    }
}
function errorMessage(err) {
    if (err instanceof Error)
        return err.message;
    return String(err);
}


/***/ }),

/***/ 2228:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AA: () => (/* binding */ getString),
/* harmony export */   XU: () => (/* binding */ getInteger),
/* harmony export */   pW: () => (/* binding */ getBoolean),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   vS: () => (/* binding */ getList),
/* harmony export */   xX: () => (/* binding */ getOptional)
/* harmony export */ });
/* unused harmony exports getEnum, getKeyValues, getDuration, parseDuration */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3678);
/* harmony import */ var _workflow__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2284);
/**
 * Typed readers for action inputs. Each reads one input once, validates it and throws an `InputError`
 * naming the input, what was wrong and what is accepted. An input the runner passes as empty takes the
 * documented default, so defaults in `action.yml` and in code must agree (each action tests that).
 */


function getString(name, opts = {}) {
    const value = (0,_workflow__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)(name, opts.env);
    if (value)
        return value;
    if (opts.required)
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, 'is required and was not given.');
    return opts.default ?? '';
}
/** Like `getString`, but `undefined` when the input is empty. */
function getOptional(name, opts = {}) {
    return (0,_workflow__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)(name, opts.env) || undefined;
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
function getBoolean(name, opts) {
    const value = (0,_workflow__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)(name, opts.env);
    if (!value)
        return opts.default;
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `'${value}' is not a boolean. Use true or false.`);
}
function getEnum(name, allowed, opts) {
    const value = readInput(name, opts.env);
    if (!value)
        return opts.default;
    const match = allowed.find((a) => a === value.toLowerCase());
    if (match)
        return match;
    throw new InputError(name, `'${value}' is not one of ${allowed.map((a) => `'${a}'`).join(', ')}.`);
}
function getInteger(name, opts) {
    const value = (0,_workflow__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)(name, opts.env);
    if (!value)
        return opts.default;
    const min = opts.min ?? Number.MIN_SAFE_INTEGER;
    const max = opts.max ?? Number.MAX_SAFE_INTEGER;
    const n = /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `'${value}' is not a whole number from ${min} to ${max}.`);
    }
    return n;
}
/**
 * A list given one item a line or comma-separated (`a, b` or a YAML block). Blank items and lines
 * starting with `#` are dropped.
 */
function getList(name, opts = {}) {
    return splitList((0,_workflow__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)(name, opts.env), opts.comma ?? true);
}
function splitList(text, comma = true) {
    return text
        .split(/\r?\n/)
        .filter((line) => !line.trimStart().startsWith('#'))
        .flatMap((line) => (comma ? line.split(',') : [line]))
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/** `KEY=VALUE` lines into an ordered map; the value may contain `=`; the key must be a name. */
function getKeyValues(name, opts = {}) {
    const out = new Map();
    splitList(readInput(name, opts.env), false).forEach((line, index) => {
        const eq = line.indexOf('=');
        const key = eq > 0 ? line.slice(0, eq).trim() : '';
        if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(key)) {
            // The line is not quoted back: its value may be a secret.
            throw new InputError(name, `each line must be KEY=VALUE with KEY a name (letters, digits, '_', '.', '-'); non-empty line ${index + 1} is not.`);
        }
        out.set(key, line.slice(eq + 1));
    });
    return out;
}
const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/**
 * A duration such as `90`, `90s`, `5m`, `1h30m` or `500ms`, in milliseconds. A bare number is seconds,
 * the unit every CLI these actions drive uses.
 */
function getDuration(name, opts) {
    const value = readInput(name, opts.env) || opts.default;
    const ms = parseDuration(value);
    if (ms === undefined) {
        throw new InputError(name, `'${value}' is not a duration. Use e.g. 30s, 5m or 1h30m (a bare number is seconds).`);
    }
    return ms;
}
function parseDuration(text) {
    const value = text.trim();
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    const parts = [...value.matchAll(/(\d+)(ms|s|m|h)/g)];
    if (parts.length === 0 || parts.map((p) => p[0]).join('') !== value)
        return undefined;
    return parts.reduce((sum, [, n, unit]) => sum + Number(n) * UNITS[unit], 0);
}


/***/ }),

/***/ 2284:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   Gu: () => (/* binding */ getState),
/* harmony export */   LZ: () => (/* binding */ saveState),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   R5: () => (/* binding */ readInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony exports isDebug, notice, startGroup, endGroup */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The runner's command protocol: inputs from `INPUT_*`, outputs and state through the `GITHUB_OUTPUT` /
 * `GITHUB_STATE` files, masks, groups and annotations on stdout, the job summary file.
 *
 * Written here rather than imported from `@actions/core` because that package loads all of undici (for
 * OIDC tokens no action here asks the runner for) when it is imported: ~50 ms before the first input is
 * read, more than the whole start-up budget of an action (see bench/). The protocol itself is small and
 * documented ("Workflow commands for GitHub Actions"); `__tests__/workflow.test.ts` checks that this file
 * encodes every command exactly as `@actions/core` does.
 */



/** The raw value of an input as the runner passes it (`''` when unset), surrounding whitespace trimmed. */
function readInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** The value of a state saved by the main step, read in the post step. */
function getState(name, env = process.env) {
    return env[`STATE_${name}`] ?? '';
}
function setOutput(name, value) {
    fileCommand('OUTPUT', 'set-output', name, value);
}
function saveState(name, value) {
    fileCommand('STATE', 'save-state', name, value);
}
/** Tells the runner to replace `secret` by `***` in every later log line. */
function setSecret(secret) {
    if (secret)
        issue('add-mask', {}, secret);
}
function info(message) {
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
}
function isDebug(env = process.env) {
    return env['RUNNER_DEBUG'] === '1';
}
function debug(message) {
    issue('debug', {}, message);
}
function notice(message, properties = {}) {
    issue('notice', annotation(properties), message);
}
function warning(message, properties = {}) {
    issue('warning', annotation(properties), message);
}
function error(message, properties = {}) {
    issue('error', annotation(properties), message);
}
function startGroup(name) {
    issue('group', {}, name);
}
function endGroup() {
    issue('endgroup', {}, '');
}
/** Runs `fn` inside a collapsible log group that is closed whatever `fn` does. */
async function group(name, fn) {
    startGroup(name);
    try {
        return await fn();
    }
    finally {
        endGroup();
    }
}
/** Appends markdown to the job summary; a no-op outside a runner (no `GITHUB_STEP_SUMMARY`). */
function appendSummary(markdown, env = process.env) {
    const path = env['GITHUB_STEP_SUMMARY'];
    if (path)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(path, markdown.endsWith(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL) ? markdown : markdown + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL, 'utf8');
}
function annotation(p) {
    return {
        title: p.title,
        file: p.file,
        line: p.startLine,
        endLine: p.endLine,
        col: p.startColumn,
        endColumn: p.endColumn,
    };
}
function issue(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
function fileCommand(file, legacyCommand, name, value) {
    const path = process.env[`GITHUB_${file}`];
    const text = toCommandValue(value);
    if (!path) {
        // The runner's legacy stdout form; @actions/core starts set-output on a fresh line the same way.
        if (file === 'OUTPUT')
            process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
        issue(legacyCommand, { name }, text);
        return;
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path))
        throw new Error(`The runner's GITHUB_${file} file is missing: ${path}`);
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (name.includes(delimiter) || text.includes(delimiter)) {
        throw new Error(`Unexpected input: the name or value of '${name}' contains the delimiter ${delimiter}`);
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(path, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${text}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, 'utf8');
}
function toCommandValue(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    return JSON.stringify(value);
}
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = require("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = require("child_process");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = require("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = require("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = require("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = require("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = require("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = require("timers");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ../../packages/kit/src/errors.ts
var errors = __nccwpck_require__(3678);
// EXTERNAL MODULE: ../../packages/kit/src/workflow.ts
var workflow = __nccwpck_require__(2284);
;// CONCATENATED MODULE: ../../packages/kit/src/run.ts
/**
 * The one place an action fails. `index.ts` of every action calls `run()` and nothing else.
 *
 * Inputs are parsed first, with nothing but this kit loaded, so a bad input is reported within a few
 * milliseconds of start-up; the action's `main` (and the clients it imports) is loaded only after that.
 */


const POST_STATE = 'isPost';
async function run(spec, env = process.env) {
    const isPost = workflow/* getState */.Gu(POST_STATE, env) === 'true';
    try {
        if (isPost) {
            if (spec.post)
                await (await spec.post()).post();
            return;
        }
        const inputs = spec.inputs();
        if (spec.post)
            workflow/* saveState */.LZ(POST_STATE, 'true');
        await (await spec.main()).main(inputs);
    }
    catch (err) {
        fail(err, isPost);
    }
}
function fail(err, isPost) {
    if (isPost) {
        // Clean-up is best effort: a post step warns but never turns a green job red.
        workflow/* warning */.$e(`Clean-up did not finish: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return;
    }
    if (err instanceof errors/* ActionError */.lZ) {
        workflow/* error */.z3(err.message, { file: err.file, startLine: err.line });
    }
    else {
        workflow/* error */.z3(`Unexpected failure: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    if (err instanceof Error && err.stack)
        workflow/* debug */.Yz(err.stack);
    process.exitCode = 1;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ../../packages/kit/src/inputs.ts
var src_inputs = __nccwpck_require__(2228);
// EXTERNAL MODULE: ./src/known-hosts.ts + 1 modules
var known_hosts = __nccwpck_require__(8984);
;// CONCATENATED MODULE: ./src/options.ts
/**
 * The `options` input: more ansible-playbook options, one a line. No shell ever sees them, so a line is
 * split once, at the first space after the option name: `--start-at-task Install nginx` is two arguments,
 * `--forks=10` one.
 */


/** Options the action sets itself from its own inputs; given here too, they would fight over one setting. */
const MANAGED = {
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
};
function parseOptions(text) {
    return (0,src_inputs/* splitList */.ry)(text, false).flatMap((line) => {
        if (!line.startsWith('-')) {
            throw new errors/* InputError */.dz('options', `'${line.slice(0, 60)}' is not an option. Give one option a line, starting with -, e.g. --forks 10.`);
        }
        const space = line.search(/\s/);
        const name = space === -1 ? line : line.slice(0, space);
        const flag = name.split('=')[0];
        const instead = MANAGED[flag];
        if (instead)
            throw new errors/* InputError */.dz('options', `'${flag}' is set by the action; use the input ${instead}.`);
        return space === -1 ? [line] : [name, line.slice(space + 1).trim()];
    });
}

;// CONCATENATED MODULE: ./src/inputs.ts







const DEFAULT_GROUP = 'targets';
function getInputs(env = process.env) {
    // Secrets are masked before any check that could fail and print something.
    const privateKey = readSecret('private-key', env);
    const vaultPassword = readSecret('vault-password', env);
    if (privateKey)
        for (const line of privateKey.split(/\r?\n/))
            if (isKeyBody(line))
                (0,workflow/* setSecret */.Pq)(line.trim());
    const workingDirectory = getWorkingDirectory(env);
    const playbooks = getPlaybooks(workingDirectory, env);
    const inventory = getInventory(workingDirectory, env);
    const insecureSkipHostKeyCheck = (0,src_inputs/* getBoolean */.pW)('insecure-skip-host-key-check', { default: false, env });
    const knownHostsText = (0,src_inputs/* getOptional */.xX)('known-hosts', { env });
    if (!knownHostsText && !insecureSkipHostKeyCheck) {
        throw new errors/* InputError */.dz('known-hosts', "is required: host-key checking stays on. Give the hosts' public keys in known_hosts format " +
            "(e.g. the output of 'ssh-keyscan -p 22 203.0.113.10'), or set insecure-skip-host-key-check: true " +
            'to connect without verifying them.');
    }
    if (knownHostsText && insecureSkipHostKeyCheck) {
        (0,workflow/* warning */.$e)('known-hosts is given, so insecure-skip-host-key-check is ignored and host keys are checked.');
    }
    const inputs = {
        playbooks,
        workingDirectory,
        inventory,
        group: (0,src_inputs/* getString */.AA)('group', { default: DEFAULT_GROUP, env }),
        username: (0,src_inputs/* getOptional */.xX)('username', { env }),
        port: (0,workflow/* readInput */.R5)('port', env) ? (0,src_inputs/* getInteger */.XU)('port', { default: 22, min: 1, max: 65535, env }) : undefined,
        pythonInterpreter: (0,src_inputs/* getOptional */.xX)('python-interpreter', { env }),
        privateKey: privateKey === undefined ? undefined : normaliseKey(privateKey),
        knownHosts: knownHostsText === undefined ? undefined : (0,known_hosts/* checkKnownHosts */.F)(knownHostsText),
        insecureSkipHostKeyCheck: insecureSkipHostKeyCheck && !knownHostsText,
        sshCommonArgs: (0,src_inputs/* getOptional */.xX)('ssh-common-args', { env }),
        extraVars: (0,src_inputs/* getOptional */.xX)('extra-vars', { env }),
        vaultPassword,
        requirements: getExistingFile('requirements', workingDirectory, env),
        check: (0,src_inputs/* getBoolean */.pW)('check', { default: false, env }),
        diff: (0,src_inputs/* getBoolean */.pW)('diff', { default: false, env }),
        limit: (0,src_inputs/* getOptional */.xX)('limit', { env }),
        tags: (0,src_inputs/* getList */.vS)('tags', { env }),
        skipTags: (0,src_inputs/* getList */.vS)('skip-tags', { env }),
        verbosity: (0,src_inputs/* getInteger */.XU)('verbosity', { default: 0, min: 0, max: 4, env }),
        options: parseOptions((0,workflow/* readInput */.R5)('options', env)),
        ansibleVersion: getAnsibleVersion(env),
        install: (0,src_inputs/* getBoolean */.pW)('install', { default: true, env }),
    };
    validate(inputs);
    return inputs;
}
function readSecret(name, env) {
    const value = (0,src_inputs/* getOptional */.xX)(name, { env });
    if (value)
        (0,workflow/* setSecret */.Pq)(value);
    return value;
}
/** Lines of a PEM/OpenSSH key body; the BEGIN/END markers are not secret and stay readable in the log. */
function isKeyBody(line) {
    const trimmed = line.trim();
    return trimmed.length >= 8 && !trimmed.startsWith('-----');
}
/** OpenSSH refuses a key file whose last line has no newline, and keys pasted on Windows carry CRs. */
function normaliseKey(key) {
    return `${key.replace(/\r\n?/g, '\n').trim()}\n`;
}
function getWorkingDirectory(env) {
    const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
    const given = (0,src_inputs/* getString */.AA)('working-directory', { default: '.', env });
    const dir = (0,external_node_path_.resolve)(workspace, given);
    if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory()) {
        throw new errors/* InputError */.dz('working-directory', `'${given}' is not a directory (looked for ${dir}). Give a path relative to the workspace.`);
    }
    return dir;
}
function getPlaybooks(workingDirectory, env) {
    const given = (0,src_inputs/* getList */.vS)('playbook', { env, comma: false });
    if (given.length === 0) {
        throw new errors/* InputError */.dz('playbook', 'is required: the playbook to run, e.g. playbook: deploy/site.yml.');
    }
    return given.map((p) => {
        const path = (0,external_node_path_.resolve)(workingDirectory, p);
        if (!isFile(path)) {
            throw new errors/* InputError */.dz('playbook', `'${p}' was not found (looked for ${path}). Paths are relative to working-directory; check the ` +
                'name and that the repository is checked out (actions/checkout) before this step.');
        }
        return path;
    });
}
/**
 * `inventory` is a path when it is one line, and inventory text when it spans lines: a one-line
 * inventory text and a mistyped path look alike, and guessing would turn a typo into a host name.
 */
function getInventory(workingDirectory, env) {
    const inventory = (0,src_inputs/* getOptional */.xX)('inventory', { env });
    const hosts = (0,src_inputs/* getOptional */.xX)('hosts', { env });
    if (inventory && hosts) {
        throw new errors/* InputError */.dz('hosts', 'and inventory are both given. Use one: hosts builds the inventory for you.');
    }
    if (hosts)
        return { kind: 'hosts', text: hosts };
    if (!inventory) {
        throw new errors/* InputError */.dz('inventory', 'or hosts is required: give an inventory (a path, or its text over several lines) or hosts ' +
            '(a list, or the JSON of a Terraform output).');
    }
    if (inventory.includes('\n'))
        return { kind: 'inline', text: `${inventory}\n` };
    const path = (0,external_node_path_.resolve)(workingDirectory, inventory);
    if (!(0,external_node_fs_.existsSync)(path)) {
        throw new errors/* InputError */.dz('inventory', `'${inventory}' was not found (looked for ${path}). Give a path relative to working-directory, ` +
            'or inventory text over several lines (a YAML block: inventory: |).');
    }
    return { kind: 'file', path };
}
function getExistingFile(name, workingDirectory, env) {
    const given = (0,src_inputs/* getOptional */.xX)(name, { env });
    if (!given)
        return undefined;
    const path = (0,external_node_path_.resolve)(workingDirectory, given);
    if (!isFile(path)) {
        throw new errors/* InputError */.dz(name, `'${given}' was not found (looked for ${path}). Paths are relative to working-directory.`);
    }
    return path;
}
function getAnsibleVersion(env) {
    const value = (0,src_inputs/* getOptional */.xX)('ansible-version', { env });
    if (value === undefined)
        return undefined;
    if (!/^\d+\.\d+(\.\d+)?([a-z]+\d+)?$/.test(value)) {
        throw new errors/* InputError */.dz('ansible-version', `'${value}' is not an ansible-core version. Give one such as 2.21.5, or 2.21 for its latest patch.`);
    }
    return value;
}
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
// Ansible templates inventory values, so a value with `{{` or `{%` would be evaluated, not used as given.
const PLAIN = /^[^\s{}'"\\]+$/;
function validate(i) {
    if (i.inventory.kind === 'hosts' && !NAME.test(i.group)) {
        throw new errors/* InputError */.dz('group', `'${i.group}' is not a usable group name. Use letters, digits and '_', not starting with a digit.`);
    }
    if (i.username !== undefined && !PLAIN.test(i.username)) {
        throw new errors/* InputError */.dz('username', `'${i.username}' is not a user name (no spaces, quotes or braces).`);
    }
    if (i.pythonInterpreter !== undefined && !PLAIN.test(i.pythonInterpreter)) {
        throw new errors/* InputError */.dz('python-interpreter', `'${i.pythonInterpreter}' is not a path or interpreter name, e.g. /usr/bin/python3 or auto_silent.`);
    }
    if (i.limit?.includes('\n')) {
        throw new errors/* InputError */.dz('limit', 'is one host pattern on one line, e.g. web:&staging or 10.0.0.5.');
    }
}
function isFile(path) {
    return (0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.statSync)(path).isFile();
}

;// CONCATENATED MODULE: ./src/index.ts


void run({ inputs: () => getInputs(), main: () => Promise.all(/* import() */[__nccwpck_require__.e(293), __nccwpck_require__.e(111)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8111)), post: () => __nccwpck_require__.e(/* import() */ 421).then(__nccwpck_require__.bind(__nccwpck_require__, 6421)) });

module.exports = __webpack_exports__;
/******/ })()
;