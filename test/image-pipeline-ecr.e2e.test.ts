/**
 * build-snapshot and promote-image against ECR and ECR Public. AWS cannot be reached from here, so the ECR
 * APIs are served by a local stand-in (packages/testing/src/ecr-stand-in.ts) that the real AWS SDK clients
 * reach through the standard endpoint overrides (AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC): request
 * signing, regions and JSON serialisation are the SDK's own. ECR Public's registry side is a real
 * docker-registry behind a proxy that demands the token dance with the credentials the stand-in hands out.
 */
import {fileURLToPath} from 'node:url'
import {type ActionRun, runAction} from '@deploy-actions/local-runner/run-action'
import {busyboxHttpContext, type DockerEngine, startDockerEngine} from '@deploy-actions/testing/dockerd'
import {type EcrStandIn, startEcrStandIn} from '@deploy-actions/testing/ecr-stand-in'
import {type FaultProxy, startFaultProxy} from '@deploy-actions/testing/fault-proxy'
import {OCI_MANIFEST, pushRandomImage, tagDigest} from '@deploy-actions/testing/oci'
import {type Registry, startRegistry} from '@deploy-actions/testing/registry'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'

const buildSnapshotDir = fileURLToPath(new URL('../actions/build-snapshot', import.meta.url))
const promoteImageDir = fileURLToPath(new URL('../actions/promote-image', import.meta.url))

const AWS_ENV = {
  AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  AWS_EC2_METADATA_DISABLED: 'true',
}
const ECR_HOST = '123456789012.dkr.ecr.eu-west-1.amazonaws.com'

function errorLines(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((line) => line.startsWith('::error'))
}

afterAll(removeTempDirs)

describe('promote-image on ECR (private), through the real AWS SDK', () => {
  let ecr: EcrStandIn
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: {
      mediaType: 'application/vnd.oci.image.config.v1+json',
      digest: `sha256:${'c'.repeat(64)}`,
      size: 2,
    },
    layers: [],
  })
  let digest: string

  beforeAll(async () => {
    ecr = await startEcrStandIn({flavour: 'ecr', region: 'eu-west-1', immutableRepositories: ['team/locked']})
    digest = ecr.putImage('team/app', 'v2.0.0-SNAPSHOT-abcdef1', manifest, OCI_MANIFEST)
    ecr.putImage('team/locked', 'v2.0.0-SNAPSHOT-abcdef1', manifest, OCI_MANIFEST)
    ecr.putImage('team/locked', 'v2.0.0', manifest.replace('"size":2', '"size":3'), OCI_MANIFEST)
  })
  afterAll(() => ecr?.stop())

  const promote = (inputs: Record<string, string>) =>
    runAction({
      actionDir: promoteImageDir,
      workspace: tempDir(),
      inputs,
      // AWS_REGION differs on purpose: the region comes from the registry host.
      env: {...AWS_ENV, AWS_REGION: 'us-west-2', AWS_ENDPOINT_URL_ECR: ecr.url},
    })

  it('copies the manifest with BatchGetImage and PutImage, signed for the registry region', async () => {
    const run = await promote({image: `${ECR_HOST}/team/app`, sha: 'abcdef1234567', 'target-tags': 'v2.0.0'})
    expect(errorLines(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(ecr.tagDigest('team/app', 'v2.0.0')).toBe(digest)
    expect(run.outputs).toMatchObject({
      digest,
      'promoted-tags': 'v2.0.0',
      'source-tag': 'v2.0.0-SNAPSHOT-abcdef1',
    })
    const calls = ecr.calls()
    expect(calls.map((c) => c.target)).toEqual(['ListImages', 'BatchGetImage', 'BatchGetImage', 'PutImage'])
    for (const call of calls)
      expect(call.scope).toMatch(/^AKIAIOSFODNN7EXAMPLE\/\d{8}\/eu-west-1\/ecr\/aws4_request$/)
    expect(calls[3]!.body).toMatchObject({
      imageManifest: manifest,
      imageManifestMediaType: OCI_MANIFEST,
      imageTag: 'v2.0.0',
    })
    expect((calls[1]!.body['acceptedMediaTypes'] as string[]).sort()).toEqual([
      'application/vnd.docker.distribution.manifest.list.v2+json',
      'application/vnd.docker.distribution.manifest.v2+json',
      'application/vnd.oci.image.index.v1+json',
      'application/vnd.oci.image.manifest.v1+json',
    ])
  }, 60_000)

  it('a re-run reports the tag unchanged without writing', async () => {
    const before = ecr.calls().length
    const run = await promote({
      image: `${ECR_HOST}/team/app`,
      'source-tag': 'v2.0.0-SNAPSHOT-abcdef1',
      'target-tags': 'v2.0.0',
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['unchanged-tags']).toBe('v2.0.0')
    expect(
      ecr
        .calls()
        .slice(before)
        .map((c) => c.target),
    ).not.toContain('PutImage')
  }, 60_000)

  it('an immutable tag at another digest fails naming both digests', async () => {
    const run = await promote({
      image: `${ECR_HOST}/team/locked`,
      'source-tag': 'v2.0.0-SNAPSHOT-abcdef1',
      'target-tags': 'v2.0.0',
      'allow-overwrite': 'true',
    })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)[0]).toContain('immutable tags')
    expect(errorLines(run)[0]).toContain(digest)
    expect(errorLines(run)[0]).toContain(ecr.tagDigest('team/locked', 'v2.0.0'))
    expect(ecr.tagDigest('team/locked', 'v2.0.0')).not.toBe(digest)
  }, 60_000)

  it('without AWS credentials says how to provide them', async () => {
    const run = await runAction({
      actionDir: promoteImageDir,
      workspace: tempDir(),
      inputs: {
        image: `${ECR_HOST}/team/app`,
        'source-tag': 'v2.0.0-SNAPSHOT-abcdef1',
        'target-tags': 'v2.0.1',
      },
      env: {
        AWS_ACCESS_KEY_ID: '',
        AWS_SECRET_ACCESS_KEY: '',
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_CONFIG_FILE: '/nonexistent',
        AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
        AWS_ENDPOINT_URL_ECR: ecr.url,
      },
    })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toHaveLength(1)
    expect(errorLines(run)[0]).toContain('aws-actions/configure-aws-credentials')
    expect(ecr.tagDigest('team/app', 'v2.0.1')).toBeUndefined()
  }, 60_000)
})

