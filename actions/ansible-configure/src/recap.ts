/**
 * What a run did, read from the JSON lines the callback plugin (./callback-plugin.ts) wrote: the per-host
 * recap Ansible prints as PLAY RECAP, the tasks that failed or could not reach their host, and the tasks
 * that changed something.
 */

export const COUNTERS = ['ok', 'changed', 'unreachable', 'failed', 'skipped', 'rescued', 'ignored'] as const
export type Counter = (typeof COUNTERS)[number]
export type HostStats = Record<Counter, number>

export interface TaskEvent {
  host: string
  task: string
  action: string
  msg: string
}

export interface Recap {
  /** Per host, in Ansible's order (sorted by name); empty when no play ran. */
  hosts: Record<string, HostStats>
  /** Failures that count (not `ignore_errors`). */
  failures: (TaskEvent & {ignored: false})[]
  unreachable: TaskEvent[]
  changed: Omit<TaskEvent, 'msg'>[]
  /** A play whose hosts pattern matched no host (a --limit or group name that selects nothing). */
  noHostsMatched: boolean
  /** The stats event was seen: the playbook ran to its end. */
  complete: boolean
}

export function parseEvents(text: string): Recap {
  const recap: Recap = {
    hosts: {},
    failures: [],
    unreachable: [],
    changed: [],
    noHostsMatched: false,
    complete: false,
  }
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    let event: Record<string, unknown>
    try {
      event = JSON.parse(line) as Record<string, unknown>
    } catch {
      // A line cut short by a killed run; the ones before it still count.
      continue
    }
    const task = {
      host: String(event['host'] ?? ''),
      task: String(event['task'] ?? ''),
      action: String(event['action'] ?? ''),
    }
    switch (event['event']) {
      case 'failed':
        if (event['ignored'] !== true)
          recap.failures.push({...task, msg: String(event['msg'] ?? ''), ignored: false})
        break
      case 'unreachable':
        recap.unreachable.push({...task, msg: String(event['msg'] ?? '')})
        break
      case 'changed':
        recap.changed.push(task)
        break
      case 'no_hosts_matched':
        recap.noHostsMatched = true
        break
      case 'stats':
        recap.complete = true
        mergeStats(recap.hosts, event['hosts'])
        break
    }
  }
  return recap
}

/** Stats come once, when the last playbook ends; a second set (never seen) would replace the first. */
function mergeStats(into: Record<string, HostStats>, hosts: unknown): void {
  if (typeof hosts !== 'object' || hosts === null) return
  for (const [name, stats] of Object.entries(hosts as Record<string, Record<string, unknown>>)) {
    into[name] = Object.fromEntries(COUNTERS.map((c) => [c, Number(stats[c] ?? 0) || 0])) as HostStats
  }
}

export function totals(recap: Recap): HostStats {
  const sum = Object.fromEntries(COUNTERS.map((c) => [c, 0])) as HostStats
  for (const stats of Object.values(recap.hosts)) for (const c of COUNTERS) sum[c] += stats[c]
  return sum
}

export function failedHosts(recap: Recap): string[] {
  return Object.entries(recap.hosts)
    .filter(([, s]) => s.failed > 0)
    .map(([h]) => h)
}

export function unreachableHosts(recap: Recap): string[] {
  return Object.entries(recap.hosts)
    .filter(([, s]) => s.unreachable > 0)
    .map(([h]) => h)
}
