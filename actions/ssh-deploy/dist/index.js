/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

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

/***/ 9923:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fe: () => (/* binding */ appendSummary),
  Yz: () => (/* binding */ debug),
  z3: () => (/* binding */ error),
  Gu: () => (/* binding */ getState),
  Os: () => (/* binding */ group),
  pq: () => (/* binding */ info),
  R5: () => (/* binding */ readInput),
  LZ: () => (/* binding */ saveState),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: endGroup, isDebug, notice, startGroup

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = require("node:os");
;// CONCATENATED MODULE: ../../packages/kit/src/workflow.ts
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
    process.stdout.write(message + external_node_os_namespaceObject.EOL);
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
        (0,external_node_fs_.appendFileSync)(path, markdown.endsWith(external_node_os_namespaceObject.EOL) ? markdown : markdown + external_node_os_namespaceObject.EOL, 'utf8');
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
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
function fileCommand(file, legacyCommand, name, value) {
    const path = process.env[`GITHUB_${file}`];
    const text = toCommandValue(value);
    if (!path) {
        // The runner's legacy stdout form; @actions/core starts set-output on a fresh line the same way.
        if (file === 'OUTPUT')
            process.stdout.write(external_node_os_namespaceObject.EOL);
        issue(legacyCommand, { name }, text);
        return;
    }
    if (!(0,external_node_fs_.existsSync)(path))
        throw new Error(`The runner's GITHUB_${file} file is missing: ${path}`);
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || text.includes(delimiter)) {
        throw new Error(`Unexpected input: the name or value of '${name}' contains the delimiter ${delimiter}`);
    }
    (0,external_node_fs_.appendFileSync)(path, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${text}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, 'utf8');
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

/***/ 5723:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   eS: () => (/* binding */ formatImageName),
/* harmony export */   o_: () => (/* binding */ parseImageReference),
/* harmony export */   rI: () => (/* binding */ ImageReferenceError)
/* harmony export */ });
/* unused harmony exports DOCKER_HUB, DIGEST, parseImageName, isValidTag, isDigest, isSha256Digest, formatReference, apiHost, registryScheme */
/**
 * Image references as Docker reads them (`[registry[:port]/]path[:tag][@digest]`), following the grammar of
 * the distribution project's `reference` package. Written here because no maintained npm package parses them
 * with Docker's defaults (docker.io, library/) and its lowercase rules.
 */
const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]{1,5})?$/;
class ImageReferenceError extends Error {
    name = 'ImageReferenceError';
}
/** `[registry/]repository` without tag or digest (an `image` input). */
function parseImageName(text) {
    const ref = parseImageReference(text);
    if (ref.tag !== undefined || ref.digest !== undefined) {
        throw new ImageReferenceError(`'${text}' has a ${ref.digest ? 'digest' : 'tag'}; give the image without it (e.g. ${formatImageName(ref)}) and the tags separately.`);
    }
    return { registry: ref.registry, repository: ref.repository };
}
function parseImageReference(text) {
    const input = text.trim();
    if (!input)
        throw new ImageReferenceError('The image reference is empty.');
    if (/\s/.test(input))
        throw new ImageReferenceError(`'${input}' contains whitespace.`);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
        throw new ImageReferenceError(`'${input}' is a URL; an image reference has no scheme (e.g. ghcr.io/acme/app).`);
    }
    let rest = input;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!isDigest(digest)) {
            throw new ImageReferenceError(`'${input}' has a malformed digest '${digest}' (expected sha256: and 64 hex digits).`);
        }
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.indexOf(':', lastSlash + 1);
    if (colon >= 0) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag)) {
            throw new ImageReferenceError(`'${input}' has an invalid tag '${tag}': up to 128 letters, digits, '_', '.' and '-', not starting with '.' or '-'.`);
        }
    }
    const parts = rest.split('/');
    let registry = DOCKER_HUB;
    const first = parts[0] ?? '';
    if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
        if (!HOST.test(first))
            throw new ImageReferenceError(`'${input}' has an invalid registry host '${first}'.`);
        const port = /:(\d+)$/.exec(first)?.[1];
        if (port !== undefined && Number(port) > 65535) {
            throw new ImageReferenceError(`'${input}' has an invalid port ${port}.`);
        }
        registry = first.toLowerCase();
        parts.shift();
    }
    if (DOCKER_HUB_ALIASES.has(registry))
        registry = DOCKER_HUB;
    if (registry === DOCKER_HUB && parts.length === 1)
        parts.unshift('library');
    const repository = parts.join('/');
    if (!repository)
        throw new ImageReferenceError(`'${input}' names no repository.`);
    for (const part of parts) {
        if (PATH_COMPONENT.test(part))
            continue;
        if (PATH_COMPONENT.test(part.toLowerCase())) {
            throw new ImageReferenceError(`'${input}': repository names must be lower case ('${repository.toLowerCase()}'). ` +
                "Lower-case names built from the repository's name first (compute-version's image input does).");
        }
        throw new ImageReferenceError(`'${input}' has an invalid path component '${part}': lower-case letters and digits, separated by '.', '_', '__' or '-'.`);
    }
    if (repository.length > 255)
        throw new ImageReferenceError(`'${input}': the repository name exceeds 255 characters.`);
    return { registry, repository, tag, digest };
}
function isValidTag(tag) {
    return TAG.test(tag);
}
/** A content digest (`algorithm:encoded`); a sha256 one must be 64 lower-case hex digits. */
function isDigest(text) {
    return DIGEST.test(text) && (!text.startsWith('sha256:') || SHA256_DIGEST.test(text));
}
function isSha256Digest(text) {
    return SHA256_DIGEST.test(text);
}
/** `registry/repository` as users write it (`nginx` stays `docker.io/library/nginx`, explicit on purpose). */
function formatImageName(name) {
    return `${name.registry}/${name.repository}`;
}
function formatReference(name, ref) {
    const base = formatImageName(name);
    if (ref.digest)
        return `${base}@${ref.digest}`;
    return ref.tag ? `${base}:${ref.tag}` : base;
}
/** The host the registry API answers on (Docker Hub's API is not at docker.io). */
function apiHost(registry) {
    return registry === DOCKER_HUB ? 'registry-1.docker.io' : registry;
}
/**
 * Docker talks plain HTTP only to registries on loopback (and to ones configured as insecure); everything
 * else is HTTPS. `insecure` is the explicit opt-in for a self-hosted registry without TLS.
 */
