/**
 * A real git repository in a temporary directory, for tests that need commits, tags, detached HEADs,
 * shallow clones and remotes. Git runs with a fixed identity and no user or system configuration.
 */
import {execFileSync} from 'node:child_process'
import {mkdirSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {tempDir} from './temp'

export const GIT_ENV = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_TERMINAL_PROMPT: '0',
}

export class GitRepo {
  private constructor(readonly dir: string) {}

  /** `git init -b main` in a new temp dir, with `files` committed when given. */
  static init(files?: Record<string, string>): GitRepo {
    const repo = new GitRepo(tempDir('git-repo-'))
    repo.git('init', '--quiet', '--initial-branch=main')
    if (files) {
      repo.write(files)
      repo.commit('initial commit')
    }
    return repo
  }

  /** `git clone` of `source` (by file:// URL, so `--depth` makes a real shallow clone). */
  static clone(source: GitRepo, ...args: string[]): GitRepo {
    const dir = tempDir('git-clone-')
    runGit(dirname(dir), 'clone', '--quiet', ...args, `file://${source.dir}`, dir)
    return new GitRepo(dir)
  }

  git(...args: string[]): string {
    return runGit(this.dir, ...args)
  }

  write(files: Record<string, string>): void {
    for (const [path, content] of Object.entries(files)) {
      const file = join(this.dir, path)
      mkdirSync(dirname(file), {recursive: true})
      writeFileSync(file, content)
    }
  }

  /** Stages everything and commits; returns the new commit's SHA. */
  commit(message: string, files?: Record<string, string>): string {
    if (files) this.write(files)
    this.git('add', '--all')
    this.git('commit', '--quiet', '--allow-empty', '-m', message)
    return this.head()
  }

  tag(name: string, opts: {at?: string; annotated?: boolean} = {}): void {
    const args = opts.annotated ? ['-a', '-m', name] : []
    this.git('tag', ...args, name, ...(opts.at ? [opts.at] : []))
  }

  head(): string {
    return this.git('rev-parse', 'HEAD').trim()
  }
}

function runGit(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {cwd, env: {...process.env, ...GIT_ENV}, encoding: 'utf8'})
}
