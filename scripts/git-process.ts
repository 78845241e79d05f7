/**
 * Runs git for the release scripts: synchronously (they are sequential by nature), with the output
 * captured, and with every secret replaced by `***` in whatever it reports.
 */
import {spawnSync} from 'node:child_process'

export class GitError extends Error {
  override name = 'GitError'
}

export interface GitOptions {
  cwd: string
  /** Added to the inherited environment. */
  env?: Record<string, string>
  /** Values never shown in an error message. */
  secrets?: readonly string[]
  /** A non-zero exit is returned instead of thrown. */
  allowFailure?: boolean
}

export interface GitResult {
  status: number
  stdout: string
  stderr: string
}

export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text
  for (const secret of secrets) if (secret) out = out.split(secret).join('***')
  return out
}

export function runGit(args: readonly string[], options: GitOptions): GitResult {
  const result = spawnSync('git', args, {
    cwd: options.cwd,
    env: {...process.env, GIT_TERMINAL_PROMPT: '0', ...options.env},
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (result.error) throw new GitError(`git could not be started: ${result.error.message}. Install git.`)
  const out = {status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr}
  if (out.status !== 0 && !options.allowFailure) {
    const tail = out.stderr.trim().split('\n').slice(-15).join('\n')
    throw new GitError(
      redact(`'git ${args.join(' ')}' failed with exit code ${out.status}:\n${tail}`, options.secrets),
    )
  }
  return out
}

/** `git ls-remote` as a map from ref name to object (peeled `^{}` entries keep their suffix). */
export function parseLsRemote(output: string): Map<string, string> {
  const refs = new Map<string, string>()
  for (const line of output.split('\n')) {
    const [sha, ref] = line.split('\t')
    if (sha && ref) refs.set(ref, sha)
  }
  return refs
}

/** The commit a tag names on a remote: the peeled entry of an annotated tag, else the tag itself. */
export function remoteTagCommit(refs: Map<string, string>, tag: string): string | undefined {
  return refs.get(`refs/tags/${tag}^{}`) ?? refs.get(`refs/tags/${tag}`)
}

/** Who commits and tags when the environment names nobody (a fresh runner has no git identity). */
export function committerEnv(): Record<string, string> {
  const name = process.env.GIT_COMMITTER_NAME ?? process.env.GIT_AUTHOR_NAME ?? 'github-actions[bot]'
  const email =
    process.env.GIT_COMMITTER_EMAIL ??
    process.env.GIT_AUTHOR_EMAIL ??
    '41898282+github-actions[bot]@users.noreply.github.com'
  return {
    GIT_AUTHOR_NAME: process.env.GIT_AUTHOR_NAME ?? name,
    GIT_AUTHOR_EMAIL: process.env.GIT_AUTHOR_EMAIL ?? email,
    GIT_COMMITTER_NAME: name,
    GIT_COMMITTER_EMAIL: email,
  }
}
