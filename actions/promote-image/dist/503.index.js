"use strict";
exports.id = 503;
exports.ids = [503];
exports.modules = {

/***/ 5503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main),
  toOutputs: () => (/* binding */ toOutputs)
});

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
// EXTERNAL MODULE: ../../packages/kit/src/errors.ts
var errors = __webpack_require__(3678);
// EXTERNAL MODULE: ../../packages/registry/src/media-types.ts
var media_types = __webpack_require__(2202);
;// CONCATENATED MODULE: ./src/promote.ts
/**
 * Promotion: the snapshot's manifest (or index) is read once and written under each release tag exactly as
 * read, so the release digest is the snapshot digest. No layer is pulled or pushed; between two repositories
 * of one registry, blobs are mounted. Every check runs before the first write, so a refused promotion
 * changes nothing.
 */




async function findSource(inputs, deps) {
    const source = inputs.source;
    if ('tag' in source)
        return { reference: source.tag, tag: source.tag };
    if ('digest' in source)
        return { reference: source.digest, tag: undefined };
    const tags = await deps.client.listTags(inputs.sourceImage.repository);
    const matches = snapshotTagsFor(tags, source.sha);
    const where = (0,reference/* formatReference */.FH)(inputs.sourceImage, {});
    if (matches.length === 0) {
        const recent = tags.slice(-10);
        throw new errors/* ActionError */.lZ(`No snapshot tag of ${where} ends in a short form of ${source.sha.slice(0, 12)}` +
            (recent.length
                ? ` (tags found: ${recent.join(', ')}${tags.length > 10 ? ', ...' : ''}).`
                : ' (the repository has no tags).') +
            ' Was build-snapshot run for this commit?');
    }
    if (matches.length > 1) {
        throw new errors/* ActionError */.lZ(`Several snapshot tags of ${where} match commit ${source.sha.slice(0, 12)}: ${matches.join(', ')}. ` +
            'Give source-tag to choose one.');
    }
    deps.log(`Snapshot for ${source.sha.slice(0, 12)}: ${matches[0]}`);
    return { reference: matches[0], tag: matches[0] };
}
/** Tags ending in `-<short sha>` where the short sha is a prefix (7+ characters) of `sha`. */
function snapshotTagsFor(tags, sha) {
    return tags.filter((tag) => {
        const suffix = /-([0-9a-f]{7,40})$/.exec(tag)?.[1];
        return suffix !== undefined && (sha.startsWith(suffix) || suffix.startsWith(sha));
    });
}
/** What each target tag needs, or one error naming every tag that would move without permission. */
async function planTags(inputs, digest, deps) {
    const plans = [];
    for (const tag of inputs.targetTags) {
        const existing = await deps.client.headManifest(inputs.image.repository, tag);
        if (!existing)
            plans.push({ tag, action: 'create', previousDigest: undefined });
        else if (existing.digest === digest)
            plans.push({ tag, action: 'unchanged', previousDigest: existing.digest });
        else
            plans.push({ tag, action: 'move', previousDigest: existing.digest });
    }
    const refused = plans.filter((p) => p.action === 'move' && !inputs.allowOverwrite && !inputs.movableTags.includes(p.tag));
    if (refused.length > 0) {
        const lines = refused.map((p) => `${(0,reference/* formatReference */.FH)(inputs.image, { tag: p.tag })} is ${p.previousDigest}`);
        throw new errors/* ActionError */.lZ(`Refusing to move release tags to ${digest}: ${lines.join('; ')}. Release tags never move silently: ` +
            'bump the version, or set allow-overwrite: true if moving them is intended. Nothing was written.');
    }
    return plans;
}
/**
 * Makes everything `manifest` references exist in the target repository: child manifests of an index
 * (written by digest), then config and layer blobs, mounted from the source repository.
 */
