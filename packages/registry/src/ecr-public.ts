/**
 * ECR Public. Its API lives in us-east-1 only, whatever AWS_REGION says, and has no BatchGetImage:
 * manifests are read and written through the registry API, authenticated with the token
 * GetAuthorizationToken returns.
 */
import {ECRPUBLICClient, GetAuthorizationTokenCommand} from '@aws-sdk/client-ecr-public'
import {awsError, decodeAuthorizationToken} from './aws'
import {type ClientOptions, genericClient, type RegistryClient} from './registry'

export const ECR_PUBLIC_REGION = 'us-east-1'

export async function createEcrPublicClient(
  options: ClientOptions,
  client: ECRPUBLICClient = new ECRPUBLICClient({region: ECR_PUBLIC_REGION}),
): Promise<RegistryClient> {
  let token: string | undefined
  try {
    const result = await client.send(new GetAuthorizationTokenCommand({}))
    token = result.authorizationData?.authorizationToken
  } catch (err) {
    throw awsError(err, 'get an ECR Public authorization token')
  }
  if (!token) throw awsError(new Error('the answer held no authorization token'), 'log in to ECR Public')
  const credentials = decodeAuthorizationToken(token, options.mask)
  options.log(`Authenticated to ECR Public (${ECR_PUBLIC_REGION}).`)
  return genericClient(options, credentials, 'ecr-public')
}