describe('ECR Public: build-snapshot and promote-image with the token from GetAuthorizationToken', () => {
  let ecrPublic: EcrStandIn
  let registry: Registry
  let proxy: FaultProxy
  let engine: DockerEngine

  beforeAll(async () => {
    ecrPublic = await startEcrStandIn({
      flavour: 'ecr-public',
      region: 'us-east-1',
      password: 'ecr-public-password-1',
    })
    registry = await startRegistry()
    proxy = await startFaultProxy(registry.url, () => 'pass', {
      auth: {scheme: 'bearer', username: 'AWS', password: 'ecr-public-password-1'},
    })
    engine = await startDockerEngine()
  }, 60_000)
  afterAll(async () => {
    await engine?.stop()
    await proxy?.stop()
    await registry?.stop()
    await ecrPublic?.stop()
  })

  // AWS_REGION is another region on purpose: ECR Public is only served from us-east-1.
  const awsEnv = () => ({...AWS_ENV, AWS_REGION: 'eu-central-1', AWS_ENDPOINT_URL_ECR_PUBLIC: ecrPublic.url})

  it('logs docker in with the token on stdin, builds, pushes, and logs out in the post step', async () => {
    const run = await runAction({
      actionDir: buildSnapshotDir,
      workspace: tempDir(),
      inputs: {
        image: `${proxy.host}/my-alias/app`,
        'registry-type': 'ecr-public',
        tags: 'v3.0.0-SNAPSHOT-1111111',
        context: busyboxHttpContext({body: 'ecr public', port: 18082}),
      },
      env: {...engine.env, ...awsEnv()},
    })
    expect(errorLines(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(ecrPublic.calls().map((c) => [c.target, c.scope.split('/').slice(2, 4).join('/')])).toContainEqual(
      ['GetAuthorizationToken', 'us-east-1/ecr-public'],
    )
    expect(run.log).toMatch(/\$ docker login --username AWS --password-stdin 127\.0\.0\.1:\d+/)
    expect(run.masks).toContain('ecr-public-password-1')
    expect(`${run.log}\n${run.stderr}`).not.toContain('ecr-public-password-1')
    expect(await tagDigest(registry.url, 'my-alias/app', 'v3.0.0-SNAPSHOT-1111111')).toBe(
      run.outputs['digest'],
    )
    expect(run.post?.exitCode).toBe(0)
    expect(run.post?.log).toMatch(/\$ docker logout 127\.0\.0\.1:\d+/)
  }, 120_000)

  it('promotes through the registry API with the same token (ECR Public has no BatchGetImage)', async () => {
    const image = await pushRandomImage(registry.url, 'my-alias/app', 'v3.1.0-SNAPSHOT-2222222', 256)
    const run = await runAction({
      actionDir: promoteImageDir,
      workspace: tempDir(),
      inputs: {
        image: `${proxy.host}/my-alias/app`,
        'registry-type': 'ecr-public',
        'source-tag': 'v3.1.0-SNAPSHOT-2222222',
        'target-tags': 'v3.1.0',
      },
      env: awsEnv(),
    })
    expect(errorLines(run)).toEqual([])
    expect(await tagDigest(registry.url, 'my-alias/app', 'v3.1.0')).toBe(image.digest)
    expect(proxy.seen().some((r) => r.path.startsWith('/token') && r.outcome === 200)).toBe(true)
  }, 60_000)
})
