"use strict";
exports.id = 884;
exports.ids = [884];
exports.modules = {

/***/ 9191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ decodeAuthorizationToken),
/* harmony export */   e: () => (/* binding */ awsError)
/* harmony export */ });
/* harmony import */ var _deploy_actions_kit_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3678);
/**
 * What the two ECR kinds share: AWS credentials from the SDK's default chain (environment, the web identity
 * token aws-actions/configure-aws-credentials sets up, profiles, container and instance roles), AWS errors
 * turned into messages that say what to do, and the `AWS:<password>` authorization token ECR hands out.
 */

const CREDENTIAL_ERRORS = new Set(['CredentialsProviderError', 'ProviderError', 'TokenProviderError']);
/** A clear error for a failed AWS call; `what` says what was being done. */
function awsError(err, what) {
    const e = err;
    if (e?.name && CREDENTIAL_ERRORS.has(e.name)) {
        return new _deploy_actions_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`No AWS credentials to ${what}: run aws-actions/configure-aws-credentials (OIDC role) before this step, ` +
            'or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.', { cause: err });
    }
    if (e?.name === 'AccessDeniedException' || e?.$metadata?.httpStatusCode === 403) {
        return new _deploy_actions_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`AWS denied the request to ${what}: ${e.message ?? e.name}. Check the role's IAM policy.`, {
            cause: err,
        });
    }
    return new _deploy_actions_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Could not ${what}: ${e?.name ?? 'Error'}: ${e?.message ?? String(err)}`, {
        cause: err,
    });
}
/** ECR authorization tokens are base64 of `AWS:<password>`. */
function decodeAuthorizationToken(token, mask) {
    mask(token);
    const decoded = Buffer.from(token, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0)
        throw new _deploy_actions_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('ECR returned an authorization token that is not of the form user:password.');
    const credentials = { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    mask(credentials.password);
    return credentials;
}


/***/ }),

/***/ 8884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createEcrPublicClient: () => (/* binding */ createEcrPublicClient)
/* harmony export */ });
/* unused harmony export ECR_PUBLIC_REGION */
/* harmony import */ var _aws_sdk_client_ecr_public__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2268);
/* harmony import */ var _aws__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9191);
/* harmony import */ var _registry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);
/**
 * ECR Public. Its API lives in us-east-1 only, whatever AWS_REGION says, and has no BatchGetImage:
 * manifests are read and written through the registry API, authenticated with the token
 * GetAuthorizationToken returns.
 */



const ECR_PUBLIC_REGION = 'us-east-1';
async function createEcrPublicClient(options, client = new _aws_sdk_client_ecr_public__WEBPACK_IMPORTED_MODULE_2__/* .ECRPUBLICClient */ .Rr({ region: ECR_PUBLIC_REGION })) {
    let token;
    try {
        const result = await client.send(new _aws_sdk_client_ecr_public__WEBPACK_IMPORTED_MODULE_2__/* .GetAuthorizationTokenCommand */ .Eu({}));
        token = result.authorizationData?.authorizationToken;
    }
    catch (err) {
        throw (0,_aws__WEBPACK_IMPORTED_MODULE_0__/* .awsError */ .e)(err, 'get an ECR Public authorization token');
    }
    if (!token)
        throw (0,_aws__WEBPACK_IMPORTED_MODULE_0__/* .awsError */ .e)(new Error('the answer held no authorization token'), 'log in to ECR Public');
    const credentials = (0,_aws__WEBPACK_IMPORTED_MODULE_0__/* .decodeAuthorizationToken */ .B)(token, options.mask);
    options.log(`Authenticated to ECR Public (${ECR_PUBLIC_REGION}).`);
    return (0,_registry__WEBPACK_IMPORTED_MODULE_1__/* .genericClient */ .d8)(options, credentials, 'ecr-public');
}


/***/ })

};
;