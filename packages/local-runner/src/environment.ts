/**
 * The environment the runner gives a JavaScript action step: the `GITHUB_*` and `RUNNER_*` variables
 * describing the run, the file-command files, and the event payload.
 */
/** The facts about the run that the environment, the payload and input defaults are made from. */
export interface RunContext {
  workspace: string
  eventName: string
  ref: string
  sha: string
  /** `owner/name` of the workspace's GitHub `origin`; unset for other workspaces rather than invented. */
  repository: string | undefined
  actionDir: string
  actionName: string
  runnerTemp: string
  token: string
  /** `GITHUB_HEAD_REF` / `GITHUB_BASE_REF`, for pull request events. */
  headRef: string | undefined
  baseRef: string | undefined
}

export interface StepFiles {
  output: string
  state: string
  env: string
  path: string
  summary: string
  event: string
}

const RUNNER_PREFIXES = ['INPUT_', 'STATE_', 'GITHUB_', 'RUNNER_']

export function isPullRequestEvent(eventName: string): boolean {
  return eventName === 'pull_request' || eventName === 'pull_request_target'
}

/** The inherited environment without any variable the runner owns (`INPUT_*`, `STATE_*`, `GITHUB_*`, `RUNNER_*`). */
export function inheritedEnvironment(source: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(source)) {
    if (value !== undefined && !RUNNER_PREFIXES.some((p) => key.startsWith(p))) out[key] = value
  }
  return out
}

export function runnerEnvironment(ctx: RunContext, files: StepFiles): Record<string, string> {
  return {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_NAME: ctx.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_SHA: ctx.sha,
    GITHUB_REF: ctx.ref,
    GITHUB_REF_NAME: refName(ctx.ref),
    GITHUB_REF_TYPE: refType(ctx.ref),
    ...(ctx.headRef === undefined ? {} : {GITHUB_HEAD_REF: ctx.headRef}),
    ...(ctx.baseRef === undefined ? {} : {GITHUB_BASE_REF: ctx.baseRef}),
    ...(ctx.repository === undefined
      ? {}
      : {GITHUB_REPOSITORY: ctx.repository, GITHUB_REPOSITORY_OWNER: ctx.repository.split('/')[0] ?? ''}),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    GITHUB_RUN_ID: String(Math.floor(Date.now() / 1000)),
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'local',
    GITHUB_JOB: 'local',
    GITHUB_ACTION: ctx.actionName,
    GITHUB_ACTOR: process.env.USER || 'local',
    GITHUB_ACTION_PATH: ctx.actionDir,
    GITHUB_WORKSPACE: ctx.workspace,
    RUNNER_TEMP: ctx.runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'local-runner',
  }
}

/** The values `${{ ... }}` in an input default may use. */
export function expressionContext(ctx: RunContext): Record<string, string> {
  return {
    'github.token': ctx.token,
    'github.sha': ctx.sha,
    'github.ref': ctx.ref,
    'github.ref_name': refName(ctx.ref),
    'github.repository': ctx.repository ?? '',
    'github.repository_owner': ctx.repository?.split('/')[0] ?? '',
    'github.workspace': ctx.workspace,
    'github.event_name': ctx.eventName,
    'github.server_url': 'https://github.com',
    'github.api_url': 'https://api.github.com',
    'runner.temp': ctx.runnerTemp,
    'runner.os': 'Linux',
    'runner.arch': 'X64',
  }
}

/** A minimal payload for the event, for runs not given one. */
export function defaultEventPayload(ctx: RunContext): Record<string, unknown> {
  const [owner = '', name = ''] = ctx.repository?.split('/') ?? []
  const repository = ctx.repository
    ? {repository: {full_name: ctx.repository, name, owner: {login: owner}}}
    : {}
  if (isPullRequestEvent(ctx.eventName)) {
    const pullRequest = {number: 1, head: {sha: ctx.sha, ref: 'feature'}, base: {sha: ctx.sha, ref: 'main'}}
    return {number: 1, pull_request: pullRequest, ...repository}
  }
  if (ctx.eventName === 'push') return {ref: ctx.ref, after: ctx.sha, ...repository}
  return {...repository}
}

export function refName(ref: string): string {
  const match = /^refs\/(?:heads|tags|pull)\/(.+)$/.exec(ref)
  return match ? match[1]! : ref
}

function refType(ref: string): string {
  if (ref.startsWith('refs/tags/')) return 'tag'
  if (ref.startsWith('refs/heads/') || ref.startsWith('refs/pull/')) return 'branch'
  return ''
}
