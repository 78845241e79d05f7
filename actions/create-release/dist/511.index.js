"use strict";
exports.id = 511;
exports.ids = [511];
exports.modules = {

/***/ 1511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  defaultDeps: () => (/* binding */ defaultDeps),
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ../../packages/kit/src/errors.ts
var errors = __webpack_require__(3678);
// EXTERNAL MODULE: ../../node_modules/.pnpm/@octokit+plugin-retry@8.1.1_@octokit+core@7.0.8/node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(545);
// EXTERNAL MODULE: ../../node_modules/.pnpm/@octokit+plugin-throttling@11.0.5_@octokit+core@7.0.8/node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6404);
// EXTERNAL MODULE: ../../node_modules/.pnpm/@octokit+rest@22.0.1/node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(8176);
// EXTERNAL MODULE: ../../packages/github/src/repository.ts
var repository = __webpack_require__(5748);
;// CONCATENATED MODULE: ../../packages/github/src/client.ts
/**
 * The GitHub REST client every action here uses: `@octokit/rest` with the retry and throttling plugins,
 * so secondary rate limits, primary rate limits and 5xx answers are retried with the wait logged.
 */





/**
 * Statuses the retry plugin leaves alone: its own list, plus 429, which is a rate limit the throttling
 * plugin waits out for as long as `retry-after` says (the retry plugin would retry it after one second).
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
/**
 * Logs each server error the retry plugin is about to retry, with the wait. Registered before the retry
 * plugin, so its hook sits inside the retry loop and sees every attempt rather than only the last one.
 */
function logServerErrors(octokit, options) {
    const retries = options.retry?.retries ?? 3;
    const base = options.retry?.retryAfterBaseValue ?? 1000;
    // The retry plugin re-sends the same options object; Octokit shares its nested `request` object
    // between calls, so the retry count it keeps there is not this call's.
    const attempts = new WeakMap();
    octokit.hook.error('request', (error, request) => {
        const status = error.status ?? 0;
        const attempt = (attempts.get(request) ?? 0) + 1;
        attempts.set(request, attempt);
        if (status >= 500 && !DO_NOT_RETRY.includes(status) && attempt <= retries) {
            // The wait the retry plugin computes from that shared count.
            const previous = request.request?.retryCount ?? 0;
            octokit.log.warn(`GitHub answered ${status} to ${describe(request)}; retrying in ` +
                `${duration((previous + 1) ** 2 * base)} (retry ${attempt} of ${retries}).`);
        }
        throw error;
    });
}
/** `POST /repos/acme/app/releases` from Octokit's request options (a route template and its values). */
function describe(request) {
    const values = request;
    const url = request.url
        .replace(/\{\?[^}]*\}/g, '')
        .replace(/\{(\w+)\}/g, (whole, name) => typeof values[name] === 'string' || typeof values[name] === 'number' ? String(values[name]) : whole);
    const path = /^https?:\/\//.test(url) ? new URL(url).pathname : url.split('?')[0];
    return `${request.method} ${path}`;
}
function duration(ms) {
    return ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`;
}
const RetryingOctokit = dist_src/* Octokit */.E.plugin(logServerErrors, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/**
 * The length of one "second" of the retry waits. `DEPLOY_ACTIONS_RETRY_BASE_MS` is the seam the tests of
 * the bundled actions use so that the retries they provoke take milliseconds; it is not a user setting.
 */
function retryBaseMs(options, env) {
    if (options.retryAfterBaseValue !== undefined)
        return options.retryAfterBaseValue;
    const text = env['DEPLOY_ACTIONS_RETRY_BASE_MS'];
    const value = Number(text);
    return text && Number.isFinite(value) && value >= 0 ? value : 1000;
}
function createClient(options, env = process.env) {
    if (!options.token) {
        throw new errors/* ActionError */.lZ(
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression the user copies
        'The GitHub token is empty. Pass `${{ secrets.GITHUB_TOKEN }}` or a GitHub App / PAT token.');
    }
    const log = options.log ?? (() => { });
    const retries = options.retries ?? 4;
    const base = retryBaseMs(options, env);
    const onLimit = (kind) => (after, request, _o, count) => {
        if (count >= retries) {
            log(`GitHub ${kind} hit on ${describe(request)}; giving up after ${retries} retries.`);
            return false;
        }
        log(`GitHub ${kind} hit on ${describe(request)}; retrying in ` +
            `${duration(after * base)} (retry ${count + 1} of ${retries}).`);
        return true;
    };
    return new RetryingOctokit({
        auth: options.token,
        baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
        userAgent: 'deploy-actions',
        log: { debug: () => { }, info: () => { }, warn: log, error: options.debug ?? (() => { }) },
        retry: { retries, retryAfterBaseValue: base, doNotRetry: DO_NOT_RETRY },
        throttle: {
            retryAfterBaseValue: base,
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
        },
    });
}
/** HTTP status of an Octokit error, or undefined for anything else. */
function statusOf(err) {
    const status = err?.status;
    return typeof status === 'number' ? status : undefined;
}

;// CONCATENATED MODULE: ../../packages/github/src/releases.ts
/**
 * The GitHub calls release tooling makes: commits, tags, releases (drafts included) and their assets.
 * Each call's failure becomes one `ActionError` that says what was being done, what GitHub answered and,
 * for the usual causes (token, permissions), how to fix it.
 */


function toRelease(data) {
    return {
        id: data.id,
        tag: data.tag_name,
        target: data.target_commitish,
        name: data.name ?? '',
        body: data.body ?? '',
        draft: data.draft,
        prerelease: data.prerelease,
        url: data.html_url,
        uploadUrl: data.upload_url,
        assets: data.assets.map((a) => ({
            id: a.id,
            name: a.name,
            size: a.size,
            url: a.url,
            downloadUrl: a.browser_download_url,
        })),
    };
}
class Releases {
    github;
    repository;
    constructor(github, repository) {
        this.github = github;
        this.repository = repository;
    }
    get name() {
        return `${this.repository.owner}/${this.repository.repo}`;
    }
    /** The full SHA of a commit given by SHA (full or abbreviated) or ref; an error naming it when unknown. */
    async resolveCommit(ref) {
        try {
            const { data } = await this.github.rest.repos.getCommit({ ...this.repository, ref, per_page: 1 });
            return data.sha;
        }
        catch (err) {
            if (statusOf(err) === 422 || statusOf(err) === 404) {
                throw new errors/* ActionError */.lZ(`The target commit '${ref}' does not exist in ${this.name}. Give a commit SHA that is pushed to ` +
                    'GitHub (the default is the commit the workflow runs for).');
            }
            throw this.failure(err, `looking up commit '${ref}'`);
        }
    }
    /** The commit a tag points at (an annotated tag peeled), or `undefined` when the tag does not exist. */
    async tagCommit(tag) {
        try {
            const { data } = await this.github.rest.git.getRef({ ...this.repository, ref: `tags/${tag}` });
            if (data.object.type !== 'tag')
                return data.object.sha;
            const annotated = await this.github.rest.git.getTag({ ...this.repository, tag_sha: data.object.sha });
            return annotated.data.object.sha;
        }
        catch (err) {
            if (statusOf(err) === 404)
                return undefined;
            throw this.failure(err, `looking up tag '${tag}'`);
        }
    }
    /** Every tag with the commit it points at. */
    async tags() {
        try {
            const tags = await this.github.paginate(this.github.rest.repos.listTags, {
                ...this.repository,
                per_page: 100,
            });
            return tags.map((t) => ({ name: t.name, commit: t.commit.sha }));
        }
        catch (err) {
            throw this.failure(err, 'listing tags');
        }
    }
    /** The published release of a tag (drafts have no tag and are not found this way). */
    async publishedByTag(tag) {
        try {
            const { data } = await this.github.rest.repos.getReleaseByTag({ ...this.repository, tag });
            return toRelease(data);
        }
        catch (err) {
            if (statusOf(err) === 404)
                return undefined;
            throw this.failure(err, `looking up the release of tag '${tag}'`);
        }
    }
    /** The latest published release, if any. */
    async latest() {
        try {
            return toRelease((await this.github.rest.repos.getLatestRelease({ ...this.repository })).data);
        }
        catch (err) {
            if (statusOf(err) === 404)
                return undefined;
            throw this.failure(err, 'looking up the latest release');
        }
    }
    /** Draft releases of a tag, newest first. GitHub finds drafts only by listing every release. */
    async draftsOf(tag) {
        try {
            const all = await this.github.paginate(this.github.rest.repos.listReleases, {
                ...this.repository,
                per_page: 100,
            });
            return all
                .filter((r) => r.draft && r.tag_name === tag)
                .map(toRelease)
                .sort((a, b) => b.id - a.id);
        }
        catch (err) {
            throw this.failure(err, 'listing releases');
        }
    }
    async get(id) {
        try {
            return toRelease((await this.github.rest.repos.getRelease({ ...this.repository, release_id: id })).data);
        }
        catch (err) {
            throw this.failure(err, `reading release ${id}`);
        }
    }
    async createDraft(tag, fields) {
        try {
            const { data } = await this.github.rest.repos.createRelease({
                ...this.repository,
                tag_name: tag,
                draft: true,
                ...apiFields(fields),
            });
            return toRelease(data);
        }
        catch (err) {
            throw this.failure(err, `creating a draft release for '${tag}'`);
        }
    }
    async update(id, fields) {
        try {
            const { data } = await this.github.rest.repos.updateRelease({
                ...this.repository,
                release_id: id,
                ...apiFields(fields),
            });
            return toRelease(data);
        }
        catch (err) {
            throw this.failure(err, `updating release ${id}`);
        }
    }
    /** Publishes a draft: GitHub creates the tag at the release's target unless the tag exists. */
    async publish(id, makeLatest) {
        try {
            const { data } = await this.github.rest.repos.updateRelease({
                ...this.repository,
                release_id: id,
                draft: false,
                make_latest: makeLatest,
            });
            return toRelease(data);
        }
        catch (err) {
            throw this.failure(err, `publishing release ${id}`);
        }
    }
    async delete(id) {
        try {
            await this.github.rest.repos.deleteRelease({ ...this.repository, release_id: id });
        }
        catch (err) {
            if (statusOf(err) === 404)
                return;
            throw this.failure(err, `deleting release ${id}`);
        }
    }
    /** GitHub's generated notes (merged pull requests, new contributors) between two tags. */
    async generateNotes(tag, target, previousTag) {
        try {
            const { data } = await this.github.rest.repos.generateReleaseNotes({
                ...this.repository,
                tag_name: tag,
                target_commitish: target,
                ...(previousTag ? { previous_tag_name: previousTag } : {}),
            });
            return data.body;
        }
        catch (err) {
            throw this.failure(err, `generating release notes for '${tag}'`);
        }
    }
    /**
     * Uploads one asset to the release's `upload_url` (uploads.github.com, or the GHES equivalent).
     * `undefined` when GitHub says an asset of that name exists already.
     */
    async upload(release, name, data, contentType) {
        try {
            const response = await this.github.rest.repos.uploadReleaseAsset({
                ...this.repository,
                release_id: release.id,
                url: release.uploadUrl,
                name,
                // Octokit types the body as a string; a Buffer is sent as the raw bytes, which is what GitHub wants.
                data: data,
                headers: { 'content-type': contentType, 'content-length': data.length },
            });
            const a = response.data;
            return { id: a.id, name: a.name, size: a.size, url: a.url, downloadUrl: a.browser_download_url };
        }
        catch (err) {
            if (statusOf(err) === 422 && /already_exists/.test(JSON.stringify(responseData(err) ?? '')))
                return undefined;
            throw this.failure(err, `uploading '${name}' to release ${release.id}`);
        }
    }
    async deleteAsset(id) {
        try {
            await this.github.rest.repos.deleteReleaseAsset({ ...this.repository, asset_id: id });
        }
        catch (err) {
            if (statusOf(err) === 404)
                return;
            throw this.failure(err, `deleting asset ${id}`);
        }
    }
    /** One error for a failed call: what was being done, GitHub's answer, and the usual fix. */
    failure(err, doing) {
        const status = statusOf(err);
        const said = githubMessage(err);
        const answer = status === undefined ? said : `${status}${said ? ` ${said}` : ''}`;
        const hint = status === 401
            ? ' The token is invalid or expired: check the token input.'
            : status === 403
                ? ` The token may lack permission: give the job 'permissions: contents: write', or use a GitHub App or PAT token with access to ${this.name}.`
                : status === 404
                    ? ` Check that ${this.name} exists and that the token can see it.`
                    : '';
        return new errors/* ActionError */.lZ(`GitHub refused ${doing} in ${this.name}: ${answer}.${hint}`, { cause: err });
    }
}
function apiFields(fields) {
    return {
        ...(fields.name === undefined ? {} : { name: fields.name }),
        ...(fields.body === undefined ? {} : { body: fields.body }),
        ...(fields.prerelease === undefined ? {} : { prerelease: fields.prerelease }),
        ...(fields.target === undefined ? {} : { target_commitish: fields.target }),
    };
}
function responseData(err) {
    return err?.response?.data;
}
/** GitHub's message and error codes, without the request (whose headers hold the token). */
function githubMessage(err) {
    const data = responseData(err);
    if (data && typeof data.message === 'string') {
        const codes = (data.errors ?? []).map((e) => [e.field, e.code].filter(Boolean).join(' ')).filter(Boolean);
        return codes.length > 0 ? `${data.message} (${codes.join(', ')})` : data.message;
    }
    return err instanceof Error ? err.message.split('\n')[0] : String(err);
}

// EXTERNAL MODULE: ../../packages/kit/src/workflow.ts + 1 modules
var workflow = __webpack_require__(9923);
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
    const { getExecOutput } = await __webpack_require__.e(/* import() */ 844).then(__webpack_require__.bind(__webpack_require__, 2844));
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/assets.ts
/**
 * The files to attach, from the `files` globs (expanded with `@actions/glob`, as the runner's own
 * actions do). Every pattern must match a file, and asset names (file names) must be unique: both are
 * checked before anything is created.
 */



const CONTENT_TYPES = {
    '.json': 'application/json',
    '.txt': 'text/plain',
    '.md': 'text/markdown',
    '.zip': 'application/zip',
    '.gz': 'application/gzip',
    '.tgz': 'application/gzip',
    '.tar': 'application/x-tar',
    '.sha256': 'text/plain',
    '.sig': 'application/octet-stream',
    '.yaml': 'application/yaml',
    '.yml': 'application/yaml',
    '.xml': 'application/xml',
    '.pdf': 'application/pdf',
    '.html': 'text/html',
};
function contentTypeOf(name) {
    return CONTENT_TYPES[(0,external_node_path_.extname)(name).toLowerCase()] ?? 'application/octet-stream';
}
async function findAssets(patterns, cwd) {
    if (patterns.length === 0)
        return [];
    const glob = await Promise.all(/* import() */[__webpack_require__.e(844), __webpack_require__.e(96)]).then(__webpack_require__.bind(__webpack_require__, 96));
    const absolute = (pattern) => (pattern.startsWith('/') ? pattern : (0,external_node_path_.resolve)(cwd, pattern));
    const exclusions = patterns.filter((p) => p.startsWith('!')).map((p) => `!${absolute(p.slice(1))}`);
    const files = new Map();
    for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
        const globber = await glob.create([absolute(pattern), ...exclusions].join('\n'), {
            matchDirectories: false,
            implicitDescendants: false,
        });
        const matches = (await globber.glob()).filter((p) => (0,external_node_fs_.statSync)(p).isFile()).sort();
        if (matches.length === 0) {
            throw new errors/* InputError */.dz('files', `'${pattern}' matches no file in ${cwd}. Build the files before this step, or fix the pattern.`);
        }
        for (const path of matches) {
            const name = (0,external_node_path_.basename)(path);
            const other = files.get(name);
            if (other && other.path !== path) {
                throw new errors/* InputError */.dz('files', `two files would be uploaded as '${name}' (${other.path} and ${path}); ` +
                    'release asset names must be unique.');
            }
            files.set(name, { path, name, size: (0,external_node_fs_.statSync)(path).size, contentType: contentTypeOf(name) });
        }
    }
    return [...files.values()];
}

;// CONCATENATED MODULE: ./src/conventional.ts
/**
 * A changelog grouped by Conventional Commits (`feat(api)!: …`, `fix: …`, `BREAKING CHANGE:` footers),
 * with a link to each commit and to the pull request a subject names (`… (#123)`, as GitHub writes
 * squash merges). Pure: the commits come from `history.ts`.
 */
const GROUP_TITLES = {
    breaking: '⚠ Breaking changes',
    feat: 'Features',
    fix: 'Bug fixes',
    perf: 'Performance',
    other: 'Other changes',
};
const HEADER = /^(\w[\w-]*)(?:\(([^()]*)\))?(!)?:\s+(.+)$/;
const BREAKING_FOOTER = /(?:^|\n)BREAKING[ -]CHANGE:\s*([\s\S]+?)(?=\n\s*\n|$)/;
const PULL_REQUEST = /\s*\(#(\d+)\)\s*$/;
function parseCommit(commit) {
    const subject = commit.subject.trim();
    const pr = PULL_REQUEST.exec(subject);
    const text = pr ? subject.slice(0, pr.index) : subject;
    const header = HEADER.exec(text);
    const footer = BREAKING_FOOTER.exec(commit.body);
    const type = header?.[1]?.toLowerCase();
    const breaking = Boolean(header && (header[3] || footer));
    const group = breaking
        ? 'breaking'
        : type === 'feat' || type === 'fix' || type === 'perf'
            ? type
            : 'other';
    return {
        group,
        type,
        scope: header?.[2]?.trim() || undefined,
        description: header ? header[4].trim() : text,
        sha: commit.sha,
        pullRequest: pr ? Number(pr[1]) : undefined,
        breakingNote: footer?.[1]?.replace(/\s+/g, ' ').trim(),
    };
}
function renderItem(item, links) {
    const scope = item.scope ? `**${item.scope}:** ` : '';
    const pr = item.pullRequest ? ` ([#${item.pullRequest}](${links.repoUrl}/pull/${item.pullRequest}))` : '';
    const commit = ` ([${item.sha.slice(0, 7)}](${links.repoUrl}/commit/${item.sha}))`;
    const note = item.breakingNote ? `\n  ${item.breakingNote}` : '';
    return `- ${scope}${item.description}${pr}${commit}${note}`;
}
/** The changelog in markdown: one section per group that has commits, newest commit first. */
function renderChangelog(commits, links) {
    const items = commits.map(parseCommit);
    const sections = Object.keys(GROUP_TITLES)
        .map((group) => {
        const lines = items.filter((i) => i.group === group).map((i) => renderItem(i, links));
        return lines.length > 0 ? `### ${GROUP_TITLES[group]}\n\n${lines.join('\n')}` : '';
    })
        .filter(Boolean);
    const since = links.previousTag ? ` since ${links.previousTag}` : '';
    const body = sections.length > 0 ? sections.join('\n\n') : `No changes${since}.`;
    const compare = links.previousTag
        ? `${links.repoUrl}/compare/${links.previousTag}...${links.tag}`
        : `${links.repoUrl}/commits/${links.tag}`;
    return `${body}\n\n**Full changelog**: ${compare}`;
}

;// CONCATENATED MODULE: ./src/history.ts
/**
 * The commits between the previous release and the released commit, read from the workspace's git
 * clone. A shallow clone (actions/checkout's default depth of 1) lacks that history: rather than write a
 * changelog from the part it has, this says what is missing and how to fetch it.
 */

const FETCH_ALL = 'Check the repository out with its history: actions/checkout with fetch-depth: 0.';
class History {
    cwd;
    exec;
    constructor(cwd, exec) {
        this.cwd = cwd;
        this.exec = exec;
    }
    async commits(range) {
        if (!(await this.ok(['rev-parse', '--is-inside-work-tree']))) {
            throw new errors/* ActionError */.lZ(`changelog 'conventional' reads the git history, but ${this.cwd} is not a git repository. ${FETCH_ALL}`);
        }
        const shallow = (await this.git(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
        const clone = shallow ? 'the shallow clone' : 'the local clone';
        if (!(await this.hasCommit(range.to))) {
            throw new errors/* ActionError */.lZ(`The commit to release, ${range.to}, is not in ${clone} at ${this.cwd}. ${FETCH_ALL}`);
        }
        if (range.from) {
            const { tag, sha } = range.from;
            const reachable = (await this.hasCommit(sha)) && (!shallow || (await this.isAncestor(sha, range.to)));
            if (!reachable) {
                throw new errors/* ActionError */.lZ(`The history from the previous release ${tag} (${sha}) to ${range.to} is not in ${clone}, so the ` +
                    `changelog cannot be written. ${FETCH_ALL}`);
            }
        }
        else if (shallow) {
            throw new errors/* ActionError */.lZ(`There is no previous release, so the changelog covers the whole history, but ${clone} holds only ` +
                `part of it. ${FETCH_ALL}`);
        }
        const revisions = range.from ? `${range.from.sha}..${range.to}` : range.to;
        const out = await this.git(['log', '--no-merges', '--format=%H%x1f%s%x1f%b%x1e', revisions]);
        return parseLog(out);
    }
    async hasCommit(sha) {
        return this.ok(['cat-file', '-e', `${sha}^{commit}`]);
    }
    async isAncestor(ancestor, sha) {
        return this.ok(['merge-base', '--is-ancestor', ancestor, sha]);
    }
    async ok(args) {
        const r = await this.exec('git', args, { cwd: this.cwd, quiet: true, allowFailure: true });
        return r.exitCode === 0;
    }
    async git(args) {
        return (await this.exec('git', args, { cwd: this.cwd, quiet: true })).stdout;
    }
}
/** `git log --format=%H%x1f%s%x1f%b%x1e` output. */
function parseLog(text) {
    return text
        .split('\x1e')
        .map((entry) => entry.replace(/^\s+/, ''))
        .filter(Boolean)
        .map((entry) => {
        const [sha = '', subject = '', body = ''] = entry.split('\x1f');
        return { sha: sha.trim(), subject, body: body.trim() };
    });
}

// EXTERNAL MODULE: ./src/semver.ts
var semver = __webpack_require__(8339);
;// CONCATENATED MODULE: ./src/changelog.ts




/**
 * The given previous tag (which must exist), else the highest version tag below `tag`, else, for a tag
 * that is not a version, the latest published release.
 */
async function findPreviousTag(releases, tag, given) {
    if (given !== undefined) {
        const sha = await releases.tagCommit(given);
        if (sha === undefined) {
            throw new errors/* InputError */.dz('previous-tag', `'${given}' is not a tag of ${releases.repository.owner}/${releases.repository.repo}. ` +
                'Give an existing tag, or leave it empty to use the previous version tag.');
        }
        return { tag: given, sha };
    }
    const tags = await releases.tags();
    const previous = (0,semver/* previousVersionTag */.YR)(tag, tags.map((t) => t.name));
    if (previous)
        return { tag: previous, sha: tags.find((t) => t.name === previous).commit };
    if ((0,semver/* parseVersionTag */._Q)(tag))
        return undefined;
    const latest = await releases.latest();
    if (!latest || latest.tag === tag)
        return undefined;
    const sha = tags.find((t) => t.name === latest.tag)?.commit ?? (await releases.tagCommit(latest.tag));
    return sha ? { tag: latest.tag, sha } : undefined;
}
async function buildChangelog(request, deps) {
    switch (request.style) {
        case 'none':
            return '';
        case 'github':
            return deps.releases.generateNotes(request.tag, request.sha, request.previous?.tag);
        case 'conventional': {
            const commits = await new History(request.workingDirectory, deps.exec).commits({
                from: request.previous,
                to: request.sha,
            });
            return renderChangelog(commits, {
                repoUrl: request.repoUrl,
                previousTag: request.previous?.tag,
                tag: request.tag,
            });
        }
    }
}

// EXTERNAL MODULE: ../../packages/registry/src/reference.ts
var reference = __webpack_require__(5723);
;// CONCATENATED MODULE: ./src/notes.ts
/** The release notes: the given text, then the released image, then the changelog. */

function composeNotes(parts) {
    return [parts.body.trim(), imageSection(parts.image), parts.changelog.trim()].filter(Boolean).join('\n\n');
}
/** The image and digest, with the by-digest reference to pull exactly what was released. */
function imageSection({ image, digest }) {
    if (!image && !digest)
        return '';
    const lines = ['### Container image', ''];
    if (image)
        lines.push(`- Image: \`${image}\``);
    if (digest)
        lines.push(`- Digest: \`${digest}\``);
    if (image && digest)
        lines.push('', '```', `docker pull ${repositoryOf(image)}@${digest}`, '```');
    return lines.join('\n');
}
/** `registry/repository` of an image reference, without its tag or digest (`app` is `docker.io/library/app`). */
function repositoryOf(image) {
    return (0,reference/* formatImageName */.eS)((0,reference/* parseImageReference */.o_)(image));
}

;// CONCATENATED MODULE: ./src/release-flow.ts

const SHA = /^[0-9a-f]{40}$/;
/**
 * Fails when the tag exists at another commit than the one being released; returns the tag's commit
 * (`sha`) or `undefined` when there is no tag yet.
 */
async function checkTag(releases, tag, sha) {
    const tagged = await releases.tagCommit(tag);
    if (tagged !== undefined && tagged !== sha)
        throw tagConflict(tag, tagged, sha, 'the tag');
    return tagged;
}
function tagConflict(tag, existing, sha, what) {
    return new errors/* ActionError */.lZ(`Tag '${tag}' already exists at commit ${existing} (${what}), but this run releases commit ${sha}. ` +
        'A release tag never moves: bump the version for the new commit, or delete the tag (and its release) ' +
        'if it was made by mistake.');
}
async function ensureRelease(plan, tagged, deps) {
    const { releases, info } = deps;
    const published = await releases.publishedByTag(plan.tag);
    if (published)
        return keepPublished(plan, tagged, published, deps);
    const drafts = await releases.draftsOf(plan.tag);
    // Once the tag exists, GitHub publishes any draft of it at the tag; before, a draft's target decides.
    const compatible = drafts.filter((d) => tagged !== undefined || d.target === plan.sha);
    if (compatible.length === 0 && drafts.length > 0) {
        throw tagConflict(plan.tag, drafts[0].target, plan.sha, `the target of draft release ${drafts[0].id}`);
    }
    const fields = { name: plan.name, body: plan.body, prerelease: plan.prerelease, target: plan.sha };
    let release;
    let createdId;
    if (compatible.length > 0) {
        const [reuse, ...duplicates] = compatible;
        await deleteDuplicates(duplicates, deps);
        info(`Reusing draft release ${reuse.id} for ${plan.tag}, left by an earlier run.`);
        release = await releases.update(reuse.id, fields);
    }
    else {
        release = await releases.createDraft(plan.tag, fields);
        createdId = release.id;
        info(`Created draft release ${release.id} for ${plan.tag} at ${plan.sha}.`);
        // A create whose answer was lost (a 502 after GitHub made the draft) is retried by the client and
        // makes a second draft; only this listing can see it.
        const extra = (await releases.draftsOf(plan.tag)).filter((d) => d.id !== release.id && d.target === plan.sha);
        await deleteDuplicates(extra, deps);
    }
    try {
        const uploaded = await uploadAssets(release, plan.assets, createdId === undefined, deps);
        if (!plan.draft) {
            release = await releases.publish(release.id, plan.prerelease ? 'false' : plan.makeLatest);
            info(`Published release ${release.id}: ${release.url}`);
        }
        else {
            release = await releases.get(release.id);
            info(`Left release ${release.id} as a draft (draft: true).`);
        }
        return {
            release,
            created: createdId !== undefined,
            outcome: createdId !== undefined ? 'created' : 'reused-draft',
            uploaded,
        };
    }
    catch (err) {
        if (createdId !== undefined)
            await removeDraft(createdId, deps);
        throw err;
    }
}
async function keepPublished(plan, tagged, published, deps) {
    if (tagged === undefined && SHA.test(published.target) && published.target !== plan.sha) {
        throw tagConflict(plan.tag, published.target, plan.sha, `the target of release ${published.id}`);
    }
    deps.info(`Release ${published.id} for ${plan.tag} already exists at this commit: ${published.url}`);
    const missing = plan.assets.filter((a) => !published.assets.some((b) => b.name === a.name));
    if (missing.length > 0) {
        deps.warn(`Release ${plan.tag} exists already; its assets are left as they are, so ${missing.map((a) => a.name).join(', ')} ` +
            'was not attached. Delete the release and re-run to publish it with every file.');
    }
    const stale = published.body !== plan.body || published.name !== plan.name;
    if (plan.updateNotes && stale) {
        const release = await deps.releases.update(published.id, { name: plan.name, body: plan.body });
        deps.info(`Updated the name and notes of release ${published.id} (update-notes: true).`);
        return { release, created: false, outcome: 'updated', uploaded: [] };
    }
    if (stale)
        deps.info("Its notes differ from this run's; they are kept (set update-notes: true to replace them).");
    return { release: published, created: false, outcome: 'existing', uploaded: [] };
}
async function deleteDuplicates(drafts, deps) {
    for (const draft of drafts) {
        await deps.releases.delete(draft.id);
        deps.info(`Deleted draft release ${draft.id}, a duplicate for ${draft.tag} at the same commit.`);
    }
}
/**
 * Uploads each file. An asset of the same name on a reused draft is replaced (its content may be from an
 * older build); one that appears during this run's own upload (a retried request whose first attempt
 * landed) is kept when its size matches.
 */
async function uploadAssets(release, files, reused, deps) {
    const uploaded = [];
    for (const file of files) {
        const old = release.assets.find((a) => a.name === file.name);
        if (old && reused) {
            await deps.releases.deleteAsset(old.id);
            deps.info(`Replacing asset ${file.name} of the reused draft.`);
        }
        const data = deps.readFile(file.path);
        let asset = await deps.releases.upload(release, file.name, data, file.contentType);
        if (!asset) {
            const current = (await deps.releases.get(release.id)).assets.find((a) => a.name === file.name);
            if (current && current.size === data.length) {
                asset = current;
            }
            else {
                if (current)
                    await deps.releases.deleteAsset(current.id);
                asset = await deps.releases.upload(release, file.name, data, file.contentType);
                if (!asset)
                    throw new errors/* ActionError */.lZ(`Asset '${file.name}' could not be uploaded: GitHub keeps saying it exists.`);
            }
        }
        deps.info(`Uploaded ${file.name} (${data.length} bytes).`);
        uploaded.push(file.name);
    }
    return uploaded;
}
/** Best effort: a failed run must not leave its draft behind, but the clean-up must not hide the error. */
async function removeDraft(id, deps) {
    try {
        const current = await deps.releases.get(id);
        if (!current.draft) {
            deps.warn(`Release ${id} was published before the failure; it is kept: ${current.url}`);
            return;
        }
        await deps.releases.delete(id);
        deps.info(`Deleted draft release ${id}, created by this run, after the failure.`);
    }
    catch (err) {
        deps.warn(`Could not delete draft release ${id} after the failure (${(0,errors/* errorMessage */.gJ)(err)}). A re-run reuses it; ` +
            'or delete it by hand.');
    }
}

;// CONCATENATED MODULE: ./src/summary.ts
/** The job summary: what was released, where, and its changelog. */

const OUTCOMES = {
    created: 'created',
    existing: 'already existed at this commit; nothing changed',
    updated: 'already existed at this commit; name and notes updated',
    'reused-draft': "completed from an earlier run's draft",
};
function summaryMarkdown(f) {
    const r = f.result.release;
    const state = r.draft ? 'draft' : r.prerelease ? 'published (prerelease)' : 'published';
    const rows = [
        ['Tag', code(r.tag)],
        ['Commit', code(f.sha)],
        ['Release', `[${r.name || r.tag}](${r.url}), ${state}`],
        ['This run', OUTCOMES[f.result.outcome]],
        ['Previous release', code(f.previousTag)],
    ];
    if (f.result.uploaded.length > 0)
        rows.push(['Uploaded assets', f.result.uploaded.map(code).join(', ')]);
    if (f.image)
        rows.push(['Image', code(f.image)]);
    if (f.digest)
        rows.push(['Digest', code(f.digest)]);
    const blocks = [heading('create-release'), table(['', ''], rows)];
    if (f.changelog)
        blocks.push(details('Changelog', f.changelog));
    return blocks;
}

;// CONCATENATED MODULE: ./src/main.ts











function defaultDeps(env = process.env) {
    return {
        env,
        exec: runCommand,
        github: (token) => createClient({
            token,
            baseUrl: env['GITHUB_API_URL'] || undefined,
            log: workflow/* info */.pq,
            debug: workflow/* debug */.Yz,
        }),
    };
}
async function main(inputs, deps = defaultDeps()) {
    const { env } = deps;
    const { repository } = inputs;
    const files = await workflow/* group */.Os('Find the files to attach', async () => {
        const found = await findAssets(inputs.files, inputs.workingDirectory);
        for (const f of found)
            workflow/* info */.pq(`${f.name} (${f.size} bytes) from ${f.path}`);
        return found;
    });
    const releases = new Releases(deps.github(inputs.token), repository);
    const repoUrl = `${(env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '')}/${repository.owner}/${repository.repo}`;
    const { sha, tagged } = await workflow/* group */.Os(`Check tag ${inputs.tag}`, async () => {
        const sha = await releases.resolveCommit(inputs.target);
        const tagged = await checkTag(releases, inputs.tag, sha);
        workflow/* info */.pq(tagged
            ? `${inputs.tag} already points at ${sha}.`
            : `${inputs.tag} does not exist yet; it will point at ${sha}.`);
        return { sha, tagged };
    });
    const { previous, changelog } = await workflow/* group */.Os(`Write the changelog (${inputs.changelog})`, async () => {
        const previous = await findPreviousTag(releases, inputs.tag, inputs.previousTag);
        workflow/* info */.pq(previous ? `Previous release: ${previous.tag} (${previous.sha})` : 'No previous release.');
        const changelog = await buildChangelog({
            style: inputs.changelog,
            tag: inputs.tag,
            sha,
            previous,
            repoUrl,
            workingDirectory: inputs.workingDirectory,
        }, { releases, exec: deps.exec });
        if (changelog)
            workflow/* info */.pq(changelog);
        return { previous, changelog };
    });
    const result = await workflow/* group */.Os(`Release ${inputs.tag}`, () => ensureRelease({
        tag: inputs.tag,
        sha,
        name: inputs.name,
        body: composeNotes({ body: inputs.body, image: inputs, changelog }),
        prerelease: inputs.prerelease,
        draft: inputs.draft,
        makeLatest: inputs.makeLatest,
        updateNotes: inputs.updateNotes,
        assets: files,
    }, tagged, {
        releases,
        readFile: (path) => (0,external_node_fs_.readFileSync)(path),
        info: workflow/* info */.pq,
        warn: (m) => workflow/* warning */.$e(m),
    }));
    const release = result.release;
    workflow/* setOutput */.uH('id', String(release.id));
    workflow/* setOutput */.uH('url', release.url);
    workflow/* setOutput */.uH('upload-url', release.uploadUrl);
    workflow/* setOutput */.uH('tag', release.tag);
    workflow/* setOutput */.uH('sha', sha);
    workflow/* setOutput */.uH('created', String(result.created));
    workflow/* setOutput */.uH('previous-tag', previous?.tag ?? '');
    workflow/* setOutput */.uH('changelog', changelog);
    write(...summaryMarkdown({
        result,
        sha,
        previousTag: previous?.tag,
        image: inputs.image,
        digest: inputs.digest,
        changelog,
    }));
}


/***/ })

};
;