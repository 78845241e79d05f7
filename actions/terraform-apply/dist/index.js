/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 826:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   VX: () => (/* binding */ secretValues),
/* harmony export */   Xn: () => (/* binding */ renderBackendConfig),
/* harmony export */   az: () => (/* binding */ parseBackendConfig)
/* harmony export */ });
/* unused harmony exports isSecretKey, hclString */
/* harmony import */ var _deploy_actions_kit_errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(678);
/* harmony import */ var _deploy_actions_kit_inputs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(228);
/**
 * The `backend-config` input: `KEY=VALUE` lines (bucket, key, region, use_lockfile, dynamodb_table for S3)
 * and paths of backend configuration files, turned into `terraform init -backend-config=...` arguments.
 *
 * Values whose key names a credential (password, secret, token, access key, connection string) are masked
 * and never put on the command line, where other processes can read them: they go into an HCL file in the
 * runner's temporary directory, passed as `-backend-config=<file>` and removed after `init`.
 */


const SECRET_KEY = /(password|passwd|secret|token|conn_str|connection_string|access_key|credentials|private_key|sas)/i;
const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
function isSecretKey(key) {
    return SECRET_KEY.test(key);
}
/** Parses the input text; a line with `=` is a setting, a line without is a file path. */
function parseBackendConfig(text) {
    return (0,_deploy_actions_kit_inputs__WEBPACK_IMPORTED_MODULE_1__/* .splitList */ .ry)(text, false).map((line) => {
        const eq = line.indexOf('=');
        if (eq < 0)
            return { kind: 'file', path: line };
        const key = line.slice(0, eq).trim();
        if (!KEY.test(key)) {
            throw new _deploy_actions_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('backend-config', `'${key.slice(0, 40)}' is not a backend setting name. Give KEY=VALUE lines (e.g. bucket=my-state) or paths of backend configuration files.`);
        }
        return { kind: 'value', key, value: line.slice(eq + 1).trim(), secret: isSecretKey(key) };
    });
}
/**
 * The init arguments. Secret settings are collected into one file placed where the first of them was
 * given, so the order of overrides is kept for everything else.
 */
function renderBackendConfig(entries, secretFile) {
    const args = [];
    const secretLines = [];
    for (const entry of entries) {
        if (entry.kind === 'file')
            args.push(`-backend-config=${entry.path}`);
        else if (!entry.secret)
            args.push(`-backend-config=${entry.key}=${entry.value}`);
        else {
            if (secretLines.length === 0)
                args.push(`-backend-config=${secretFile}`);
            secretLines.push(`${entry.key} = ${hclString(entry.value)}`);
        }
    }
    return { args, secretHcl: secretLines.length ? `${secretLines.join('\n')}\n` : '' };
}
/** A quoted HCL string literal whose value is `value` exactly: no escapes or templates interpreted. */
function hclString(value) {
    const escaped = value
        .replace(/\\/g, '\\\\')
        .replace(/"/g, '\\"')
        .replace(/\n/g, '\\n')
        .replace(/\r/g, '\\r')
        .replace(/\t/g, '\\t')
        .replace(/\$\{/g, () => '$${')
        .replace(/%\{/g, () => '%%{');
    return `"${escaped}"`;
}
function secretValues(entries) {
    return entries.flatMap((e) => (e.kind === 'value' && e.secret && e.value ? [e.value] : []));
}


/***/ }),

/***/ 678:
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

/***/ 228:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AA: () => (/* binding */ getString),
/* harmony export */   Ds: () => (/* binding */ getDuration),
/* harmony export */   GV: () => (/* binding */ getEnum),
/* harmony export */   cp: () => (/* binding */ getKeyValues),
/* harmony export */   pW: () => (/* binding */ getBoolean),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   vS: () => (/* binding */ getList),
/* harmony export */   xX: () => (/* binding */ getOptional)
/* harmony export */ });
/* unused harmony exports getInteger, parseDuration */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(678);
/* harmony import */ var _workflow__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(284);
/**
 * Typed readers for action inputs. Each reads one input once, validates it and throws an `InputError`
 * naming the input, what was wrong and what is accepted. An input the runner passes as empty takes the
 * documented default, so defaults in `action.yml` and in code must agree (each action tests that).
 */


