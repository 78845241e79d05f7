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

/***/ 8732:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Q$: () => (/* binding */ DistributionClient),
  gl: () => (/* binding */ RegistryError),
  sI: () => (/* binding */ sha256Digest)
});

// UNUSED EXPORTS: nextPage, parseChallenge

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ../../packages/kit/src/errors.ts
var errors = __nccwpck_require__(3678);
;// CONCATENATED MODULE: ../../packages/registry/src/http.ts
/**
 * HTTP with the retry policy registries need: 429 and 5xx answers and dropped connections are retried with
 * exponential backoff and full jitter, `Retry-After` is honoured, and each attempt has its own timeout.
 * Node's fetch has no retry of its own, and the retry libraries on npm wrap other clients, so this is small
 * and local. Every request the registry code makes is idempotent (GET, HEAD, PUT of exact bytes, mount).
 */

const DEFAULT_RETRY = {
    attempts: 5,
    baseDelayMs: 500,
    maxDelayMs: 20_000,
    timeoutMs: 30_000,
};
const defaultHttpDeps = {
    fetch: (input, init) => fetch(input, init),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: Math.random,
    log: () => { },
};
class HttpError extends errors/* ActionError */.lZ {
    status;
    name = 'HttpError';
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
const RETRIED_STATUS = new Set([408, 429, 500, 502, 503, 504]);
/** `fetch` with retries. Answers other than the retried ones are returned for the caller to judge. */
async function fetchWithRetry(url, init, policy = DEFAULT_RETRY, deps = defaultHttpDeps) {
    const what = `${init.method ?? 'GET'} ${redactUrl(url)}`;
    for (let attempt = 1;; attempt++) {
        let response;
        let failure;
        try {
            response = await deps.fetch(url, { ...init, signal: AbortSignal.timeout(policy.timeoutMs) });
            if (!RETRIED_STATUS.has(response.status))
                return response;
            failure = `HTTP ${response.status}`;
        }
        catch (err) {
            failure = describeNetworkError(err, policy.timeoutMs);
        }
        if (attempt >= policy.attempts) {
            if (response)
                return response;
            throw new HttpError(`${what} failed after ${attempt} attempts: ${failure}.`, undefined);
        }
        const delay = retryDelay(response, attempt, policy, deps);
        await response?.body?.cancel().catch(() => { });
        deps.log(`${what}: ${failure}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${policy.attempts}).`);
        await deps.sleep(delay);
    }
}
function retryDelay(response, attempt, policy, deps) {
    const retryAfter = response ? parseRetryAfter(response.headers.get('retry-after'), Date.now()) : undefined;
    if (retryAfter !== undefined)
        return Math.min(retryAfter, policy.maxDelayMs * 3);
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(deps.random() * ceiling);
}
/** `Retry-After` as delay-seconds or an HTTP date, in milliseconds. */
function parseRetryAfter(value, now) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
function describeNetworkError(err, timeoutMs) {
    if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) {
        return `no answer within ${timeoutMs / 1000} s`;
    }
    const cause = err?.cause;
    return cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
}
/** A URL for messages: query strings (which can carry scopes or signed parameters) dropped. */
function redactUrl(url) {
    return url.replace(/\?.*$/, '');
}

// EXTERNAL MODULE: ../../packages/registry/src/media-types.ts
var media_types = __nccwpck_require__(2202);
// EXTERNAL MODULE: ../../packages/registry/src/reference.ts
var reference = __nccwpck_require__(5723);
;// CONCATENATED MODULE: ../../packages/registry/src/distribution.ts
/**
 * A client for the OCI Distribution API, limited to what promotion and skip-existing need: manifests (read
 * with every manifest and index type accepted, written back byte for byte), cross-repository blob mounts,
 * tag lists, and the registry token dance. The npm packages that speak this API are unmaintained or pull
 * images wholesale; the handful of requests needed here are written out instead.
 */





