"use strict";
exports.id = 944;
exports.ids = [944];
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

/***/ 6944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createEcrClient: () => (/* binding */ createEcrClient)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8613);
/* harmony import */ var _deploy_actions_kit_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3678);
/* harmony import */ var _aws__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9191);
/* harmony import */ var _distribution__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8732);
/* harmony import */ var _media_types__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2202);
/* harmony import */ var _registry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4031);
/**
 * ECR private registries, through the ECR API: BatchGetImage (with every manifest type accepted, or ECR
 * converts OCI manifests) and PutImage with the exact manifest string and its media type. Blob mounts for
 * promotion between repositories go through the registry API with the same authorization token.
 */






function createEcrClient(options, injected) {
    const host = (0,_registry__WEBPACK_IMPORTED_MODULE_4__/* .parseEcrHost */ .wl)(options.name.registry);
    if (!host)
        throw new _deploy_actions_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`'${options.name.registry}' is not an ECR registry host (<account>.dkr.ecr.<region>.amazonaws.com).`);
    const client = injected ?? new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_5__/* .ECRClient */ .S70({ region: host.region });
    const registryId = host.account;
    let credentials;
    const login = () => {
        credentials ??= (async () => {
            try {
                const result = await client.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_5__/* .GetAuthorizationTokenCommand */ .Eu6({}));
                const token = result.authorizationData?.[0]?.authorizationToken;
                if (!token)
                    throw new Error('the answer held no authorization token');
                return (0,_aws__WEBPACK_IMPORTED_MODULE_1__/* .decodeAuthorizationToken */ .B)(token, options.mask);
            }
            catch (err) {
                throw err instanceof _deploy_actions_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ
                    ? err
                    : (0,_aws__WEBPACK_IMPORTED_MODULE_1__/* .awsError */ .e)(err, `get an ECR authorization token in ${host.region}`);
            }
        })();
        return credentials;
    };
    let api;
    const registryApi = async () => {
        api ??= new _distribution__WEBPACK_IMPORTED_MODULE_2__/* .DistributionClient */ .Q$({
            registry: options.name.registry,
            credentials: await login(),
            mask: options.mask,
            ...(options.retry ? { retry: options.retry } : {}),
            http: { log: options.log, ...options.http },
        });
        return api;
    };
    const getImage = async (repository, reference) => {
        const imageId = reference.startsWith('sha256:')
            ? { imageDigest: reference }
            : { imageTag: reference };
        let result;
        try {
            result = await client.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_5__/* .BatchGetImageCommand */ .P8n({
                registryId,
                repositoryName: repository,
                imageIds: [imageId],
                acceptedMediaTypes: [..._media_types__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST_MEDIA_TYPES */ .$T],
            }));
        }
        catch (err) {
            if (err.name === 'RepositoryNotFoundException') {
                throw new _distribution__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(`ECR repository '${repository}' does not exist in ${options.name.registry}.`, 404);
            }
            throw (0,_aws__WEBPACK_IMPORTED_MODULE_1__/* .awsError */ .e)(err, `read ${repository}:${reference} from ECR`);
        }
        const failure = result.failures?.[0];
        if (failure) {
            if (failure.failureCode === 'ImageNotFound' || failure.failureCode === 'ImageTagDoesNotMatchDigest')
                return undefined;
            throw new _distribution__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(`ECR could not return ${repository}:${reference}: ${failure.failureCode}: ${failure.failureReason ?? ''}`.trim(), undefined, failure.failureCode);
        }
        const image = result.images?.[0];
        if (!image?.imageManifest)
            return undefined;
        const bytes = Buffer.from(image.imageManifest, 'utf8');
        const digest = image.imageId?.imageDigest ?? (0,_distribution__WEBPACK_IMPORTED_MODULE_2__/* .sha256Digest */ .sI)(bytes);
        if ((0,_distribution__WEBPACK_IMPORTED_MODULE_2__/* .sha256Digest */ .sI)(bytes) !== digest) {
            throw new _distribution__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(`ECR returned ${repository}:${reference} with a manifest that does not match ${digest}.`, 200);
        }
        return { bytes, digest, mediaType: image.imageManifestMediaType ?? '' };
    };
    return {
        kind: 'ecr',
        registry: options.name.registry,
        loginCredentials: login,
        async headManifest(repository, reference) {
            const manifest = await getImage(repository, reference);
            return manifest && { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.bytes.length };
        },
        async getManifest(repository, reference) {
            const manifest = await getImage(repository, reference);
            if (!manifest) {
                throw new _distribution__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(`${options.name.registry}/${repository}:${reference} does not exist.`, 404, 'ImageNotFound');
            }
            return manifest;
        },
        async putManifest(repository, tag, manifest) {
            try {
                const result = await client.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_5__/* .PutImageCommand */ .SUU({
                    registryId,
                    repositoryName: repository,
                    imageTag: tag,
                    imageDigest: manifest.digest,
                    imageManifest: manifest.bytes.toString('utf8'),
                    imageManifestMediaType: manifest.mediaType,
                }));
                return result.image?.imageId?.imageDigest ?? manifest.digest;
            }
            catch (err) {
                const name = err.name;
                // The tag already names exactly this manifest: a re-run, nothing to do.
                if (name === 'ImageAlreadyExistsException')
                    return manifest.digest;
                if (name === 'ImageTagAlreadyExistsException') {
                    throw new _registry__WEBPACK_IMPORTED_MODULE_4__/* .TagConflictError */ .P1(`ECR repository '${repository}' has immutable tags and '${tag}' already names another image; ` +
                        'an immutable tag cannot be moved. Release under a new version.', 409, name);
                }
                throw (0,_aws__WEBPACK_IMPORTED_MODULE_1__/* .awsError */ .e)(err, `write ${repository}:${tag} to ECR`);
            }
        },
        async listTags(repository) {
            const tags = [];
            let nextToken;
            do {
                try {
                    const page = await client.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_5__/* .ListImagesCommand */ .W_n({
                        registryId,
                        repositoryName: repository,
                        filter: { tagStatus: 'TAGGED' },
                        nextToken,
                        maxResults: 1000,
                    }));
                    for (const id of page.imageIds ?? [])
                        if (id.imageTag)
                            tags.push(id.imageTag);
                    nextToken = page.nextToken;
                }
                catch (err) {
                    throw (0,_aws__WEBPACK_IMPORTED_MODULE_1__/* .awsError */ .e)(err, `list the tags of ${repository} in ECR`);
                }
            } while (nextToken);
            return tags;
        },
        mountBlob: async (repository, digest, from) => (await registryApi()).mountBlob(repository, digest, from),
        blobExists: async (repository, digest) => (await registryApi()).blobExists(repository, digest),
    };
}


/***/ })

};
;