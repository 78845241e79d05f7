"use strict";
exports.id = 631;
exports.ids = [631];
exports.modules = {

/***/ 631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  githubCommentStore: () => (/* binding */ githubCommentStore)
});

// EXTERNAL MODULE: ../../packages/kit/src/errors.ts
var errors = __webpack_require__(678);
// EXTERNAL MODULE: ../../node_modules/.pnpm/@octokit+plugin-retry@8.1.1_@octokit+core@7.0.8/node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(545);
// EXTERNAL MODULE: ../../node_modules/.pnpm/@octokit+plugin-throttling@11.0.5_@octokit+core@7.0.8/node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(404);
// EXTERNAL MODULE: ../../node_modules/.pnpm/@octokit+rest@22.0.1/node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(176);
;// CONCATENATED MODULE: ../../packages/github/src/repository.ts
/**
 * Repository names (`owner/name`). Apart from the client so that an action's input parser can check one
 * without loading Octokit.
 */

/**
 * A repository name that is not `owner/name`, or no name at all outside GitHub Actions. The caller maps it to
 * the input that named the repository.
 */
class RepositoryNameError extends errors/* ActionError */.lZ {
    name = 'RepositoryNameError';
}
/** `owner/name` from `text`, or the run's `GITHUB_REPOSITORY` when `text` is empty. */
function parseRepository(text, env = process.env) {
    const value = text?.trim() || env['GITHUB_REPOSITORY'] || '';
    const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/.exec(value);
    if (match)
        return { owner: match[1], repo: match[2] };
    if (!value) {
        throw new RepositoryNameError('No repository: GITHUB_REPOSITORY is not set. Name the repository as owner/name, or run inside GitHub Actions.');
    }
    throw new RepositoryNameError(`'${value}' is not of the form owner/name.`);
}

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

;// CONCATENATED MODULE: ./src/github-comments.ts
/**
 * The pull request comment store over GitHub's REST API (issue comments: a pull request is an issue).
 * Loaded only when a comment is to be written, so other runs never load the HTTP client.
 */

function githubCommentStore(options) {
    const env = options.env ?? process.env;
    const github = createClient({
        token: options.token,
        baseUrl: env['GITHUB_API_URL'],
        ...(options.log ? { log: options.log } : {}),
    });
    const target = { ...parseRepository(undefined, env), issue_number: options.pullNumber };
    return {
        list: () => explained('list the comments', async () => {
            const comments = await github.paginate(github.rest.issues.listComments, { ...target, per_page: 100 });
            return comments.map((c) => ({ id: c.id, body: c.body ?? '' }));
        }),
        create: (body) => explained('create the comment', async () => {
            const { data } = await github.rest.issues.createComment({ ...target, body });
            return { id: data.id, url: data.html_url };
        }),
        update: (id, body) => explained('update the comment', async () => {
            const { data } = await github.rest.issues.updateComment({ ...target, comment_id: id, body });
            return { id: data.id, url: data.html_url };
        }),
    };
}
/** Runs one request; a failure says which request failed, with GitHub's status and what to do about it. */
async function explained(what, request) {
    try {
        return await request();
    }
    catch (err) {
        const status = statusOf(err);
        const hint = status === 403 || status === 404
            ? ' The token may not write pull request comments: give the job `permissions: pull-requests: write` ' +
                '(a pull request from a fork only gets a read-only token), or set pr-comment: false.'
            : '';
        const reason = status === undefined ? err.message : `HTTP ${status}: ${err.message}`;
        throw new Error(`could not ${what} (${reason}).${hint}`, { cause: err });
    }
}


/***/ })

};
;