class RegistryError extends errors/* ActionError */.lZ {
    status;
    code;
    name = 'RegistryError';
    constructor(message, status, code) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
function sha256Digest(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
class DistributionClient {
    baseUrl;
    registry;
    credentials;
    policy;
    http;
    mask;
    /** Bearer tokens by scope set; a registry may answer one scope set with a token good for others too. */
    tokens = new Map();
    basic = false;
    constructor(options) {
        this.registry = options.registry;
        this.baseUrl = `${(0,reference/* registryScheme */.FG)(options.registry, options.insecure ?? false)}://${(0,reference/* apiHost */.nz)(options.registry)}`;
        this.credentials = options.credentials;
        this.policy = options.retry ?? DEFAULT_RETRY;
        this.http = { ...defaultHttpDeps, ...options.http };
        this.mask = options.mask ?? (() => { });
    }
    /** The manifest's digest, type and size, or `undefined` when the tag or digest does not exist. */
    async headManifest(repository, reference) {
        const res = await this.request('HEAD', `/v2/${repository}/manifests/${reference}`, [pull(repository)], {
            Accept: media_types/* MANIFEST_ACCEPT */.dY,
        });
        if (res.status === 404)
            return undefined;
        await this.expect(res, [200], `look up ${repository}:${reference}`);
        const digest = res.headers.get('docker-content-digest');
        if (!digest) {
            // Some registries omit the digest on HEAD; the body gives it for certain.
            const manifest = await this.getManifest(repository, reference);
            return { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.bytes.length };
        }
        return {
            digest,
            mediaType: baseMediaType(res.headers.get('content-type')),
            size: Number(res.headers.get('content-length') ?? 0),
        };
    }
    async getManifest(repository, reference) {
        const res = await this.request('GET', `/v2/${repository}/manifests/${reference}`, [pull(repository)], {
            Accept: media_types/* MANIFEST_ACCEPT */.dY,
        });
        if (res.status === 404) {
            await res.body?.cancel();
            throw new RegistryError(`${this.registry}/${repository}:${reference} does not exist.`, 404, 'MANIFEST_UNKNOWN');
        }
        await this.expect(res, [200], `read ${repository}:${reference}`);
        const bytes = Buffer.from(await res.arrayBuffer());
        const digest = sha256Digest(bytes);
        const claimed = res.headers.get('docker-content-digest');
        if ((claimed && claimed !== digest) || (reference.includes(':') && reference !== digest)) {
            throw new RegistryError(`The registry sent ${repository}:${reference} with bytes whose digest is ${digest}, not ${claimed ?? reference}; refusing to copy it.`, res.status);
        }
        const mediaType = baseMediaType(res.headers.get('content-type')) || mediaTypeOf(bytes);
        return { bytes, mediaType, digest };
    }
    /** Writes `manifest` under `tag` exactly as read; returns the digest the registry reports. */
    async putManifest(repository, tag, manifest) {
        const res = await this.request('PUT', `/v2/${repository}/manifests/${tag}`, [pushPull(repository)], { 'Content-Type': manifest.mediaType }, manifest.bytes);
        await this.expect(res, [201, 200], `write ${repository}:${tag}`);
        const digest = res.headers.get('docker-content-digest') ?? manifest.digest;
        if (digest !== manifest.digest) {
            throw new RegistryError(`The registry stored ${repository}:${tag} as ${digest}, not ${manifest.digest}: it rewrote the manifest.`, res.status);
        }
        return digest;
    }
    async blobExists(repository, digest) {
        const res = await this.request('HEAD', `/v2/${repository}/blobs/${digest}`, [pull(repository)]);
        if (res.status === 404)
            return false;
        await this.expect(res, [200], `look up blob ${digest} in ${repository}`);
        return true;
    }
    /**
     * Makes blob `digest` of `from` available in `repository` without transferring it. Returns false when
     * the registry declined the mount (it then starts an upload, which is cancelled here).
     */
    async mountBlob(repository, digest, from) {
        const path = `/v2/${repository}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`;
        const res = await this.request('POST', path, [pushPull(repository), pull(from)]);
        if (res.status === 201) {
            await res.body?.cancel();
            return true;
        }
        await this.expect(res, [202], `mount ${digest} from ${from} into ${repository}`);
        const location = res.headers.get('location');
        if (location) {
            const cancel = await this.request('DELETE', location, [pushPull(repository)]).catch(() => undefined);
            await cancel?.body?.cancel();
        }
        return false;
    }
    /** Every tag of `repository`, following the registry's pagination. */
    async listTags(repository) {
        const tags = [];
        let path = `/v2/${repository}/tags/list?n=1000`;
        while (path) {
            const res = await this.request('GET', path, [pull(repository)]);
            if (res.status === 404) {
                await res.body?.cancel();
                return tags;
            }
            await this.expect(res, [200], `list the tags of ${repository}`);
            const body = (await res.json());
            tags.push(...(body.tags ?? []));
            path = nextPage(res.headers.get('link'));
        }
        return tags;
    }
    async request(method, path, scopes, headers = {}, body) {
        const url = path.startsWith('http') ? path : `${this.baseUrl}${path}`;
        const send = (authorization) => fetchWithRetry(url, {
            method,
            headers: { ...headers, ...(authorization ? { Authorization: authorization } : {}) },
            body,
            redirect: 'follow',
        }, this.policy, this.http);
        const key = scopes.join(' ');
        let res = await send(this.authorization(key));
        if (res.status !== 401)
            return res;
        const challenge = parseChallenge(res.headers.get('www-authenticate'));
        await res.body?.cancel();
        if (!challenge)
            throw this.authError('answered 401 without a WWW-Authenticate challenge');
        if (challenge.scheme === 'basic') {
            if (!this.credentials)
                throw this.authError('requires a username and password');
            this.basic = true;
        }
        else if (challenge.scheme === 'bearer') {
            this.tokens.set(key, await this.fetchToken(challenge, scopes));
        }
        else {
            throw this.authError(`asks for unsupported authentication '${challenge.scheme}'`);
        }
        res = await send(this.authorization(key));
        if (res.status === 401) {
            await res.body?.cancel();
            throw this.authError(this.credentials
                ? `refused the credentials for user '${this.credentials.username}'`
                : 'requires credentials: give username and password (or a token)');
        }
        return res;
    }
    authorization(key) {
        const token = this.tokens.get(key);
        if (token)
            return `Bearer ${token}`;
        if (this.basic && this.credentials)
            return `Basic ${basicAuth(this.credentials)}`;
        return undefined;
    }
    async fetchToken(challenge, scopes) {
        const realm = challenge.params['realm'];
        if (!realm)
            throw this.authError('sent a Bearer challenge without a realm');
        const url = new URL(realm);
        if (challenge.params['service'])
            url.searchParams.set('service', challenge.params['service']);
        for (const scope of scopes)
            url.searchParams.append('scope', scope);
        const res = await fetchWithRetry(url.toString(), { headers: this.credentials ? { Authorization: `Basic ${basicAuth(this.credentials)}` } : {} }, this.policy, this.http);
        if (res.status === 401 || res.status === 403) {
            await res.body?.cancel();
            throw this.authError(this.credentials
                ? `refused the credentials for user '${this.credentials.username}' at ${redactUrl(url.toString())}`
                : `refused anonymous access at ${redactUrl(url.toString())}: give username and password (or a token)`);
        }
        await this.expect(res, [200], 'get a registry token');
        const body = (await res.json());
        const token = body.token ?? body.access_token;
        if (!token)
            throw this.authError('answered the token request without a token');
        this.mask(token);
        return token;
    }
    authError(problem) {
        return new RegistryError(`Registry ${this.registry} ${problem}.`, 401, 'UNAUTHORIZED');
    }
    async expect(res, ok, what) {
        if (ok.includes(res.status))
            return;
        const detail = await errorDetail(res);
        if (res.status === 403) {
            throw new RegistryError(`Registry ${this.registry} denied the request to ${what}${detail}. Check that the credentials may push to this repository.`, 403, 'DENIED');
        }
        throw new RegistryError(`Could not ${what} on ${this.registry}: HTTP ${res.status}${detail}.`, res.status);
    }
}
const pull = (repository) => `repository:${repository}:pull`;
const pushPull = (repository) => `repository:${repository}:pull,push`;
function basicAuth(credentials) {
    return Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
}
function baseMediaType(contentType) {
    return (contentType ?? '').split(';')[0].trim();
}
/** The media type a manifest declares in its own body, for registries that send a generic Content-Type. */
function mediaTypeOf(bytes) {
    try {
        const parsed = JSON.parse(bytes.toString('utf8'));
        return typeof parsed.mediaType === 'string' ? parsed.mediaType : '';
    }
    catch {
        return '';
    }
}
/** `Bearer realm="https://auth",service="registry",scope="repository:a:pull"` (RFC 7235 auth-params). */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const match = /^\s*(\w+)\s*(.*)$/s.exec(header);
    if (!match)
        return undefined;
    const params = {};
    for (const p of match[2].matchAll(/([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) {
        params[p[1].toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : (p[3] ?? '');
    }
    return { scheme: match[1].toLowerCase(), params };
}
/** The next page from a `Link: </v2/x/tags/list?n=1000&last=b>; rel="next"` header. */
function nextPage(link) {
    if (!link)
        return undefined;
    return /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1];
}
async function errorDetail(res) {
    const text = await res.text().catch(() => '');
    try {
        const body = JSON.parse(text);
        const errors = (body.errors ?? []).map((e) => [e.code, e.message].filter(Boolean).join(': '));
        if (errors.length > 0)
            return ` (${errors.join('; ')})`;
    }
    catch { }
    return text.trim() ? ` (${text.trim().slice(0, 200)})` : '';
}


/***/ }),

/***/ 2202:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ MANIFEST_MEDIA_TYPES),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   nw: () => (/* binding */ isIndex)
/* harmony export */ });
/* unused harmony exports OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST */
/** The manifest media types a registry may hold for one tag: single-platform manifests and multi-platform indexes. */
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const MANIFEST_MEDIA_TYPES = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST];
/** Without the OCI types in `Accept`, registries answer 404 for OCI manifests (or convert them). */
const MANIFEST_ACCEPT = MANIFEST_MEDIA_TYPES.join(', ');
function isIndex(mediaType) {
    return mediaType === OCI_INDEX || mediaType === DOCKER_MANIFEST_LIST;
}


