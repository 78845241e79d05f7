import {code, heading, table, write} from '@deploy-actions/kit/summary'
import * as workflow from '@deploy-actions/kit/workflow'
import {connectRegistry} from '@deploy-actions/registry/connect'
import {formatImageName, formatReference} from '@deploy-actions/registry/reference'
import type {Inputs} from './inputs'
import {type Deps, type Promotion, promote} from './promote'

export async function main(inputs: Inputs, deps?: Deps): Promise<void> {
  const resolved =
    deps ??
    (await workflow.group(`Connect to ${inputs.image.registry} (${inputs.registry.kind})`, async () => ({
      client: await connectRegistry(inputs.image, inputs.registry),
      log: workflow.info,
    })))
  const result = await workflow.group(`Promote to ${inputs.targetTags.join(', ')}`, () =>
    promote(inputs, resolved),
  )
  for (const [name, value] of Object.entries(toOutputs(inputs, result))) workflow.setOutput(name, value)
  const promoted = result.plans.filter((p) => p.action !== 'unchanged').map((p) => p.tag)
  workflow.info(
    promoted.length
      ? `Promoted ${formatImageName(inputs.image)}@${result.digest} to ${promoted.join(', ')}.`
      : `Every target tag already names ${result.digest}; nothing to do.`,
  )
  write(heading('promote-image'), summary(inputs, result))
}

export function toOutputs(inputs: Inputs, r: Promotion): Record<string, string> {
  const tags = (action: (p: Promotion['plans'][number]) => boolean) =>
    r.plans
      .filter(action)
      .map((p) => p.tag)
      .join('\n')
  return {
    digest: r.digest,
    'image-ref': formatReference(inputs.image, {digest: r.digest}),
    'source-tag': r.sourceTag ?? '',
    'media-type': r.mediaType,
    'promoted-tags': tags((p) => p.action !== 'unchanged'),
    'unchanged-tags': tags((p) => p.action === 'unchanged'),
    'image-refs': inputs.targetTags.map((tag) => formatReference(inputs.image, {tag})).join('\n'),
  }
}

function summary(inputs: Inputs, r: Promotion): string {
  const source = formatReference(inputs.sourceImage, {tag: r.sourceTag ?? r.digest})
  const rows = r.plans.map((p) => [
    code(formatReference(inputs.image, {tag: p.tag})),
    p.action === 'create'
      ? 'created'
      : p.action === 'move'
        ? `moved from ${code(p.previousDigest)}`
        : 'unchanged',
  ])
  return [
    table(
      ['', ''],
      [
        ['Source', code(source)],
        ['Digest', code(r.digest)],
        ['Media type', code(r.mediaType)],
      ],
    ),
    '',
    table(['Target', 'Result'], rows),
  ].join('\n')
}
