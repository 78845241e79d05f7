/**
 * Runs the jobs of one workflow file one after another in `needs` order. A job's status functions look
 * at every job it needs, directly or not: `success()` holds when all of them succeeded (so a skipped need
 * skips the job too, as on GitHub), `failure()` when one of them failed.
 */
import type {Engine, Invocation, NeedsContext} from './engine'
import {runCallJob} from './run-call'
import {runStepsJob} from './run-job'
import type {JobRun} from './types'
import type {JobModel} from './workflow-model'

export async function runJobs(
  engine: Engine,
  invocation: Invocation,
  only?: ReadonlySet<string>,
): Promise<Record<string, JobRun>> {
  const jobs = invocation.workflow.jobs.filter((job) => !only || only.has(job.id))
  const runs: Record<string, JobRun> = {}
  for (const job of needsOrder(jobs)) {
    const results = [...ancestors(job, jobs)].map((id) => runs[id]?.result)
    const status = {success: results.every((r) => r === 'success'), failure: results.includes('failure')}
    const needs: NeedsContext = Object.fromEntries(
      job.needs.map((id) => [id, {result: runs[id]?.result ?? 'skipped', outputs: runs[id]?.outputs ?? {}}]),
    )
    runs[job.id] =
      job.kind === 'steps'
        ? await runStepsJob(engine, invocation, job, needs, status)
        : await runCallJob(engine, invocation, job, needs, status, runJobs)
  }
  return runs
}

/** The selected job ids and every job they need, directly or not. */
export function withNeeds(jobs: readonly JobModel[], selected: readonly string[]): Set<string> {
  const out = new Set<string>()
  const visit = (id: string) => {
    if (out.has(id)) return
    out.add(id)
    for (const need of jobs.find((j) => j.id === id)?.needs ?? []) visit(need)
  }
  for (const id of selected) visit(id)
  return out
}

/** The jobs in an order where each comes after those it needs, otherwise in file order. */
function needsOrder(jobs: readonly JobModel[]): JobModel[] {
  const done = new Set<string>()
  const order: JobModel[] = []
  const visit = (job: JobModel) => {
    if (done.has(job.id)) return
    done.add(job.id)
    for (const need of job.needs) {
      const needed = jobs.find((j) => j.id === need)
      if (needed) visit(needed)
    }
    order.push(job)
  }
  for (const job of jobs) visit(job)
  return order
}

function ancestors(job: JobModel, jobs: readonly JobModel[]): Set<string> {
  const set = withNeeds(jobs, job.needs)
  set.delete(job.id)
  return set
}
