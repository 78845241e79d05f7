/**
 * Stand-ins for the steps of the reference workflows that are not this repository's actions. Each does,
 * on this machine, what the real action leaves behind on a GitHub runner, and refuses inputs the real one
 * would refuse, so the workflows' `with:` still matter:
 * - actions/checkout: a real `git fetch` of the event's commit from the app's bare origin (depth 1, or the
 *   whole history and tags with `fetch-depth: 0`), checked out on the branch as checkout does for pushes.
 * - actions/setup-node, hashicorp/setup-terraform: the tools are already on this machine's PATH.
 * - aws-actions/configure-aws-credentials: the role session's variables (a role ARN and region required).
 * - actions/upload-artifact, actions/download-artifact: a store shared by the jobs of one workflow run.
 */
import {execFileSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync} from 'node:fs'
import {basename, join} from 'node:path'
import type {StepStandIn} from '@deploy-actions/local-runner/workflow/run-workflow'
import {GIT_ENV} from '@deploy-actions/testing/git-repo'
import {tempDir} from '@deploy-actions/testing/temp'

export interface Commit {
  ref: string
  sha: string
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {cwd, env: {...process.env, ...GIT_ENV}, encoding: 'utf8'})
}

function required(w: Record<string, string>, name: string, action: string): string {
  const value = w[name] ?? ''
  if (!value) throw new Error(`${action}: input '${name}' is required`)
  return value
}

export function checkout(origin: string, commit: () => Commit): StepStandIn {
  return {
    async run({with: w, workspace}) {
      const {ref, sha} = commit()
      const depth = Number(w['fetch-depth'] ?? '1')
      git(workspace, 'init', '--quiet')
      git(workspace, 'remote', 'add', 'origin', `file://${origin}`)
      if (depth === 0) {
        git(workspace, 'fetch', '--quiet', '--tags', 'origin', '+refs/heads/*:refs/remotes/origin/*')
      } else {
        git(workspace, 'fetch', '--quiet', '--no-tags', `--depth=${depth}`, 'origin', sha)
      }
      if (ref.startsWith('refs/heads/')) {
        git(workspace, 'checkout', '--quiet', '--force', '-B', ref.slice('refs/heads/'.length), sha)
      } else {
        git(workspace, 'checkout', '--quiet', '--force', '--detach', sha)
      }
      return {}
    },
  }
}

export const toolOnPath: StepStandIn = {run: async () => ({})}

export const awsCredentials: StepStandIn = {
  async run({with: w}) {
    const role = required(w, 'role-to-assume', 'configure-aws-credentials')
    const region = required(w, 'aws-region', 'configure-aws-credentials')
    if (!/^arn:aws:iam::\d{12}:role\//.test(role)) {
      throw new Error(`configure-aws-credentials: '${role}' is not an IAM role ARN`)
    }
    return {
      env: {
        AWS_REGION: region,
        AWS_DEFAULT_REGION: region,
        AWS_ACCESS_KEY_ID: 'ASIAPIPELINESTANDIN0',
        AWS_SECRET_ACCESS_KEY: 'pipeline-stand-in-secret',
        AWS_SESSION_TOKEN: 'pipeline-stand-in-session',
      },
    }
  },
}

/** upload-artifact and download-artifact over one directory per workflow run. */
export function artifacts(): {upload: StepStandIn; download: StepStandIn} {
  const store = tempDir('artifacts-')
  return {
    upload: {
      outputs: ['artifact-id', 'artifact-url'],
      async run({with: w, workspace}) {
        const name = required(w, 'name', 'upload-artifact')
        const path = join(workspace, required(w, 'path', 'upload-artifact'))
        if (!existsSync(path)) {
          if (w['if-no-files-found'] === 'error') throw new Error(`upload-artifact: no files at ${path}`)
          return {}
        }
        if (existsSync(join(store, name)))
          throw new Error(`upload-artifact: artifact '${name}' already exists`)
        mkdirSync(join(store, name))
        cpSync(path, join(store, name, basename(path)), {recursive: true})
        return {outputs: {'artifact-id': name, 'artifact-url': `file://${join(store, name)}`}}
      },
    },
    download: {
      outputs: ['download-path'],
      async run({with: w, workspace}) {
        const name = required(w, 'name', 'download-artifact')
        if (!existsSync(join(store, name)))
          throw new Error(`download-artifact: no artifact '${name}' in this run`)
        const into = join(workspace, w['path'] ?? '.')
        cpSync(join(store, name), into, {recursive: true})
        return {outputs: {'download-path': into}}
      },
    },
  }
}
