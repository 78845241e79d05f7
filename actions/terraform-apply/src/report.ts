/**
 * What a run did, rendered for people: the job summary and the pull request comment. Both show the same
 * facts; neither ever shows a sensitive output's value, and the plan text has every secret the action
 * knows of replaced before it gets here.
 */
import {cell, code, details, heading, table} from '@deploy-actions/kit/summary'
import type {Failure} from './failures'
import type {Mode} from './inputs'
import type {StepOutputs} from './outputs'
import {type PlanSummary, planLine, type ResourceAction} from './plan-summary'
import {fence} from './pr-comment'

export interface Report {
  mode: Mode
  /** The configuration's directory relative to the repository, `.` for the root. */
  directory: string
  workspace: string
  tool?: {name: string; version: string}
  plan?: PlanSummary
  planText?: string
  planFile?: string
  applied: boolean
  outputs?: StepOutputs
  failure?: Failure
  comment?: string
}

/** The job summary keeps well below its 1 MiB limit per step. */
const SUMMARY_PLAN_LIMIT = 300_000
const LISTED_RESOURCES = 250

export function status(r: Report): string {
  if (r.failure) return `Failed: ${r.failure.reason}`
  if (r.applied) return r.mode === 'destroy' ? 'Destroyed' : 'Applied'
  if (r.mode !== 'plan' && r.plan && !r.plan.changes) return 'No changes: nothing to apply'
  if (r.plan) return r.plan.changes ? 'Planned: changes to review' : 'Planned: no changes'
  return 'Not planned'
}

export function title(r: Report): string {
  const what = r.mode === 'plan' ? 'plan' : r.mode
  return `Terraform ${what}: ${code(r.directory)} (workspace ${code(r.workspace)})`
}

/** Facts, the resources and, on failure, the message: the part both the summary and the comment show. */
export function overview(r: Report): string {
  const rows: [string, string][] = [['Result', cell(status(r))]]
  if (r.plan) rows.push(['Plan', cell(planLine(r.plan))])
  if (r.plan?.destroyed.length) {
    rows.push(['Destroys', `${r.plan.destroyed.length} resource(s), including replacements`])
  }
  const blocks = [table(['', ''], rows)]
  if (r.failure) blocks.push(`**${cell(r.failure.reason)}**: ${cell(r.failure.message)}`)
  if (r.plan?.resources.length) blocks.push(resourceTable(r.plan))
  return blocks.join('\n\n')
}

function resourceTable(plan: PlanSummary): string {
  const shown = plan.resources.slice(0, LISTED_RESOURCES)
  const rows = shown.map((c) => [code(c.address), ACTION_LABEL[c.action]])
  const more = plan.resources.length - shown.length
  return table(['Resource', 'Action'], rows) + (more > 0 ? `\n\n…and ${more} more (see the plan).` : '')
}

const ACTION_LABEL: Record<ResourceAction, string> = {
  create: 'create',
  update: 'update in place',
  delete: '**destroy**',
  replace: '**replace** (destroy and create)',
  forget: 'forget (remove from state)',
  read: 'read',
  'no-op': 'no change',
}

export function summaryMarkdown(r: Report): string {
  const blocks = [heading(title(r)), overview(r)]
  const facts: [string, string][] = []
  if (r.tool) facts.push([r.tool.name, code(r.tool.version)])
  if (r.planFile) facts.push(['Plan file', code(r.planFile)])
  if (r.comment) facts.push(['Pull request comment', cell(r.comment)])
  if (facts.length) blocks.push(table(['', ''], facts))
  if (r.outputs && Object.keys(r.outputs.json).length) blocks.push(outputTable(r.outputs))
  if (r.planText) {
    const text =
      r.planText.length > SUMMARY_PLAN_LIMIT
        ? `${r.planText.slice(0, SUMMARY_PLAN_LIMIT)}\n… (cut: ${r.planText.length - SUMMARY_PLAN_LIMIT} more characters; the full plan is in the log)`
        : r.planText
    blocks.push(details('Plan', fence(text)))
  }
  return blocks.join('\n\n')
}

function outputTable(o: StepOutputs): string {
  const rows = Object.entries(o.json).map(([name, value]) => [
    code(name),
    o.sensitive.includes(name)
      ? '_sensitive_'
      : code(typeof value === 'string' ? value : JSON.stringify(value)),
  ])
  return table(['Output', 'Value'], rows)
}

export function commentHead(r: Report): string {
  return [heading(title(r)), overview(r)].join('\n\n')
}
