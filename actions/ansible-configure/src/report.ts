/**
 * Turning a recap into what the runner shows: step outputs, the job-summary table, annotations for the
 * tasks that failed, and the one message that fails the step.
 */
import {ActionError} from '@deploy-actions/kit/errors'
import {cell, code, details, heading, table} from '@deploy-actions/kit/summary'
import {COUNTERS, failedHosts, type Recap, totals, unreachableHosts} from './recap'

export function toOutputs(recap: Recap): Record<string, string> {
  const sum = totals(recap)
  return {
    ok: String(sum.ok),
    changed: String(sum.changed),
    unreachable: String(sum.unreachable),
    failed: String(sum.failed),
    skipped: String(sum.skipped),
    recap: JSON.stringify(recap.hosts),
  }
}

export interface Annotation {
  level: 'error' | 'warning'
  title: string
  message: string
}

/**
 * One annotation per failed or unreachable task. A failure on a host that ended without failures was
 * handled by a `rescue` block: a warning, not an error.
 */
export function annotations(recap: Recap): Annotation[] {
  const failed = new Set(failedHosts(recap))
  return [
    ...recap.unreachable.map(
      (e): Annotation => ({
        level: 'error',
        title: `${e.host} unreachable`,
        message: `Task '${e.task}' could not reach ${e.host}: ${e.msg}`,
      }),
    ),
    ...recap.failures.map(
      (e): Annotation => ({
        level: failed.has(e.host) ? 'error' : 'warning',
        title: `${e.task} failed on ${e.host}`,
        message: `Task '${e.task}' failed on ${e.host}${failed.has(e.host) ? '' : ' (rescued)'}: ${e.msg}`,
      }),
    ),
  ]
}

/** The step's failure, naming the hosts; undefined when every host came through. */
export function failure(recap: Recap): ActionError | undefined {
  const unreachable = unreachableHosts(recap)
  const failed = failedHosts(recap).filter((h) => !unreachable.includes(h))
  if (unreachable.length === 0 && failed.length === 0) return undefined
  const parts: string[] = []
  if (unreachable.length > 0) {
    const first = recap.unreachable[0]
    parts.push(
      `unreachable: ${unreachable.join(', ')}${first ? ` (${firstLine(first.msg)})` : ''}. Check the address, ` +
        'port, username, private-key and that known-hosts holds the key the host presents',
    )
  }
  if (failed.length > 0) {
    const first = recap.failures.find((f) => failed.includes(f.host))
    parts.push(
      `failed: ${failed.join(', ')}${first ? ` (task '${first.task}' on ${first.host}: ${firstLine(first.msg)})` : ''}`,
    )
  }
  return new ActionError(`Ansible did not complete on every host; ${parts.join('; ')}.`)
}

function firstLine(text: string): string {
  const line = text.trim().split('\n')[0] ?? ''
  return line.length > 300 ? `${line.slice(0, 300)}…` : line
}

export interface SummaryContext {
  playbooks: string[]
  check: boolean
  diff: boolean
  limit: string | undefined
}

export function summary(recap: Recap, ctx: SummaryContext): string[] {
  const mode = ctx.check ? ' (check mode: nothing was changed)' : ''
  const blocks = [heading(`ansible-configure: ${ctx.playbooks.map((p) => code(p)).join(', ')}${mode}`)]
  const hosts = Object.entries(recap.hosts)
  if (hosts.length === 0) {
    blocks.push(
      recap.noHostsMatched
        ? `No host matched the plays${ctx.limit ? ` with limit ${code(ctx.limit)}` : ''}: nothing ran.`
        : 'No host ran a task.',
    )
    return blocks
  }
  const failed = new Set([...failedHosts(recap), ...unreachableHosts(recap)])
  blocks.push(
    table(
      ['Host', ...COUNTERS],
      hosts.map(([host, stats]) => [
        `${failed.has(host) ? '❌' : '✅'} ${cell(host)}`,
        ...COUNTERS.map((c) => String(stats[c])),
      ]),
    ),
  )
  const problems = [
    ...recap.unreachable.map((e) => [cell(e.host), cell(e.task), 'unreachable', cell(e.msg)]),
    ...recap.failures.map((e) => [cell(e.host), cell(e.task), 'failed', cell(e.msg)]),
  ]
  if (problems.length > 0) blocks.push(table(['Host', 'Task', 'Result', 'Message'], problems))
  if (recap.changed.length > 0) {
    const verb = ctx.check ? 'would change' : 'changed'
    blocks.push(
      details(
        `Tasks that ${verb} something (${recap.changed.length})`,
        table(
          ['Host', 'Task'],
          recap.changed.map((e) => [cell(e.host), cell(e.task)]),
        ),
      ),
    )
  }
  return blocks
}