/***/ }),

/***/ 5723:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FG: () => (/* binding */ registryScheme),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   "if": () => (/* binding */ parseImageName),
/* harmony export */   nz: () => (/* binding */ apiHost),
/* harmony export */   rI: () => (/* binding */ ImageReferenceError),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* unused harmony exports DOCKER_HUB, DIGEST, parseImageReference, isDigest, isSha256Digest, formatImageName */
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

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ createRegistryClient),
/* harmony export */   P1: () => (/* binding */ TagConflictError),
/* harmony export */   WC: () => (/* binding */ REGISTRY_TYPES),
/* harmony export */   d8: () => (/* binding */ genericClient),
/* harmony export */   i_: () => (/* binding */ detectKind),
/* harmony export */   wl: () => (/* binding */ parseEcrHost)
/* harmony export */ });
/* unused harmony export ECR_PUBLIC_REGISTRY */
/* harmony import */ var _distribution__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8732);
/**
 * The registry kinds behind one interface: a generic OCI registry (GHCR, Docker Hub, self-hosted), ECR Public
 * and ECR private. Each reads and writes manifests without touching layers and hands out the credentials
 * `docker login` needs.
 */

const REGISTRY_TYPES = ['auto', 'ecr-public', 'ecr', 'generic'];
const ECR_PUBLIC_REGISTRY = 'public.ecr.aws';
const ECR_PRIVATE = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;
/** The kind an image's registry host implies. */
function detectKind(registry) {
    if (registry === ECR_PUBLIC_REGISTRY)
        return 'ecr-public';
    if (ECR_PRIVATE.test(registry))
        return 'ecr';
    return 'generic';
}
/** `123456789012.dkr.ecr.eu-west-1.amazonaws.com` → account and region; undefined for other hosts. */
function parseEcrHost(registry) {
    const match = ECR_PRIVATE.exec(registry);
    return match ? { account: match[1], region: match[2] } : undefined;
}
/** A tag exists at another digest and the registry (or the caller's policy) forbids moving it. */
class TagConflictError extends _distribution__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl {
    name = 'TagConflictError';
}
async function createRegistryClient(options) {
    switch (options.kind) {
        case 'generic':
            return genericClient(options, options.credentials);
        case 'ecr-public': {
            const { createEcrPublicClient } = await Promise.all(/* import() */[__nccwpck_require__.e(824), __nccwpck_require__.e(268), __nccwpck_require__.e(884)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8884));
            return createEcrPublicClient(options);
        }
        case 'ecr': {
            const { createEcrClient } = await Promise.all(/* import() */[__nccwpck_require__.e(824), __nccwpck_require__.e(613), __nccwpck_require__.e(944)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6944));
            return createEcrClient(options);
        }
    }
}
/** A registry spoken to through the Distribution API only. */
function genericClient(options, credentials, kind = 'generic') {
    const api = new _distribution__WEBPACK_IMPORTED_MODULE_0__/* .DistributionClient */ .Q$({
        registry: options.name.registry,
        credentials,
        insecure: options.insecure ?? false,
        mask: options.mask,
        ...(options.retry ? { retry: options.retry } : {}),
        http: { log: options.log, ...options.http },
    });
    return {
        kind,
        registry: options.name.registry,
        loginCredentials: async () => credentials,
        headManifest: (repository, reference) => api.headManifest(repository, reference),
        getManifest: (repository, reference) => api.getManifest(repository, reference),
        putManifest: (repository, tag, manifest) => api.putManifest(repository, tag, manifest),
        listTags: (repository) => api.listTags(repository),
        mountBlob: (repository, digest, from) => api.mountBlob(repository, digest, from),
        blobExists: (repository, digest) => api.blobExists(repository, digest),
    };
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = require("assert");

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

/***/ 6698:
/***/ ((module) => {

module.exports = require("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = require("node:child_process");

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

/***/ 7067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = require("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = require("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = require("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = require("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = require("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = require("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = require("path");

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
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
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
    const value = readInput(name, opts.env);
    if (!value)
        return opts.default;
    const min = opts.min ?? Number.MIN_SAFE_INTEGER;
    const max = opts.max ?? Number.MAX_SAFE_INTEGER;
    const n = /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
        throw new InputError(name, `'${value}' is not a whole number from ${min} to ${max}.`);
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

// EXTERNAL MODULE: ../../packages/registry/src/reference.ts
var reference = __nccwpck_require__(5723);
// EXTERNAL MODULE: ../../packages/registry/src/registry.ts
var registry = __nccwpck_require__(4031);
;// CONCATENATED MODULE: ../../packages/registry/src/inputs.ts
/**
 * The registry inputs build-snapshot and promote-image share, parsed and validated the same way in both.
 */





/** An `image` input: `registry/repository` without tag, lower case. */
function getImageName(name, env, opts) {
    const value = getOptional(name, { env });
    if (!value) {
        if (opts.required)
            throw new errors/* InputError */.dz(name, 'is required: the image repository, e.g. public.ecr.aws/my-alias/app.');
        return undefined;
    }
    try {
        return (0,reference/* parseImageName */["if"])(value);
    }
    catch (err) {
        if (err instanceof reference/* ImageReferenceError */.rI)
            throw new errors/* InputError */.dz(name, err.message);
        throw err;
    }
}
/** `registry-type`, `username`, `password`, `insecure-registry`; the password is masked as it is read. */
function getRegistryInputs(image, env) {
    const type = getEnum('registry-type', registry/* REGISTRY_TYPES */.WC, { default: 'auto', env });
    const username = getOptional('username', { env });
    const password = getOptional('password', { env });
    if (password)
        workflow/* setSecret */.Pq(password);
    const kind = type === 'auto' ? (0,registry/* detectKind */.i_)(image.registry) : type;
    if (kind !== 'generic' && (username || password)) {
        throw new errors/* InputError */.dz(username ? 'username' : 'password', `is not used with registry-type ${kind}: ECR credentials come from the AWS credential chain ` +
            '(aws-actions/configure-aws-credentials). Remove it, or set registry-type: generic.');
    }
    if (Boolean(username) !== Boolean(password)) {
        throw new errors/* InputError */.dz(username ? 'password' : 'username', `is required when ${username ? 'username' : 'password'} is given (for a token, use the token as password).`);
    }
    return {
        kind,
        credentials: username && password ? { username, password } : undefined,
        insecure: getBoolean('insecure-registry', { default: false, env }),
    };
}
/** A list of bare tags (one per line or comma separated), duplicates dropped; `fallback` when empty. */
function getTags(name, env, opts) {
    const tags = [...new Set(getList(name, { env }))];
    if (tags.length === 0) {
        if (opts.required)
            throw new errors/* InputError */.dz(name, `is required: one tag per line, ${opts.example}.`);
        return opts.fallback;
    }
    for (const tag of tags) {
        if (!(0,reference/* isValidTag */.r_)(tag)) {
            const hint = tag.includes(':') || tag.includes('/') ? ' Give bare tags; the repository comes from image.' : '';
            throw new errors/* InputError */.dz(name, `'${tag}' is not a valid tag: letters, digits, '_', '.', '-', at most 128.${hint}`);
        }
    }
    return tags;
}

;// CONCATENATED MODULE: ./src/inputs.ts



const BUILDERS = ['auto', 'buildx', 'docker'];
function getInputs(env = process.env) {
    const image = getImageName('image', env, { required: true });
    const inputs = {
        image,
        tags: getTags('tags', env, { required: true, example: "typically compute-version's snapshot-tag output" }),
        context: getString('context', { default: '.', env }),
        file: getOptional('file', { env }),
        buildArgs: getKeyValues('build-args', { env }),
        labels: getKeyValues('labels', { env }),
        target: getOptional('target', { env }),
        platforms: getList('platforms', { env }),
        push: getBoolean('push', { default: true, env }),
        registry: getRegistryInputs(image, env),
        skipExisting: getBoolean('skip-existing', { default: true, env }),
        builder: getEnum('builder', BUILDERS, { default: 'auto', env }),
        noCache: getBoolean('no-cache', { default: false, env }),
        pull: getBoolean('pull', { default: false, env }),
        provenance: getBoolean('provenance', { default: false, env }),
    };
    if (inputs.builder === 'docker' && inputs.platforms.length > 1) {
        throw new errors/* InputError */.dz('platforms', `lists ${inputs.platforms.length} platforms, which needs buildx: set builder to auto or buildx and run docker/setup-buildx-action first.`);
    }
    return inputs;
}

;// CONCATENATED MODULE: ./src/index.ts


void run({ inputs: () => getInputs(), main: () => __nccwpck_require__.e(/* import() */ 845).then(__nccwpck_require__.bind(__nccwpck_require__, 5845)), post: () => __nccwpck_require__.e(/* import() */ 421).then(__nccwpck_require__.bind(__nccwpck_require__, 6421)) });

module.exports = __webpack_exports__;
/******/ })()
;