"use strict";
exports.id = 589;
exports.ids = [589];
exports.modules = {

/***/ 7589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main),
  scriptSpec: () => (/* binding */ scriptSpec)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../packages/kit/src/errors.ts
var errors = __webpack_require__(3678);
// EXTERNAL MODULE: ../../packages/kit/src/workflow.ts + 1 modules
var workflow = __webpack_require__(9923);
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

// EXTERNAL MODULE: ../../node_modules/.pnpm/ssh2@1.17.0/node_modules/ssh2/lib/index.js
var lib = __webpack_require__(7004);
// EXTERNAL MODULE: ../../packages/ssh/src/known-hosts.ts
var known_hosts = __webpack_require__(630);
;// CONCATENATED MODULE: ../../packages/ssh/src/host-key-policy.ts
/**
 * Decides whether a presented host key is trusted. Fails closed: without a pin for the host the
 * connection is refused, unless the caller explicitly chose to skip the check.
 */

/** The host-key algorithms the client may negotiate for each key type a pin names. */
const ALGORITHMS = {
    'ssh-ed25519': ['ssh-ed25519'],
    'ssh-rsa': ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'],
    'ecdsa-sha2-nistp256': ['ecdsa-sha2-nistp256'],
    'ecdsa-sha2-nistp384': ['ecdsa-sha2-nistp384'],
    'ecdsa-sha2-nistp521': ['ecdsa-sha2-nistp521'],
    ED25519: ['ssh-ed25519'],
    RSA: ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'],
    ECDSA: ['ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521'],
};
function hasPins(pins) {
    return pins.knownHosts.length > 0 || pins.fingerprints.length > 0;
}
/**
 * The host-key algorithms to offer so that the server presents a key of a pinned type (as OpenSSH orders
 * them by known_hosts). Without this a server with several host keys may present an ed25519 key while
 * only its RSA key is pinned, and a correct pin would fail. `undefined`: any type may match.
 */
function hostKeyAlgorithms(pins, host, port) {
    if (pins.insecureSkipCheck && !hasPins(pins))
        return undefined;
    const types = [
        ...pins.knownHosts.filter((k) => !k.revoked && (0,known_hosts/* entryMatches */.Yn)(k, host, port)).map((k) => k.keyType),
        ...pins.fingerprints.map((f) => f.keyType),
    ];
    if (types.length === 0 || types.some((t) => t === undefined || !ALGORITHMS[t]))
        return undefined;
    return [...new Set(types.flatMap((t) => ALGORITHMS[t]))];
}
function verifyHostKey(pins, host, port, key) {
    const keyType = (0,known_hosts/* displayKeyType */.oD)((0,known_hosts/* keyTypeOf */.zj)(key));
    const fingerprint = (0,known_hosts/* fingerprintOf */.ax)(key);
    const name = (0,known_hosts/* knownHostsName */.on)(host, port);
    const presented = `${keyType} key ${fingerprint}`;
    const entries = pins.knownHosts.filter((k) => (0,known_hosts/* entryMatches */.Yn)(k, host, port));
    const revoked = entries.find((k) => k.revoked && k.key.equals(key));
    if (revoked) {
        return {
            trusted: false,
            keyType,
            fingerprint,
            reason: `${name} presented the ${presented}, which known-hosts line ${revoked.line} marks @revoked.`,
        };
    }
    const pinned = entries.filter((k) => !k.revoked);
    const matches = pinned.some((k) => k.key.equals(key)) ||
        pins.fingerprints.some((f) => f.value === fingerprint && (f.keyType === undefined || f.keyType === keyType));
    if (matches)
        return { trusted: true, keyType, fingerprint };
    if (pins.insecureSkipCheck) {
        return {
            trusted: true,
            keyType,
            fingerprint,
            warning: `Host key of ${name} not verified (insecure-skip-host-key-check): it presented the ${presented}. ` +
                `Pin it with fingerprint: ${fingerprint}`,
        };
    }
    const expected = [
        ...pinned.map((k) => `${(0,known_hosts/* displayKeyType */.oD)(k.keyType)} ${(0,known_hosts/* fingerprintOf */.ax)(k.key)} (known-hosts line ${k.line})`),
        ...pins.fingerprints.map((f) => (f.keyType ? `${f.keyType} ${f.value}` : f.value)),
    ];
    if (expected.length === 0) {
        return {
            trusted: false,
            keyType,
            fingerprint,
            reason: `known-hosts has no line for ${name} and no fingerprint is given; the server presented the ` +
                `${presented}. Add '${name} ${(0,known_hosts/* keyTypeOf */.zj)(key)} <key>' (from 'ssh-keyscan -p ${port} ${host}') ` +
                'after checking it, or give its fingerprint.',
        };
    }
    return {
        trusted: false,
        keyType,
        fingerprint,
        reason: `Host key verification failed for ${name}: it presented the ${presented}, expected ` +
            `${expected.join(' or ')}. Nothing was sent to the server. If its key changed on purpose, ` +
            `update the pin (on the server: ssh-keygen -lf /etc/ssh/ssh_host_${keyType.toLowerCase()}_key.pub).`,
    };
}