function getString(name, opts = {}) {
    const value = (0,_workflow__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)(name, opts.env);
    if (value)
        return value;
    if (opts.required)
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, 'is required and was not given.');
    return opts.default ?? '';
}
/** Like `getString`, but `undefined` when the input is empty. */
function getOptional(name, opts = {}) {
    return (0,_workflow__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)(name, opts.env) || undefined;
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
function getBoolean(name, opts) {
    const value = (0,_workflow__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)(name, opts.env);
    if (!value)
        return opts.default;
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `'${value}' is not a boolean. Use true or false.`);
}
function getEnum(name, allowed, opts) {
    const value = (0,_workflow__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)(name, opts.env);
    if (!value)
        return opts.default;
    const match = allowed.find((a) => a === value.toLowerCase());
    if (match)
        return match;
    throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `'${value}' is not one of ${allowed.map((a) => `'${a}'`).join(', ')}.`);
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
    return splitList((0,_workflow__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)(name, opts.env), opts.comma ?? true);
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
    splitList((0,_workflow__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)(name, opts.env), false).forEach((line, index) => {
        const eq = line.indexOf('=');
        const key = eq > 0 ? line.slice(0, eq).trim() : '';
        if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(key)) {
            // The line is not quoted back: its value may be a secret.
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `each line must be KEY=VALUE with KEY a name (letters, digits, '_', '.', '-'); non-empty line ${index + 1} is not.`);
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
    const value = (0,_workflow__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)(name, opts.env) || opts.default;
    const ms = parseDuration(value);
    if (ms === undefined) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `'${value}' is not a duration. Use e.g. 30s, 5m or 1h30m (a bare number is seconds).`);
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


/***/ }),

/***/ 284:
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
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(161);
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

/***/ 613:
/***/ ((module) => {

module.exports = require("assert");

/***/ }),

/***/ 317:
/***/ ((module) => {

module.exports = require("child_process");

/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = require("events");

/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = require("os");

/***/ }),

/***/ 928:
/***/ ((module) => {

module.exports = require("path");

/***/ }),

/***/ 193:
/***/ ((module) => {

module.exports = require("string_decoder");

/***/ }),

/***/ 557:
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
var errors = __nccwpck_require__(678);
// EXTERNAL MODULE: ../../packages/kit/src/workflow.ts
var workflow = __nccwpck_require__(284);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
// EXTERNAL MODULE: ../../packages/kit/src/inputs.ts
var src_inputs = __nccwpck_require__(228);
// EXTERNAL MODULE: ./src/backend-config.ts
var backend_config = __nccwpck_require__(826);
;// CONCATENATED MODULE: ./src/inputs.ts






