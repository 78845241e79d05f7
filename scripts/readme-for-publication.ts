/**
 * An action's README as its own repository shows it: `uses:` lines name that repository instead of a
 * folder of the monorepo, and relative links that would dangle there point back into the monorepo.
 */
import {existsSync} from 'node:fs'
import {join, posix} from 'node:path'

export interface ReadmeContext {
  /** The action the README belongs to (its folder name under actions/). */
  action: string
  /** Every action of the set: links to them go to their own repositories. */
  actions: readonly string[]
  /** The owner of the published repositories. */
  owner: string
  /** `owner/name` of the monorepo, for links to anything else in it. */
  monorepo: string
  /** The published tree: a relative link to a file that is in it stays relative. */
  tree: string
}

/** The monorepo's `uses:` form, with the README's owner placeholder. */
const MONOREPO_USES = /\byour-org\/deploy-actions\/actions\/([a-z0-9-]+)@/g

/**
 * Inline links and images (`[text](target)`, `![alt](target "title")`) and reference definitions
 * (`[label]: target`). A Markdown parser would re-serialise the whole file; only the targets change here.
 */
const INLINE_LINK = /(\]\()(<[^>]*>|[^)\s]+)((?:\s+"[^"]*")?\))/g
const REFERENCE_LINK = /^( {0,3}\[[^\]]+\]:\s*)(\S+)/gm

export function readmeForPublication(readme: string, ctx: ReadmeContext): string {
  const uses = readme.replace(MONOREPO_USES, (_, name: string) => `${ctx.owner}/${name}@`)
  const rewrite = (target: string) => rewriteTarget(target, ctx)
  return uses
    .replace(
      INLINE_LINK,
      (_, open: string, target: string, close: string) => `${open}${rewrite(target)}${close}`,
    )
    .replace(REFERENCE_LINK, (_, label: string, target: string) => `${label}${rewrite(target)}`)
}

function rewriteTarget(raw: string, ctx: ReadmeContext): string {
  const target = raw.startsWith('<') ? raw.slice(1, -1) : raw
  if (target.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) return raw
  const hashAt = target.indexOf('#')
  const path = hashAt === -1 ? target : target.slice(0, hashAt)
  const anchor = hashAt === -1 ? '' : target.slice(hashAt)
  const inRepo = posix.normalize(posix.join('actions', ctx.action, path))
  if (inRepo.startsWith('..')) return raw

  const [top, name, ...rest] = inRepo.split('/')
  if (top === 'actions' && name === ctx.action && rest.length && existsSync(join(ctx.tree, ...rest)))
    return raw
  if (top === 'actions' && name && ctx.actions.includes(name)) {
    const base = `https://github.com/${ctx.owner}/${name}`
    return `${rest.length ? `${base}/blob/main/${rest.join('/')}` : base}${anchor}`
  }
  return `https://github.com/${ctx.monorepo}/blob/main/${inRepo}${anchor}`
}