;// CONCATENATED MODULE: ../../packages/ssh/src/connect.ts
/**
 * Opening a verified SSH connection with ssh2: host key checked before any credential is sent, key or
 * password authentication, optional jump host, connect timeout and retries with backoff, keep-alives.
 */




class SshConnectError extends errors/* ActionError */.lZ {
    kind;
    name = 'SshConnectError';
    constructor(kind, message) {
        super(message);
        this.kind = kind;
    }
    get retryable() {
        return this.kind === 'network' || this.kind === 'timeout';
    }
}
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function connect(options) {
    checkPrivateKey(options);
    const sleep = options.sleep ?? realSleep;
    for (let attempt = 0;; attempt++) {
        try {
            return await connectOnce(options);
        }
        catch (err) {
            if (!(err instanceof SshConnectError) || !err.retryable || attempt >= options.retries)
                throw err;
            const delay = options.retryDelayMs * 2 ** attempt;
            options.onRetry?.(attempt + 1, err, delay);
            await sleep(delay);
        }
    }
}
/** Fails early, and without echoing the key, when the key cannot be used as given. */
function checkPrivateKey(options) {
    if (options.privateKey === undefined) {
        if (options.password === undefined) {
            throw new SshConnectError('private-key', 'No private key and no password given: nothing to log in with.');
        }
        return;
    }
    const parsed = lib.utils.parseKey(options.privateKey, options.passphrase);
    if (!(parsed instanceof Error))
        return;
    const encrypted = /encrypted|passphrase|decrypt|bad decrypt/i.test(parsed.message);
    const reason = !encrypted
        ? 'is not a private key ssh2 can read (give the whole OpenSSH or PEM file, BEGIN and END lines included).'
        : options.passphrase
            ? 'could not be decrypted with the passphrase given.'
            : 'is encrypted; give its passphrase.';
    throw new SshConnectError('private-key', `The private key for ${options.username}@${options.host} ${reason}`);
}
function connectOnce(options) {
    const name = (0,known_hosts/* knownHostsName */.on)(options.host, options.port);
    return new Promise((resolve, reject) => {
        const client = new lib.Client();
        let hostKeyRefusal;
        let settled = false;
        const timer = setTimeout(() => {
            fail(new SshConnectError('timeout', `Timed out after ${options.connectTimeoutMs} ms connecting to ${name}.`));
        }, options.connectTimeoutMs);
        const fail = (err) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            client.end();
            client.destroy();
            reject(err);
        };
        client.on('ready', () => {
            if (settled)
                return client.end();
            settled = true;
            clearTimeout(timer);
            resolve(client);
        });
        client.on('error', (err) => {
            fail(hostKeyRefusal ? new SshConnectError('host-key', hostKeyRefusal) : classify(err, name, options));
        });
        client.on('close', () => fail(new SshConnectError('network', `The connection to ${name} closed during login.`)));
        const config = {
            host: options.host,
            port: options.port,
            username: options.username,
            readyTimeout: options.connectTimeoutMs,
            keepaliveInterval: options.keepaliveIntervalMs,
            keepaliveCountMax: options.keepaliveCountMax,
            // Only the methods the user gave, key first: no silent fallback to a password prompt or an agent.
            authHandler: [
                ...(options.privateKey !== undefined ? ['publickey'] : []),
                ...(options.password !== undefined ? ['password'] : []),
            ],
            hostVerifier: (key) => {
                const verdict = verifyHostKey(options.pins, options.host, options.port, key);
                if (!verdict.trusted) {
                    hostKeyRefusal = verdict.reason;
                    return false;
                }
                if (verdict.warning)
                    options.onWarning?.(verdict.warning);
                return true;
            },
        };
        if (options.privateKey !== undefined)
            config.privateKey = options.privateKey;
        if (options.passphrase !== undefined)
            config.passphrase = options.passphrase;
        if (options.password !== undefined)
            config.password = options.password;
        const algorithms = hostKeyAlgorithms(options.pins, options.host, options.port);
        if (algorithms)
            config.algorithms = { serverHostKey: algorithms };
        if (!options.via) {
            client.connect(config);
            return;
        }
        options.via.forwardOut('127.0.0.1', 0, options.host, options.port, (err, stream) => {
            if (err) {
                fail(new SshConnectError('network', `The jump host could not reach ${name}: ${err.message}`));
                return;
            }
            client.connect({ ...config, sock: stream });
        });
    });
}
function classify(err, name, options) {
    if (err.level === 'client-authentication') {
        const methods = [options.privateKey !== undefined && 'key', options.password !== undefined && 'password']
            .filter(Boolean)
            .join(' and ');
        return new SshConnectError('authentication', `${name} refused the login of '${options.username}' with the ${methods} given (host key verified). ` +
            "Check the user name and that the public key is in that user's ~/.ssh/authorized_keys.");
    }
    if (err.level === 'client-timeout') {
        return new SshConnectError('timeout', `Timed out connecting to ${name}: ${err.message}.`);
    }
    const code = err.code ? ` (${err.code})` : '';
    return new SshConnectError('network', `Could not connect to ${name}${code}: ${err.message}`);
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ../../packages/ssh/src/redact.ts
/**
 * Redaction of remote output before it reaches the log. Multi-line secrets (private keys) are also
 * redacted line by line, since output is streamed a line at a time.
 */

function secretFragments(secrets) {
    const fragments = new Set();
    for (const secret of secrets) {
        if (!secret)
            continue;
        fragments.add(secret);
        if (/\r?\n/.test(secret)) {
            for (const line of secret.split(/\r?\n/))
                if (line.trim().length >= 4)
                    fragments.add(line.trim());
        }
    }
    // Longest first, so a secret containing another is replaced whole.
    return [...fragments].sort((a, b) => b.length - a.length);
}
function redact(text, fragments) {
    let out = text;
    for (const fragment of fragments)
        out = out.split(fragment).join('***');
    return out;
}
/** Splits a byte stream into lines (a trailing partial line is held until more data or `flush`). */
class LineSplitter {
    onLine;
    pending = '';
    // Keeps a multi-byte character that is split across two chunks whole.
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    constructor(onLine) {
        this.onLine = onLine;
    }
    push(chunk) {
        const text = this.pending + (typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
        const lines = text.split(/\r?\n/);
        this.pending = lines.pop() ?? '';
        for (const line of lines)
            this.onLine(line);
    }
    flush() {
        this.pending += this.decoder.end();
        if (this.pending !== '')
            this.onLine(this.pending);
        this.pending = '';
    }
}

// EXTERNAL MODULE: ../../packages/ssh/src/shell-quote.ts
var shell_quote = __webpack_require__(7652);
;// CONCATENATED MODULE: ../../packages/ssh/src/remote-script.ts


/**
 * The text fed to the shell. The user's script sits in a `{ ...; }` group with stdin from /dev/null: the
 * shell parses the whole group before running any of it, so a command that reads stdin (`cat`, `docker
 * login --password-stdin`, `ssh`) cannot swallow the rest of the script, and a syntax error anywhere
 * runs nothing at all.
 */
function buildScript(spec) {
    const shell = spec.shell ?? 'bash';
    const lines = [];
    if (spec.strict ?? true)
        lines.push(shell === 'bash' ? 'set -euo pipefail' : 'set -eu');
    const env = spec.env instanceof Map ? [...spec.env] : Object.entries(spec.env ?? {});
    for (const [name, value] of env) {
        if (!(0,shell_quote/* isShellName */.Uq)(name))
            throw new Error(`'${name}' is not a valid environment variable name.`);
        lines.push(`export ${name}=${(0,shell_quote/* shellQuote */.ZL)(value)}`);
    }
    lines.push('{', spec.script.replace(/\s+$/, ''), '} </dev/null', '');
    return lines.join('\n');
}
function runScript(client, spec, options = {}) {
    const text = buildScript(spec);
    const fragments = secretFragments(options.secrets ?? []);
    return new Promise((resolve, reject) => {
        client.exec(remoteCommand(spec.shell ?? 'bash', options.timeoutMs ?? 0), (err, channel) => {
            if (err) {
                reject(new Error(`Could not start a remote shell: ${err.message}`));
                return;
            }
            collect(channel, text, fragments, options).then(resolve, reject);
        });
    });
}
const MAX_KEPT = 256_000;
/** How long after the remote `timeout` should have fired the client gives up on the channel itself. */
const BACKSTOP_MS = 7000;
/**
 * The command sshd runs. With a time limit, GNU (and busybox) `timeout` stops the shell and, being a
 * process-group leader, every child it started: a signal over the SSH channel would reach only the shell
 * and leave a `sleep` or `docker logs -f` running.
 */
function remoteCommand(shell, timeoutMs) {
    if (timeoutMs <= 0)
        return `exec ${shell} -s`;
    const seconds = timeoutMs / 1000;
    return (`if command -v timeout >/dev/null 2>&1; then exec timeout -k 5 ${seconds} ${shell} -s; ` +
        `else exec ${shell} -s; fi`);
}
function collect(channel, text, fragments, options) {
    return new Promise((resolve) => {
        let stdout = '';
        let stderr = '';
        let exitCode;
        let signal;
        let timedOut = false;
        let done = false;
        const started = Date.now();
        const keep = (all, line) => `${all}${line}\n`.slice(-MAX_KEPT);
        const out = new LineSplitter((raw) => {
            const line = redact(raw, fragments);
            stdout = keep(stdout, line);
            options.onStdout?.(line);
        });
        const err = new LineSplitter((raw) => {
            const line = redact(raw, fragments);
            stderr = keep(stderr, line);
            options.onStderr?.(line);
        });
        const limit = options.timeoutMs ?? 0;
        const timer = limit > 0
            ? setTimeout(() => {
                timedOut = true;
                // The remote side did not stop in time (no `timeout` there, or a hung connection).
                channel.signal('KILL');
                channel.close();
                setTimeout(finish, 1000).unref();
            }, limit + BACKSTOP_MS)
            : undefined;
        channel.on('data', (chunk) => out.push(chunk));
        channel.stderr.on('data', (chunk) => err.push(chunk));
        channel.on('exit', (code, sig) => {
            if (typeof code === 'number')
                exitCode = code;
            if (sig)
                signal = sig;
        });
        const finish = () => {
            if (done)
                return;
            done = true;
            if (timer)
                clearTimeout(timer);
            out.flush();
            err.flush();
            // GNU and busybox `timeout` exit 124 when the limit is reached (137 when -k had to kill).
            if (limit > 0 && (exitCode === 124 || exitCode === 137) && Date.now() - started >= limit)
                timedOut = true;
            const result = {
                exitCode: timedOut ? 124 : (exitCode ?? 255),
                timedOut,
                stdout,
                stderr,
            };
            if (signal)
                result.signal = signal;
            resolve(result);
        };
        channel.on('close', finish);
        channel.end(text);
    });
}

;// CONCATENATED MODULE: ./src/batches.ts
/**
 * Rolling batches: at most `maxParallel` hosts at a time, the next batch once the whole batch is done.
 * With `failFast`, no batch starts after one in which a host failed; the hosts left are `skipped`.
 */
async function inBatches(items, options, run, failed, skip) {
    const results = [];
    let stop = false;
    for (let start = 0; start < items.length; start += options.maxParallel) {
        const batch = items.slice(start, start + options.maxParallel);
        if (stop) {
            results.push(...batch.map((item, i) => skip(item, start + i)));
            continue;
        }
        const done = await Promise.all(batch.map((item, i) => run(item, start + i)));
        results.push(...done);
        if (options.failFast && done.some(failed))
            stop = true;
    }
    return results;
}

;// CONCATENATED MODULE: ./src/markers.ts
/**
 * How a deployment script on the host reports back: lines `<prefix> <key> <value>` on stdout. The prefix
 * holds a random nonce per run, so nothing the application prints (container logs, kubectl events) can
 * forge a result.
 */

function newMarkerPrefix() {
    return `::ssh-deploy-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}::`;
}
/** Returns true when the line was a report (and so is not application output). */
function readReport(prefix, line, reports) {
    if (!line.startsWith(`${prefix} `))
        return false;
    const rest = line.slice(prefix.length + 1);
    const space = rest.indexOf(' ');
    const key = space < 0 ? rest : rest.slice(0, space);
    const value = space < 0 ? '' : rest.slice(space + 1);
    if (key === 'previous-image')
        reports.previousImage = value;
    else if (key === 'deployed-image')
        reports.deployedImage = value;
    else if (key === 'rolled-back')
        reports.rolledBack = value === 'true';
    else if (key === 'changed')
        reports.changed = value === 'true';
    else if (key === 'unchanged')
        reports.unchanged = value === 'true';
    else if (key === 'failure')
        reports.failure = value;
    else if (key === 'detail')
        reports.details.push(value);
    return true;
}

;// CONCATENATED MODULE: ./src/deploy-host.ts
/**
 * One host: connect (through the jump host when there is one), run the deployment script, turn what it
 * printed and reported into a result. Never throws: a failure is a result, so the other hosts go on.
 */


function connectOptions(inputs, login, entry, deps) {
    const options = {
        host: entry.host,
        port: entry.port,
        username: login.username,
        pins: {
            knownHosts: login.knownHosts,
            fingerprints: login.fingerprints,
            insecureSkipCheck: inputs.insecureSkipHostKeyCheck,
        },
        connectTimeoutMs: inputs.connectTimeoutMs,
        retries: inputs.connectRetries,
        retryDelayMs: 2000,
        keepaliveIntervalMs: inputs.keepaliveIntervalMs,
        keepaliveCountMax: 4,
        onRetry: (attempt, err, delay) => deps.log(`${entry.label}: ${err.message} Retry ${attempt} of ${inputs.connectRetries} in ${delay / 1000}s.`),
        onWarning: (message) => deps.warn(message),
    };
    if (login.privateKey !== undefined)
        options.privateKey = login.privateKey;
    if (login.passphrase !== undefined)
        options.passphrase = login.passphrase;
    if (login.password !== undefined)
        options.password = login.password;
    return options;
}
async function deployHost(entry, plan, deps) {
    const startedAt = deps.now();
    const reports = { details: [] };
    const stderrTail = [];
    let started = false;
    const result = (status, exitCode, error) => ({
        host: entry.label,
        status,
        exitCode,
        previousImage: reports.previousImage ?? '',
        deployedImage: reports.deployedImage ?? '',
        rolledBack: reports.rolledBack ?? false,
        changed: plan.inputs.strategy === 'script' ? started : reports.changed === true,
        error,
        details: reports.details.length > 0 ? reports.details : stderrTail.slice(-10),
        durationMs: deps.now() - startedAt,
    });
    const say = (line) => deps.log(plan.labelLines ? `[${entry.label}] ${line}` : line);
    let client;
    try {
        const options = connectOptions(plan.inputs, plan.inputs.login, entry, deps);
        if (plan.jump)
            options.via = await plan.jump();
        client = await deps.connect(options);
    }
    catch (err) {
        return result('failed', null, (0,errors/* errorMessage */.gJ)(err));
    }
    try {
        say(`Connected to ${entry.label} as ${plan.inputs.login.username}`);
        started = true;
        const run = await deps.runScript(client, plan.spec, {
            timeoutMs: plan.inputs.commandTimeoutMs,
            secrets: plan.inputs.secrets,
            onStdout: (line) => {
                if (!readReport(plan.markerPrefix, line, reports))
                    say(line);
            },
            onStderr: (line) => {
                stderrTail.push(line);
                if (stderrTail.length > 50)
                    stderrTail.shift();
                say(line);
            },
        });
        if (run.exitCode === 0)
            return result(reports.unchanged && !reports.changed ? 'unchanged' : 'ok', 0, '');
        return result('failed', run.exitCode, describeFailure(plan, run, reports));
    }
    catch (err) {
        return result('failed', null, `The connection to ${entry.label} failed during the deployment: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    finally {
        client.end();
    }
}
function describeFailure(plan, run, reports) {
    const { strategy, commandTimeoutMs } = plan.inputs;
    if (run.timedOut)
        return `Stopped after the command-timeout of ${commandTimeoutMs / 1000}s.`;
    const exit = run.signal ? `signal ${run.signal}` : `exit code ${run.exitCode}`;
    if (strategy === 'script')
        return `The script failed with ${exit}.`;
    const what = strategy === 'docker' ? 'container' : 'rollout';
    const reason = reports.failure ?? `the deployment script failed with ${exit}`;
    const back = reports.rolledBack ? ` Rolled back to ${reports.previousImage}.` : '';
    return `The new ${what} failed: ${reason}.${back}`;
}

;// CONCATENATED MODULE: ./src/fingerprint.ts
/**
 * What defines a container the docker strategy starts, as one hash: every `docker run` setting the action
 * controls. The image's content is the other half, and only the host knows it (the image ID after the
 * pull), so the script appends it: the container's label reads `<settings hash>@<image ID>`.
 *
 * container-env values are part of the hash. That shows nothing new: anyone who can read the label with
 * `docker inspect` reads the values themselves in the container's Config.Env. The hash is never logged.
 */

const FINGERPRINT_LABEL = 'deploy-actions.ssh-deploy.fingerprint';
/** Bumped whenever the encoding below changes, so an old label never matches by accident. */
const ENCODING = 'ssh-deploy/docker/1';
function settingsFingerprint(d, image) {
    const settings = [
        ['name', d.containerName],
        // The reference too, not only its content: it is what the container's Config.Image and previous-image show.
        ['image', image],
        ['ports', d.ports],
        ['docker-args', d.dockerArgs],
        ['restart-policy', d.restartPolicy],
        // The env file's line order does not change the container, so reordering the input must not redeploy.
        ['container-env', [...d.containerEnv].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))],
    ];
    return (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([ENCODING, settings]))
        .digest('hex');
}

;// CONCATENATED MODULE: ./src/docker-script.ts
/**
 * The script that replaces a Docker container on the host: `docker-deploy.sh` (a real shell file, bundled
 * beside the action) after a preamble that assigns every value it needs, each one single-quoted, so the
 * script itself holds no data.
 */



let body;
function deployScript() {
    body ??= (0,external_node_fs_.readFileSync)(new URL(/* asset import */ __webpack_require__(7843), __webpack_require__.b), 'utf8');
    return body;
}
function dockerScript(d, image, markerPrefix) {
    return `${preamble(d, image, markerPrefix)}\n${deployScript()}`;
}
/** The assignments `docker-deploy.sh` reads, in bash syntax: scalars and arrays of single-quoted words. */
function preamble(d, image, markerPrefix) {
    const state = `{{.State.Status}}|{{if .State.Health}}{{.State.Health.Status}}{{end}}|{{index .Config.Labels "${FINGERPRINT_LABEL}"}}`;
    const scalars = [
        ['marker', markerPrefix],
        ['name', d.containerName],
        ['image', image],
        ['health_cmd', d.healthCmd ?? ''],
        ['health_url', d.healthUrl ?? ''],
        ['health_timeout', String(Math.max(1, Math.ceil(d.healthTimeoutMs / 1000)))],
        ['stop_timeout', String(Math.ceil(d.stopTimeoutMs / 1000))],
        ['restart_policy', d.restartPolicy],
        ['force', d.force ? 'true' : 'false'],
        ['label_key', FINGERPRINT_LABEL],
        ['settings_hash', settingsFingerprint(d, image)],
        ['state_format', state],
    ];
    const arrays = [
        ['docker_cmd', d.dockerCommand],
        ['publish_args', d.ports.flatMap((p) => ['--publish', p])],
        ['docker_args', d.dockerArgs],
        ['container_env', [...d.containerEnv].map(([k, v]) => `${k}=${v}`)],
    ];
    return [
        ...scalars.map(([k, v]) => `${k}=${(0,shell_quote/* shellQuote */.ZL)(v)}`),
        ...arrays.map(([k, words]) => `${k}=(${words.map(shell_quote/* shellQuote */.ZL).join(' ')})`),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/kubernetes-script.ts
/**
 * The bash script for a Kubernetes rollout through kubectl on the host: note the current image, set the
 * new one (or apply a manifest), wait for the rollout; on failure collect the events and undo.
 *
 * Setting the image a deployment already has is a no-op in Kubernetes (the pod template does not change,
 * no new ReplicaSet), so that case reports the host unchanged. What an applied manifest changes cannot be
 * told without reading kubectl's output, so applying one always counts as a change.
 */

function kubernetesScript(k, image, markerPrefix, manifest, heredocEnd) {
    const seconds = Math.max(1, Math.ceil(k.rolloutTimeoutMs / 1000));
    const ns = k.namespace ? ` --namespace ${(0,shell_quote/* shellQuote */.ZL)(k.namespace)}` : '';
    const jsonpath = `jsonpath={.spec.template.spec.containers[?(@.name=="${k.container}")].image}`;
    const target = (0,shell_quote/* shellQuote */.ZL)(`deployment/${k.deployment}`);
    const change = manifest === undefined
        ? `k set image ${target} ${(0,shell_quote/* shellQuote */.ZL)(`${k.container}=${image}`)}${ns}`
        : // A quoted here-document: the shell expands nothing in it, and the random end line cannot occur in it.
            `k apply${ns} -f - <<'${heredocEnd}'\n${manifest.replace(/\n?$/, '\n')}${heredocEnd}`;
    return `
k() { ${k.kubectl.map(shell_quote/* shellQuote */.ZL).join(' ')} "$@"; }
report() { printf '%s %s %s\\n' ${(0,shell_quote/* shellQuote */.ZL)(markerPrefix)} "$1" "$2"; }

previous_image=$(k get ${target}${ns} -o ${(0,shell_quote/* shellQuote */.ZL)(jsonpath)}${manifest === undefined ? '' : ' 2>/dev/null || true'})
${manifest === undefined
        ? `if [ -z "$previous_image" ]; then
  report failure ${(0,shell_quote/* shellQuote */.ZL)(`deployment ${k.deployment} has no container named ${k.container}`)}
  exit 1
fi`
        : ''}
report previous-image "$previous_image"
${manifest === undefined
        ? `if [ "$previous_image" = ${(0,shell_quote/* shellQuote */.ZL)(image)} ]; then report unchanged true; else report changed true; fi`
        : 'report changed true'}
${change}
if ! k rollout status ${target}${ns} --timeout=${seconds}s; then
  report failure ${(0,shell_quote/* shellQuote */.ZL)(`the rollout of deployment ${k.deployment} did not finish within ${seconds}s`)}
  k get events${ns} --sort-by=.lastTimestamp 2>&1 | tail -n 20 | while IFS= read -r line; do report detail "$line"; done || true
  if [ -n "$previous_image" ]; then
    report changed true
    k rollout undo ${target}${ns}
    report rolled-back true
  fi
  exit 1
fi
report deployed-image ${(0,shell_quote/* shellQuote */.ZL)(image)}
`;
}

// EXTERNAL MODULE: ../../packages/registry/src/reference.ts
var src_reference = __webpack_require__(5723);
;// CONCATENATED MODULE: ./src/manifest.ts
/**
 * Puts the image into a Kubernetes manifest the way k8s-deploy users expect: every `image:` that names the
 * deployed image's repository gets the new tag or digest, whatever it held before. Repositories are compared
 * as Docker reads them (registry package grammar), so `nginx` and `docker.io/library/nginx` are the same.
 */

const IMAGE_FIELD = /^(\s*(?:-\s+)?image:\s*)(["']?)([^\s"'#]+)\2(\s*(?:#.*)?)$/gm;
/** `registry/repository` of a reference, or undefined for text that is not an image reference. */
function repositoryOf(reference) {
    try {
        return (0,src_reference/* formatImageName */.eS)((0,src_reference/* parseImageReference */.o_)(reference));
    }
    catch {
        return undefined;
    }
}
/** The manifest with the image set, and how many `image:` fields were changed. */
function substituteImage(manifest, image) {
    const repository = repositoryOf(image);
    let count = 0;
    const text = manifest.replace(IMAGE_FIELD, (field, head, quote, value, tail) => {
        if (repository === undefined || repositoryOf(value) !== repository)
            return field;
        count++;
        return `${head}${quote}${image}${quote}${tail}`;
    });
    return { text, count };
}

;// CONCATENATED MODULE: ./src/report.ts
/** Step outputs and the job summary, from the per-host results. */

/** A host left unchanged was deployed successfully too: it runs what was asked for. */
const succeeded = (r) => r.status === 'ok' || r.status === 'unchanged';
function toOutputs(results) {
    const deployed = results.find((r) => r.deployedImage);
    const previous = results.find((r) => r.previousImage);
    const failed = results.find((r) => r.status === 'failed');
    return {
        results: JSON.stringify(results),
        'previous-image': previous?.previousImage ?? '',
        'deployed-image': deployed?.deployedImage ?? '',
        'rolled-back': String(results.some((r) => r.rolledBack)),
        changed: String(results.some((r) => r.changed)),
        'exit-code': String((failed ?? results[0])?.exitCode ?? ''),
        'ok-count': String(results.filter(succeeded).length),
        'failed-count': String(results.filter((r) => r.status === 'failed').length),
    };
}
function counts(results) {
    const n = (s) => results.filter((r) => r.status === s).length;
    const unchanged = n('unchanged') > 0 ? ` (${n('unchanged')} unchanged)` : '';
    const parts = [`${results.filter(succeeded).length} ok${unchanged}`, `${n('failed')} failed`];
    if (n('skipped') > 0)
        parts.push(`${n('skipped')} skipped`);
    return parts.join(' / ');
}
const ICON = { ok: '✅ ok', unchanged: '✅ unchanged', failed: '❌ failed', skipped: '⏭️ skipped' };
function summary(inputs, results) {
    const images = inputs.strategy !== 'script';
    const rows = results.map((r) => [
        code(r.host),
        ICON[r.status],
        r.exitCode === null ? '—' : String(r.exitCode),
        ...(images ? [code(r.previousImage), code(r.deployedImage), r.rolledBack ? 'yes' : 'no'] : []),
        `${(r.durationMs / 1000).toFixed(1)} s`,
        cell(r.error),
    ]);
    const header = [
        'Host',
        'Result',
        'Exit code',
        ...(images ? ['Previous image', 'Deployed image', 'Rolled back'] : []),
        'Time',
        'Error',
    ];
    const blocks = [heading(`ssh-deploy (${inputs.strategy}): ${counts(results)}`), table(header, rows)];
    for (const r of results) {
        if (r.details.length > 0) {
            blocks.push(details(`${r.host}: last lines`, ['```', ...r.details.map((l) => l.replace(/```/g, "'''")), '```'].join('\n')));
        }
    }
    return blocks;
}

;// CONCATENATED MODULE: ./src/main.ts















async function main(inputs, deps = defaultDeps()) {
    const markerPrefix = newMarkerPrefix();
    const spec = scriptSpec(inputs, markerPrefix);
    let jumpClient;
    const jump = inputs.jump;
    const plan = {
        inputs,
        spec,
        markerPrefix,
        jump: jump
            ? () => {
                jumpClient ??= deps.connect(connectOptions(inputs, jump, jump.host, deps));
                return jumpClient;
            }
            : undefined,
        labelLines: inputs.hosts.length > 1 && inputs.maxParallel > 1,
    };
    const deployOne = (entry) => plan.labelLines
        ? deployHost(entry, plan, deps)
        : workflow/* group */.Os(`Deploy to ${entry.label}`, () => deployHost(entry, plan, deps));
    let results;
    try {
        results = await inBatches(inputs.hosts, inputs, deployOne, (r) => r.status === 'failed', (entry) => skipped(entry.label));
    }
    finally {
        if (jumpClient)
            (await jumpClient.catch(() => undefined))?.end();
    }
    const outputs = toOutputs(results);
    for (const [name, value] of Object.entries(outputs))
        workflow/* setOutput */.uH(name, value);
    write(...summary(inputs, results));
    workflow/* info */.pq(`${inputs.hosts.length === 1 ? results[0].host : `${inputs.hosts.length} hosts`}: ${counts(results)}`);
    const failed = results.filter((r) => r.status === 'failed');
    if (failed.length > 0)
        throw new errors/* ActionError */.lZ(failureMessage(inputs, results, failed));
}
function defaultDeps() {
    return {
        connect: connect,
        runScript: runScript,
        log: workflow/* info */.pq,
        warn: (message) => workflow/* warning */.$e(message),
        now: () => Date.now(),
    };
}
function skipped(host) {
    return {
        host,
        status: 'skipped',
        exitCode: null,
        previousImage: '',
        deployedImage: '',
        rolledBack: false,
        changed: false,
        error: 'not started: an earlier batch failed (fail-fast)',
        details: [],
        durationMs: 0,
    };
}
function scriptSpec(inputs, markerPrefix) {
    switch (inputs.strategy) {
        case 'script':
            return { script: inputs.script, env: inputs.env, shell: inputs.shell, strict: inputs.strict };
        case 'docker':
            return { script: dockerScript(inputs.docker, inputs.image, markerPrefix), env: inputs.env, shell: 'bash' };
        case 'kubernetes': {
            const k = inputs.kubernetes;
            const manifest = k.manifest === undefined ? undefined : readManifest(k.manifest, inputs.image);
            return {
                script: kubernetesScript(k, inputs.image, markerPrefix, manifest, `MANIFEST_${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`),
                env: inputs.env,
                shell: 'bash',
            };
        }
    }
}
function readManifest(path, image) {
    const file = (0,external_node_path_.resolve)(process.env['GITHUB_WORKSPACE'] ?? '.', path);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (err) {
        throw new errors/* InputError */.dz('manifest', `cannot read ${path}: ${err.code ?? err}.`);
    }
    const { text: substituted, count } = substituteImage(text, image);
    if (count === 0) {
        throw new errors/* InputError */.dz('manifest', `${path} has no 'image:' field for the repository of ${image}, so the rollout would not change it.`);
    }
    return substituted;
}
function failureMessage(inputs, results, failed) {
    const lines = [];
    if (results.length > 1) {
        lines.push(`Deployment failed on ${failed.length} of ${results.length} hosts (${counts(results)}).`);
    }
    for (const r of failed) {
        lines.push(`${results.length > 1 ? `${r.host}: ` : ''}${r.error}`);
        if (r.details.length > 0) {
            const label = inputs.strategy === 'docker'
                ? 'Last log lines of the new container'
                : inputs.strategy === 'kubernetes'
                    ? 'Events'
                    : 'Last lines of stderr';
            lines.push(`${label}:`, ...r.details.map((l) => `  ${l}`));
        }
    }
    return lines.join('\n');
}


/***/ }),

/***/ 7843:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "7989bd1cb242edc676e2.sh";

/***/ })

};
;