function registryScheme(registry, insecure) {
    if (insecure)
        return 'http';
    const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    if (host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host))
        return 'http';
    return 'https';
}


/***/ }),

/***/ 630:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Xt: () => (/* binding */ HostKeyFormatError),
/* harmony export */   Yn: () => (/* binding */ entryMatches),
/* harmony export */   ax: () => (/* binding */ fingerprintOf),
/* harmony export */   oD: () => (/* binding */ displayKeyType),
/* harmony export */   on: () => (/* binding */ knownHostsName),
/* harmony export */   sr: () => (/* binding */ parseFingerprint),
/* harmony export */   uJ: () => (/* binding */ parseKnownHosts),
/* harmony export */   zj: () => (/* binding */ keyTypeOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
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
    return `SHA256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
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
        const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha1', entry.hashed.salt).update(name).digest();
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


/***/ }),

/***/ 7652:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bl: () => (/* binding */ commandWords),
/* harmony export */   Uq: () => (/* binding */ isShellName),
/* harmony export */   ZL: () => (/* binding */ shellQuote)
/* harmony export */ });
/**
 * Quoting values for a POSIX shell on the remote host.
 *
 * Hand-written on purpose: single quotes are the one quoting form in which the shell interprets nothing
 * (no `$`, backquote, backslash or history expansion), so a value is safe once every `'` in it is closed,
 * escaped and reopened (`'\''`). That rule is complete for sh, bash and zsh; the npm quoting packages
 * either target Windows too, or parse as well as quote, and add nothing to this one line.
 */
function shellQuote(value) {
    if (value.includes('\0'))
        throw new Error('A NUL character cannot be passed through a shell.');
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
/** A name a shell accepts for `export NAME=...`. */
function isShellName(name) {
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
}
/**
 * Splits a command prefix such as `sudo -n docker` or `microk8s kubectl` into words, accepting only
 * characters that need no quoting, so the prefix can never carry shell syntax. `undefined` when it has
 * anything else.
 */
function commandWords(command) {
    const words = command.trim().split(/\s+/);
    if (words.length === 0 || words.some((w) => !/^[A-Za-z0-9_./:=@+,%-]+$/.test(w)))
        return undefined;
    return words;
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

/***/ 6982:
/***/ ((module) => {

module.exports = require("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = require("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = require("net");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = require("node:string_decoder");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = require("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = require("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = require("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = require("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = require("zlib");

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
/******/ 	/* webpack/runtime/publicPath */
/******/ 	(() => {
/******/ 		__nccwpck_require__.p = "";
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		__nccwpck_require__.b = require("url").pathToFileURL(__filename);
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
// EXTERNAL MODULE: ../../packages/kit/src/workflow.ts + 1 modules
var workflow = __nccwpck_require__(9923);
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

;// CONCATENATED MODULE: ../../packages/kit/src/inputs.ts
/**
 * Typed readers for action inputs. Each reads one input once, validates it and throws an `InputError`
 * naming the input, what was wrong and what is accepted. An input the runner passes as empty takes the
 * documented default, so defaults in `action.yml` and in code must agree (each action tests that).
 */


function getString(name, opts = {}) {
    const value = (0,workflow/* readInput */.R5)(name, opts.env);
    if (value)
        return value;
    if (opts.required)
        throw new errors/* InputError */.dz(name, 'is required and was not given.');
    return opts.default ?? '';
}
/** Like `getString`, but `undefined` when the input is empty. */
function getOptional(name, opts = {}) {
    return (0,workflow/* readInput */.R5)(name, opts.env) || undefined;
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
function getBoolean(name, opts) {
    const value = (0,workflow/* readInput */.R5)(name, opts.env);
    if (!value)
        return opts.default;
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw new errors/* InputError */.dz(name, `'${value}' is not a boolean. Use true or false.`);
}
function getEnum(name, allowed, opts) {
    const value = (0,workflow/* readInput */.R5)(name, opts.env);
    if (!value)
        return opts.default;
    const match = allowed.find((a) => a === value.toLowerCase());
    if (match)
        return match;
    throw new errors/* InputError */.dz(name, `'${value}' is not one of ${allowed.map((a) => `'${a}'`).join(', ')}.`);
}
function getInteger(name, opts) {
    const value = (0,workflow/* readInput */.R5)(name, opts.env);
    if (!value)
        return opts.default;
    const min = opts.min ?? Number.MIN_SAFE_INTEGER;
    const max = opts.max ?? Number.MAX_SAFE_INTEGER;
    const n = /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
        throw new errors/* InputError */.dz(name, `'${value}' is not a whole number from ${min} to ${max}.`);
    }
    return n;
}
/**
 * A list given one item a line or comma-separated (`a, b` or a YAML block). Blank items and lines
 * starting with `#` are dropped.
 */
function getList(name, opts = {}) {
    return splitList((0,workflow/* readInput */.R5)(name, opts.env), opts.comma ?? true);
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
    splitList((0,workflow/* readInput */.R5)(name, opts.env), false).forEach((line, index) => {
        const eq = line.indexOf('=');
        const key = eq > 0 ? line.slice(0, eq).trim() : '';
        if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(key)) {
            // The line is not quoted back: its value may be a secret.
            throw new errors/* InputError */.dz(name, `each line must be KEY=VALUE with KEY a name (letters, digits, '_', '.', '-'); non-empty line ${index + 1} is not.`);
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
    const value = (0,workflow/* readInput */.R5)(name, opts.env) || opts.default;
    const ms = parseDuration(value);
    if (ms === undefined) {
        throw new errors/* InputError */.dz(name, `'${value}' is not a duration. Use e.g. 30s, 5m or 1h30m (a bare number is seconds).`);
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

// EXTERNAL MODULE: ../../packages/registry/src/reference.ts
var reference = __nccwpck_require__(5723);
// EXTERNAL MODULE: ../../packages/ssh/src/known-hosts.ts
var known_hosts = __nccwpck_require__(630);
// EXTERNAL MODULE: ../../packages/ssh/src/shell-quote.ts
var shell_quote = __nccwpck_require__(7652);
;// CONCATENATED MODULE: ./src/hosts.ts
/** Host list entries: `name`, `name:port`, `[ipv6]:port` or a bare IPv6 address. */
const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?$/;
function parseHost(entry, defaultPort) {
    let host = entry.trim();
    let port = defaultPort;
    const bracketed = /^\[([0-9A-Fa-f:.]+)\](?::(\d+))?$/.exec(host);
    if (bracketed) {
        host = bracketed[1];
        if (bracketed[2])
            port = Number(bracketed[2]);
    }
    else if ((host.match(/:/g) ?? []).length === 1) {
        const [name, p] = host.split(':');
        if (!/^\d+$/.test(p ?? ''))
            return `'${entry}' has a port that is not a number.`;
        host = name;
        port = Number(p);
    }
    else if (host.includes(':') && !/^[0-9A-Fa-f:.]+$/.test(host)) {
        return `'${entry}' is not a host name, host:port or [IPv6]:port.`;
    }
    if (!host.includes(':') && !NAME.test(host)) {
        return `'${entry.slice(0, 60)}' is not a host name or IP address.`;
    }
    if (!Number.isInteger(port) || port < 1 || port > 65535)
        return `'${entry}' has a port outside 1-65535.`;
    const label = host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
    return { host, port, label };
}

;// CONCATENATED MODULE: ./src/inputs.ts







const STRATEGIES = ['script', 'docker', 'kubernetes'];
function getInputs(env = process.env) {
    // Secrets first, masked the moment they are read, so no later error or log line can show them.
    const secrets = {
        privateKey: secret('private-key', env),
        passphrase: secret('passphrase', env),
        password: secret('password', env),
        jumpPrivateKey: secret('jump-private-key', env),
        jumpPassphrase: secret('jump-passphrase', env),
    };
    const secretEnv = secretEnvInput(env);
    const port = getInteger('port', { default: 22, min: 1, max: 65535, env });
    const hosts = getList('host', { env }).map((entry) => host('host', entry, port));
    if (hosts.length === 0)
        throw new errors/* InputError */.dz('host', 'is required: one host, or a list (one a line).');
    const username = getString('username', { required: true, env });
    const knownHosts = knownHostsInput('known-hosts', env);
    const fingerprints = fingerprintInput('fingerprint', env);
    const insecureSkipHostKeyCheck = getBoolean('insecure-skip-host-key-check', { default: false, env });
    const login = {
        username,
        privateKey: secrets.privateKey,
        passphrase: secrets.passphrase,
        password: secrets.password,
        knownHosts,
        fingerprints,
    };
    if (!login.privateKey && !login.password) {
        throw new errors/* InputError */.dz('private-key', 'is required (or password, if the server accepts passwords).');
    }
    if (!insecureSkipHostKeyCheck && knownHosts.length === 0 && fingerprints.length === 0) {
        throw new errors/* InputError */.dz('known-hosts', "or fingerprint is required, so the server's identity is checked before logging in. Get them with " +
            "'ssh-keyscan -p <port> <host>' (check the result on the server: ssh-keygen -lf " +
            '/etc/ssh/ssh_host_ed25519_key.pub), or set insecure-skip-host-key-check: true to accept any key.');
    }
    const jumpHost = getOptional('jump-host', { env });
    const jumpKnownHosts = knownHostsInput('jump-known-hosts', env);
    const jumpFingerprints = fingerprintInput('jump-fingerprint', env);
    const jumpUsername = getOptional('jump-username', { env });
    const jump = jumpHost
        ? {
            host: host('jump-host', jumpHost, 22),
            username: jumpUsername ?? username,
            privateKey: secrets.jumpPrivateKey ?? secrets.privateKey,
            passphrase: secrets.jumpPrivateKey ? secrets.jumpPassphrase : secrets.passphrase,
            password: undefined,
            // A bastion is usually listed in the same known_hosts text as the hosts behind it.
            knownHosts: jumpKnownHosts.length + jumpFingerprints.length > 0 ? jumpKnownHosts : knownHosts,
            fingerprints: jumpKnownHosts.length + jumpFingerprints.length > 0 ? jumpFingerprints : fingerprints,
        }
        : undefined;
    if (jump && !jump.privateKey)
        throw new errors/* InputError */.dz('jump-private-key', 'is required to log in to the jump host.');
    if (!jump && (jumpUsername || secrets.jumpPrivateKey || jumpKnownHosts.length || jumpFingerprints.length)) {
        throw new errors/* InputError */.dz('jump-host', 'is empty, but other jump-* inputs are set. Give the jump host or remove them.');
    }
    const strategy = getEnum('strategy', STRATEGIES, { default: 'script', env });
    const envVars = getKeyValues('env', { env });
    for (const [name, value] of secretEnv)
        envVars.set(name, value);
    for (const name of envVars.keys()) {
        if (!(0,shell_quote/* isShellName */.Uq)(name)) {
            throw new errors/* InputError */.dz('env', `'${name}' is not a shell variable name (letters, digits and _, not starting with a digit).`);
        }
    }
    const common = {
        hosts,
        login,
        jump,
        insecureSkipHostKeyCheck,
        connectTimeoutMs: getDuration('connect-timeout', { default: '30s', env }),
        connectRetries: getInteger('connect-retries', { default: 3, min: 0, max: 20, env }),
        keepaliveIntervalMs: getDuration('keepalive-interval', { default: '15s', env }),
        commandTimeoutMs: getDuration('command-timeout', { default: '30m', env }),
        env: envVars,
        secrets: [...Object.values(secrets).filter((s) => s !== undefined), ...secretEnv.values()],
        maxParallel: getInteger('max-parallel', { default: 1, min: 1, max: 100, env }),
        failFast: getBoolean('fail-fast', { default: true, env }),
    };
    return { ...common, ...strategyInputs(strategy, env) };
}
function strategyInputs(strategy, env) {
    switch (strategy) {
        case 'script': {
            const script = getOptional('script', { env });
            if (!script) {
                throw new errors/* InputError */.dz('script', 'is required with strategy script (the commands to run on each host).');
            }
            return {
                strategy,
                script,
                shell: getEnum('shell', ['bash', 'sh'], { default: 'bash', env }),
                strict: getBoolean('strict', { default: true, env }),
            };
        }
        case 'docker':
            return { strategy, image: imageInput(strategy, env), docker: dockerInputs(env) };
        case 'kubernetes':
            return { strategy, image: imageInput(strategy, env), kubernetes: kubernetesInputs(env) };
    }
}
function imageInput(strategy, env) {
    const image = getOptional('image', { env });
    if (!image)
        throw new errors/* InputError */.dz('image', `is required with strategy ${strategy} (the image to deploy).`);
    try {
        (0,reference/* parseImageReference */.o_)(image);
    }
    catch (err) {
        if (err instanceof reference/* ImageReferenceError */.rI)
            throw new errors/* InputError */.dz('image', err.message);
        throw err;
    }
    return image;
}
function secret(name, env) {
    // Read untrimmed-safe: a key file's text, as pasted from a secret.
    const value = (0,workflow/* readInput */.R5)(name, env);
    if (!value)
        return undefined;
    mask(value);
    return name.endsWith('private-key') ? `${value.replace(/\r\n/g, '\n')}\n` : value;
}
/** Like `env`, but an error never quotes the line, which holds a secret. */
function secretEnvInput(env) {
    const vars = new Map();
    splitList((0,workflow/* readInput */.R5)('secret-env', env), false).forEach((line, index) => {
        const eq = line.indexOf('=');
        mask(eq > 0 ? line.slice(eq + 1) : line);
        const name = eq > 0 ? line.slice(0, eq).trim() : '';
        if (!(0,shell_quote/* isShellName */.Uq)(name)) {
            throw new errors/* InputError */.dz('secret-env', `line ${index + 1} is not NAME=VALUE with a shell variable name (letters, digits and _, not starting ` +
                'with a digit); the line is not shown because it holds a secret.');
        }
        vars.set(name, line.slice(eq + 1));
    });
    return vars;
}
function mask(value) {
    (0,workflow/* setSecret */.Pq)(value);
    for (const line of value.split(/\r?\n/))
        if (line.trim().length >= 4 && line !== value)
            (0,workflow/* setSecret */.Pq)(line.trim());
}
function host(input, entry, defaultPort) {
    const parsed = parseHost(entry, defaultPort);
    if (typeof parsed === 'string')
        throw new errors/* InputError */.dz(input, parsed);
    return parsed;
}
function knownHostsInput(name, env) {
    try {
        return (0,known_hosts/* parseKnownHosts */.uJ)((0,workflow/* readInput */.R5)(name, env));
    }
    catch (err) {
        if (err instanceof known_hosts/* HostKeyFormatError */.Xt)
            throw new errors/* InputError */.dz(name, err.message);
        throw err;
    }
}
function fingerprintInput(name, env) {
    try {
        // Comma-free: a full `ssh-keygen -lf` line may hold commas in its comment.
        return splitList((0,workflow/* readInput */.R5)(name, env), false).map(known_hosts/* parseFingerprint */.sr);
    }
    catch (err) {
        if (err instanceof known_hosts/* HostKeyFormatError */.Xt)
            throw new errors/* InputError */.dz(name, err.message);
        throw err;
    }
}
function command(name, fallback, env) {
    const value = getString(name, { default: fallback, env });
    const words = (0,shell_quote/* commandWords */.Bl)(value);
    if (!words) {
        throw new errors/* InputError */.dz(name, `'${value.slice(0, 60)}' must be a plain command with arguments (e.g. 'sudo ${fallback}'): letters, ` +
            'digits and . _ / : = @ + , % - only, no quotes or shell syntax.');
    }
    return words;
}
function dockerInputs(env) {
    const containerName = getOptional('container-name', { env });
    const dockerArgs = getString('docker-args', { env });
    const docker = {
        containerName: containerName ?? '',
        ports: getList('ports', { env }),
        containerEnv: getKeyValues('container-env', { env }),
        dockerArgs: dockerArgs ? dockerArgs.split(/\s+/) : [],
        restartPolicy: getString('restart-policy', { default: 'unless-stopped', env }),
        stopTimeoutMs: getDuration('stop-timeout', { default: '10s', env }),
        dockerCommand: command('docker-command', 'docker', env),
        healthCmd: getOptional('health-cmd', { env }),
        healthUrl: getOptional('health-url', { env }),
        healthTimeoutMs: getDuration('health-timeout', { default: '60s', env }),
        force: getBoolean('force', { default: false, env }),
    };
    validateDocker(docker);
    return docker;
}
function kubernetesInputs(env) {
    const deployment = getOptional('deployment', { env }) ?? '';
    const kubernetes = {
        kubectl: command('kubectl', 'kubectl', env),
        deployment,
        container: getOptional('container', { env }) ?? deployment,
        namespace: getOptional('namespace', { env }),
        manifest: getOptional('manifest', { env }),
        rolloutTimeoutMs: getDuration('rollout-timeout', { default: '5m', env }),
    };
    validateKubernetes(kubernetes);
    return kubernetes;
}
const CONTAINER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,200}$/;
const K8S_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
const PORT = /^(?:(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-fA-F:]+\]):)?(?:\d{1,5}(?:-\d{1,5})?:)?\d{1,5}(?:-\d{1,5})?(?:\/(?:tcp|udp|sctp))?$/;
const RESTART = /^(no|always|unless-stopped|on-failure(:\d+)?)$/;
function validateDocker(d) {
    if (!d.containerName)
        throw new errors/* InputError */.dz('container-name', 'is required with strategy docker.');
    if (!CONTAINER_NAME.test(d.containerName)) {
        throw new errors/* InputError */.dz('container-name', `'${d.containerName.slice(0, 60)}' is not a container name: letters, digits, _ . - (starting with a letter or digit).`);
    }
    for (const port of d.ports) {
        if (!PORT.test(port)) {
            throw new errors/* InputError */.dz('ports', `'${port.slice(0, 40)}' is not a port mapping such as 8080:80 or 127.0.0.1:8080:80/tcp.`);
        }
    }
    for (const name of d.containerEnv.keys()) {
        if (d.containerEnv.get(name).includes('\n')) {
            throw new errors/* InputError */.dz('container-env', `the value of ${name} spans lines, which docker's --env-file cannot hold.`);
        }
    }
    if (!RESTART.test(d.restartPolicy)) {
        throw new errors/* InputError */.dz('restart-policy', `'${d.restartPolicy}' is not one of no, always, unless-stopped, on-failure[:N].`);
    }
    if (d.healthCmd && d.healthUrl) {
        throw new errors/* InputError */.dz('health-url', 'and health-cmd are both set. Give one (or neither, to use the image HEALTHCHECK).');
    }
    if (d.healthUrl && !/^https?:\/\/[^\s'"`$\\]+$/.test(d.healthUrl)) {
        throw new errors/* InputError */.dz('health-url', `'${d.healthUrl.slice(0, 80)}' is not an http(s) URL.`);
    }
}
function validateKubernetes(k) {
    if (!k.deployment)
        throw new errors/* InputError */.dz('deployment', 'is required with strategy kubernetes.');
    for (const [name, value] of [
        ['deployment', k.deployment],
        ['container', k.container],
        ['namespace', k.namespace],
    ]) {
        if (value !== undefined && !K8S_NAME.test(value)) {
            throw new errors/* InputError */.dz(name, `'${value.slice(0, 60)}' is not a Kubernetes name (lower case letters, digits, - and .).`);
        }
    }
}

;// CONCATENATED MODULE: ./src/index.ts


void run({ inputs: () => getInputs(), main: () => Promise.all(/* import() */[__nccwpck_require__.e(4), __nccwpck_require__.e(589)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7589)) });

module.exports = __webpack_exports__;
/******/ })()
;