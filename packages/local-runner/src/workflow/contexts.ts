/**
 * The `github` and `runner` contexts of a job, and the `GITHUB_*` / `RUNNER_*` variables the runner sets
 * for its steps, made from one set of facts so that an expression and a step's environment agree.
 */
import {refName} from '../environment'
import type {WorkflowEvent} from './types'

/** The facts of one workflow run, shared by all its jobs (called workflows see the caller's event). */
export interface RunFacts {
  event: WorkflowEvent
  payload: object
  repository: string
  runId: string
  actor: string
  serverUrl: string
  apiUrl: string
  graphqlUrl: string
  token: string
  toolCache: string
}

/** Where a job runs: its id, the name of its workflow, its workspace and temporary directory. */
export interface JobPlace {
  job: string
  workflow: string
  workspace: string
  runnerTemp: string
}

export function githubContext(facts: RunFacts, place: JobPlace): Record<string, unknown> {
  const {event, repository} = facts
  return {
    event_name: event.name,
    event: facts.payload,
    ref: event.ref,
    ref_name: refName(event.ref),
    ref_type: refType(event.ref),
    sha: event.sha,
    repository,
    repository_owner: repository.split('/')[0] ?? '',
    run_id: facts.runId,
    run_number: '1',
    run_attempt: '1',
    actor: facts.actor,
    triggering_actor: facts.actor,
    workflow: place.workflow,
    workspace: place.workspace,
    server_url: facts.serverUrl,
    api_url: facts.apiUrl,
    graphql_url: facts.graphqlUrl,
    token: facts.token,
    job: place.job,
    head_ref: pullRequestBranch(facts.payload, 'head'),
    base_ref: pullRequestBranch(facts.payload, 'base'),
    action: '',
    action_path: '',
    retention_days: '90',
  }
}

export function runnerContext(facts: RunFacts, place: JobPlace): Record<string, unknown> {
  return {
    os: 'Linux',
    arch: 'X64',
    name: 'local-runner',
    environment: 'self-hosted',
    temp: place.runnerTemp,
    tool_cache: facts.toolCache,
    debug: '',
  }
}

/**
 * The variables the runner sets for every step of the job, except the per-step file-command paths.
 * `GITHUB_TOKEN` is not among them: on GitHub a step sees the token only when the workflow passes it.
 */
export function jobVariables(facts: RunFacts, place: JobPlace): Record<string, string> {
  const github = githubContext(facts, place)
  const text = (key: string) => String(github[key] ?? '')
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: facts.event.name,
    GITHUB_REF: facts.event.ref,
    GITHUB_REF_NAME: text('ref_name'),
    GITHUB_REF_TYPE: text('ref_type'),
    GITHUB_SHA: facts.event.sha,
    GITHUB_HEAD_REF: text('head_ref'),
    GITHUB_BASE_REF: text('base_ref'),
    GITHUB_REPOSITORY: facts.repository,
    GITHUB_REPOSITORY_OWNER: text('repository_owner'),
    GITHUB_RUN_ID: facts.runId,
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: facts.actor,
    GITHUB_TRIGGERING_ACTOR: facts.actor,
    GITHUB_WORKFLOW: place.workflow,
    GITHUB_JOB: place.job,
    GITHUB_WORKSPACE: place.workspace,
    GITHUB_SERVER_URL: facts.serverUrl,
    GITHUB_API_URL: facts.apiUrl,
    GITHUB_GRAPHQL_URL: facts.graphqlUrl,
    GITHUB_RETENTION_DAYS: '90',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'local-runner',
    RUNNER_ENVIRONMENT: 'self-hosted',
    RUNNER_TEMP: place.runnerTemp,
    RUNNER_TOOL_CACHE: facts.toolCache,
  }
}

function refType(ref: string): string {
  if (ref.startsWith('refs/tags/')) return 'tag'
  if (ref.startsWith('refs/heads/') || ref.startsWith('refs/pull/')) return 'branch'
  return ''
}

/** `github.head_ref` / `base_ref`: the pull request's branches, empty for other events. */
function pullRequestBranch(payload: object, side: 'head' | 'base'): string {
  const pr = (payload as {pull_request?: Record<string, {ref?: unknown} | undefined>}).pull_request
  const ref = pr?.[side]?.ref
  return typeof ref === 'string' ? ref : ''
}
