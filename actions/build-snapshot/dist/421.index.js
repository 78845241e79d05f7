"use strict";
exports.id = 421;
exports.ids = [421];
exports.modules = {

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