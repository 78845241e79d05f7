/**
 * Turns every `uses:` of the run into what will run it, before anything runs: a step's into a bundled local
 * action (its `action.yml` read for inputs and outputs) or a stand-in, a job's into its called workflow
 * file (parsed the same way, recursively). What cannot be resolved becomes a problem to report.
 */
import {readFileSync} from 'node:fs'
import {parse} from 'yaml'
import {type ActionDefinition, loadAction} from '../action-yml'
import {loadWorkflow} from './load-workflow'
import {isStandIn, type RunWorkflowOptions, type StepStandIn} from './types'
import type {WorkflowModel} from './workflow-model'

export type ResolvedAction =
  | {kind: 'action'; dir: string; definition: ActionDefinition; outputs: string[]}
  | {kind: 'stand-in'; standIn: StepStandIn}

/** GitHub allows reusable workflows to call others down to this depth. */
const MAX_CALL_DEPTH = 4

export interface Resolution {
  actions: Map<string, ResolvedAction>
  problems: string[]
}

export async function resolveUses(
  workflow: WorkflowModel,
  options: Pick<RunWorkflowOptions, 'resolveAction' | 'resolveWorkflow'>,
  jobIds: ReadonlySet<string>,
): Promise<Resolution> {
  const resolution: Resolution = {actions: new Map(), problems: []}
  await resolveIn(workflow, options, resolution, 1, jobIds)
  return resolution
}

async function resolveIn(
  workflow: WorkflowModel,
  options: Pick<RunWorkflowOptions, 'resolveAction' | 'resolveWorkflow'>,
  resolution: Resolution,
  depth: number,
  jobIds?: ReadonlySet<string>,
): Promise<void> {
  for (const job of workflow.jobs) {
    if (jobIds && !jobIds.has(job.id)) continue
    const where = `${workflow.file}: job '${job.id}'`
    if (job.kind === 'steps') {
      for (const step of job.steps) {
        if (step.uses === undefined || resolution.actions.has(step.uses)) continue
        const resolved = resolveAction(
          step.uses,
          options,
          `${where}, step '${step.label}'`,
          resolution.problems,
        )
        if (resolved) resolution.actions.set(step.uses, resolved)
      }
      continue
    }
    const file = options.resolveWorkflow?.(job.uses)
    if (file === undefined) {
      resolution.problems.push(
        `${where}: no workflow for uses: ${job.uses} (resolveWorkflow returned nothing)`,
      )
      continue
    }
    if (depth >= MAX_CALL_DEPTH) {
      resolution.problems.push(`${where}: reusable workflows nest deeper than ${MAX_CALL_DEPTH} levels`)
      continue
    }
    const loaded = await loadWorkflow(file)
    if (!loaded.workflow) {
      resolution.problems.push(...loaded.problems)
      continue
    }
    job.called = loaded.workflow
    await resolveIn(loaded.workflow, options, resolution, depth + 1)
  }
}

function resolveAction(
  uses: string,
  options: Pick<RunWorkflowOptions, 'resolveAction'>,
  where: string,
  problems: string[],
): ResolvedAction | undefined {
  const resolved = options.resolveAction(uses)
  if (!resolved) {
    problems.push(`${where}: no stand-in for uses: ${uses}`)
    return undefined
  }
  if (isStandIn(resolved)) return {kind: 'stand-in', standIn: resolved}
  try {
    const definition = loadAction(resolved.dir)
    return {kind: 'action', dir: definition.dir, definition, outputs: declaredOutputs(definition.file)}
  } catch (err) {
    problems.push(`${where}: uses: ${uses} → ${resolved.dir}: ${(err as Error).message}`)
    return undefined
  }
}

/** The output names an `action.yml` declares (loadAction reads only what running the action needs). */
function declaredOutputs(file: string): string[] {
  const doc = parse(readFileSync(file, 'utf8')) as {outputs?: Record<string, unknown> | null} | null
  return Object.keys(doc?.outputs ?? {})
}
