/** Step outputs and the job summary, from the per-host results. */
import {cell, code, details, heading, table} from '@deploy-actions/kit/summary'
import type {HostResult} from './deploy-host'
import type {Inputs} from './inputs'

/** A host left unchanged was deployed successfully too: it runs what was asked for. */
const succeeded = (r: HostResult) => r.status === 'ok' || r.status === 'unchanged'

export function toOutputs(results: readonly HostResult[]): Record<string, string> {
  const deployed = results.find((r) => r.deployedImage)
  const previous = results.find((r) => r.previousImage)
  const failed = results.find((r) => r.status === 'failed')
  return {
    results: JSON.stringify(results),
    'previous-image': previous?.previousImage ?? '',
    'deployed-image': deployed?.deployedImage ?? '',
    'rolled-back': String(results.some((r) => r.rolledBack)),
    changed: String(results.some((r) => r.changed)),
    'exit-code': String((failed ?? results[0])?.exitCode ?? ''),
    'ok-count': String(results.filter(succeeded).length),
    'failed-count': String(results.filter((r) => r.status === 'failed').length),
  }
}

export function counts(results: readonly HostResult[]): string {
  const n = (s: string) => results.filter((r) => r.status === s).length
  const unchanged = n('unchanged') > 0 ? ` (${n('unchanged')} unchanged)` : ''
  const parts = [`${results.filter(succeeded).length} ok${unchanged}`, `${n('failed')} failed`]
  if (n('skipped') > 0) parts.push(`${n('skipped')} skipped`)
  return parts.join(' / ')
}

const ICON = {ok: '✅ ok', unchanged: '✅ unchanged', failed: '❌ failed', skipped: '⏭️ skipped'} as const

export function summary(inputs: Inputs, results: readonly HostResult[]): string[] {
  const images = inputs.strategy !== 'script'
  const rows = results.map((r) => [
    code(r.host),
    ICON[r.status],
    r.exitCode === null ? '—' : String(r.exitCode),
    ...(images ? [code(r.previousImage), code(r.deployedImage), r.rolledBack ? 'yes' : 'no'] : []),
    `${(r.durationMs / 1000).toFixed(1)} s`,
    cell(r.error),
  ])
  const header = [
    'Host',
    'Result',
    'Exit code',
    ...(images ? ['Previous image', 'Deployed image', 'Rolled back'] : []),
    'Time',
    'Error',
  ]
  const blocks = [heading(`ssh-deploy (${inputs.strategy}): ${counts(results)}`), table(header, rows)]
  for (const r of results) {
    if (r.details.length > 0) {
      blocks.push(
        details(
          `${r.host}: last lines`,
          ['```', ...r.details.map((l) => l.replace(/```/g, "'''")), '```'].join('\n'),
        ),
      )
    }
  }
  return blocks
}
