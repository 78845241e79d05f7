/**
 * What defines a container the docker strategy starts, as one hash: every `docker run` setting the action
 * controls. The image's content is the other half, and only the host knows it (the image ID after the
 * pull), so the script appends it: the container's label reads `<settings hash>@<image ID>`.
 *
 * container-env values are part of the hash. That shows nothing new: anyone who can read the label with
 * `docker inspect` reads the values themselves in the container's Config.Env. The hash is never logged.
 */
import {createHash} from 'node:crypto'
import type {DockerInputs} from './inputs'

export const FINGERPRINT_LABEL = 'deploy-actions.ssh-deploy.fingerprint'

/** Bumped whenever the encoding below changes, so an old label never matches by accident. */
const ENCODING = 'ssh-deploy/docker/1'

export function settingsFingerprint(d: DockerInputs, image: string): string {
  const settings = [
    ['name', d.containerName],
    // The reference too, not only its content: it is what the container's Config.Image and previous-image show.
    ['image', image],
    ['ports', d.ports],
    ['docker-args', d.dockerArgs],
    ['restart-policy', d.restartPolicy],
    // The env file's line order does not change the container, so reordering the input must not redeploy.
    ['container-env', [...d.containerEnv].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))],
  ]
  return createHash('sha256')
    .update(JSON.stringify([ENCODING, settings]))
    .digest('hex')
}
