/**
 * What the GitHub API stand-in remembers: repositories with their commits, refs, annotated tag objects,
 * releases and release assets. Tests arrange it directly (or import a real git history) and assert on it
 * after a run; the operation handlers read and change it.
 */

import {execFileSync} from 'node:child_process'
import {createHash, randomBytes} from 'node:crypto'

export interface GitPerson {
  name: string
  email: string
  date: string
}

export interface CommitRecord {
  sha: string
  parents: string[]
  message: string
  author: GitPerson
  /** The GitHub account the commit is attributed to. */
  login: string
}

export interface TagObject {
  sha: string
  tag: string
  /** The commit the tag points at. */
  object: string
  message: string
  tagger: GitPerson
}

export interface AssetRecord {
  id: number
  name: string
  label: string | null
  contentType: string
  data: Buffer
  uploader: string
  createdAt: string
  updatedAt: string
}

export interface ReleaseRecord {
  id: number
  tagName: string
  targetCommitish: string
  name: string | null
  body: string | null
  draft: boolean
  prerelease: boolean
  /** Set when the release is published in a repository with immutable releases on. */
  immutable: boolean
  createdAt: string
  publishedAt: string | null
  updatedAt: string
  author: string
  assets: AssetRecord[]
}

export interface CommitOptions {
  /** The branch whose head the commit extends (and moves); `main` by default. */
  branch?: string
  parents?: string[]
  login?: string
}

let nextId = 1000

/** Ids shared by every kind of object, as GitHub's are unique per type; never reused in a process. */
export function newId(): number {
  nextId += 1
  return nextId
}

export function timestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d+Z$/, 'Z')
}

export class RepoState {
  readonly id = newId()
  readonly commits = new Map<string, CommitRecord>()
  /** Full ref name (`refs/heads/main`, `refs/tags/v1.0.0`) → the object it points at. */
  readonly refs = new Map<string, string>()
  readonly tagObjects = new Map<string, TagObject>()
  readonly releases: ReleaseRecord[] = []
  /** The repository setting "immutable releases": published releases keep their assets and tag. */
  immutableReleases = false

  constructor(
    readonly owner: string,
    readonly name: string,
    public defaultBranch = 'main',
  ) {}

  get fullName(): string {
    return `${this.owner}/${this.name}`
  }

  /** Adds a commit on `branch` (whose head becomes its parent) and returns its SHA. */
  commit(message: string, options: CommitOptions = {}): string {
    const branch = options.branch ?? this.defaultBranch
    const head = this.refs.get(`refs/heads/${branch}`)
    const parents = options.parents ?? (head ? [head] : [])
    const sha = createHash('sha1')
      .update(`${parents.join(',')}\n${message}\n${randomBytes(8).toString('hex')}`)
      .digest('hex')
    this.commits.set(sha, {
      sha,
      parents,
      message,
      author: {name: 'Octo Cat', email: 'octocat@example.com', date: timestamp()},
      login: options.login ?? 'octocat',
    })
    this.refs.set(`refs/heads/${branch}`, sha)
    return sha
  }

  /** A lightweight tag. */
  tag(name: string, commit: string): void {
    this.refs.set(`refs/tags/${name}`, commit)
  }

  /** An annotated tag: the ref points at a tag object, which points at the commit. */
  annotatedTag(name: string, commit: string, message = name): string {
    const sha = createHash('sha1')
      .update(`tag ${name} ${commit} ${randomBytes(8).toString('hex')}`)
      .digest('hex')
    this.tagObjects.set(sha, {
      sha,
      tag: name,
      object: commit,
      message,
      tagger: {name: 'Octo Cat', email: 'octocat@example.com', date: timestamp()},
    })
    this.refs.set(`refs/tags/${name}`, sha)
    return sha
  }

  /** The commit a tag points at (annotated tags peeled), or `undefined` when there is no such tag. */
  tagCommit(name: string): string | undefined {
    const object = this.refs.get(`refs/tags/${name}`)
    return object === undefined ? undefined : this.peel(object)
  }

  peel(object: string): string {
    return this.tagObjects.get(object)?.object ?? object
  }

