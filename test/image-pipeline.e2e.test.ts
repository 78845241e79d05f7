/**
 * build-snapshot and promote-image, bundled, run as the runner runs them against a real registry
 * (docker-registry) and a real Docker engine (a private dockerd), both on 127.0.0.1. What the registry holds
 * is checked through its own API and access log, never through the actions' client.
 */
import {fileURLToPath} from 'node:url'
import {type ActionRun, runAction} from '@deploy-actions/local-runner/run-action'
import {busyboxHttpContext, type DockerEngine, startDockerEngine} from '@deploy-actions/testing/dockerd'
import {type FaultProxy, startFaultProxy} from '@deploy-actions/testing/fault-proxy'
import {manifestBytes, pushRandomImage, pushRandomIndex, tagDigest} from '@deploy-actions/testing/oci'
import {type Registry, startRegistry} from '@deploy-actions/testing/registry'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'

const buildSnapshotDir = fileURLToPath(new URL('../actions/build-snapshot', import.meta.url))
const promoteImageDir = fileURLToPath(new URL('../actions/promote-image', import.meta.url))

const SHA = 'c0ffee1234567890abcdef1234567890abcdef12'
const SNAPSHOT = `v1.0.0-SNAPSHOT-${SHA.slice(0, 7)}`

let registry: Registry
let engine: DockerEngine
let context: string

beforeAll(async () => {
  registry = await startRegistry()
  engine = await startDockerEngine()
  context = busyboxHttpContext({body: 'snapshot v1.0.0', port: 18081})
}, 60_000)

afterAll(async () => {
  await engine?.stop()
  await registry?.stop()
  removeTempDirs()
})

function build(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({actionDir: buildSnapshotDir, workspace: tempDir(), inputs, env: engine.env})
}

function promote(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({actionDir: promoteImageDir, workspace: tempDir(), inputs, env})
}

function errorLines(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((line) => line.startsWith('::error'))
}

/** Everything the step printed except the mask commands themselves, which must carry the secret. */
function unmaskedOutput(run: ActionRun): string {
  const lines = `${run.stdout}\n${run.stderr}`.split('\n')
  return lines.filter((line) => !line.startsWith('::add-mask::')).join('\n')
}

