/**
 * The ECR kinds' handling of every AWS answer, with the SDK clients mocked (aws-sdk-client-mock). The
 * end-to-end tests drive the same code through the real SDK against a local stand-in of the API.
 */
import {
  BatchGetImageCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  ListImagesCommand,
  PutImageCommand,
} from '@aws-sdk/client-ecr'
import {ECRPUBLICClient, GetAuthorizationTokenCommand as PublicTokenCommand} from '@aws-sdk/client-ecr-public'
import {afterEach, describe, expect, it} from '@jest/globals'
import {mockClient} from 'aws-sdk-client-mock'
import {sha256Digest} from '../src/distribution'
import {createEcrClient} from '../src/ecr'
import {createEcrPublicClient} from '../src/ecr-public'
import {OCI_MANIFEST} from '../src/media-types'
import {parseImageName} from '../src/reference'
import {TagConflictError} from '../src/registry'

const ecrMock = mockClient(ECRClient)
const publicMock = mockClient(ECRPUBLICClient)
afterEach(() => {
  ecrMock.reset()
  publicMock.reset()
})

const manifestText = JSON.stringify({schemaVersion: 2, mediaType: OCI_MANIFEST, layers: []})
const digest = sha256Digest(Buffer.from(manifestText))
const token = Buffer.from('AWS:the-password').toString('base64')

function ecr(masked: string[] = []) {
  return createEcrClient(
    {
      kind: 'ecr',
      name: parseImageName('123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/app'),
      mask: (s) => masked.push(s),
      log: () => {},
    },
    new ECRClient({region: 'eu-west-1'}),
  )
}

const awsError = (name: string, message = name) => Object.assign(new Error(message), {name, $metadata: {}})

