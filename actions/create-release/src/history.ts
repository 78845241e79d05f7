/**
 * The commits between the previous release and the released commit, read from the workspace's git
 * clone. A shallow clone (actions/checkout's default depth of 1) lacks that history: rather than write a
 * changelog from the part it has, this says what is missing and how to fetch it.
 */
import {ActionError} from '@deploy-actions/kit/errors'
import type {CommandRunner} from '@deploy-actions/kit/exec'
import type {CommitEntry} from './conventional'

const FETCH_ALL = 'Check the repository out with its history: actions/checkout with fetch-depth: 0.'

export interface Range {
  /** The previous release's commit, or `undefined` for the first release (the whole history). */
  from: {tag: string; sha: string} | undefined
  to: string
}

export class History {
  constructor(
    private readonly cwd: string,
    private readonly exec: CommandRunner,
  ) {}

  async commits(range: Range): Promise<CommitEntry[]> {
    if (!(await this.ok(['rev-parse', '--is-inside-work-tree']))) {
      throw new ActionError(
        `changelog 'conventional' reads the git history, but ${this.cwd} is not a git repository. ${FETCH_ALL}`,
      )
    }
    const shallow = (await this.git(['rev-parse', '--is-shallow-repository'])).trim() === 'true'
    const clone = shallow ? 'the shallow clone' : 'the local clone'
    if (!(await this.hasCommit(range.to))) {
      throw new ActionError(
        `The commit to release, ${range.to}, is not in ${clone} at ${this.cwd}. ${FETCH_ALL}`,
      )
    }
    if (range.from) {
      const {tag, sha} = range.from
      const reachable = (await this.hasCommit(sha)) && (!shallow || (await this.isAncestor(sha, range.to)))
      if (!reachable) {
        throw new ActionError(
          `The history from the previous release ${tag} (${sha}) to ${range.to} is not in ${clone}, so the ` +
            `changelog cannot be written. ${FETCH_ALL}`,
        )
      }
    } else if (shallow) {
      throw new ActionError(
        `There is no previous release, so the changelog covers the whole history, but ${clone} holds only ` +
          `part of it. ${FETCH_ALL}`,
      )
    }
    const revisions = range.from ? `${range.from.sha}..${range.to}` : range.to
    const out = await this.git(['log', '--no-merges', '--format=%H%x1f%s%x1f%b%x1e', revisions])
    return parseLog(out)
  }

  private async hasCommit(sha: string): Promise<boolean> {
    return this.ok(['cat-file', '-e', `${sha}^{commit}`])
  }

  private async isAncestor(ancestor: string, sha: string): Promise<boolean> {
    return this.ok(['merge-base', '--is-ancestor', ancestor, sha])
  }

  private async ok(args: string[]): Promise<boolean> {
    const r = await this.exec('git', args, {cwd: this.cwd, quiet: true, allowFailure: true})
    return r.exitCode === 0
  }

  private async git(args: string[]): Promise<string> {
    return (await this.exec('git', args, {cwd: this.cwd, quiet: true})).stdout
  }
}

/** `git log --format=%H%x1f%s%x1f%b%x1e` output. */
export function parseLog(text: string): CommitEntry[] {
  return text
    .split('\x1e')
    .map((entry) => entry.replace(/^\s+/, ''))
    .filter(Boolean)
    .map((entry) => {
      const [sha = '', subject = '', body = ''] = entry.split('\x1f')
      return {sha: sha.trim(), subject, body: body.trim()}
    })
}