const blobTransfers = (requests: {method: string; path: string}[]) =>
  requests.filter((r) => /\/blobs\//.test(r.path) && r.method !== 'HEAD')

describe('build-snapshot → promote-image on a real registry and Docker engine', () => {
  let snapshotDigest: string

  it('builds a real image, pushes the snapshot tag and outputs the digest the registry holds', async () => {
    const run = await build({
      image: `${registry.host}/acme/app`,
      tags: SNAPSHOT,
      context,
      labels: `org.opencontainers.image.revision=${SHA}`,
    })
    expect(errorLines(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    snapshotDigest = (await tagDigest(registry.url, 'acme/app', SNAPSHOT))!
    expect(snapshotDigest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(run.outputs).toMatchObject({
      digest: snapshotDigest,
      'image-ref': `${registry.host}/acme/app@${snapshotDigest}`,
      tags: `${registry.host}/acme/app:${SNAPSHOT}`,
      skipped: 'false',
      builder: 'docker',
    })
    expect(Number(run.outputs['size'])).toBeGreaterThan(500_000)
    expect(run.summary).toContain(snapshotDigest)
    const label = engine.docker(
      'image',
      'inspect',
      '--format',
      '{{index .Config.Labels "org.opencontainers.image.revision"}}',
      `${registry.host}/acme/app:${SNAPSHOT}`,
    )
    expect(label.trim()).toBe(SHA)
  }, 120_000)

  it('skips the build on a re-run: one registry round trip, no upload, the same digest', async () => {
    await registry.clearLog()
    const run = await build({image: `${registry.host}/acme/app`, tags: SNAPSHOT, context})
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({digest: snapshotDigest, skipped: 'true', builder: 'none'})
    expect(run.log).not.toContain('$ docker build')
    expect(blobTransfers(await registry.requests())).toEqual([])
    expect(run.summary).toContain('skipped')
  }, 60_000)

  it('promotes the snapshot to the release tag and latest with manifest requests only', async () => {
    await registry.clearLog()
    const run = await promote({
      image: `${registry.host}/acme/app`,
      'source-tag': SNAPSHOT,
      'target-tags': 'v1.0.0\nlatest',
    })
    expect(errorLines(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(await tagDigest(registry.url, 'acme/app', 'v1.0.0')).toBe(snapshotDigest)
    expect(await tagDigest(registry.url, 'acme/app', 'latest')).toBe(snapshotDigest)
    expect(run.outputs).toMatchObject({
      digest: snapshotDigest,
      'image-ref': `${registry.host}/acme/app@${snapshotDigest}`,
      'promoted-tags': 'v1.0.0\nlatest',
      'unchanged-tags': '',
      'source-tag': SNAPSHOT,
    })
    const requests = await registry.requests()
    expect(requests.length).toBeGreaterThan(0)
    expect(requests.filter((r) => r.path !== '/v2/' && !/\/manifests\//.test(r.path))).toEqual([])
    expect(requests.filter((r) => r.method === 'PUT').map((r) => r.path)).toEqual([
      '/v2/acme/app/manifests/v1.0.0',
      '/v2/acme/app/manifests/latest',
    ])
    expect(run.summary).toContain(`\`${snapshotDigest}\``)
  }, 60_000)

  it('a re-run of the promotion changes nothing and reports the tags unchanged', async () => {
    await registry.clearLog()
    const run = await promote({
      image: `${registry.host}/acme/app`,
      'source-tag': SNAPSHOT,
      'target-tags': 'v1.0.0\nlatest',
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({'promoted-tags': '', 'unchanged-tags': 'v1.0.0\nlatest'})
    expect((await registry.requests()).filter((r) => r.method === 'PUT')).toEqual([])
  }, 60_000)

  it('finds the snapshot of a commit by its SHA', async () => {
    const run = await promote({image: `${registry.host}/acme/app`, sha: SHA, 'target-tags': 'v1.0.0'})
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      'source-tag': SNAPSHOT,
      digest: snapshotDigest,
      'unchanged-tags': 'v1.0.0',
    })
  }, 60_000)

  it('refuses to move a release tag that names another image, naming both digests, and writes nothing', async () => {
    const other = await pushRandomImage(registry.url, 'acme/app', 'v0.9.0', 1024)
    await registry.clearLog()
    const run = await promote({
      image: `${registry.host}/acme/app`,
      'source-tag': SNAPSHOT,
      'target-tags': 'v2.0.0\nv0.9.0',
    })
    expect(run.exitCode).toBe(1)
    const errors = errorLines(run)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(other.digest)
    expect(errors[0]).toContain(snapshotDigest)
    expect((await registry.requests()).filter((r) => r.method === 'PUT')).toEqual([])
    expect(await tagDigest(registry.url, 'acme/app', 'v0.9.0')).toBe(other.digest)
    expect(await tagDigest(registry.url, 'acme/app', 'v2.0.0')).toBeUndefined()

    const allowed = await promote({
      image: `${registry.host}/acme/app`,
      'source-tag': SNAPSHOT,
      'target-tags': 'v0.9.0',
      'allow-overwrite': 'true',
    })
    expect(allowed.exitCode).toBe(0)
    expect(await tagDigest(registry.url, 'acme/app', 'v0.9.0')).toBe(snapshotDigest)
    expect(allowed.summary).toContain(`moved from \`${other.digest}\``)
  }, 60_000)

  it('guards on expected-digest before writing', async () => {
    const wrong = `sha256:${'0'.repeat(64)}`
    const run = await promote({
      image: `${registry.host}/acme/app`,
      'source-tag': SNAPSHOT,
      'target-tags': 'v3.0.0',
      'expected-digest': wrong,
    })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)[0]).toContain(wrong)
    expect(await tagDigest(registry.url, 'acme/app', 'v3.0.0')).toBeUndefined()
  }, 60_000)
})

describe('promote-image on a real registry', () => {
  it('promotes a multi-platform OCI index byte for byte', async () => {
    const digest = await pushRandomIndex(registry.url, 'acme/multi', 'v1.1.0-SNAPSHOT-abcdef1')
    const before = await manifestBytes(registry.url, 'acme/multi', digest)
    const run = await promote({
      image: `${registry.host}/acme/multi`,
      'source-tag': 'v1.1.0-SNAPSHOT-abcdef1',
      'target-tags': 'v1.1.0',
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['media-type']).toBe('application/vnd.oci.image.index.v1+json')
    expect(await tagDigest(registry.url, 'acme/multi', 'v1.1.0')).toBe(digest)
    expect((await manifestBytes(registry.url, 'acme/multi', 'v1.1.0')).equals(before)).toBe(true)
  }, 60_000)

  it('promotes into another repository by mounting blobs, never uploading them', async () => {
    const image = await pushRandomImage(registry.url, 'acme/snapshots', 'v4.0.0-SNAPSHOT-1234567', 4096)
    await registry.clearLog()
    const run = await promote({
      image: `${registry.host}/acme/releases`,
      'source-image': `${registry.host}/acme/snapshots`,
      'source-tag': 'v4.0.0-SNAPSHOT-1234567',
      'target-tags': 'v4.0.0',
    })
    expect(errorLines(run)).toEqual([])
    expect(await tagDigest(registry.url, 'acme/releases', 'v4.0.0')).toBe(image.digest)
    const posts = (await registry.requests()).filter((r) => r.method === 'POST' || r.method === 'PATCH')
    expect(posts.length).toBe(2)
    for (const post of posts) expect(post.path).toContain('mount=')
    expect(posts.every((p) => p.status === 201)).toBe(true)
    const blob = await fetch(`${registry.url}/v2/acme/releases/blobs/${image.layerDigest}`, {method: 'HEAD'})
    expect(blob.status).toBe(200)
  }, 60_000)

  it('still promotes correctly through 429 (Retry-After), 503 and connection resets', async () => {
    const image = await pushRandomImage(registry.url, 'acme/flaky', 'v5.0.0-SNAPSHOT-7654321', 1024)
    let proxy: FaultProxy | undefined
    try {
      proxy = await startFaultProxy(registry.url, (req, n) => {
        if (n === 1) return {status: 429, headers: {'Retry-After': '1'}}
        if (n === 2) return {status: 503}
        if (n === 3) return 'reset'
        // The first write is answered 502 once: it must be retried with the same bytes.
        if (req.method === 'PUT' && !putFailed) {
          putFailed = true
          return {status: 502}
        }
        return 'pass'
      })
      let putFailed = false
      const run = await promote({
        image: `${proxy.host}/acme/flaky`,
        'source-tag': 'v5.0.0-SNAPSHOT-7654321',
        'target-tags': 'v5.0.0',
      })
      expect(errorLines(run)).toEqual([])
      expect(run.exitCode).toBe(0)
      expect(await tagDigest(registry.url, 'acme/flaky', 'v5.0.0')).toBe(image.digest)
      const outcomes = proxy.seen().map((s) => s.outcome)
      expect(outcomes.slice(0, 3)).toEqual([429, 503, 'reset'])
      expect(outcomes).toContain(502)
      expect(run.stdout).toMatch(/::warning::.*HTTP 429; retrying in 1\.0 s/)
    } finally {
      await proxy?.stop()
    }
  }, 90_000)

  it('authenticates with the Bearer token dance and masks the token', async () => {
    await pushRandomImage(registry.url, 'acme/private', 'v6.0.0-SNAPSHOT-aaaaaaa', 512)
    const proxy = await startFaultProxy(registry.url, () => 'pass', {
      auth: {scheme: 'bearer', username: 'robot', password: 's3cret-registry-password'},
    })
    try {
      const denied = await promote({
        image: `${proxy.host}/acme/private`,
        'source-tag': 'v6.0.0-SNAPSHOT-aaaaaaa',
        'target-tags': 'v6.0.0',
        username: 'robot',
        password: 'wrong-password',
      })
      expect(denied.exitCode).toBe(1)
      expect(errorLines(denied)[0]).toContain("refused the credentials for user 'robot'")
      expect(unmaskedOutput(denied)).not.toContain('wrong-password')

      const run = await promote({
        image: `${proxy.host}/acme/private`,
        'source-tag': 'v6.0.0-SNAPSHOT-aaaaaaa',
        'target-tags': 'v6.0.0',
        username: 'robot',
        password: 's3cret-registry-password',
      })
      expect(errorLines(run)).toEqual([])
      expect(await tagDigest(registry.url, 'acme/private', 'v6.0.0')).toBeDefined()
      expect(run.masks).toContain('s3cret-registry-password')
      expect(run.masks.length).toBeGreaterThanOrEqual(2)
      expect(unmaskedOutput(run)).not.toContain('s3cret-registry-password')
      expect(proxy.seen().some((r) => r.path.startsWith('/token'))).toBe(true)
    } finally {
      await proxy.stop()
    }
  }, 60_000)

  it.each([
    [{image: 'Acme/App', 'source-tag': 'x', 'target-tags': 'v1'}, "Input 'image'", 'lower case'],
    [{image: 'ghcr.io/acme/app:v1', 'source-tag': 'x', 'target-tags': 'v1'}, "Input 'image'", 'has a tag'],
    [
      {image: 'https://ghcr.io/acme/app', 'source-tag': 'x', 'target-tags': 'v1'},
      "Input 'image'",
      'is a URL',
    ],
    [{image: 'REG/acme/app', 'source-tag': 'x', 'target-tags': 'v1'}, "Input 'image'", 'lower case'],
    [
      {image: 'ghcr.io/acme/app', 'registry-type': 'quay', 'source-tag': 'x', 'target-tags': 'v1'},
      "Input 'registry-type'",
      "'ecr-public'",
    ],
    [
      {image: 'ghcr.io/acme/app', 'source-tag': 'x', 'target-tags': 'v1', username: 'u'},
      "Input 'password'",
      'required',
    ],
    [{image: 'ghcr.io/acme/app', 'target-tags': 'v1'}, "Input 'source-tag'", 'sha'],
    [
      {image: 'ghcr.io/acme/app', 'source-tag': 'x', 'target-tags': 'ghcr.io/acme/app:v1'},
      "Input 'target-tags'",
      'bare tags',
    ],
  ])('refuses bad input %j with one clear error', async (inputs, input, detail) => {
    const run = await promote(inputs as Record<string, string>)
    expect(run.exitCode).toBe(1)
    const errors = errorLines(run)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(input)
    expect(errors[0]).toContain(detail)
  })

  it('a source tag that does not exist fails clearly and writes nothing', async () => {
    await registry.clearLog()
    const run = await promote({
      image: `${registry.host}/acme/app`,
      'source-tag': 'v9.9.9-SNAPSHOT-0000000',
      'target-tags': 'v9.9.9',
    })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)[0]).toContain(`${registry.host}/acme/app:v9.9.9-SNAPSHOT-0000000 does not exist`)
    expect((await registry.requests()).filter((r) => r.method === 'PUT')).toEqual([])
  })

  it('a commit without a snapshot fails listing the tags found', async () => {
    const run = await promote({
      image: `${registry.host}/acme/app`,
      sha: 'deadbeefdeadbeef',
      'target-tags': 'v9.9.9',
    })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)[0]).toContain('No snapshot tag')
    expect(errorLines(run)[0]).toContain(SNAPSHOT)
  })
})