describe('ECR private', () => {
  it('reads with all four manifest types accepted and checks the digest', async () => {
    ecrMock.on(BatchGetImageCommand).resolves({
      images: [
        {
          imageId: {imageDigest: digest, imageTag: 'v1'},
          imageManifest: manifestText,
          imageManifestMediaType: OCI_MANIFEST,
        },
      ],
      failures: [],
    })
    const manifest = await ecr().getManifest('team/app', 'v1')
    expect(manifest).toEqual({bytes: Buffer.from(manifestText), digest, mediaType: OCI_MANIFEST})
    const call = ecrMock.commandCalls(BatchGetImageCommand)[0]!.args[0].input
    expect(call).toMatchObject({
      registryId: '123456789012',
      repositoryName: 'team/app',
      imageIds: [{imageTag: 'v1'}],
    })
    expect(call.acceptedMediaTypes).toHaveLength(4)
  })

  it('reports ImageNotFound in failures[] as absent', async () => {
    ecrMock.on(BatchGetImageCommand).resolves({
      images: [],
      failures: [{imageId: {imageTag: 'v9'}, failureCode: 'ImageNotFound', failureReason: 'not found'}],
    })
    expect(await ecr().headManifest('team/app', 'v9')).toBeUndefined()
  })

  it('reports other failures[] entries as errors with their code and reason', async () => {
    ecrMock.on(BatchGetImageCommand).resolves({
      images: [],
      failures: [{imageId: {imageTag: 'v9'}, failureCode: 'KmsError', failureReason: 'key disabled'}],
    })
    await expect(ecr().headManifest('team/app', 'v9')).rejects.toThrow('KmsError: key disabled')
  })

  it('refuses a manifest whose bytes do not match the digest ECR reports', async () => {
    ecrMock.on(BatchGetImageCommand).resolves({
      images: [
        {
          imageId: {imageDigest: `sha256:${'1'.repeat(64)}`},
          imageManifest: manifestText,
          imageManifestMediaType: OCI_MANIFEST,
        },
      ],
    })
    await expect(ecr().getManifest('team/app', 'v1')).rejects.toThrow('does not match')
  })

  it('names a missing repository', async () => {
    ecrMock.on(BatchGetImageCommand).rejects(awsError('RepositoryNotFoundException'))
    await expect(ecr().getManifest('team/nope', 'v1')).rejects.toThrow(
      "ECR repository 'team/nope' does not exist",
    )
  })

  it('writes the exact manifest string with its media type and digest', async () => {
    ecrMock.on(PutImageCommand).resolves({image: {imageId: {imageDigest: digest, imageTag: 'v1'}}})
    const written = await ecr().putManifest('team/app', 'v1', {
      bytes: Buffer.from(manifestText),
      digest,
      mediaType: OCI_MANIFEST,
    })
    expect(written).toBe(digest)
    expect(ecrMock.commandCalls(PutImageCommand)[0]!.args[0].input).toEqual({
      registryId: '123456789012',
      repositoryName: 'team/app',
      imageTag: 'v1',
      imageDigest: digest,
      imageManifest: manifestText,
      imageManifestMediaType: OCI_MANIFEST,
    })
  })

  it('treats ImageAlreadyExistsException as done and ImageTagAlreadyExistsException as an immutable conflict', async () => {
    const manifest = {bytes: Buffer.from(manifestText), digest, mediaType: OCI_MANIFEST}
    ecrMock.on(PutImageCommand).rejects(awsError('ImageAlreadyExistsException'))
    expect(await ecr().putManifest('team/app', 'v1', manifest)).toBe(digest)
    ecrMock.reset()
    ecrMock.on(PutImageCommand).rejects(awsError('ImageTagAlreadyExistsException'))
    const err = await ecr()
      .putManifest('team/app', 'v1', manifest)
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(TagConflictError)
    expect((err as Error).message).toContain('immutable tags')
  })

  it('explains missing credentials', async () => {
    const error = awsError('CredentialsProviderError', 'Could not load credentials from any providers')
    ecrMock.on(PutImageCommand).rejects(error)
    const manifest = {bytes: Buffer.from(manifestText), digest, mediaType: OCI_MANIFEST}
    await expect(ecr().putManifest('team/app', 'v1', manifest)).rejects.toThrow(
      'aws-actions/configure-aws-credentials',
    )
  })

  it('explains denied access', async () => {
    ecrMock
      .on(PutImageCommand)
      .rejects(awsError('AccessDeniedException', 'not authorized to perform ecr:PutImage'))
    const manifest = {bytes: Buffer.from(manifestText), digest, mediaType: OCI_MANIFEST}
    await expect(ecr().putManifest('team/app', 'v1', manifest)).rejects.toThrow("Check the role's IAM policy")
  })

  it('lists tags across pages', async () => {
    ecrMock
      .on(ListImagesCommand)
      .resolvesOnce({imageIds: [{imageTag: 'a', imageDigest: digest}], nextToken: 'n'})
      .resolvesOnce({imageIds: [{imageTag: 'b', imageDigest: digest}, {imageDigest: digest}]})
    expect(await ecr().listTags('team/app')).toEqual(['a', 'b'])
    expect(ecrMock.commandCalls(ListImagesCommand)[1]!.args[0].input.nextToken).toBe('n')
  })

  it('masks the authorization token and its password for docker login', async () => {
    ecrMock.on(GetAuthorizationTokenCommand).resolves({authorizationData: [{authorizationToken: token}]})
    const masked: string[] = []
    expect(await ecr(masked).loginCredentials()).toEqual({username: 'AWS', password: 'the-password'})
    expect(masked).toEqual([token, 'the-password'])
  })
})

describe('ECR Public', () => {
  it('always calls the API in us-east-1 and masks the token', async () => {
    publicMock.on(PublicTokenCommand).resolves({authorizationData: {authorizationToken: token}})
    const masked: string[] = []
    const client = await createEcrPublicClient(
      {
        kind: 'ecr-public',
        name: parseImageName('public.ecr.aws/alias/app'),
        mask: (s) => masked.push(s),
        log: () => {},
      },
      new ECRPUBLICClient({region: 'us-east-1'}),
    )
    expect(await client.loginCredentials()).toEqual({username: 'AWS', password: 'the-password'})
    expect(masked).toEqual([token, 'the-password'])
    expect(client.kind).toBe('ecr-public')
  })

  it('explains missing credentials', async () => {
    publicMock
      .on(PublicTokenCommand)
      .rejects(awsError('CredentialsProviderError', 'Could not load credentials'))
    await expect(
      createEcrPublicClient(
        {kind: 'ecr-public', name: parseImageName('public.ecr.aws/alias/app'), mask: () => {}, log: () => {}},
        new ECRPUBLICClient({region: 'us-east-1'}),
      ),
    ).rejects.toThrow('No AWS credentials to get an ECR Public authorization token')
  })
})
