"use strict";
exports.id = 845;
exports.ids = [845,421];
exports.modules = {

/***/ 5845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildSnapshot: () => (/* binding */ buildSnapshot),
  formatBytes: () => (/* binding */ formatBytes),
  main: () => (/* binding */ main),
  toOutputs: () => (/* binding */ toOutputs)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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

// EXTERNAL MODULE: ../../packages/registry/src/registry.ts
var registry = __webpack_require__(4031);
;// CONCATENATED MODULE: ../../packages/registry/src/connect.ts
/** Opening a registry client from the shared inputs, with secrets masked and retries logged. */


function connectRegistry(image, inputs) {
    return (0,registry/* createRegistryClient */.Hn)({
        kind: inputs.kind,
        name: image,
        credentials: inputs.credentials,
        insecure: inputs.insecure,
        mask: (secret) => workflow/* setSecret */.Pq(secret),
        log: (message) => workflow/* warning */.$e(message),
    });
}

// EXTERNAL MODULE: ../../packages/registry/src/reference.ts
var reference = __webpack_require__(5723);
// EXTERNAL MODULE: ../../packages/registry/src/media-types.ts
var media_types = __webpack_require__(2202);
;// CONCATENATED MODULE: ./src/docker-args.ts
/** The docker command lines, built from the inputs alone so they can be checked in table tests. */

function imageRefs(inputs) {
    return inputs.tags.map((tag) => (0,reference/* formatReference */.FH)(inputs.image, { tag }));
}
function commonBuildArgs(inputs) {
    const args = [];
    if (inputs.file)
        args.push('--file', inputs.file);
    for (const ref of imageRefs(inputs))
        args.push('--tag', ref);
    for (const [key, value] of inputs.buildArgs)
        args.push('--build-arg', `${key}=${value}`);
    for (const [key, value] of inputs.labels)
        args.push('--label', `${key}=${value}`);
    if (inputs.target)
        args.push('--target', inputs.target);
    if (inputs.noCache)
        args.push('--no-cache');
    if (inputs.pull)
        args.push('--pull');
    return args;
}
/** `docker buildx build`: pushes (or loads) itself and writes the pushed digest to `metadataFile`. */
function buildxArgs(inputs, metadataFile) {
    const args = ['buildx', 'build', ...commonBuildArgs(inputs)];
    if (inputs.platforms.length > 0)
        args.push('--platform', inputs.platforms.join(','));
    // buildx attaches provenance by default, which makes even a single-platform image an index.
    args.push(`--provenance=${inputs.provenance}`);
    args.push('--metadata-file', metadataFile);
    args.push(inputs.push ? '--push' : '--load');
    args.push(inputs.context);
    return args;
}
/** The classic builder: one platform at most, pushed tag by tag afterwards. */
function dockerBuildArgs(inputs) {
    const args = ['build', ...commonBuildArgs(inputs)];
    if (inputs.platforms.length === 1)
        args.push('--platform', inputs.platforms[0]);
    args.push(inputs.context);
    return args;
}

;// CONCATENATED MODULE: ./src/build.ts
/**
 * The build: skip it when every tag is already in the registry at one digest, otherwise build with buildx
 * (GitHub's runners have it) or the classic builder, push, and read the digest back from the registry.
 */





/** The digest every tag already has, when all exist at one digest; undefined means build. */
async function existingDigest(inputs, deps) {
    if (!deps.client)
        return undefined;
    const heads = await Promise.all(inputs.tags.map((tag) => deps.client.headManifest(inputs.image.repository, tag)));
    const missing = inputs.tags.filter((_, i) => !heads[i]);
    if (missing.length > 0) {
        if (missing.length < inputs.tags.length)
            deps.log(`Not in the registry yet: ${missing.join(', ')}; building.`);
        return undefined;
    }
    const digests = new Set(heads.map((h) => h.digest));
    if (digests.size > 1) {
        deps.warn(`The tags ${inputs.tags.join(', ')} exist at different digests (${[...digests].join(', ')}); rebuilding so they name one image.`);
        return undefined;
    }
    return heads[0];
}
async function hasBuildx(exec) {
    const result = await exec('docker', ['buildx', 'version'], { quiet: true, allowFailure: true });
    return result.exitCode === 0;
}
async function buildAndPush(inputs, deps) {
    const useBuildx = inputs.builder === 'buildx' || (inputs.builder === 'auto' && (await hasBuildx(deps.exec)));
    if (inputs.builder === 'buildx' && !(await hasBuildx(deps.exec))) {
        throw new errors/* ActionError */.lZ('builder is buildx but `docker buildx` is not available: run docker/setup-buildx-action first.');
    }
    if (!useBuildx && inputs.platforms.length > 1) {
        throw new errors/* ActionError */.lZ(`Building for ${inputs.platforms.join(', ')} needs buildx, which this runner lacks: run docker/setup-buildx-action first.`);
    }
    let digest;
    if (useBuildx) {
        const metadataFile = (0,external_node_path_.join)(deps.tempDir, 'build-metadata.json');
        await deps.exec('docker', buildxArgs(inputs, metadataFile));
        digest = readMetadataDigest(metadataFile);
    }
    else {
        await deps.exec('docker', dockerBuildArgs(inputs));
        if (inputs.push) {
            for (const ref of imageRefs(inputs))
                await deps.exec('docker', ['push', ref]);
        }
        else {
            const inspect = await deps.exec('docker', ['image', 'inspect', '--format', '{{.Id}}', imageRefs(inputs)[0]], {
                quiet: true,
            });
            digest = inspect.stdout.trim();
        }
    }
    const builder = useBuildx ? 'buildx' : 'docker';
    if (!inputs.push || !deps.client)
        return { digest: digest ?? '', builder, mediaType: undefined };
    const pushed = await readBackDigest(inputs, deps.client);
    if (digest && pushed.digest !== digest) {
        throw new errors/* ActionError */.lZ(`The build reported ${digest} but the registry has ${pushed.digest} for ${inputs.tags[0]}.`);
    }
    return { digest: pushed.digest, builder, mediaType: pushed.mediaType };
}
/** Every pushed tag must name one digest: the one the registry holds, not the one the builder remembers. */
async function readBackDigest(inputs, client) {
    const heads = await Promise.all(inputs.tags.map((tag) => client.headManifest(inputs.image.repository, tag)));
    const missing = inputs.tags.filter((_, i) => !heads[i]);
    if (missing.length > 0) {
        throw new errors/* ActionError */.lZ(`The push finished but the registry does not have ${missing.join(', ')}.`);
    }
    const digests = [...new Set(heads.map((h) => h.digest))];
    if (digests.length > 1) {
        throw new errors/* ActionError */.lZ(`The pushed tags name different digests (${digests.join(', ')}); another push raced this one.`);
    }
    return heads[0];
}
function readMetadataDigest(file) {
    try {
        const metadata = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        const digest = metadata['containerimage.digest'];
        return typeof digest === 'string' ? digest : undefined;
    }
    catch {
        return undefined;
    }
}
/** Compressed size (config + layers), summed over the platforms of an index; attestations are left out. */
async function imageSize(inputs, client, digest) {
    const manifest = await client.getManifest(inputs.image.repository, digest);
    const content = JSON.parse(manifest.bytes.toString('utf8'));
    if ((0,media_types/* isIndex */.nw)(manifest.mediaType)) {
        let total = 0;
        for (const child of content.manifests ?? []) {
            if (child.platform?.os === 'unknown')
                continue;
            total += await imageSize(inputs, client, child.digest);
        }
        return total;
    }
    return [content.config, ...(content.layers ?? [])].reduce((sum, d) => sum + (d?.size ?? 0), 0);
}

// EXTERNAL MODULE: ./src/post.ts
var post = __webpack_require__(6421);
;// CONCATENATED MODULE: ./src/main.ts












async function main(inputs) {
    const client = inputs.push
        ? await workflow/* group */.Os(`Connect to ${inputs.image.registry} (${inputs.registry.kind})`, () => connectRegistry(inputs.image, inputs.registry))
        : undefined;
    const deps = {
        exec: exec/* runCommand */.d1,
        client,
        tempDir: (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(process.env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), 'build-snapshot-')),
        log: workflow/* info */.pq,
        warn: (message) => workflow/* warning */.$e(message),
    };
    const outcome = await buildSnapshot(inputs, deps);
    for (const [name, value] of Object.entries(toOutputs(inputs, outcome)))
        workflow/* setOutput */.uH(name, value);
    write(heading('build-snapshot'), summary(inputs, outcome));
}
async function buildSnapshot(inputs, deps) {
    const existing = inputs.push && inputs.skipExisting
        ? await workflow/* group */.Os('Look for the tags in the registry', () => existingDigest(inputs, deps))
        : undefined;
    if (existing) {
        workflow/* info */.pq(`Every tag already names ${existing.digest}: skipping the build.`);
        return {
            digest: existing.digest,
            skipped: true,
            builder: 'none',
            mediaType: existing.mediaType,
            size: await sizeOf(inputs, deps.client, existing.digest),
        };
    }
    if (inputs.push && deps.client)
        await workflow/* group */.Os(`Log in to ${inputs.image.registry}`, () => login(deps.client, deps));
    const built = await workflow/* group */.Os(`Build ${imageRefs(inputs).join(', ')}`, () => buildAndPush(inputs, deps));
    return {
        ...built,
        skipped: false,
        size: inputs.push ? await sizeOf(inputs, deps.client, built.digest) : undefined,
    };
}
/** `docker login` with the password on stdin; the post step logs out. */
async function login(client, deps) {
    const credentials = await client.loginCredentials();
    if (!credentials) {
        workflow/* info */.pq('No credentials: pushing anonymously.');
        return;
    }
    await deps.exec('docker', ['login', '--username', credentials.username, '--password-stdin', client.registry], {
        input: credentials.password,
        secrets: [credentials.password],
    });
    workflow/* saveState */.LZ(post.LOGIN_STATE, client.registry);
}
async function sizeOf(inputs, client, digest) {
    if (!client)
        return undefined;
    try {
        return await imageSize(inputs, client, digest);
    }
    catch (err) {
        workflow/* warning */.$e(`Could not read the image size: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return undefined;
    }
}
function toOutputs(inputs, o) {
    const refs = imageRefs(inputs);
    return {
        digest: o.digest,
        'image-ref': inputs.push ? (0,reference/* formatReference */.FH)(inputs.image, { digest: o.digest }) : '',
        tags: refs.join('\n'),
        skipped: String(o.skipped),
        builder: o.builder,
        size: o.size === undefined ? '' : String(o.size),
    };
}
function summary(inputs, o) {
    const rows = [
        ['Image', code((0,reference/* formatReference */.FH)(inputs.image, {}))],
        [
            'Tags',
            imageRefs(inputs)
                .map((ref) => code(ref))
                .join('<br>'),
        ],
        ['Digest', code(o.digest)],
        ['Size', o.size === undefined ? 'unknown' : formatBytes(o.size)],
        [
            'Build',
            o.skipped
                ? 'skipped: every tag already existed'
                : `built with ${o.builder}${inputs.push ? ' and pushed' : ''}`,
        ],
    ];
    return table(['', ''], rows);
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}


/***/ }),

/***/ 6421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LOGIN_STATE: () => (/* binding */ LOGIN_STATE),
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var _deploy_actions_kit_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9624);
/* harmony import */ var _deploy_actions_kit_workflow__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2284);


/** The registry `docker login` was run for, saved so the post step can log out. */
const LOGIN_STATE = 'logged-in-registry';
async function post() {
    const registry = _deploy_actions_kit_workflow__WEBPACK_IMPORTED_MODULE_1__/* .getState */ .Gu(LOGIN_STATE);
    if (!registry)
        return;
    await _deploy_actions_kit_workflow__WEBPACK_IMPORTED_MODULE_1__/* .group */ .Os(`Log out of ${registry}`, () => (0,_deploy_actions_kit_exec__WEBPACK_IMPORTED_MODULE_0__/* .runCommand */ .d1)('docker', ['logout', registry]));
}


/***/ }),

/***/ 9624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d1: () => (/* binding */ runCommand)
/* harmony export */ });
/* unused harmony exports CommandError, redact */
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