  /** A commit from a full or unique abbreviated SHA, a branch, a tag or a full ref; `undefined` if none. */
  resolveCommit(ref: string): string | undefined {
    if (this.commits.has(ref)) return ref
    for (const name of [ref, `refs/heads/${ref}`, `refs/tags/${ref}`]) {
      const object = this.refs.get(name)
      if (object !== undefined) return this.peel(object)
    }
    if (/^[0-9a-f]{4,39}$/.test(ref)) {
      const matches = [...this.commits.keys()].filter((sha) => sha.startsWith(ref))
      if (matches.length === 1) return matches[0]
    }
    return undefined
  }

  /** Every commit reachable from `sha`, itself included. */
  ancestors(sha: string): Set<string> {
    const seen = new Set<string>()
    const stack = [sha]
    while (stack.length > 0) {
      const next = stack.pop()!
      if (seen.has(next)) continue
      seen.add(next)
      stack.push(...(this.commits.get(next)?.parents ?? []))
    }
    return seen
  }

  /** Commits reachable from `head` but not from `base`, newest first (as `git log base..head`). */
  commitsBetween(base: string | undefined, head: string): CommitRecord[] {
    const exclude = base ? this.ancestors(base) : new Set<string>()
    const out: CommitRecord[] = []
    const stack = [head]
    const seen = new Set<string>()
    while (stack.length > 0) {
      const sha = stack.shift()!
      if (seen.has(sha) || exclude.has(sha)) continue
      seen.add(sha)
      const commit = this.commits.get(sha)
      if (!commit) continue
      out.push(commit)
      stack.push(...commit.parents)
    }
    return out
  }

  release(id: number): ReleaseRecord | undefined {
    return this.releases.find((r) => r.id === id)
  }

  publishedRelease(tag: string): ReleaseRecord | undefined {
    return this.releases.find((r) => r.tagName === tag && !r.draft)
  }

  /**
   * Copies a real repository's history: every commit reachable from its branches and tags, its branches
   * and its tags (annotated ones as tag objects), so the API and the workspace agree on every SHA.
   */
  importGit(dir: string): void {
    const git = (...args: string[]) =>
      execFileSync('git', args, {cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
    const log = git('log', '--all', '--format=%H%x1f%P%x1f%an%x1f%ae%x1f%aI%x1f%B%x1e')
    for (const entry of log.split('\x1e')) {
      const [sha, parents, name, email, date, message] = entry.replace(/^\n/, '').split('\x1f')
      if (!sha || message === undefined) continue
      this.commits.set(sha, {
        sha,
        parents: parents ? parents.split(' ') : [],
        message: message.replace(/\n+$/, ''),
        author: {name: name ?? '', email: email ?? '', date: timestamp(new Date(date ?? Date.now()))},
        login: 'octocat',
      })
    }
    const refs = git(
      'for-each-ref',
      '--format=%(refname)%09%(objectname)%09%(*objectname)',
      'refs/heads',
      'refs/tags',
    )
    for (const line of refs.split('\n')) {
      const [ref, object, peeled] = line.split('\t')
      if (!ref || !object) continue
      if (peeled) {
        this.tagObjects.set(object, {
          sha: object,
          tag: ref.slice('refs/tags/'.length),
          object: peeled,
          message: '',
          tagger: {name: 'Octo Cat', email: 'octocat@example.com', date: timestamp()},
        })
      }
      this.refs.set(ref, object)
    }
  }
}

export class GitHubState {
  readonly repos = new Map<string, RepoState>()

  addRepo(fullName: string, options: {defaultBranch?: string; immutableReleases?: boolean} = {}): RepoState {
    const [owner, name] = fullName.split('/')
    if (!owner || !name) throw new Error(`Not owner/name: ${fullName}`)
    const repo = new RepoState(owner, name, options.defaultBranch)
    repo.immutableReleases = options.immutableReleases ?? false
    this.repos.set(fullName.toLowerCase(), repo)
    return repo
  }

  repo(owner: string, name: string): RepoState | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase())
  }
}