async function copyReferences(manifest, from, to, deps) {
    if (from.repository === to.repository)
        return 0;
    const content = JSON.parse(manifest.bytes.toString('utf8'));
    let copied = 0;
    if ((0,media_types/* isIndex */.nw)(manifest.mediaType)) {
        for (const child of content.manifests ?? []) {
            if (await deps.client.headManifest(to.repository, child.digest))
                continue;
            const childManifest = await deps.client.getManifest(from.repository, child.digest);
            copied += await copyReferences(childManifest, from, to, deps);
            await deps.client.putManifest(to.repository, child.digest, childManifest);
            copied++;
        }
        return copied;
    }
    const blobs = [...(content.config ? [content.config] : []), ...(content.layers ?? [])];
    for (const blob of blobs) {
        if (await deps.client.blobExists(to.repository, blob.digest))
            continue;
        if (!(await deps.client.mountBlob(to.repository, blob.digest, from.repository))) {
            throw new errors/* ActionError */.lZ(`${to.registry} declined to mount blob ${blob.digest} from ${from.repository} into ${to.repository}. ` +
                'Promotion never transfers layers; promote within the snapshot repository, or use a registry that ' +
                'supports cross-repository mounts.');
        }
        copied++;
    }
    return copied;
}
async function promote(inputs, deps) {
    const source = await findSource(inputs, deps);
    const manifest = await deps.client.getManifest(inputs.sourceImage.repository, source.reference);
    deps.log(`${(0,reference/* formatReference */.FH)(inputs.sourceImage, { tag: source.reference })} is ${manifest.digest} (${manifest.mediaType})`);
    if (inputs.expectedDigest && inputs.expectedDigest !== manifest.digest) {
        throw new errors/* ActionError */.lZ(`${(0,reference/* formatReference */.FH)(inputs.sourceImage, { tag: source.reference })} is ${manifest.digest}, not the expected ` +
            `${inputs.expectedDigest}: the snapshot changed since it was tested. Nothing was written.`);
    }
    const plans = await planTags(inputs, manifest.digest, deps);
    const mounted = await copyReferences(manifest, inputs.sourceImage, inputs.image, deps);
    for (const plan of plans) {
        if (plan.action === 'unchanged') {
            deps.log(`${plan.tag}: already ${manifest.digest}`);
            continue;
        }
        const written = await deps.client
            .putManifest(inputs.image.repository, plan.tag, manifest)
            .catch((err) => {
            if (err instanceof registry/* TagConflictError */.P1 && plan.previousDigest) {
                throw new errors/* ActionError */.lZ(`${err.message} (${plan.tag} is ${plan.previousDigest}; the release is ${manifest.digest})`);
            }
            throw err;
        });
        if (written !== manifest.digest) {
            throw new errors/* ActionError */.lZ(`${plan.tag} was written as ${written}, not ${manifest.digest}.`);
        }
        deps.log(plan.action === 'move'
            ? `${plan.tag}: moved from ${plan.previousDigest} to ${written}`
            : `${plan.tag}: ${written}`);
    }
    return { sourceTag: source.tag, digest: manifest.digest, mediaType: manifest.mediaType, plans, mounted };
}

;// CONCATENATED MODULE: ./src/main.ts





async function main(inputs, deps) {
    const resolved = deps ??
        (await workflow/* group */.Os(`Connect to ${inputs.image.registry} (${inputs.registry.kind})`, async () => ({
            client: await connectRegistry(inputs.image, inputs.registry),
            log: workflow/* info */.pq,
        })));
    const result = await workflow/* group */.Os(`Promote to ${inputs.targetTags.join(', ')}`, () => promote(inputs, resolved));
    for (const [name, value] of Object.entries(toOutputs(inputs, result)))
        workflow/* setOutput */.uH(name, value);
    const promoted = result.plans.filter((p) => p.action !== 'unchanged').map((p) => p.tag);
    workflow/* info */.pq(promoted.length
        ? `Promoted ${(0,reference/* formatImageName */.eS)(inputs.image)}@${result.digest} to ${promoted.join(', ')}.`
        : `Every target tag already names ${result.digest}; nothing to do.`);
    write(heading('promote-image'), summary(inputs, result));
}
function toOutputs(inputs, r) {
    const tags = (action) => r.plans
        .filter(action)
        .map((p) => p.tag)
        .join('\n');
    return {
        digest: r.digest,
        'image-ref': (0,reference/* formatReference */.FH)(inputs.image, { digest: r.digest }),
        'source-tag': r.sourceTag ?? '',
        'media-type': r.mediaType,
        'promoted-tags': tags((p) => p.action !== 'unchanged'),
        'unchanged-tags': tags((p) => p.action === 'unchanged'),
        'image-refs': inputs.targetTags.map((tag) => (0,reference/* formatReference */.FH)(inputs.image, { tag })).join('\n'),
    };
}
function summary(inputs, r) {
    const source = (0,reference/* formatReference */.FH)(inputs.sourceImage, { tag: r.sourceTag ?? r.digest });
    const rows = r.plans.map((p) => [
        code((0,reference/* formatReference */.FH)(inputs.image, { tag: p.tag })),
        p.action === 'create'
            ? 'created'
            : p.action === 'move'
                ? `moved from ${code(p.previousDigest)}`
                : 'unchanged',
    ]);
    return [
        table(['', ''], [
            ['Source', code(source)],
            ['Digest', code(r.digest)],
            ['Media type', code(r.mediaType)],
        ]),
        '',
        table(['Target', 'Result'], rows),
    ].join('\n');
}


/***/ })

};
;