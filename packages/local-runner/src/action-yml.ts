/**
 * Reads an action's definition (`action.yml`) and turns the inputs a caller gives into the `INPUT_*`
 * variables the runner would set, with the same defaults. Every problem is one `Error` whose message
 * names the action, the input or the file, and what to do about it.
 */
import {existsSync, readFileSync} from 'node:fs'
import {basename, join, resolve} from 'node:path'
import {parse} from 'yaml'

export interface InputDefinition {
  name: string
  description: string
  required: boolean
  /** The raw default from `action.yml`, which may contain `${{ ... }}` expressions. */
  default: string | undefined
}

/** When the post step runs, from `runs.post-if`. */
export type PostCondition = 'always' | 'success' | 'failure' | 'never'

export interface ActionDefinition {
  /** The action's folder name, the name messages use. */
  name: string
  dir: string
  file: string
  inputs: InputDefinition[]
  /** Absolute path of the `runs.main` bundle. */
  main: string
  /** Absolute path of the `runs.post` bundle, when the action has one. */
  post: string | undefined
  postIf: PostCondition
}

const DEFINITION_FILES = ['action.yml', 'action.yaml']

export function findActionFile(actionDir: string): string | undefined {
  return DEFINITION_FILES.map((f) => join(actionDir, f)).find((f) => existsSync(f))
}

/** Loads and checks `action.yml`: a JavaScript action whose bundles exist. */
export function loadAction(actionDir: string): ActionDefinition {
  const dir = resolve(actionDir)
  const name = basename(dir)
  const file = findActionFile(dir)
  if (!file) throw new Error(`No action definition at ${join(dir, 'action.yml')} (nor action.yaml).`)
  const doc = parseYaml(file)
  const runs = record(doc.runs)
  const using = String(runs.using ?? '')
  if (!/^node\d+$/.test(using)) {
    throw new Error(
      `Action '${name}' has runs.using '${using}' in ${file}; only JavaScript actions (node24) run here.`,
    )
  }
  if (runs.pre !== undefined)
    throw new Error(`Action '${name}' has runs.pre, which this runner does not support.`)
  const main = bundlePath(dir, file, runs, 'main')
  if (!main) throw new Error(`Action '${name}' has no runs.main in ${file}.`)
  const post = bundlePath(dir, file, runs, 'post')
  return {
    name,
    dir,
    file,
    inputs: readInputs(doc.inputs, name, file),
    main,
    post,
    postIf: parsePostIf(runs['post-if'], name),
  }
}

/** The variable the runner passes an input in: upper case, spaces to `_`, hyphens kept. */
export function inputEnvName(input: string): string {
  return `INPUT_${input.replace(/ /g, '_').toUpperCase()}`
}

/**
 * The `INPUT_*` variable of every declared input: the given value, else the default with its expressions
 * expanded from `context` (keys such as `github.sha`), else `''`. Throws for an input the action does
 * not declare and for a required input without default that is not given.
 */
export function resolveInputs(
  action: ActionDefinition,
  given: Record<string, string>,
  context: Record<string, string>,
): Record<string, string> {
  const byName = new Map(action.inputs.map((i) => [i.name.toLowerCase(), i]))
  for (const key of Object.keys(given)) {
    if (!byName.has(key.toLowerCase())) {
      const valid = action.inputs.map((i) => i.name).join(', ') || 'none'
      throw new Error(`Unknown input '${key}' for action '${action.name}'. Valid inputs: ${valid}.`)
    }
  }
  const givenByName = new Map(Object.entries(given).map(([k, v]) => [k.toLowerCase(), v]))
  const env: Record<string, string> = {}
  for (const input of action.inputs) {
    const value = givenByName.get(input.name.toLowerCase())
    if (value === undefined && input.required && input.default === undefined) {
      const required = action.inputs.filter((i) => i.required && i.default === undefined).map((i) => i.name)
      throw new Error(
        `Missing required input '${input.name}' for action '${action.name}'. ` +
          `Inputs it requires: ${required.join(', ')}.`,
      )
    }
    env[inputEnvName(input.name)] = value ?? expandExpressions(input.default ?? '', context)
  }
  return env
}

/** Replaces each `${{ expr }}` by `context[expr]` (case-insensitive), or `''` for any other expression. */
export function expandExpressions(text: string, context: Record<string, string>): string {
  const lower = new Map(Object.entries(context).map(([k, v]) => [k.toLowerCase(), v]))
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expr: string) => lower.get(expr.toLowerCase()) ?? '')
}

function parseYaml(file: string): Record<string, unknown> {
  try {
    return record(parse(readFileSync(file, 'utf8')))
  } catch (err) {
    const first = (err instanceof Error ? err.message : String(err)).split('\n')[0]
    throw new Error(`Cannot read ${file}: ${first}`)
  }
}

function bundlePath(dir: string, file: string, runs: Record<string, unknown>, key: 'main' | 'post') {
  const value = runs[key]
  if (value === undefined || value === null || value === '') return undefined
  const path = resolve(dir, String(value))
  if (!existsSync(path)) {
    throw new Error(
      `Bundle ${path} (runs.${key} in ${file}) does not exist. Run 'pnpm build' to make the action bundles.`,
    )
  }
  return path
}

function readInputs(value: unknown, action: string, file: string): InputDefinition[] {
  if (value === undefined || value === null) return []
  if (typeof value !== 'object' || Array.isArray(value)) throw new Error(`'inputs' in ${file} is not a map.`)
  return Object.entries(value).map(([name, raw]) => {
    const spec = record(raw)
    const def = spec.default
    if (def !== undefined && def !== null && typeof def === 'object') {
      throw new Error(`Input '${name}' of action '${action}' has a default that is not a scalar.`)
    }
    return {
      name,
      description: String(spec.description ?? ''),
      required: spec.required === true || String(spec.required).toLowerCase() === 'true',
      default: def === undefined || def === null ? undefined : String(def),
    }
  })
}

const CONDITIONS: Record<string, PostCondition> = {
  'always()': 'always',
  'success()': 'success',
  'failure()': 'failure',
  'cancelled()': 'never',
  '!always()': 'never',
  '!success()': 'failure',
  '!failure()': 'success',
  '!cancelled()': 'always',
}

export function parsePostIf(value: unknown, action: string): PostCondition {
  if (value === undefined || value === null || value === '') return 'always'
  const expr = String(value)
    .trim()
    .replace(/^\$\{\{(.*)\}\}$/s, '$1')
    .replace(/\s+/g, '')
  const condition = CONDITIONS[expr]
  if (!condition) {
    throw new Error(
      `Action '${action}' has runs.post-if '${String(value)}'; supported: always(), success(), failure(), cancelled().`,
    )
  }
  return condition
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}
