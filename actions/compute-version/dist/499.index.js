"use strict";
exports.id = 499;
exports.ids = [499];
exports.modules = {

/***/ 499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main),
  toOutputs: () => (/* binding */ toOutputs)
});

// EXTERNAL MODULE: ../../packages/kit/src/errors.ts
var errors = __webpack_require__(678);
// EXTERNAL MODULE: ../../packages/kit/src/workflow.ts + 2 modules
var workflow = __webpack_require__(364);
;// CONCATENATED MODULE: ../../packages/kit/src/exec.ts
/**
 * The process runner every action uses for CLIs (git, docker, terraform, ansible-playbook). Around
 * `@actions/exec`, with three differences that matter here: the command line is logged with every secret
 * replaced by `***` (`@actions/exec` echoes argv verbatim), output lines are redacted before they are
 * streamed, and a failed command throws one `CommandError` carrying the tail of its stderr.
 */


class CommandError extends errors/* ActionError */.lZ {
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
    const { getExecOutput } = await __webpack_require__.e(/* import() */ 844).then(__webpack_require__.bind(__webpack_require__, 844));
    const secrets = options.secrets ?? [];
    const commandLine = redact([command, ...args].map(quoteForLog).join(' '), secrets);
    if (options.quiet)
        workflow/* debug */.Yz(`$ ${commandLine}`);
    else
        workflow/* info */.pq(`$ ${commandLine}`);
    const stream = (line) => {
        if (!options.quiet)
            workflow/* info */.pq(redact(line, secrets));
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
;// CONCATENATED MODULE: ./src/context.ts
/**
 * What the runner says about the run: the event, its ref and commit, and the repository's URL.
 */


const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review']);
function readRunContext(env = process.env) {
    const eventName = env['GITHUB_EVENT_NAME'] ?? '';
    const payload = readPayload(env['GITHUB_EVENT_PATH']);
    const server = (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, '');
    const repository = env['GITHUB_REPOSITORY'];
    return {
        eventName,
        ref: env['GITHUB_REF'] ?? '',
        sha: env['GITHUB_SHA'] ?? '',
        pullRequestHeadSha: PULL_REQUEST_EVENTS.has(eventName) ? headSha(payload) : undefined,
        repositoryUrl: repository ? `${server}/${repository}` : undefined,
    };
}
function isPullRequest(ctx) {
    return PULL_REQUEST_EVENTS.has(ctx.eventName);
}
/** The branch a `refs/heads/...` ref names, else `undefined` (tags, pull request refs). */
function branchOfRef(ref) {
    return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}
/**
 * A browsable https URL for a git remote, without credentials: `git@github.com:o/r.git` and
 * `https://x-access-token:...@github.com/o/r` both become `https://github.com/o/r`.
 */
function publicRepositoryUrl(remote) {
    const scp = /^[\w.-]+@([\w.-]+):(.+?)(?:\.git)?\/?$/.exec(remote);
    if (scp)
        return `https://${scp[1]}/${scp[2]}`;
    try {
        const url = new URL(remote);
        if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol))
            return undefined;
        return `https://${url.hostname}${url.pathname.replace(/\.git$/, '').replace(/\/+$/, '')}`;
    }
    catch {
        return undefined;
    }
}
/** A payload the runner names but that cannot be read fails loudly: a PR would else be versioned by its merge commit. */
function readPayload(path) {
    if (!path)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (err) {
        throw new errors/* ActionError */.lZ(`Cannot read the event payload GITHUB_EVENT_PATH names (${path}): ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
}
function headSha(payload) {
    const pr = payload['pull_request'];
    return typeof pr?.head?.sha === 'string' ? pr.head.sha : undefined;
}

;// CONCATENATED MODULE: ./src/git.ts
class Git {
    cwd;
    exec;
    constructor(cwd, exec) {
        this.cwd = cwd;
        this.exec = exec;
    }
    async isRepository() {
        const r = await this.git(['rev-parse', '--is-inside-work-tree'], true);
        return r.exitCode === 0 && r.stdout.trim() === 'true';
    }
    async head() {
        return (await this.git(['rev-parse', 'HEAD'])).stdout.trim();
    }
    async isShallow() {
        return (await this.git(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
    }
    /** The checked-out branch, or `undefined` on a detached HEAD. */
    async branch() {
        const r = await this.git(['symbolic-ref', '--quiet', '--short', 'HEAD'], true);
        return r.exitCode === 0 ? r.stdout.trim() || undefined : undefined;
    }
    async remoteUrl(remote = 'origin') {
        const r = await this.git(['remote', 'get-url', remote], true);
        return r.exitCode === 0 ? r.stdout.trim() || undefined : undefined;
    }
    async localTags() {
        const r = await this.git([
            'for-each-ref',
            '--format=%(refname:strip=2) %(objectname) %(*objectname)',
            'refs/tags',
        ]);
        return parseForEachRef(r.stdout);
    }
    /** The remote's tags without fetching any object: works in a shallow clone of any depth. */
    async remoteTags(remote = 'origin') {
        const r = await this.git(['ls-remote', '--tags', remote]);
        return parseLsRemote(r.stdout);
    }
    git(args, allowFailure = false) {
        return this.exec('git', args, { cwd: this.cwd, quiet: true, allowFailure });
    }
}
/** Lines of `<name> <object> <peeled object>`; the peeled object is empty for lightweight tags. */
function parseForEachRef(text) {
    const tags = new Map();
    for (const line of text.split('\n')) {
        const [name, object, peeled] = line.trim().split(' ');
        if (name && object)
            tags.set(name, peeled || object);
    }
    return tags;
}
/** Lines of `<object>\trefs/tags/<name>`, annotated tags followed by `<commit>\trefs/tags/<name>^{}`. */
function parseLsRemote(text) {
    const tags = new Map();
    for (const line of text.split('\n')) {
        const [object, ref] = line.trim().split('\t');
        if (!object || !ref?.startsWith('refs/tags/'))
            continue;
        const name = ref.slice('refs/tags/'.length);
        if (name.endsWith('^{}'))
            tags.set(name.slice(0, -3), object);
        else if (!tags.has(name))
            tags.set(name, object);
    }
    return tags;
}

// EXTERNAL MODULE: ../../node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(69);
// EXTERNAL MODULE: ../../node_modules/.pnpm/semver@7.8.6/node_modules/semver/classes/semver.js
var semver = __webpack_require__(375);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ../../node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/compare.js
var compare = __webpack_require__(361);
var compare_default = /*#__PURE__*/__webpack_require__.n(compare);
;// CONCATENATED MODULE: ./src/version.ts
/**
 * Pure version logic: strict SemVer parsing, the tags derived from a version, and picking tags from a
 * repository's tag list. Nothing here touches the file system, git or the runner.
 */



/** Docker's tag grammar: https://github.com/distribution/reference (tag := [\w][\w.-]{0,127}). */
const DOCKER_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
/** SemVer 2.0.0's own grammar (semver.org), anchored; the `semver` package alone also accepts a `v`. */
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
class VersionError extends errors/* ActionError */.lZ {
    name = 'VersionError';
}
/**
 * Parses `raw` as a strict SemVer 2.0.0 version. `origin` names where it came from (a file and key, an
 * input) for the error. `allowV` accepts one leading `v`, as found in VERSION files and tag names.
 */
function parseVersion(raw, origin, opts = {}) {
    const text = opts.allowV && /^v\d/.test(raw) ? raw.slice(1) : raw;
    const match = SEMVER.exec(text);
    if (!match) {
        throw new VersionError(`${origin}: '${shorten(raw)}' is not a SemVer 2.0 version (MAJOR.MINOR.PATCH, e.g. 1.4.0 or 1.4.0-rc.1).`);
    }
    const build = match[5];
    let version = text;
    if (build !== undefined) {
        if (opts.buildMetadata !== 'strip') {
            throw new VersionError(`${origin}: '${shorten(raw)}' has build metadata '+${build}', which no Docker tag can hold. ` +
                `Remove '+${build}', or set build-metadata: strip to drop it.`);
        }
        version = text.slice(0, text.indexOf('+'));
    }
    const parsed = new (semver_default())(version);
    return {
        version,
        major: parsed.major,
        minor: parsed.minor,
        patch: parsed.patch,
        prerelease: match[4] ?? '',
        droppedBuildMetadata: build ?? '',
    };
}
function isDockerTag(tag) {
    return DOCKER_TAG.test(tag);
}
/**
 * The release and snapshot tags of a version. The snapshot tag is itself SemVer (the label and the
 * short SHA form one prerelease identifier), so a snapshot of a release version sorts below that release.
 */
function composeTags(v, opts) {
    const tag = `${opts.prefix}${v.version}`;
    const snapshotTag = `${tag}-${opts.snapshotLabel}-${opts.shortSha}`;
    for (const t of [tag, snapshotTag]) {
        if (!isDockerTag(t)) {
            throw new VersionError(`The tag '${shorten(t)}' is not a valid Docker tag (letters, digits, '_', '.', '-'; at most 128 ` +
                'characters, not starting with . or -). Shorten the prerelease part or the tag prefix.');
        }
    }
    return { tag, snapshotTag };
}
/** The versions of the tags named `<prefix><semver>`, with the tag name kept. Other tags are ignored. */
function versionTags(tagNames, prefix) {
    const out = [];
    for (const name of tagNames) {
        if (!name.startsWith(prefix))
            continue;
        const rest = name.slice(prefix.length);
        if (!SEMVER.test(rest) || rest.includes('+'))
            continue;
        out.push({ name, version: new (semver_default())(rest) });
    }
    return out.sort((a, b) => compare_default()(a.version, b.version));
}
/** The highest `<prefix><semver>` tag, prereleases included (the `git-tag` source). */
function latestTag(tagNames, prefix) {
    return versionTags(tagNames, prefix).at(-1)?.name;
}
/** The highest release tag (no prerelease) strictly below `version`: where a changelog starts. */
function previousReleaseTag(tagNames, prefix, version) {
    return versionTags(tagNames, prefix)
        .filter((t) => t.version.prerelease.length === 0 && compare_default()(t.version, version) < 0)
        .at(-1)?.name;
}
function shorten(s) {
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

;// CONCATENATED MODULE: ./src/sources.ts
/**
 * Where a version is declared. Each manifest reader takes the file's text and returns the raw version
 * string and the key it came from, or why the file declares none; malformed files throw.
 */


/** The files `source: auto` looks for, in order, and the default file of each file source. */
const DEFAULT_FILES = [
    { source: 'pyproject', file: 'pyproject.toml' },
    { source: 'package-json', file: 'package.json' },
    { source: 'cargo', file: 'Cargo.toml' },
    { source: 'version-file', file: 'VERSION' },
];
function readDeclaredVersion(source, file, text) {
    switch (source) {
        case 'pyproject':
            return fromPyproject(parseTomlFile(file, text));
        case 'cargo':
            return fromCargo(parseTomlFile(file, text));
        case 'package-json':
            return fromPackageJson(file, text);
        case 'version-file':
            return fromVersionFile(text);
    }
}
/** Infers the source from a file name, for a `file` input given with `source: auto`. */
function sourceOfFile(file) {
    const base = file.split(/[\\/]/).pop() ?? file;
    if (base === 'pyproject.toml')
        return 'pyproject';
    if (base === 'package.json')
        return 'package-json';
    if (base === 'Cargo.toml')
        return 'cargo';
    return 'version-file';
}
function fromPyproject(doc) {
    const project = sources_table(doc['project']);
    if (project && 'version' in project)
        return stringAt(project['version'], '[project].version');
    const poetry = sources_table(sources_table(doc['tool'])?.['poetry']);
    if (poetry && 'version' in poetry)
        return stringAt(poetry['version'], '[tool.poetry].version');
    const dynamic = Array.isArray(project?.['dynamic']) && project['dynamic'].includes('version');
    return {
        found: false,
        reason: dynamic
            ? "[project] lists 'version' as dynamic (a build backend sets it)"
            : 'neither [project].version nor [tool.poetry].version is set',
    };
}
function fromCargo(doc) {
    const pkg = sources_table(doc['package']);
    const inherited = sources_table(pkg?.['version'])?.['workspace'] === true;
    if (pkg && 'version' in pkg && !inherited)
        return stringAt(pkg['version'], '[package].version');
    const workspacePackage = sources_table(sources_table(doc['workspace'])?.['package']);
    if (workspacePackage && 'version' in workspacePackage) {
        return stringAt(workspacePackage['version'], '[workspace.package].version');
    }
    return {
        found: false,
        reason: inherited
            ? '[package].version is inherited from a workspace root that is not this file; point file at the root Cargo.toml'
            : 'neither [package].version nor [workspace.package].version is set',
    };
}
function fromPackageJson(file, text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        throw new VersionError(`${file} is not valid JSON: ${err.message}`, { file });
    }
    const obj = sources_table(doc);
    if (!obj || !('version' in obj))
        return { found: false, reason: "it has no 'version' field" };
    return stringAt(obj['version'], 'version');
}
function fromVersionFile(text) {
    const lines = text.split(/\r?\n/).map((l) => l.trim());
    const first = lines.find((l) => l !== '' && !l.startsWith('#'));
    if (first === undefined)
        return { found: false, reason: 'it is empty' };
    return { found: true, raw: first, key: 'first line' };
}
function parseTomlFile(file, text) {
    try {
        return (0,dist/* parse */.qg)(text);
    }
    catch (err) {
        const line = err.line;
        const firstLine = String(err.message).split('\n')[0];
        throw new VersionError(`${file} is not valid TOML: ${firstLine}`, { file, line });
    }
}
/** A declared value that is not a string (`version = 1.4`) is still the version: it fails validation. */
function stringAt(value, key) {
    return { found: true, raw: typeof value === 'string' ? value : String(JSON.stringify(value)), key };
}
function sources_table(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}

;// CONCATENATED MODULE: ./src/compute.ts
/**
 * Derives every value of the run from the inputs, the working tree, git and the runner context.
 * git, the clock and the log go through `Deps`, so tests can drive them; version files are read from the
 * working directory.
 */







async function computeVersion(inputs, deps) {
    const dir = (0,external_node_path_.resolve)(inputs.workingDirectory);
    if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory()) {
        throw new errors/* InputError */.dz('working-directory', `'${inputs.workingDirectory}' is not a directory (resolved to ${dir}).`);
    }
    const git = new Git(dir, deps.exec);
    const inRepo = await git.isRepository();
    let tagList;
    const tags = () => {
        tagList ??= readTags(git, inRepo, inputs, deps);
        return tagList;
    };
    const sha = await resolveCommit(inputs, deps.context, git, inRepo);
    const shortSha = sha.slice(0, inputs.shortShaLength);
    const { version, source, sourceFile } = await readVersion(inputs, dir, tags, deps);
    if (version.droppedBuildMetadata) {
        deps.warn(`Dropped the build metadata '+${version.droppedBuildMetadata}' from the version (build-metadata: strip): ` +
            `tags use ${version.version}.`);
    }
    const { tag, snapshotTag } = composeTags(version, {
        prefix: inputs.tagPrefix,
        snapshotLabel: inputs.snapshotLabel,
        shortSha,
    });
    const isRelease = await isReleaseRun(inputs, deps.context, git, inRepo);
    // A version read from the tags is an existing tag by definition: auto leaves the guard to version files.
    const guard = inputs.failIfTagExists === 'true' ||
        (inputs.failIfTagExists === 'auto' && isRelease && source !== 'git-tag');
    const list = await tags();
    if (guard && list.missing) {
        throw new errors/* ActionError */.lZ(`Cannot check whether ${tag} is already released: this is a shallow clone without tags. ` +
            "Check out with fetch-depth: 0 (or fetch-tags: true), set this action's fetch-tags: true, or set fail-if-tag-exists: false.");
    }
    const taggedCommit = list.tags.get(tag);
    if (guard && taggedCommit !== undefined && taggedCommit !== sha) {
        throw new errors/* ActionError */.lZ(`The release tag ${tag} already exists at commit ${taggedCommit.slice(0, 12)}, but this run is for ` +
            `${sha.slice(0, 12)}. ${version.version} is already released: ${bumpHint(source, sourceFile)}. ` +
            '(To compute it anyway, set fail-if-tag-exists: false.)');
    }
    if (taggedCommit === sha)
        deps.log(`${tag} already tags this commit: this is a re-run of a release.`);
    const previousTag = previousReleaseTag(list.tags.keys(), inputs.tagPrefix, version.version) ?? '';
    if (!previousTag && list.missing) {
        deps.warn('previous-tag is empty: this shallow clone has no tags. Check out with fetch-depth: 0 or set fetch-tags: true.');
    }
    const repositoryUrl = deps.context.repositoryUrl ?? (inRepo ? await repositoryUrlFromRemote(git) : undefined);
    return {
        ...version,
        tag,
        releaseTag: tag,
        snapshotTag,
        sha,
        shortSha,
        isRelease,
        previousTag,
        tagCommit: taggedCommit ?? '',
        source,
        sourceFile,
        snapshotImage: inputs.image ? `${inputs.image}:${snapshotTag}` : '',
        releaseImage: inputs.image ? `${inputs.image}:${tag}` : '',
        labels: ociLabels(version.version, sha, repositoryUrl, createdAt(deps.now)),
    };
}
function bumpHint(source, sourceFile) {
    if (sourceFile)
        return `bump the version in ${sourceFile}`;
    if (source === 'input')
        return "bump the 'version' input";
    return 'tag the new version first, or read the version from a file';
}
function ociLabels(version, sha, source, created) {
    const labels = {
        'org.opencontainers.image.version': version,
        'org.opencontainers.image.revision': sha,
    };
    if (source)
        labels['org.opencontainers.image.source'] = source;
    labels['org.opencontainers.image.created'] = created;
    return labels;
}
/** Build time in RFC 3339; `SOURCE_DATE_EPOCH` (reproducible builds) wins when set. */
function createdAt(now) {
    const epoch = process.env['SOURCE_DATE_EPOCH'];
    const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now();
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/**
 * The commit the run is about: the `sha` input; on pull requests the head of the branch (not the merge
 * commit GitHub checks out); else the checked-out HEAD (a detached HEAD included); else `GITHUB_SHA`.
 */
async function resolveCommit(inputs, ctx, git, inRepo) {
    if (inputs.sha)
        return inputs.sha;
    if (ctx.pullRequestHeadSha)
        return ctx.pullRequestHeadSha;
    if (inRepo) {
        try {
            return await git.head();
        }
        catch {
            // An empty repository has no HEAD yet: fall through to the runner's commit.
        }
    }
    if (/^[0-9a-f]{40}$/.test(ctx.sha))
        return ctx.sha;
    throw new errors/* ActionError */.lZ('No commit to version: the working directory is not a git repository with a commit and GITHUB_SHA is not set. ' +
        'Check out the repository first (actions/checkout), or give the sha input.');
}
async function isReleaseRun(inputs, ctx, git, inRepo) {
    if (isPullRequest(ctx))
        return false;
    const branch = ctx.ref ? branchOfRef(ctx.ref) : inRepo ? await git.branch() : undefined;
    return branch !== undefined && inputs.releaseBranches.includes(branch);
}
async function readVersion(inputs, dir, tags, deps) {
    const opts = { buildMetadata: inputs.buildMetadata };
    if (inputs.source === 'input' || (inputs.source === 'auto' && inputs.version !== undefined)) {
        return {
            version: parseVersion(inputs.version, "Input 'version'", { ...opts, allowV: true }),
            source: 'input',
            sourceFile: '',
        };
    }
    if (inputs.source === 'git-tag')
        return fromTags(inputs, await tags(), opts);
    if (inputs.source !== 'auto' || inputs.file !== undefined) {
        const source = inputs.source === 'auto' ? sourceOfFile(inputs.file) : inputs.source;
        const file = inputs.file ?? DEFAULT_FILES.find((f) => f.source === source).file;
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, file))) {
            throw new VersionError(`${file} does not exist in ${dir}. Set working-directory or file to where it is, or choose another source.`);
        }
        const declared = readFile(source, dir, file, opts);
        if (!declared.found)
            throw new VersionError(`${file} declares no version: ${declared.reason}.`, { file });
        return declared;
    }
    for (const candidate of DEFAULT_FILES) {
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, candidate.file)))
            continue;
        const declared = readFile(candidate.source, dir, candidate.file, opts);
        if (declared.found)
            return declared;
        deps.log(`Skipping ${candidate.file}: ${declared.reason}.`);
    }
    const list = await tags();
    if (latestTag(list.tags.keys(), inputs.tagPrefix) === undefined) {
        throw new VersionError(`No version found in ${dir}: no pyproject.toml, package.json, Cargo.toml or VERSION declares one, and ` +
            `${describeTagSearch(list, inputs.tagPrefix)}. Add a version to one of those files, or give the version input.`);
    }
    return fromTags(inputs, list, opts);
}
function readFile(source, dir, file, opts) {
    const declared = readDeclaredVersion(source, file, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, file), 'utf8'));
    if (!declared.found)
        return declared;
    const allowV = source === 'version-file';
    return {
        found: true,
        version: parseVersion(declared.raw, `${file} (${declared.key})`, { ...opts, allowV }),
        source,
        sourceFile: file,
    };
}
function fromTags(inputs, list, opts) {
    const latest = latestTag(list.tags.keys(), inputs.tagPrefix);
    if (latest === undefined) {
        throw new VersionError(`source is git-tag, but ${describeTagSearch(list, inputs.tagPrefix)}.`);
    }
    const version = parseVersion(latest.slice(inputs.tagPrefix.length), `Tag ${latest}`, opts);
    return { version, source: 'git-tag', sourceFile: '' };
}
function describeTagSearch(list, prefix) {
    const pattern = `${prefix}MAJOR.MINOR.PATCH`;
    if (list.from === 'none')
        return `no git repository to read ${pattern} tags from`;
    if (list.missing) {
        return `this shallow clone has no tags to read (check out with fetch-depth: 0, or set fetch-tags: true)`;
    }
    return `no tag named ${pattern} exists ${list.from === 'origin' ? 'on origin' : 'in the repository'}`;
}
async function readTags(git, inRepo, inputs, deps) {
    if (!inRepo)
        return { tags: new Map(), from: 'none', missing: false };
    const shallow = await git.isShallow();
    const wantRemote = inputs.fetchTags === 'true' || (inputs.fetchTags === 'auto' && shallow);
    if (wantRemote) {
        if (await git.remoteUrl()) {
            try {
                const tags = await git.remoteTags();
                deps.log(`Read ${tags.size} tags from origin${shallow ? ' (shallow clone)' : ''}.`);
                return { tags, from: 'origin', missing: false };
            }
            catch (err) {
                throw new errors/* ActionError */.lZ(`Could not read tags from origin: ${(0,errors/* errorMessage */.gJ)(err)}\n` +
                    'Check out with fetch-depth: 0 and set fetch-tags: false, or make origin reachable with the checkout credentials.');
            }
        }
        if (inputs.fetchTags === 'true') {
            throw new errors/* InputError */.dz('fetch-tags', 'is true, but the repository has no remote named origin to read tags from.');
        }
    }
    const tags = await git.localTags();
    return { tags, from: 'local', missing: shallow && tags.size === 0 };
}
async function repositoryUrlFromRemote(git) {
    const remote = await git.remoteUrl();
    return remote ? publicRepositoryUrl(remote) : undefined;
}

;// CONCATENATED MODULE: ./src/main.ts





async function main(inputs, deps = defaultDeps()) {
    const result = await workflow/* group */.Os('Compute the version', () => computeVersion(inputs, deps));
    const outputs = toOutputs(result);
    for (const [name, value] of Object.entries(outputs))
        workflow/* setOutput */.uH(name, value);
    workflow/* setOutput */.uH('json', outputs);
    workflow/* info */.pq(`${result.tag} (snapshot ${result.snapshotTag}) from ${describeSource(result)}`);
    write(heading('compute-version'), summaryTable(result));
}
function defaultDeps() {
    return {
        exec: runCommand,
        context: readRunContext(),
        now: () => new Date(),
        log: workflow/* info */.pq,
        warn: (message) => workflow/* warning */.$e(message),
    };
}
/** Step outputs, named as in action.yml. */
function toOutputs(r) {
    return {
        version: r.version,
        tag: r.tag,
        'release-tag': r.releaseTag,
        'snapshot-tag': r.snapshotTag,
        sha: r.sha,
        'short-sha': r.shortSha,
        major: String(r.major),
        minor: String(r.minor),
        patch: String(r.patch),
        prerelease: r.prerelease,
        'is-release': String(r.isRelease),
        'previous-tag': r.previousTag,
        'tag-exists': String(r.tagCommit !== ''),
        source: r.source,
        'source-file': r.sourceFile,
        'snapshot-image': r.snapshotImage,
        'release-image': r.releaseImage,
        labels: Object.entries(r.labels)
            .map(([k, v]) => `${k}=${v}`)
            .join('\n'),
    };
}
function describeSource(r) {
    return r.sourceFile
        ? `${r.sourceFile}`
        : r.source === 'input'
            ? "the 'version' input"
            : 'the latest version tag';
}
function describeTagCommit(r) {
    if (!r.tagCommit)
        return 'no';
    return r.tagCommit === r.sha
        ? 'yes, at this commit (a re-run)'
        : `yes, at ${code(r.tagCommit.slice(0, 12))}`;
}
function summaryTable(r) {
    const rows = [
        ['Version', code(r.version)],
        ['Release tag', code(r.tag)],
        ['Snapshot tag', code(r.snapshotTag)],
        ['Commit', code(r.sha)],
        ['Release run', r.isRelease ? 'yes' : 'no'],
        ['Previous release', code(r.previousTag)],
        ['Release tag exists', describeTagCommit(r)],
        ['Source', describeSource(r)],
    ];
    if (r.snapshotImage)
        rows.push(['Snapshot image', code(r.snapshotImage)], ['Release image', code(r.releaseImage)]);
    return table(['', 'Value'], rows);
}


/***/ })

};
;