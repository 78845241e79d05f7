import {runCommand} from '@deploy-actions/kit/exec'
import {code, heading, table, write} from '@deploy-actions/kit/summary'
import * as workflow from '@deploy-actions/kit/workflow'
import {type Computed, computeVersion, type Deps} from './compute'
import {readRunContext} from './context'
import type {Inputs} from './inputs'

export async function main(inputs: Inputs, deps: Deps = defaultDeps()): Promise<void> {
  const result = await workflow.group('Compute the version', () => computeVersion(inputs, deps))
  const outputs = toOutputs(result)
  for (const [name, value] of Object.entries(outputs)) workflow.setOutput(name, value)
  workflow.setOutput('json', outputs)
  workflow.info(`${result.tag} (snapshot ${result.snapshotTag}) from ${describeSource(result)}`)
  write(heading('compute-version'), summaryTable(result))
}

function defaultDeps(): Deps {
  return {
    exec: runCommand,
    context: readRunContext(),
    now: () => new Date(),
    log: workflow.info,
    warn: (message) => workflow.warning(message),
  }
}

/** Step outputs, named as in action.yml. */
export function toOutputs(r: Computed): Record<string, string> {
  return {
    version: r.version,
    tag: r.tag,
    'release-tag': r.releaseTag,
    'snapshot-tag': r.snapshotTag,
    sha: r.sha,
    'short-sha': r.shortSha,
    major: String(r.major),
    minor: String(r.minor),
    patch: String(r.patch),
    prerelease: r.prerelease,
    'is-release': String(r.isRelease),
    'previous-tag': r.previousTag,
    'tag-exists': String(r.tagCommit !== ''),
    source: r.source,
    'source-file': r.sourceFile,
    'snapshot-image': r.snapshotImage,
    'release-image': r.releaseImage,
    labels: Object.entries(r.labels)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n'),
  }
}

function describeSource(r: Computed): string {
  return r.sourceFile
    ? `${r.sourceFile}`
    : r.source === 'input'
      ? "the 'version' input"
      : 'the latest version tag'
}

function describeTagCommit(r: Computed): string {
  if (!r.tagCommit) return 'no'
  return r.tagCommit === r.sha
    ? 'yes, at this commit (a re-run)'
    : `yes, at ${code(r.tagCommit.slice(0, 12))}`
}

function summaryTable(r: Computed): string {
  const rows: [string, string][] = [
    ['Version', code(r.version)],
    ['Release tag', code(r.tag)],
    ['Snapshot tag', code(r.snapshotTag)],
    ['Commit', code(r.sha)],
    ['Release run', r.isRelease ? 'yes' : 'no'],
    ['Previous release', code(r.previousTag)],
    ['Release tag exists', describeTagCommit(r)],
    ['Source', describeSource(r)],
  ]
  if (r.snapshotImage)
    rows.push(['Snapshot image', code(r.snapshotImage)], ['Release image', code(r.releaseImage)])
  return table(['', 'Value'], rows)
}
