"use strict";
exports.id = 147;
exports.ids = [147];
exports.modules = {

/***/ 147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ACTION_OUTPUTS: () => (/* binding */ ACTION_OUTPUTS),
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
// EXTERNAL MODULE: ../../packages/kit/src/errors.ts
var errors = __webpack_require__(678);
// EXTERNAL MODULE: ../../packages/kit/src/workflow.ts
var workflow = __webpack_require__(284);
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

// EXTERNAL MODULE: ./src/backend-config.ts
var backend_config = __webpack_require__(826);
;// CONCATENATED MODULE: ./src/binary.ts
/**
 * Finds the Terraform (or OpenTofu) binary to run. hashicorp/setup-terraform installs, by default, a
 * Node wrapper named `terraform` that echoes and rewrites the real binary's output (it corrupts
 * `terraform output -json`) and puts the real binary beside it as `terraform-bin`; the real one is used
 * when it is there.
 */



function resolveBinary(name, env = process.env, cwd = process.cwd()) {
    if (name.includes('/'))
        return { path: (0,external_node_path_.resolve)(cwd, name) };
    for (const dir of (env['PATH'] ?? '').split(external_node_path_.delimiter).filter(Boolean)) {
        const candidate = (0,external_node_path_.join)(dir, name);
        if (!isExecutable(candidate))
            continue;
        const real = (0,external_node_path_.join)(dir, `${name}-bin`);
        if (isExecutable(real))
            return { path: real, bypassedWrapper: candidate };
        return { path: candidate };
    }
    throw new errors/* ActionError */.lZ(`The '${name}' CLI was not found on PATH. Install it first (hashicorp/setup-terraform or ` +
        'opentofu/setup-opentofu), or set the terraform input to the path of the binary.');
}
function isExecutable(path) {
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
        return (0,external_node_fs_.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/failures.ts
/**
 * Why a Terraform command failed, in a form a workflow can branch on (`failure-reason`) and a message a
 * person can act on. Lock and stale-plan errors are recognised from the text Terraform prints for them
 * (the same text its `-json` diagnostics carry); configuration errors are located with
 * `terraform validate -json`, whose diagnostics name the file and line.
 */

const LOCK_FIELDS = {
    ID: 'id',
    Path: 'path',
    Operation: 'operation',
    Who: 'who',
    Version: 'version',
    Created: 'created',
    Info: 'info',
};
/** The "Lock Info:" block Terraform prints with "Error acquiring the state lock". */
function parseLockInfo(text) {
    if (!/Error acquiring the state lock/.test(text))
        return undefined;
    const lock = {
        id: '',
        path: '',
        operation: '',
        who: '',
        version: '',
        created: '',
        info: '',
        error: '',
    };
    const error = /Error message:\s*(.*)/.exec(text);
    if (error)
        lock.error = error[1].trim();
    const block = text.slice(text.indexOf('Lock Info:'));
    for (const m of block.matchAll(/^\s*(ID|Path|Operation|Who|Version|Created|Info):[ \t]*(.*)$/gm)) {
        const key = LOCK_FIELDS[m[1]];
        if (!lock[key])
            lock[key] = m[2].trim();
    }
    return lock;
}
function isStalePlan(text) {
    return /Saved plan is stale/.test(text);
}
/**
 * Explains a failed command. `diagnostics` are `validate -json`'s, asked for only when the failure
 * is not a lock or stale plan; paths in annotations are relative to `workspace` (the repository root).
 */
async function explainFailure(err, context, diagnostics) {
    const lock = parseLockInfo(err.stderr);
    if (lock) {
        return { reason: 'state-locked', message: lockMessage(lock, context.lockTimeoutMs), lock, located: [] };
    }
    if (isStalePlan(err.stderr)) {
        return {
            reason: 'stale-plan',
            message: `The saved plan ${context.planFile ?? ''} is stale: the state changed after it was made (another apply ` +
                'ran since). Nothing was applied. Run the plan again and review the new plan.',
            located: [],
        };
    }
    const located = locate(await diagnostics(), context);
    if (located.length > 0) {
        const first = located[0];
        const more = located.length > 1 ? ` (and ${located.length - 1} more error(s), annotated)` : '';
        return {
            reason: 'invalid-configuration',
            message: `The Terraform configuration is invalid: ${first.message} (${first.file} line ${first.line})${more}.`,
            located,
        };
    }
    return { reason: stepReason(err.step), message: err.message, located: [] };
}
function locate(diagnostics, context) {
    return diagnostics.flatMap((d) => {
        if (d.severity !== 'error' || !d.range)
            return [];
        const file = (0,external_node_path_.relative)(context.workspace, (0,external_node_path_.resolve)(context.workingDirectory, d.range.filename));
        const detail = d.detail ? `: ${d.detail.split('\n')[0]}` : '';
        return [{ message: `${d.summary}${detail}`, file, line: d.range.start.line, column: d.range.start.column }];
    });
}
function stepReason(step) {
    switch (step) {
        case 'init':
            return 'init-failed';
        case 'workspace':
            return 'workspace-failed';
        case 'plan':
            return 'plan-failed';
        case 'apply':
            return 'apply-failed';
        default:
            return 'terraform-failed';
    }
}
function lockMessage(lock, lockTimeoutMs) {
    const facts = [
        lock.id && `ID ${lock.id}`,
        lock.who && `who ${lock.who}`,
        lock.operation && `operation ${lock.operation}`,
        lock.created && `created ${lock.created}`,
        lock.path && `path ${lock.path}`,
    ].filter(Boolean);
    const waited = lockTimeoutMs > 0 ? ` after waiting ${lockTimeoutMs / 1000} s (lock-timeout)` : '';
    return (`The Terraform state is locked${waited}${lock.error ? `: ${lock.error}` : ''}. Lock info: ${facts.join(', ')}. ` +
        'Another run is using this state: wait for it, or set lock-timeout to wait for it. A lock left by a ' +
        `cancelled run can be released deliberately with 'terraform force-unlock ${lock.id || '<ID>'}' run against the ` +
        'same backend and workspace.');
}

;// CONCATENATED MODULE: ./src/outputs.ts
/** Shorter strings inside a sensitive structure are left visible: masking "1" or "us" would blank logs. */
const MIN_MASKED_LEAF = 4;
function toStepOutputs(outputs, reserved) {
    const result = { values: {}, json: {}, secrets: [], sensitive: [], shadowed: [] };
    for (const [name, output] of Object.entries(outputs)) {
        const text = outputText(output.value);
        result.json[name] = output.value;
        if (output.sensitive) {
            result.sensitive.push(name);
            result.secrets.push(text, ...leafStrings(output.value).filter((s) => s.length >= MIN_MASKED_LEAF));
            // JSON-escaped forms appear in outputs-json.
            if (typeof output.value === 'string')
                result.secrets.push(JSON.stringify(output.value).slice(1, -1));
        }
        if (reserved.has(name))
            result.shadowed.push(name);
        else
            result.values[name] = text;
    }
    result.secrets = [...new Set(result.secrets.filter(Boolean))];
    return result;
}
function outputText(value) {
    return typeof value === 'string' ? value : JSON.stringify(value);
}
function leafStrings(value) {
    if (typeof value === 'string')
        return [value];
    if (typeof value === 'number' || typeof value === 'boolean')
        return [String(value)];
    if (Array.isArray(value))
        return value.flatMap(leafStrings);
    if (value && typeof value === 'object')
        return Object.values(value).flatMap(leafStrings);
    return [];
}

;// CONCATENATED MODULE: ./src/plan-summary.ts
/**
 * What a plan does, read from `terraform show -json <plan>` (Terraform's documented JSON output format):
 * the counts Terraform prints in its "Plan:" line, each resource's action, and which resources would be
 * destroyed (a delete, or a replace: `["delete","create"]` or `["create","delete"]`).
 */
function actionOf(actions) {
    const key = actions.join(',');
    switch (key) {
        case 'create':
        case 'update':
        case 'delete':
        case 'read':
        case 'forget':
        case 'no-op':
            return key;
        case 'delete,create':
        case 'create,delete':
            return 'replace';
        default:
            // An action list this version does not know: anything that deletes counts as a replace, so the
            // destroy guard errs on the safe side.
            return actions.includes('delete') ? 'replace' : 'update';
    }
}
function summarizePlan(plan) {
    const resources = [];
    for (const rc of plan.resource_changes ?? []) {
        const action = actionOf(rc.change.actions);
        if (action !== 'no-op' && action !== 'read')
            resources.push({ address: rc.address, action });
    }
    const count = (...actions) => resources.filter((r) => actions.includes(r.action)).length;
    const outputChanges = Object.entries(plan.output_changes ?? {})
        .filter(([, c]) => !c.actions.every((a) => a === 'no-op'))
        .map(([name]) => name);
    return {
        toAdd: count('create', 'replace'),
        toChange: count('update'),
        toDestroy: count('delete', 'replace'),
        toReplace: count('replace'),
        destroyed: resources.filter((r) => r.action === 'delete' || r.action === 'replace').map((r) => r.address),
        resources,
        outputChanges,
        changes: resources.length > 0 || outputChanges.length > 0,
    };
}
/** One line in Terraform's own words, e.g. "Plan: 1 to add, 0 to change, 1 to destroy (1 replaced)." */
function planLine(s) {
    if (s.resources.length === 0) {
        return s.outputChanges.length
            ? `No resource changes; ${s.outputChanges.length} output(s) change.`
            : 'No changes.';
    }
    const forgotten = s.resources.filter((r) => r.action === 'forget').length;
    const extras = [
        ...(s.toReplace ? [`${s.toReplace} replaced`] : []),
        ...(forgotten ? [`${forgotten} to forget`] : []),
    ];
    return `Plan: ${s.toAdd} to add, ${s.toChange} to change, ${s.toDestroy} to destroy${extras.length ? ` (${extras.join(', ')})` : ''}.`;
}

;// CONCATENATED MODULE: ./src/event.ts
/** Facts about the triggering event that decide whether and where to comment. */

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
/**
 * The pull request number from the event payload: `pull_request` / `pull_request_target` events, and
 * comments on a pull request (`issue_comment` whose issue is a pull request). Undefined otherwise.
 */
function pullRequestNumber(env = process.env) {
    const eventName = env['GITHUB_EVENT_NAME'] ?? '';
    const path = env['GITHUB_EVENT_PATH'];
    if (!path)
        return undefined;
    const payload = readPayload(path);
    if (PULL_REQUEST_EVENTS.includes(eventName))
        return positive(payload.pull_request?.number ?? payload.number);
    if (eventName === 'issue_comment' && payload.issue?.pull_request)
        return positive(payload.issue.number);
    return undefined;
}
function readPayload(path) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (err) {
        throw new Error(`The event payload ${path} could not be read: ${err.message}`);
    }
}
function positive(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

;// CONCATENATED MODULE: ./src/pr-comment.ts
/**
 * One pull request comment per configuration and workspace, found again by a hidden marker and updated
 * on every run instead of adding another. The comment store is an interface so the logic is tested
 * without GitHub; `github-comments.ts` implements it with the REST API.
 */
/** GitHub rejects issue comment bodies longer than 65536 characters. */
const GITHUB_COMMENT_LIMIT = 65_536;
function commentMarker(key) {
    return `<!-- deploy-actions/terraform-apply ${key.replace(/-->/g, '')} -->`;
}
async function upsertComment(store, marker, body) {
    const text = body.startsWith(marker) ? body : `${marker}\n${body}`;
    const existing = (await store.list()).find((c) => c.body.includes(marker));
    if (existing)
        return { action: 'updated', ...(await store.update(existing.id, text)) };
    return { action: 'created', ...(await store.create(text)) };
}
/**
 * The comment body, at most `limit` characters: the plan text is cut (at a line end, with a note saying
 * how much was left out) when the whole would not fit.
 */
function renderComment(p) {
    const limit = p.limit ?? GITHUB_COMMENT_LIMIT;
    const build = (plan, note) => [
        p.marker,
        p.head,
        plan || note ? `<details><summary>Show plan</summary>\n\n${fence(plan)}\n${note}\n</details>` : '',
        p.foot ?? '',
    ]
        .filter(Boolean)
        .join('\n\n');
    const whole = build(p.planText, '');
    if (whole.length <= limit)
        return whole;
    const note = (left) => `\n_The plan is cut here: ${left} more characters did not fit in a comment. The full plan is in the job summary and the log._\n`;
    // The room left for plan text once everything else, and a note with the largest count, is in place.
    const room = limit - build('', note(p.planText.length)).length - 64;
    let cut = p.planText.slice(0, Math.max(0, room));
    const lastLineEnd = cut.lastIndexOf('\n');
    if (lastLineEnd > 0)
        cut = cut.slice(0, lastLineEnd);
    const body = build(cut, note(p.planText.length - cut.length));
    return body.length <= limit ? body : body.slice(0, limit);
}
/** A fenced code block whose fence is longer than any backtick run inside the text. */
function fence(text) {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const ticks = '`'.repeat(longest + 1);
    return `${ticks}\n${text.replace(/\s+$/, '')}\n${ticks}`;
}

;// CONCATENATED MODULE: ./src/report.ts
/**
 * What a run did, rendered for people: the job summary and the pull request comment. Both show the same
 * facts; neither ever shows a sensitive output's value, and the plan text has every secret the action
 * knows of replaced before it gets here.
 */



/** The job summary keeps well below its 1 MiB limit per step. */
const SUMMARY_PLAN_LIMIT = 300_000;
const LISTED_RESOURCES = 250;
function report_status(r) {
    if (r.failure)
        return `Failed: ${r.failure.reason}`;
    if (r.applied)
        return r.mode === 'destroy' ? 'Destroyed' : 'Applied';
    if (r.mode !== 'plan' && r.plan && !r.plan.changes)
        return 'No changes: nothing to apply';
    if (r.plan)
        return r.plan.changes ? 'Planned: changes to review' : 'Planned: no changes';
    return 'Not planned';
}
function title(r) {
    const what = r.mode === 'plan' ? 'plan' : r.mode;
    return `Terraform ${what}: ${code(r.directory)} (workspace ${code(r.workspace)})`;
}
/** Facts, the resources and, on failure, the message: the part both the summary and the comment show. */
function overview(r) {
    const rows = [['Result', cell(report_status(r))]];
    if (r.plan)
        rows.push(['Plan', cell(planLine(r.plan))]);
    if (r.plan?.destroyed.length) {
        rows.push(['Destroys', `${r.plan.destroyed.length} resource(s), including replacements`]);
    }
    const blocks = [table(['', ''], rows)];
    if (r.failure)
        blocks.push(`**${cell(r.failure.reason)}**: ${cell(r.failure.message)}`);
    if (r.plan?.resources.length)
        blocks.push(resourceTable(r.plan));
    return blocks.join('\n\n');
}
function resourceTable(plan) {
    const shown = plan.resources.slice(0, LISTED_RESOURCES);
    const rows = shown.map((c) => [code(c.address), ACTION_LABEL[c.action]]);
    const more = plan.resources.length - shown.length;
    return table(['Resource', 'Action'], rows) + (more > 0 ? `\n\n…and ${more} more (see the plan).` : '');
}
const ACTION_LABEL = {
    create: 'create',
    update: 'update in place',
    delete: '**destroy**',
    replace: '**replace** (destroy and create)',
    forget: 'forget (remove from state)',
    read: 'read',
    'no-op': 'no change',
};
function summaryMarkdown(r) {
    const blocks = [heading(title(r)), overview(r)];
    const facts = [];
    if (r.tool)
        facts.push([r.tool.name, code(r.tool.version)]);
    if (r.planFile)
        facts.push(['Plan file', code(r.planFile)]);
    if (r.comment)
        facts.push(['Pull request comment', cell(r.comment)]);
    if (facts.length)
        blocks.push(table(['', ''], facts));
    if (r.outputs && Object.keys(r.outputs.json).length)
        blocks.push(outputTable(r.outputs));
    if (r.planText) {
        const text = r.planText.length > SUMMARY_PLAN_LIMIT
            ? `${r.planText.slice(0, SUMMARY_PLAN_LIMIT)}\n… (cut: ${r.planText.length - SUMMARY_PLAN_LIMIT} more characters; the full plan is in the log)`
            : r.planText;
        blocks.push(details('Plan', fence(text)));
    }
    return blocks.join('\n\n');
}
function outputTable(o) {
    const rows = Object.entries(o.json).map(([name, value]) => [
        code(name),
        o.sensitive.includes(name)
            ? '_sensitive_'
            : code(typeof value === 'string' ? value : JSON.stringify(value)),
    ]);
    return table(['Output', 'Value'], rows);
}
function commentHead(r) {
    return [heading(title(r)), overview(r)].join('\n\n');
}

;// CONCATENATED MODULE: ./src/pull-request.ts
/**
 * The pull request comment step: on a pull request event with a token, the run's report is written to
 * the pull request (one comment, updated on re-runs). Any failure here is a warning: a good plan stays
 * green when, for example, a fork's read-only token may not comment.
 */






/** What happened, for the job summary; undefined when no comment was due. */
async function commentOnPullRequest(report, inputs, deps, secrets) {
    if (!inputs.prComment)
        return undefined;
    let pullNumber;
    try {
        pullNumber = pullRequestNumber(deps.env);
    }
    catch (err) {
        workflow/* warning */.$e(`No pull request comment: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return 'not written: the event payload could not be read';
    }
    if (pullNumber === undefined)
        return undefined;
    if (!inputs.githubToken) {
        workflow/* warning */.$e('No pull request comment: the github-token input is empty.');
        return 'not written: no github-token';
    }
    try {
        const store = await deps.commentStore(pullNumber, inputs.githubToken);
        const marker = commentMarker(`${report.directory}@${report.workspace}`);
        const body = renderComment({
            marker,
            head: redact(commentHead(report), secrets),
            planText: redact(report.planText ?? '', secrets),
        });
        const result = await upsertComment(store, marker, body);
        workflow/* setOutput */.uH('comment-url', result.url);
        workflow/* info */.pq(`Pull request comment ${result.action}: ${result.url}`);
        return `${result.action}: ${result.url}`;
    }
    catch (err) {
        const message = redact((0,errors/* errorMessage */.gJ)(err), secrets);
        workflow/* warning */.$e(`Could not comment on pull request #${pullNumber}: ${message}`);
        return `not written: ${message}`;
    }
}

;// CONCATENATED MODULE: ./src/terraform.ts
/**
 * The Terraform CLI, driven through the kit's process runner. Output that is parsed (`show -json`,
 * `output -json`, `validate -json`) is captured quietly and never reaches the log, where it would expose
 * sensitive values; `init`, `plan` and `apply` stream their human-readable output as they run.
 */



/** A Terraform command that failed; `main` turns it into a failure reason and a message. */
class TerraformError extends errors/* ActionError */.lZ {
    step;
    exitCode;
    stderr;
    name = 'TerraformError';
    constructor(step, exitCode, stderr) {
        super(`terraform ${step} failed with exit code ${exitCode}${tail(stderr)}`);
        this.step = step;
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
class Terraform {
    o;
    constructor(o) {
        this.o = o;
    }
    /** The tool's name and version, for the summary; the version as a plan file records it. */
    describe(version) {
        return { name: /tofu[^/]*$/.test(this.o.binary) ? 'OpenTofu' : 'Terraform', version: version ?? 'unknown' };
    }
    /**
     * The workspace the next command will use: `TF_WORKSPACE` when set, else the one `init` or an earlier
     * `workspace select` recorded in the data directory (`default` when none did). Knowing it saves a
     * `workspace select` run on every step that uses the default workspace.
     */
    currentWorkspace(env) {
        if (env['TF_WORKSPACE'])
            return env['TF_WORKSPACE'];
        const dataDir = (0,external_node_path_.resolve)(this.o.cwd, env['TF_DATA_DIR'] || '.terraform');
        try {
            return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dataDir, 'environment'), 'utf8').trim() || 'default';
        }
        catch {
            return 'default';
        }
    }
    async init(backendArgs, lockTimeoutMs) {
        await this.exec('init', [
            'init',
            '-input=false',
            '-no-color',
            // A CI checkout must never be asked to migrate state between backends.
            '-reconfigure',
            lockTimeout(lockTimeoutMs),
            ...backendArgs,
        ]);
    }
    async selectWorkspace(name) {
        await this.exec('workspace', ['workspace', 'select', '-or-create=true', '-no-color', name]);
    }
    /** Runs `plan -detailed-exitcode`; true when it found changes. */
    async plan(p) {
        const args = [
            'plan',
            '-input=false',
            '-no-color',
            '-detailed-exitcode',
            `-out=${p.out}`,
            lockTimeout(p.lockTimeoutMs),
            ...(p.destroy ? ['-destroy'] : []),
            ...p.varFiles.map((f) => `-var-file=${f}`),
            ...[...p.vars].flatMap(([k, v]) => ['-var', `${k}=${v}`]),
        ];
        const r = await this.exec('plan', args, { okExitCodes: [0, 2] });
        return r.exitCode === 2;
    }
    async showJson(planFile) {
        const r = await this.exec('show', ['show', '-json', '-no-color', planFile], { quiet: true });
        const plan = parseJson(r.stdout);
        if (!plan || typeof plan !== 'object') {
            throw new errors/* ActionError */.lZ(`terraform show -json ${planFile} did not print a JSON plan. Is it a Terraform plan file?`);
        }
        return plan;
    }
    async showText(planFile) {
        return (await this.exec('show', ['show', '-no-color', planFile], { quiet: true })).stdout;
    }
    async apply(planFile, lockTimeoutMs) {
        await this.exec('apply', ['apply', '-input=false', '-no-color', lockTimeout(lockTimeoutMs), planFile]);
    }
    async outputs() {
        const r = await this.exec('output', ['output', '-json', '-no-color'], { quiet: true });
        return parseJson(r.stdout) ?? {};
    }
    /** `validate -json` diagnostics; empty when Terraform could not produce them. */
    async validate() {
        const r = await this.o.run(this.o.binary, ['validate', '-json', '-no-color'], {
            cwd: this.o.cwd,
            env: this.o.env,
            secrets: this.o.secrets,
            quiet: true,
            allowFailure: true,
        });
        return parseJson(r.stdout)?.diagnostics ?? [];
    }
    async exec(step, args, options = {}) {
        let r;
        try {
            r = await this.o.run(this.o.binary, args, {
                cwd: this.o.cwd,
                env: this.o.env,
                secrets: this.o.secrets,
                quiet: options.quiet ?? false,
                allowFailure: true,
            });
        }
        catch (err) {
            throw new errors/* ActionError */.lZ(`Could not run ${this.o.binary}: ${err.message}`, { cause: err });
        }
        if (!(options.okExitCodes ?? [0]).includes(r.exitCode))
            throw new TerraformError(step, r.exitCode, r.stderr);
        return r;
    }
}
function lockTimeout(ms) {
    return `-lock-timeout=${ms}ms`;
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function tail(stderr) {
    const lines = stderr.trim().split(/\r?\n/).slice(-20).join('\n');
    return lines ? `:\n${lines}` : '.';
}

;// CONCATENATED MODULE: ./src/main.ts
















/** The action's own outputs; a Terraform output of the same name is only in outputs-json. */
const ACTION_OUTPUTS = new Set([
    'to-add',
    'to-change',
    'to-destroy',
    'to-replace',
    'changes',
    'plan-file',
    'plan-summary',
    'applied',
    'outputs-json',
    'failure-reason',
    'lock-id',
    'lock-info',
    'comment-url',
]);
async function main(inputs, deps = defaultDeps()) {
    const workspaceRoot = deps.env['GITHUB_WORKSPACE'] || process.cwd();
    const report = {
        mode: inputs.mode,
        directory: (0,external_node_path_.relative)(workspaceRoot, inputs.workingDirectory) || '.',
        workspace: inputs.workspace,
        applied: false,
    };
    const secrets = [...inputs.secretVars.values(), ...(0,backend_config/* secretValues */.VX)(inputs.backendConfig)].filter(Boolean);
    const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(deps.env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), 'terraform-apply-'));
    let tf;
    try {
        tf = terraformCli(inputs, deps, secrets);
        await runTerraform(tf, inputs, report, { scratch, secrets, env: deps.env });
    }
    catch (err) {
        if (!(err instanceof errors/* ActionError */.lZ))
            throw err;
        report.failure =
            err instanceof TerraformError
                ? await explainFailure(err, {
                    workingDirectory: inputs.workingDirectory,
                    workspace: workspaceRoot,
                    ...(inputs.planFile ? { planFile: inputs.planFile } : {}),
                    lockTimeoutMs: inputs.lockTimeoutMs,
                }, () => tf.validate())
                : { reason: 'terraform-failed', message: err.message, located: [] };
    }
    finally {
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
        await finish(report, inputs, deps, secrets);
    }
    if (report.failure) {
        const first = report.failure.located[0];
        throw new errors/* ActionError */.lZ(report.failure.message, first ? { file: first.file, line: first.line } : {});
    }
}
async function runTerraform(tf, inputs, report, ctx) {
    await workflow/* group */.Os('terraform init', async () => {
        const secretFile = (0,external_node_path_.join)(ctx.scratch, 'backend-secrets.tfbackend');
        const backend = (0,backend_config/* renderBackendConfig */.Xn)(inputs.backendConfig, secretFile);
        if (backend.secretHcl)
            (0,external_node_fs_.writeFileSync)(secretFile, backend.secretHcl, { mode: 0o600 });
        try {
            await tf.init(backend.args, inputs.lockTimeoutMs);
        }
        finally {
            (0,external_node_fs_.rmSync)(secretFile, { force: true });
        }
    });
    const current = tf.currentWorkspace(ctx.env);
    if (ctx.env['TF_WORKSPACE'] && current !== inputs.workspace) {
        throw new errors/* ActionError */.lZ(`TF_WORKSPACE is set to '${current}', which overrides the workspace input ('${inputs.workspace}'). ` +
            'Set the workspace input instead of TF_WORKSPACE, or give both the same value.');
    }
    if (current !== inputs.workspace) {
        await workflow/* group */.Os(`terraform workspace ${inputs.workspace}`, () => tf.selectWorkspace(inputs.workspace));
    }
    const savedPlan = inputs.mode === 'apply' ? inputs.planFile : undefined;
    if (savedPlan && (inputs.vars.size || inputs.secretVars.size || inputs.varFiles.length)) {
        workflow/* warning */.$e('var, secret-var and var-file are not used when applying a saved plan: the plan holds the values it was made with.');
    }
    const planFile = savedPlan ?? planPath(inputs, ctx);
    // A plan made and applied in one step lives in a scratch directory removed at the end: not worth showing.
    if (savedPlan || inputs.mode === 'plan')
        report.planFile = planFile;
    if (!savedPlan) {
        await workflow/* group */.Os(inputs.mode === 'destroy' ? 'terraform plan -destroy' : 'terraform plan', () => tf.plan({
            out: planFile,
            destroy: inputs.mode === 'destroy',
            vars: inputs.vars,
            varFiles: inputs.varFiles,
            lockTimeoutMs: inputs.lockTimeoutMs,
        }));
    }
    const [planJson, planText] = await Promise.all([tf.showJson(planFile), tf.showText(planFile)]);
    const plan = summarizePlan(planJson);
    report.plan = plan;
    report.planText = redact(planText, ctx.secrets);
    report.tool = tf.describe(planJson.terraform_version);
    setPlanOutputs(report);
    workflow/* info */.pq(planLine(plan));
    if (plan.destroyed.length > 0 && !inputs.allowDestroy) {
        report.failure = {
            reason: 'destroy-guard',
            message: `The plan destroys ${plan.destroyed.length} resource(s) (deleted or replaced): ${plan.destroyed.slice(0, 10).join(', ')}` +
                `${plan.destroyed.length > 10 ? ', …' : ''}. Nothing was applied. If that is intended, set allow-destroy: true.`,
            located: [],
        };
        return;
    }
    if (inputs.mode === 'plan')
        return;
    if (plan.changes) {
        await workflow/* group */.Os('terraform apply', () => tf.apply(planFile, inputs.lockTimeoutMs));
        report.applied = true;
    }
    else {
        workflow/* info */.pq('The plan has no changes: nothing to apply.');
    }
    const outputs = toStepOutputs(await tf.outputs(), ACTION_OUTPUTS);
    for (const secret of outputs.secrets)
        workflow/* setSecret */.Pq(secret);
    ctx.secrets.push(...outputs.secrets);
    report.outputs = outputs;
    for (const [name, value] of Object.entries(outputs.values))
        workflow/* setOutput */.uH(name, value);
    workflow/* setOutput */.uH('outputs-json', outputs.json);
    for (const name of outputs.shadowed) {
        workflow/* warning */.$e(`Terraform output '${name}' has the name of one of this action's outputs; read it from outputs-json.`);
    }
}
/** In plan mode the plan-file input or a file in the runner's temp dir; else a scratch file. */
function planPath(inputs, ctx) {
    if (inputs.mode !== 'plan')
        return (0,external_node_path_.join)(ctx.scratch, 'run.tfplan');
    if (inputs.planFile)
        return inputs.planFile;
    const key = (0,external_node_crypto_.createHash)('sha256').update(`${inputs.workingDirectory}\n${inputs.workspace}`).digest('hex');
    return (0,external_node_path_.join)(ctx.env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), `terraform-${key.slice(0, 12)}.tfplan`);
}
function setPlanOutputs(r) {
    const p = r.plan;
    workflow/* setOutput */.uH('to-add', String(p.toAdd));
    workflow/* setOutput */.uH('to-change', String(p.toChange));
    workflow/* setOutput */.uH('to-destroy', String(p.toDestroy));
    workflow/* setOutput */.uH('to-replace', String(p.toReplace));
    workflow/* setOutput */.uH('changes', String(p.changes));
    workflow/* setOutput */.uH('plan-summary', planLine(p));
    if (r.mode === 'plan')
        workflow/* setOutput */.uH('plan-file', r.planFile);
}
/** Outputs, annotations, summary and comment: written whether the run succeeded or not. */
async function finish(report, inputs, deps, secrets) {
    workflow/* setOutput */.uH('applied', String(report.applied));
    workflow/* setOutput */.uH('failure-reason', report.failure?.reason ?? '');
    workflow/* setOutput */.uH('lock-id', report.failure?.lock?.id ?? '');
    workflow/* setOutput */.uH('lock-info', report.failure?.lock ? JSON.stringify(report.failure.lock) : '');
    if (report.mode === 'apply' && inputs.planFile)
        workflow/* setOutput */.uH('plan-file', inputs.planFile);
    for (const located of report.failure?.located.slice(1) ?? []) {
        workflow/* error */.z3(located.message, {
            file: located.file,
            startLine: located.line,
            startColumn: located.column,
        });
    }
    report.comment = await commentOnPullRequest(report, inputs, deps, secrets);
    write(redact(summaryMarkdown(report), secrets));
}
function terraformCli(inputs, deps, secrets) {
    const binary = resolveBinary(inputs.terraform, deps.env);
    if (binary.bypassedWrapper) {
        workflow/* info */.pq(`Running ${binary.path} directly: ${binary.bypassedWrapper} is a wrapper that rewrites its output.`);
    }
    return new Terraform({
        binary: binary.path,
        cwd: inputs.workingDirectory,
        env: terraformEnv(inputs),
        secrets,
        run: deps.run,
    });
}
function terraformEnv(inputs) {
    const env = { TF_IN_AUTOMATION: '1', TF_INPUT: '0' };
    for (const [name, value] of inputs.secretVars)
        env[`TF_VAR_${name}`] = value;
    return env;
}
function defaultDeps() {
    return {
        run: runCommand,
        env: process.env,
        commentStore: async (pullNumber, token) => {
            const { githubCommentStore } = await Promise.all(/* import() */[__webpack_require__.e(377), __webpack_require__.e(631)]).then(__webpack_require__.bind(__webpack_require__, 631));
            return githubCommentStore({ token, pullNumber, log: (m) => workflow/* warning */.$e(m) });
        },
    };
}


/***/ })

};
;