const MODES = ['plan', 'apply', 'destroy'];
const WORKSPACE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
function getInputs(env = process.env, cwd = process.cwd()) {
    const workingDirectory = (0,external_node_path_.resolve)(cwd, (0,src_inputs/* getString */.AA)('working-directory', { default: '.', env }));
    const inputs = {
        mode: (0,src_inputs/* getEnum */.GV)('mode', MODES, { default: 'plan', env }),
        workingDirectory,
        terraform: (0,src_inputs/* getString */.AA)('terraform', { default: 'terraform', env }),
        backendConfig: (0,backend_config/* parseBackendConfig */.az)((0,src_inputs/* getString */.AA)('backend-config', { env })),
        workspace: (0,src_inputs/* getString */.AA)('workspace', { default: 'default', env }),
        vars: (0,src_inputs/* getKeyValues */.cp)('var', { env }),
        secretVars: (0,src_inputs/* getKeyValues */.cp)('secret-var', { env }),
        varFiles: (0,src_inputs/* getList */.vS)('var-file', { comma: false, env }),
        planFile: resolvePath(workingDirectory, (0,src_inputs/* getOptional */.xX)('plan-file', { env })),
        autoApprove: (0,src_inputs/* getBoolean */.pW)('auto-approve', { default: false, env }),
        allowDestroy: (0,src_inputs/* getBoolean */.pW)('allow-destroy', { default: false, env }),
        lockTimeoutMs: (0,src_inputs/* getDuration */.Ds)('lock-timeout', { default: '0s', env }),
        githubToken: (0,src_inputs/* getOptional */.xX)('github-token', { env }),
        prComment: (0,src_inputs/* getBoolean */.pW)('pr-comment', { default: true, env }),
    };
    // Masked the moment they are read, before any check below can fail and print something.
    for (const value of [...inputs.secretVars.values(), ...(0,backend_config/* secretValues */.VX)(inputs.backendConfig)])
        (0,workflow/* setSecret */.Pq)(value);
    if (inputs.githubToken)
        (0,workflow/* setSecret */.Pq)(inputs.githubToken);
    validate(inputs, cwd);
    return inputs;
}
function resolvePath(base, path) {
    return path === undefined ? undefined : (0,external_node_path_.resolve)(base, path);
}
function validate(i, cwd) {
    checkWorkingDirectory(i.workingDirectory);
    if (i.terraform.includes('/') && !(0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(cwd, i.terraform))) {
        throw new errors/* InputError */.dz('terraform', `'${i.terraform}' does not exist. Give terraform or tofu (found on PATH) or the path of the binary.`);
    }
    if (!WORKSPACE_NAME.test(i.workspace)) {
        throw new errors/* InputError */.dz('workspace', `'${i.workspace.slice(0, 60)}' is not a workspace name. Use letters, digits, '-', '_' and '.'.`);
    }
    for (const name of i.secretVars.keys()) {
        if (i.vars.has(name)) {
            throw new errors/* InputError */.dz('secret-var', `'${name}' is also given in var. Give each variable in one of them.`);
        }
    }
    for (const file of [...i.varFiles, ...backendFiles(i.backendConfig)]) {
        const path = (0,external_node_path_.resolve)(i.workingDirectory, file);
        if (!(0,external_node_fs_.existsSync)(path)) {
            const input = i.varFiles.includes(file) ? 'var-file' : 'backend-config';
            throw new errors/* InputError */.dz(input, `'${file}' does not exist (looked at ${path}); paths are relative to working-directory.`);
        }
    }
    if (i.mode === 'apply' && i.planFile && !(0,external_node_fs_.existsSync)(i.planFile)) {
        throw new errors/* InputError */.dz('plan-file', `the saved plan ${i.planFile} does not exist. Download the plan the plan step wrote (e.g. with actions/download-artifact) before applying it.`);
    }
    if (i.mode === 'apply' && !i.planFile && !i.autoApprove) {
        throw new errors/* InputError */.dz('plan-file', 'is required with mode apply: give the saved plan a reviewed plan step wrote, or set auto-approve: true to plan and apply in one step without review.');
    }
    if (i.mode === 'destroy' && !i.allowDestroy) {
        throw new errors/* InputError */.dz('allow-destroy', 'must be true with mode destroy, which destroys every resource of the workspace.');
    }
    if (i.mode === 'destroy' && i.planFile) {
        throw new errors/* InputError */.dz('plan-file', 'cannot be used with mode destroy. To apply a reviewed plan that destroys resources, use mode apply with allow-destroy: true.');
    }
}
function checkWorkingDirectory(dir) {
    if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory()) {
        throw new errors/* InputError */.dz('working-directory', `${dir} does not exist. Check out the repository first (actions/checkout) and give the directory of the Terraform configuration, relative to the workspace.`);
    }
    if (!(0,external_node_fs_.readdirSync)(dir).some((f) => f.endsWith('.tf') || f.endsWith('.tf.json'))) {
        throw new errors/* InputError */.dz('working-directory', `${dir} holds no Terraform configuration (no *.tf or *.tf.json file). Point it at the root module.`);
    }
}
function backendFiles(entries) {
    return entries.flatMap((e) => (e.kind === 'file' ? [e.path] : []));
}

;// CONCATENATED MODULE: ./src/index.ts


void run({ inputs: () => getInputs(), main: () => __nccwpck_require__.e(/* import() */ 147).then(__nccwpck_require__.bind(__nccwpck_require__, 147)) });

module.exports = __webpack_exports__;
/******/ })()
;