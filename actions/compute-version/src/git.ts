/**
 * What this action asks git, behind one small class that takes the process runner by injection.
 * Parsers of git's output are exported for unit tests.
 */
import type {CommandRunner} from '@deploy-actions/kit/exec'

/** Tag name → the commit it points at (annotated tags peeled). */
export type TagMap = Map<string, string>

export class Git {
  constructor(
    private readonly cwd: string,
    private readonly exec: CommandRunner,
  ) {}

  async isRepository(): Promise<boolean> {
    const r = await this.git(['rev-parse', '--is-inside-work-tree'], true)
    return r.exitCode === 0 && r.stdout.trim() === 'true'
  }

  async head(): Promise<string> {
    return (await this.git(['rev-parse', 'HEAD'])).stdout.trim()
  }

  async isShallow(): Promise<boolean> {
    return (await this.git(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true'
  }

  /** The checked-out branch, or `undefined` on a detached HEAD. */
  async branch(): Promise<string | undefined> {
    const r = await this.git(['symbolic-ref', '--quiet', '--short', 'HEAD'], true)
    return r.exitCode === 0 ? r.stdout.trim() || undefined : undefined
  }

  async remoteUrl(remote = 'origin'): Promise<string | undefined> {
    const r = await this.git(['remote', 'get-url', remote], true)
    return r.exitCode === 0 ? r.stdout.trim() || undefined : undefined
  }

  async localTags(): Promise<TagMap> {
    const r = await this.git([
      'for-each-ref',
      '--format=%(refname:strip=2) %(objectname) %(*objectname)',
      'refs/tags',
    ])
    return parseForEachRef(r.stdout)
  }

  /** The remote's tags without fetching any object: works in a shallow clone of any depth. */
  async remoteTags(remote = 'origin'): Promise<TagMap> {
    const r = await this.git(['ls-remote', '--tags', remote])
    return parseLsRemote(r.stdout)
  }

  private git(args: string[], allowFailure = false) {
    return this.exec('git', args, {cwd: this.cwd, quiet: true, allowFailure})
  }
}

/** Lines of `<name> <object> <peeled object>`; the peeled object is empty for lightweight tags. */
export function parseForEachRef(text: string): TagMap {
  const tags: TagMap = new Map()
  for (const line of text.split('\n')) {
    const [name, object, peeled] = line.trim().split(' ')
    if (name && object) tags.set(name, peeled || object)
  }
  return tags
}

/** Lines of `<object>\trefs/tags/<name>`, annotated tags followed by `<commit>\trefs/tags/<name>^{}`. */
export function parseLsRemote(text: string): TagMap {
  const tags: TagMap = new Map()
  for (const line of text.split('\n')) {
    const [object, ref] = line.trim().split('\t')
    if (!object || !ref?.startsWith('refs/tags/')) continue
    const name = ref.slice('refs/tags/'.length)
    if (name.endsWith('^{}')) tags.set(name.slice(0, -3), object)
    else if (!tags.has(name)) tags.set(name, object)
  }
  return tags
}
