/** The docker command lines, built from the inputs alone so they can be checked in table tests. */
import {formatReference} from '@deploy-actions/registry/reference'
import type {Inputs} from './inputs'

export function imageRefs(inputs: Pick<Inputs, 'image' | 'tags'>): string[] {
  return inputs.tags.map((tag) => formatReference(inputs.image, {tag}))
}

function commonBuildArgs(inputs: Inputs): string[] {
  const args: string[] = []
  if (inputs.file) args.push('--file', inputs.file)
  for (const ref of imageRefs(inputs)) args.push('--tag', ref)
  for (const [key, value] of inputs.buildArgs) args.push('--build-arg', `${key}=${value}`)
  for (const [key, value] of inputs.labels) args.push('--label', `${key}=${value}`)
  if (inputs.target) args.push('--target', inputs.target)
  if (inputs.noCache) args.push('--no-cache')
  if (inputs.pull) args.push('--pull')
  return args
}

/** `docker buildx build`: pushes (or loads) itself and writes the pushed digest to `metadataFile`. */
export function buildxArgs(inputs: Inputs, metadataFile: string): string[] {
  const args = ['buildx', 'build', ...commonBuildArgs(inputs)]
  if (inputs.platforms.length > 0) args.push('--platform', inputs.platforms.join(','))
  // buildx attaches provenance by default, which makes even a single-platform image an index.
  args.push(`--provenance=${inputs.provenance}`)
  args.push('--metadata-file', metadataFile)
  args.push(inputs.push ? '--push' : '--load')
  args.push(inputs.context)
  return args
}

/** The classic builder: one platform at most, pushed tag by tag afterwards. */
export function dockerBuildArgs(inputs: Inputs): string[] {
  const args = ['build', ...commonBuildArgs(inputs)]
  if (inputs.platforms.length === 1) args.push('--platform', inputs.platforms[0]!)
  args.push(inputs.context)
  return args
}
