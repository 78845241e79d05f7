/**
 * What the two ECR kinds share: AWS credentials from the SDK's default chain (environment, the web identity
 * token aws-actions/configure-aws-credentials sets up, profiles, container and instance roles), AWS errors
 * turned into messages that say what to do, and the `AWS:<password>` authorization token ECR hands out.
 */
import {ActionError} from '@deploy-actions/kit/errors'
import type {Credentials} from './distribution'

const CREDENTIAL_ERRORS = new Set(['CredentialsProviderError', 'ProviderError', 'TokenProviderError'])

/** A clear error for a failed AWS call; `what` says what was being done. */
export function awsError(err: unknown, what: string): Error {
  const e = err as {name?: string; message?: string; $metadata?: {httpStatusCode?: number}}
  if (e?.name && CREDENTIAL_ERRORS.has(e.name)) {
    return new ActionError(
      `No AWS credentials to ${what}: run aws-actions/configure-aws-credentials (OIDC role) before this step, ` +
        'or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.',
      {cause: err},
    )
  }
  if (e?.name === 'AccessDeniedException' || e?.$metadata?.httpStatusCode === 403) {
    return new ActionError(
      `AWS denied the request to ${what}: ${e.message ?? e.name}. Check the role's IAM policy.`,
      {
        cause: err,
      },
    )
  }
  return new ActionError(`Could not ${what}: ${e?.name ?? 'Error'}: ${e?.message ?? String(err)}`, {
    cause: err,
  })
}

/** ECR authorization tokens are base64 of `AWS:<password>`. */
export function decodeAuthorizationToken(token: string, mask: (secret: string) => void): Credentials {
  mask(token)
  const decoded = Buffer.from(token, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon <= 0)
    throw new ActionError('ECR returned an authorization token that is not of the form user:password.')
  const credentials = {username: decoded.slice(0, colon), password: decoded.slice(colon + 1)}
  mask(credentials.password)
  return credentials
}
