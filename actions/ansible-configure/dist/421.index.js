"use strict";
exports.id = 421;
exports.ids = [421];
exports.modules = {

/***/ 6421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _deploy_actions_kit_exec__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9624);
/* harmony import */ var _deploy_actions_kit_workflow__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2284);
/* harmony import */ var _run_dir__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8040);
/* harmony import */ var _ssh_connections__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(749);





/** Removes what a main step that was stopped before its own clean-up left in RUNNER_TEMP. */
async function post() {
    const dir = (0,_deploy_actions_kit_workflow__WEBPACK_IMPORTED_MODULE_2__/* .getState */ .Gu)(_run_dir__WEBPACK_IMPORTED_MODULE_3__/* .STATE_RUN_DIR */ .mI);
    if (!dir)
        return;
    await (0,_ssh_connections__WEBPACK_IMPORTED_MODULE_4__/* .closeConnections */ .Q)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, 'cp'), _deploy_actions_kit_exec__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d1);
    if ((0,_run_dir__WEBPACK_IMPORTED_MODULE_3__/* .removeRunDir */ .Lr)(dir))
        (0,_deploy_actions_kit_workflow__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq)(`Removed ${dir} (keys, vault password, inventory) left by an interrupted run.`);
    else
        (0,_deploy_actions_kit_workflow__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq)('Nothing to clean up: the run removed its secret files itself.');
}


/***/ }),

/***/ 8040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lr: () => (/* binding */ removeRunDir),
/* harmony export */   Pl: () => (/* binding */ writePrivateFile),
/* harmony export */   dK: () => (/* binding */ createRunDir),
/* harmony export */   hI: () => (/* binding */ makePrivateDir),
/* harmony export */   mI: () => (/* binding */ STATE_RUN_DIR)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The per-run directory under RUNNER_TEMP that holds everything secret or run-specific: the private key,
 * the vault password, known_hosts, the inventory and extra-vars files, the callback plugin, its events
 * file and the SSH connection sockets. Never the workspace, which later steps (and caches and artifacts)
 * can read. The directory is 0700 and every file 0600; the main step removes it when it ends, and the
 * post step removes whatever a killed main step left behind.
 */



const STATE_RUN_DIR = 'runDir';
const PREFIX = 'ansible-configure-';
function createRunDir(env = process.env) {
    const parent = env['RUNNER_TEMP'] || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(parent, { recursive: true });
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(parent, PREFIX));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(dir, 0o700);
    return dir;
}
/** Writes a new file readable by its owner only; fails rather than overwrite one. */
function writePrivateFile(dir, name, content) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, content, { mode: 0o600, flag: 'wx' });
    // The mode given to writeFileSync is filtered by the umask; set it outright.
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(path, 0o600);
    return path;
}
function makePrivateDir(dir, name) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(path, { mode: 0o700 });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(path, 0o700);
    return path;
}
/**
 * Removes a run directory. Only directories this action made are touched: a state value pointing
 * anywhere else (it is written by the main step, but still) is refused.
 */
function removeRunDir(dir) {
    if (!dir.split(/[\\/]/).pop()?.startsWith(PREFIX)) {
        throw new Error(`Refusing to delete '${dir}': not a directory this action created.`);
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
        return false;
    // After a cancelled run, an orphaned ansible-playbook may still be writing here while it winds down:
    // retried removal (ENOTEMPTY, EBUSY) outlasts it.
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    return true;
}


/***/ }),

/***/ 749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ closeConnections)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Closing the SSH ControlMaster connections a run opened. Ansible leaves them open for ControlPersist
 * (60 s by default) after it exits; the run is over, and an open master would keep a session on each
 * host and a process on the runner after the step ended.
 */


async function closeConnections(controlPathDir, exec) {
    let sockets;
    try {
        sockets = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(controlPathDir);
    }
    catch {
        return;
    }
    await Promise.all(sockets.map((name) => exec('ssh', ['-O', 'exit', '-o', `ControlPath=${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(controlPathDir, name)}`, 'ansible-configure'], {
        quiet: true,
        allowFailure: true,
    }).catch(() => undefined)));
}


/***/ }),

/***/ 9624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   d1: () => (/* binding */ runCommand)
/* harmony export */ });
/* unused harmony export CommandError */
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