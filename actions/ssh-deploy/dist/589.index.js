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
 * The bash script that replaces a Docker container on the host: pull first (nothing touched if that
 * fails), leave a running, healthy container that already matches the deployment alone, otherwise keep
 * it stopped under `<name>-previous`, start the new one, wait for it to be healthy, then remove the old
 * one; if it is not healthy, put the old one back. Every value is single-quoted; the script is data-free
 * apart from those quoted assignments.
 */


function dockerScript(d, image, markerPrefix) {
    const seconds = Math.max(1, Math.ceil(d.healthTimeoutMs / 1000));
    const state = `{{.State.Status}}|{{if .State.Health}}{{.State.Health.Status}}{{end}}|{{index .Config.Labels "${FINGERPRINT_LABEL}"}}`;
    const runArgs = [
        'run',
        '--detach',
        '--name',
        '"$name"',
        '--label',
        '"$label_key=$fingerprint"',
        '--restart',
        (0,shell_quote/* shellQuote */.ZL)(d.restartPolicy),
        ...(d.containerEnv.size > 0 ? ['--env-file', '"$env_file"'] : []),
        ...d.ports.flatMap((p) => ['--publish', (0,shell_quote/* shellQuote */.ZL)(p)]),
        ...d.dockerArgs.map(shell_quote/* shellQuote */.ZL),
        '"$image"',
    ];
    return `
d() { ${d.dockerCommand.map(shell_quote/* shellQuote */.ZL).join(' ')} "$@"; }
report() { printf '%s %s %s\\n' ${(0,shell_quote/* shellQuote */.ZL)(markerPrefix)} "$1" "$2"; }
name=${(0,shell_quote/* shellQuote */.ZL)(d.containerName)}
previous="$name-previous"
image=${(0,shell_quote/* shellQuote */.ZL)(image)}
health_cmd=${(0,shell_quote/* shellQuote */.ZL)(d.healthCmd ?? '')}
health_url=${(0,shell_quote/* shellQuote */.ZL)(d.healthUrl ?? '')}
health_timeout=${seconds}
force=${d.force ? 'true' : 'false'}
label_key=${(0,shell_quote/* shellQuote */.ZL)(FINGERPRINT_LABEL)}
settings_hash=${(0,shell_quote/* shellQuote */.ZL)(settingsFingerprint(d, image))}
exists() { d container inspect "$1" >/dev/null 2>&1; }
fetch() {
  if command -v curl >/dev/null 2>&1; then curl -fsS -o /dev/null --max-time 5 "$1"
  else wget -q -O /dev/null -T 5 "$1"; fi
}

if [ -n "$health_url" ] && ! command -v curl >/dev/null 2>&1 && ! command -v wget >/dev/null 2>&1; then
  report failure "health-url needs curl or wget on the host; neither is installed"
  exit 1
fi

# A run stopped half-way leaves the last good container under the -previous name: put it back first.
if exists "$previous"; then
  report changed true
  echo "Restoring $previous, left by an interrupted run, as $name"
  if exists "$name"; then d rm --force "$name" >/dev/null; fi
  d rename "$previous" "$name"
  d start "$name" >/dev/null
fi

echo "Pulling $image"
if ! d pull "$image"; then
  report failure "could not pull $image; the running container was not touched"
  exit 1
fi

# The pulled content decides, not the tag: a tag moved to a new image redeploys.
image_id=$(d image inspect --format '{{.Id}}' "$image")
fingerprint="$settings_hash@$image_id"

# Re-running a deployment that has nothing new must not restart anything.
up_to_date() {
  local state status health label deadline
  state=$(d container inspect --format ${(0,shell_quote/* shellQuote */.ZL)(state)} "$name")
  IFS='|' read -r status health label <<<"$state"
  if [ "$label" != "$fingerprint" ]; then
    echo "$name runs other image content or other docker run settings: replacing it"
    return 1
  fi
  # A HEALTHCHECK that has not concluded yet (a container started moments ago): wait for its verdict
  # rather than restart a container that may well be fine.
  deadline=$(( $(date +%s) + health_timeout ))
  while [ "$status" = running ] && [ "$health" = starting ] && [ "$(date +%s)" -lt "$deadline" ]; do
    sleep 1
    state=$(d container inspect --format ${(0,shell_quote/* shellQuote */.ZL)(state)} "$name")
    IFS='|' read -r status health label <<<"$state"
  done
  if [ "$status" != running ]; then
    echo "$name matches this deployment but is $status: replacing it"
    return 1
  fi
  if [ -n "$health" ] && [ "$health" != healthy ]; then
    echo "$name matches this deployment but its HEALTHCHECK says $health: replacing it"
    return 1
  fi
  if [ -n "$health_cmd" ] && ! bash -c "$health_cmd" >/dev/null 2>&1; then
    echo "$name matches this deployment but health-cmd fails: replacing it"
    return 1
  fi
  if [ -n "$health_url" ] && ! fetch "$health_url" >/dev/null 2>&1; then
    echo "$name matches this deployment but health-url does not answer 2xx: replacing it"
    return 1
  fi
}

previous_image=""
if exists "$name"; then
  previous_image=$(d container inspect --format '{{.Config.Image}}' "$name")
  report previous-image "$previous_image"
  if [ "$force" = true ]; then
    echo "force is set: replacing $name whatever it runs"
  elif up_to_date; then
    echo "$name already runs $image ($image_id) with the same settings and is healthy: left untouched"
    report unchanged true
    report deployed-image "$image"
    exit 0
  fi
fi

report changed true
if [ -n "$previous_image" ]; then
  echo "Stopping $name (running $previous_image)"
  d stop --time ${Math.ceil(d.stopTimeoutMs / 1000)} "$name" >/dev/null
  d rename "$name" "$previous"
fi

roll_back() {
  report failure "$1"
  logs=$(d logs --tail 30 "$name" 2>&1 || true)
  if [ -n "$logs" ]; then
    printf '%s\n' "$logs" | while IFS= read -r line; do report detail "$line"; done
  else
    report detail "(the new container wrote no log lines)"
  fi
  d container inspect --format '{{if .State.Health}}{{range .State.Health.Log}}{{println "HEALTHCHECK exit code" .ExitCode .Output}}{{end}}{{end}}' "$name" 2>/dev/null \
    | tail -n 3 | while IFS= read -r line; do [ -n "$line" ] && report detail "$line"; done || true
  d rm --force "$name" >/dev/null 2>&1 || true
  if [ -n "$previous_image" ]; then
    echo "Rolling back to $previous_image"
    d rename "$previous" "$name"
    d start "$name" >/dev/null
    report rolled-back true
  fi
  exit 1
}
${d.containerEnv.size > 0 ? envFile(d.containerEnv) : ''}
echo "Starting $name from $image"
if ! d ${runArgs.join(' ')} >/dev/null; then roll_back "docker run failed"; fi

deadline=$(( $(date +%s) + health_timeout ))
stable=0
while :; do
  state=$(d container inspect --format '{{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{end}}' "$name")
  status=\${state%% *}
  health=\${state#* }
  case "$status" in exited|dead) roll_back "the new container stopped ($status)" ;; esac
  if [ -n "$health_cmd" ]; then
    if bash -c "$health_cmd" >/dev/null 2>&1; then break; fi
  elif [ -n "$health_url" ]; then
    if fetch "$health_url" >/dev/null 2>&1; then break; fi
  elif [ -n "$health" ]; then
    [ "$health" = healthy ] && break
    [ "$health" = unhealthy ] && roll_back "its HEALTHCHECK reports unhealthy"
  elif [ "$status" = running ]; then
    # No health check at all: running for 3 seconds in a row is the best evidence there is.
    stable=$((stable + 1))
    [ "$stable" -ge 3 ] && break
  else
    stable=0
  fi
  if [ "$(date +%s)" -ge "$deadline" ]; then roll_back "not healthy after \${health_timeout}s"; fi
  sleep 1
done

echo "$name is healthy"
if [ -n "$previous_image" ]; then d rm --force "$previous" >/dev/null; fi
report deployed-image "$image"
`;
}
/** Container variables go through a file readable by the owner only, so no value sits in docker's argv. */
function envFile(vars) {
    const lines = [...vars].map(([k, v]) => (0,shell_quote/* shellQuote */.ZL)(`${k}=${v}`)).join(' ');
    return `env_file=$(mktemp)
trap 'rm -f "$env_file"' EXIT
printf '%s\\n' ${lines} >"$env_file"
`;
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

;// CONCATENATED MODULE: ./src/manifest.ts
/**
 * Puts the image into a Kubernetes manifest the way k8s-deploy users expect: every `image:` whose
 * repository is the deployed image's repository gets the new tag or digest, whatever it held before.
 */
function imageRepository(image) {
    const withoutDigest = image.split('@')[0];
    const slash = withoutDigest.lastIndexOf('/');
    const colon = withoutDigest.lastIndexOf(':');
    return colon > slash ? withoutDigest.slice(0, colon) : withoutDigest;
}
/** The manifest with the image set, and how many `image:` fields were changed. */
function substituteImage(manifest, image) {
    const repository = imageRepository(image);
    const escaped = repository.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const pattern = new RegExp(`^(\\s*(?:-\\s+)?image:\\s*)(["']?)${escaped}(?::[\\w][\\w.-]*)?(?:@sha256:[a-f0-9]{64})?\\2(\\s*(?:#.*)?)$`, 'gm');
    let count = 0;
    const text = manifest.replace(pattern, (_m, head, quote, tail) => {
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
    if (inputs.strategy === 'script') {
        return { script: inputs.script, env: inputs.env, shell: inputs.shell, strict: inputs.strict };
    }
    if (inputs.strategy === 'docker') {
        return { script: dockerScript(inputs.docker, inputs.image, markerPrefix), env: inputs.env, shell: 'bash' };
    }
    const k = inputs.kubernetes;
    const manifest = k.manifest === undefined ? undefined : readManifest(k.manifest, inputs.image);
    return {
        script: kubernetesScript(k, inputs.image, markerPrefix, manifest, `MANIFEST_${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`),
        env: inputs.env,
        shell: 'bash',
    };
}
function readManifest(path, image) {
    const file = (0,external_node_path_.resolve)(process.env['GITHUB_WORKSPACE'] ?? '.', path);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (err) {
        throw new errors/* ActionError */.lZ(`Input 'manifest': cannot read ${path}: ${err.code ?? err}.`);
    }
    const { text: substituted, count } = substituteImage(text, image);
    if (count === 0) {
        throw new errors/* ActionError */.lZ(`Input 'manifest': ${path} has no 'image:' field for the repository of ${image}, so the rollout would not change it.`);
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


/***/ })

};
;