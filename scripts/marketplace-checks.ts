/**
 * What the GitHub Marketplace asks of an action.yml before it lists the action, checked here so that a
 * release fails in CI instead of on the Marketplace's release form.
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parse} from 'yaml'
import {ALLOWED_COLORS, ALLOWED_ICONS, OMITTED_ICONS} from './marketplace-branding'

/** The release form refuses a description of 125 characters or more ("must be less than 125 characters"). */
export const MAX_DESCRIPTION_LENGTH = 124

/**
 * GitHub documents no length limit for an action's name; the Marketplace shows names on one line of a
 * card, so a name longer than this is refused as one nobody would read whole.
 */
export const MAX_NAME_LENGTH = 50

export const RUNTIME = 'node24'

export interface ActionMetadata {
  name?: unknown
  description?: unknown
  branding?: {icon?: unknown; color?: unknown}
  runs?: {using?: unknown; main?: unknown; pre?: unknown; post?: unknown}
}

export class MarketplaceError extends Error {
  override name = 'MarketplaceError'
}

export function readActionYml(dir: string): ActionMetadata {
  const file = join(dir, 'action.yml')
  if (!existsSync(file))
    throw new MarketplaceError(`${file} is missing: a Marketplace action has action.yml at its root.`)
  return (parse(readFileSync(file, 'utf8')) ?? {}) as ActionMetadata
}

/**
 * The problems of one action.yml, each saying how to fix it; empty when the Marketplace would accept it.
 * `tree` is the folder the action is published from: the files `runs` names must exist there.
 */
export function marketplaceProblems(spec: ActionMetadata, tree?: string): string[] {
  const problems: string[] = []
  const {name, description, branding, runs} = spec

  if (typeof name !== 'string' || !name.trim())
    problems.push('name is missing: give the action a short, distinctive name.')
  else if (name.length > MAX_NAME_LENGTH)
    problems.push(`name '${name}' is ${name.length} characters: keep it to ${MAX_NAME_LENGTH} at most.`)

  if (typeof description !== 'string' || !description.trim())
    problems.push('description is missing: say in one sentence what the action does.')
  else if (description.length > MAX_DESCRIPTION_LENGTH)
    problems.push(
      `description is ${description.length} characters; the Marketplace takes at most ${MAX_DESCRIPTION_LENGTH}: ` +
        'shorten it and keep the details in the README.',
    )

  const icon = branding?.icon
  if (typeof icon !== 'string' || !ALLOWED_ICONS.has(icon)) {
    const why =
      typeof icon !== 'string'
        ? 'is missing'
        : OMITTED_ICONS.has(icon)
          ? 'is a Feather icon GitHub omits'
          : 'is not an icon GitHub offers'
    problems.push(
      `branding.icon ${typeof icon === 'string' ? `'${icon}' ` : ''}${why}: pick one from the list under branding.icon in GitHub's "Metadata syntax" reference (e.g. package, tag, upload-cloud).`,
    )
  }
  const color = branding?.color
  if (typeof color !== 'string' || !ALLOWED_COLORS.has(color))
    problems.push(
      `branding.color ${typeof color === 'string' ? `'${color}'` : 'is missing'}: use one of ${[...ALLOWED_COLORS].join(', ')}.`,
    )

  if (runs?.using !== RUNTIME)
    problems.push(`runs.using is ${JSON.stringify(runs?.using ?? null)}: these actions run on ${RUNTIME}.`)
  if (typeof runs?.main !== 'string' || !runs.main)
    problems.push('runs.main is missing: name the bundled entry point (dist/index.js).')
  if (tree) {
    for (const step of ['pre', 'main', 'post'] as const) {
      const file = runs?.[step]
      if (typeof file === 'string' && file && !existsSync(join(tree, file)))
        problems.push(
          `runs.${step} names ${file}, which is not in the published tree: run 'pnpm build' first.`,
        )
    }
  }
  return problems
}

/** Names must be unique on the whole Marketplace; within the set is what can be checked here. */
export function duplicateNameProblems(actions: {dir: string; spec: ActionMetadata}[]): string[] {
  const byName = new Map<string, string[]>()
  for (const {dir, spec} of actions) {
    if (typeof spec.name !== 'string') continue
    const key = spec.name.trim().toLowerCase()
    byName.set(key, [...(byName.get(key) ?? []), dir])
  }
  return [...byName.entries()]
    .filter(([, dirs]) => dirs.length > 1)
    .map(([name, dirs]) => `name '${name}' is used by ${dirs.join(' and ')}: each action needs its own name.`)
}

/** Throws one error listing every problem of every action, or returns when the whole set is publishable. */
export function assertMarketplaceReady(actions: {dir: string; spec: ActionMetadata; tree?: string}[]): void {
  const problems = [
    ...actions.flatMap(({dir, spec, tree}) => marketplaceProblems(spec, tree).map((p) => `${dir}: ${p}`)),
    ...duplicateNameProblems(actions),
  ]
  if (problems.length)
    throw new MarketplaceError(`The Marketplace would refuse these actions:\n- ${problems.join('\n- ')}`)
}
