/** Opening a registry client from the shared inputs, with secrets masked and retries logged. */
import * as workflow from '@deploy-actions/kit/workflow'
import type {RegistryInputs} from './inputs'
import type {ImageName} from './reference'
import {createRegistryClient, type RegistryClient} from './registry'

export function connectRegistry(image: ImageName, inputs: RegistryInputs): Promise<RegistryClient> {
  return createRegistryClient({
    kind: inputs.kind,
    name: image,
    credentials: inputs.credentials,
    insecure: inputs.insecure,
    mask: (secret) => workflow.setSecret(secret),
    log: (message) => workflow.warning(message),
  })
}
