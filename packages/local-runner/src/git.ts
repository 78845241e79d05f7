/**
 * What the workspace's git checkout says about the run: the commit, the branch and the GitHub repository.
 * Each fact is `undefined` when git cannot tell (no repository, detached HEAD, no origin, no git at all).
 */
import {execFileSync} from 'node:child_process'

export interface GitFacts {
  sha: string | undefined
  ref: string | undefined
  /** `owner/name` of a GitHub `origin` remote. */
  repository: string | undefined
}

export function readGitFacts(workspace: string): GitFacts {
  const remote = git(workspace, ['remote', 'get-url', 'origin'])
  return {
    sha: git(workspace, ['rev-parse', '--verify', '-q', 'HEAD']),
    ref: git(workspace, ['symbolic-ref', '-q', 'HEAD']),
    repository: remote === undefined ? undefined : githubRepository(remote),
  }
}

/** `owner/name` from an https, ssh or scp-style GitHub remote URL. */
export function githubRepository(url: string): string | undefined {
  const match =
    /^(?:https?:\/\/(?:[^@/]+@)?|ssh:\/\/(?:[^@/]+@)?|[^@/]+@)github\.com[:/]([^/]+)\/([^/]+?)(?:\.git)?\/?$/i.exec(
      url.trim(),
    )
  return match ? `${match[1]}/${match[2]}` : undefined
}

function git(cwd: string, args: string[]): string | undefined {
  try {
    const out = execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    })
    return out.trim() || undefined
  } catch {
    return undefined
  }
}
