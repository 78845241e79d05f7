import type {Manifest, ManifestHead} from '@deploy-actions/registry/distribution'
import {parseImageName} from '@deploy-actions/registry/reference'
import type {RegistryClient} from '@deploy-actions/registry/registry'
import {describe, expect, it} from '@jest/globals'
import {getInputs, type Inputs} from '../src/inputs'
import {planTags, promote, snapshotTagsFor} from '../src/promote'

const SHA = 'abcdef1234567890abcdef1234567890abcdef12'
const D1 = `sha256:${'1'.repeat(64)}`
const D2 = `sha256:${'2'.repeat(64)}`

function inputs(values: Record<string, string>): Inputs {
  const env: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries({
    image: 'ghcr.io/acme/app',
    'target-tags': 'v1.0.0',
    'source-tag': 's',
    ...values,
  })) {
    env[`INPUT_${k.toUpperCase()}`] = v
  }
  return getInputs(env)
}

/** An in-memory registry: tags → digests, and a record of writes. */
function fakeRegistry(tags: Record<string, string>) {
  const writes: string[] = []
  const manifest = (digest: string): Manifest => ({
    bytes: Buffer.from('{}'),
    digest,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
  })
  const client = {
    kind: 'generic',
    registry: 'ghcr.io',
    loginCredentials: async () => undefined,
    headManifest: async (_repo: string, ref: string): Promise<ManifestHead | undefined> =>
      tags[ref]
        ? {digest: tags[ref]!, mediaType: 'application/vnd.oci.image.manifest.v1+json', size: 2}
        : undefined,
    getManifest: async (_repo: string, ref: string) => manifest(tags[ref] ?? ref),
    putManifest: async (_repo: string, tag: string, m: Manifest) => {
      writes.push(tag)
      tags[tag] = m.digest
      return m.digest
    },
    listTags: async () => Object.keys(tags),
    mountBlob: async () => true,
    blobExists: async () => true,
  } satisfies RegistryClient
  return {client, writes}
}

describe('snapshotTagsFor', () => {
  it.each([
    [['v1.0.0-SNAPSHOT-abcdef1', 'v1.0.0', 'latest'], ['v1.0.0-SNAPSHOT-abcdef1']],
    [['v1.0.0-SNAPSHOT-abcdef1234', 'v1.0.0-SNAPSHOT-1234567'], ['v1.0.0-SNAPSHOT-abcdef1234']],
    [
      ['v1.0.0-SNAPSHOT-abcdef1', 'v1.0.1-SNAPSHOT-abcdef1'],
      ['v1.0.0-SNAPSHOT-abcdef1', 'v1.0.1-SNAPSHOT-abcdef1'],
    ],
    [['v1.0.0-SNAPSHOT-abcdef0', 'v1.0.0-abc'], []],
  ])('%j', (tags, expected) => {
    expect(snapshotTagsFor(tags, SHA)).toEqual(expected)
  })
})

describe('planTags', () => {
  it('creates new tags, keeps identical ones, moves latest, refuses to move release tags', async () => {
    const {client} = fakeRegistry({'v1.0.0': D1, latest: D2, 'v0.9.0': D2})
    const deps = {client, log: () => {}}
    const plans = await planTags(inputs({'target-tags': 'v1.0.0\nlatest\nv1.0'}), D1, deps)
    expect(plans.map((p) => [p.tag, p.action])).toEqual([
      ['v1.0.0', 'unchanged'],
      ['latest', 'move'],
      ['v1.0', 'create'],
    ])
    await expect(planTags(inputs({'target-tags': 'v0.9.0\nv1.1.0'}), D1, deps)).rejects.toThrow(
      `ghcr.io/acme/app:v0.9.0 is ${D2}`,
    )
    const allowed = await planTags(inputs({'target-tags': 'v0.9.0', 'allow-overwrite': 'true'}), D1, deps)
    expect(allowed[0]).toEqual({tag: 'v0.9.0', action: 'move', previousDigest: D2})
  })
})

describe('promote', () => {
  it('writes nothing when one target tag is refused', async () => {
    const {client, writes} = fakeRegistry({'v1.0.0-SNAPSHOT-abcdef1': D1, 'v1.0.0': D2})
    const run = promote(inputs({'source-tag': 'v1.0.0-SNAPSHOT-abcdef1', 'target-tags': 'v1.0\nv1.0.0'}), {
      client,
      log: () => {},
    })
    await expect(run).rejects.toThrow('Nothing was written')
    expect(writes).toEqual([])
  })

  it('fails on ambiguous or missing snapshots for a commit, listing the tags', async () => {
    const {client} = fakeRegistry({'v1.0.0-SNAPSHOT-abcdef1': D1, 'v1.0.1-SNAPSHOT-abcdef1': D1})
    await expect(promote(inputs({'source-tag': '', sha: SHA}), {client, log: () => {}})).rejects.toThrow(
      'Several snapshot tags of ghcr.io/acme/app match commit abcdef123456: v1.0.0-SNAPSHOT-abcdef1, v1.0.1-SNAPSHOT-abcdef1',
    )
    await expect(
      promote(inputs({'source-tag': '', sha: '1234567'}), {client, log: () => {}}),
    ).rejects.toThrow('tags found: v1.0.0-SNAPSHOT-abcdef1')
  })

  it('names the image in a source-image from another registry', () => {
    expect(() => inputs({'source-image': 'docker.io/acme/app', 'source-tag': 'x'})).toThrow(
      'never transfers layers',
    )
    expect(parseImageName('ghcr.io/acme/app').registry).toBe('ghcr.io')
  })
})
