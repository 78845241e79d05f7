/**
 * The reference pipeline, end to end: the workflow files of `workflows-examples/` and the reusable ones of
 * `.github/workflows/` are parsed with GitHub's workflow parser and run job by job by the local workflow
 * engine, which evaluates every expression with GitHub's expression evaluator and runs this repository's
 * actions from their bundles (dist/index.js) as the runner does, their outputs wired exactly as the files
 * wire them. A misspelt output, an input an action does not have or a job output nobody sets fails here.
 *
 * Real parts: an OCI registry, a Docker engine (the build and the dev host's containers), OpenSSH servers
 * (the dev host, the production host, the provisioned web host), Terraform with its state in PostgreSQL
 * (the workflows' S3 backend file is, in the test's repository, a pg backend file) and Ansible.
 * Stand-ins, for what cannot run here: the GitHub REST API (checked against GitHub's OpenAPI description),
 * `kubectl` on the production host (no Kubernetes), and the third-party actions (see pipeline/stand-ins.ts).
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {basename, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {
  runWorkflow,
  type StepStandIn,
  type WorkflowRun,
} from '@deploy-actions/local-runner/workflow/run-workflow'
import {type DockerEngine, startDockerEngine} from '@deploy-actions/testing/dockerd'
import {type GitHubApi, startGitHubApi} from '@deploy-actions/testing/github-api/server'
import type {RepoState} from '@deploy-actions/testing/github-api/state'
import {type KubectlStandIn, kubectlStandIn} from '@deploy-actions/testing/kubectl'
import {tagDigest} from '@deploy-actions/testing/oci'
import {type Postgres, startPostgres} from '@deploy-actions/testing/postgres'
import {type Registry, startRegistry} from '@deploy-actions/testing/registry'
import {freePort, requireExecutable} from '@deploy-actions/testing/server'
import {type SshServer, startSshServer} from '@deploy-actions/testing/sshd'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {type CommentHandlers, commentHandlers} from './fixtures/terraform-apply/comment-handlers'
import {cliEnv, readState, requireTerraform} from './fixtures/terraform-apply/harness'
import {type AppRepo, createAppRepo} from './pipeline/app-repo'
import {artifacts, awsCredentials, type Commit, checkout, toolOnPath} from './pipeline/stand-ins'

const root = fileURLToPath(new URL('..', import.meta.url))
const OWNER = 'acme'
const REPO = 'app'
const TOKEN = 'ghs_pipelineTokenThatMustNeverBePrinted01'
const VERSION = '1.2.0'
const OUR_ACTIONS = /^your-org\/deploy-actions\/actions\/([a-z-]+)@v1$/
const OUR_WORKFLOWS = /^your-org\/deploy-actions\/(\.github\/workflows\/[a-z-]+\.yml)@v1$/

let registry: Registry
let engine: DockerEngine
let devHost: SshServer
let prodHost: SshServer
let webHost: SshServer
let pg: Postgres
let api: GitHubApi
let github: CommentHandlers
let repo: RepoState
let app: AppRepo
let kubectl: KubectlStandIn
let appPort: number
let configDir: string
let ansibleHome: string

beforeAll(async () => {
  requireTerraform()
  requireExecutable('ansible-playbook', "install it with 'apt-get install -y ansible-core'")
  ;[registry, prodHost, webHost, pg, appPort] = await Promise.all([
    startRegistry(),
    startSshServer(),
    startSshServer(),
    startPostgres(),
    freePort(),
  ])
  engine = await startDockerEngine()
  // The dev host's docker is the test engine, found the way a real host finds its own: in the session's
  // environment, not in anything the workflow passes.
  devHost = await startSshServer({setEnv: {DOCKER_HOST: engine.env.DOCKER_HOST!}})
  github = commentHandlers(OWNER, REPO)
  api = await startGitHubApi({token: TOKEN, handlers: github.handlers})
  configDir = join(tempDir('web-host-'), 'nginx')
  app = createAppRepo({
    version: VERSION,
    appPort,
    pgUrl: pg.url,
    hosts: {address: '127.0.0.1', sshPort: webHost.port, knownHosts: webHost.knownHosts()},
    configDir,
  })
  repo = api.state.addRepo(`${OWNER}/${REPO}`)
  repo.importGit(app.git.dir)
  kubectl = kubectlStandIn(`${registry.host}/${REPO}:v1.1.0`)
  ansibleHome = tempDir('ansible-home-')
}, 240_000)

afterAll(async () => {
  await Promise.all([engine?.stop(), devHost?.stop(), prodHost?.stop(), webHost?.stop(), registry?.stop()])
  await api?.close()
  pg?.stop()
  removeTempDirs()
})

const IMAGE = () => `${registry.host}/${REPO}`

/** Repository variables, as a user of the reference workflows sets them. */
function vars(): Record<string, string> {
  return {
    IMAGE: IMAGE(),
    AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/deploy',
    AWS_REGION: 'eu-west-1',
    DEV_HOST: '127.0.0.1',
    DEV_SSH_PORT: String(devHost.port),
    DEV_SSH_USER: devHost.username,
    DEV_KNOWN_HOSTS: devHost.knownHosts(),
    // No bridge network on this machine: the container shares the host's, so it listens on the published port.
    DEV_HOST_PORT: String(appPort),
    APP_PORT: String(appPort),
    DEV_DOCKER_ARGS: '--network host',
    PROD_HOST: '127.0.0.1',
    PROD_SSH_PORT: String(prodHost.port),
    PROD_SSH_USER: prodHost.username,
    PROD_KNOWN_HOSTS: prodHost.knownHosts(),
    PROD_KUBECTL: kubectl.microk8s,
    INFRA_SSH_USER: webHost.username,
  }
}

function secrets(): Record<string, string> {
  return {
    GITHUB_TOKEN: TOKEN,
    DEV_SSH_KEY: devHost.clientKey.privateKey,
    PROD_SSH_KEY: prodHost.clientKey.privateKey,
    INFRA_SSH_KEY: webHost.clientKey.privateKey,
  }
}

/** The runner machine: tools on PATH, the Docker engine, GitHub's API, no user configuration. */
function machine(): Record<string, string> {
  return {
    ...engine.env,
    // The Debian docker CLI here has no buildx; the classic builder it falls back to needs this.
    DOCKER_BUILDKIT: '0',
    GITHUB_API_URL: api.url,
    DEPLOY_ACTIONS_RETRY_BASE_MS: '1',
    ...cliEnv(),
    ANSIBLE_CONFIG: join(ansibleHome, 'ansible.cfg'),
    ANSIBLE_HOME: ansibleHome,
    ANSIBLE_LOCAL_TEMP: join(ansibleHome, 'tmp'),
    ANSIBLE_REMOTE_TMP: join(ansibleHome, 'remote-tmp'),
    ANSIBLE_NOCOLOR: '1',
  }
}

type Event = 'push-dev' | 'push-main' | 'pull-request'

function event(kind: Event): {name: string; payload: object; ref: string; sha: string} {
  const repository = {
    name: REPO,
    full_name: `${OWNER}/${REPO}`,
    owner: {login: OWNER},
    default_branch: 'main',
  }
  if (kind === 'pull-request') {
    return {
      name: 'pull_request',
      ref: 'refs/pull/1/merge',
      sha: app.head,
      payload: {
        action: 'synchronize',
        number: 1,
        pull_request: {number: 1, head: {ref: 'dev', sha: app.head}, base: {ref: 'main', sha: app.head}},
        repository,
      },
    }
  }
  const ref = kind === 'push-dev' ? 'refs/heads/dev' : 'refs/heads/main'
  return {name: 'push', ref, sha: app.head, payload: {ref, after: app.head, repository}}
}

function run(file: string, kind: Event): Promise<WorkflowRun> {
  const path = file.startsWith('/') ? file : join(root, file)
  const ev = event(kind)
  const commit = (): Commit => ({ref: ev.ref, sha: ev.sha})
  const store = artifacts()
  const standIns: Record<string, StepStandIn> = {
    'actions/checkout': checkout(app.origin, commit),
    'actions/setup-node': toolOnPath,
    'hashicorp/setup-terraform': toolOnPath,
    'aws-actions/configure-aws-credentials': awsCredentials,
    'actions/upload-artifact': store.upload,
    'actions/download-artifact': store.download,
  }
  return runWorkflow({
    file: path,
    event: ev,
    repository: `${OWNER}/${REPO}`,
    vars: vars(),
    secrets: secrets(),
    env: machine(),
    newWorkspace: () => tempDir('workspace-'),
    stepTimeoutMs: 180_000,
    resolveAction(uses) {
      const ours = OUR_ACTIONS.exec(uses)
      if (ours) return {dir: join(root, 'actions', ours[1]!)}
      const pinned = /^([\w-]+\/[\w-]+)@[0-9a-f]{40}$/.exec(uses)
      return pinned ? standIns[pinned[1]!] : undefined
    },
    resolveWorkflow(uses) {
      const ours = OUR_WORKFLOWS.exec(uses)
      return ours ? join(root, ours[1]!) : undefined
    },
  })
}

/** Every failed step's log, so a failing run says why. */
function failures(r: WorkflowRun): string[] {
  const out: string[] = []
  const visit = (jobs: WorkflowRun['jobs'], prefix: string) => {
    for (const job of Object.values(jobs)) {
      if (job.jobs) visit(job.jobs, `${prefix}${job.id}/`)
      for (const step of job.steps) {
        if (step.outcome === 'failure') out.push(`${prefix}${job.id} › ${step.name}:\n${step.log}`)
      }
    }
  }
  visit(r.jobs, '')
  return out
}

function expectSuccess(r: WorkflowRun): void {
  expect(failures(r)).toEqual([])
  expect(r.conclusion).toBe('success')
}

const WRITE = /^(PUT|POST|PATCH|DELETE)$/

async function registryWrites(): Promise<string[]> {
  return (await registry.requests()).filter((r) => WRITE.test(r.method)).map((r) => `${r.method} ${r.path}`)
}

function githubWrites(from: number): string[] {
  return api.log
    .slice(from)
    .filter((e) => WRITE.test(e.method))
    .map((e) => `${e.method} ${e.path}`)
}

function container(): {id: string; image: string} {
  const [id, image] = engine
    .docker('inspect', '--format', '{{.Id}} {{.Config.Image}}', 'app')
    .trim()
    .split(' ')
  return {id: id!, image: image!}
}

const served = async () => (await fetch(`http://127.0.0.1:${appPort}/`)).text()
const stateOf = () => readState(pg, 'app')
const shortSha = () => app.head.slice(0, 7)

/** A copy of a reference workflow with one text replaced, as a typo would. */
function mutated(file: string, from: string, to: string): string {
  const text = readFileSync(join(root, file), 'utf8')
  expect(text).toContain(from)
  const copy = join(tempDir('mutated-'), basename(file))
  writeFileSync(copy, text.replace(from, to))
  return copy
}

describe('the reference pipeline, run from the workflow files with the bundled actions', () => {
  it('refuses, before running anything, a workflow whose wiring has a typo', async () => {
    const before = api.log.length
    await expect(
      run(
        mutated(
          'workflows-examples/dev.yml',
          'steps.build.outputs.image-ref',
          'steps.build.outputs.image_ref',
        ),
        'push-dev',
      ),
    ).rejects.toThrow(/image_ref/)
    await expect(
      run(mutated('workflows-examples/dev.yml', 'health-url:', 'healthcheck-url:'), 'push-dev'),
    ).rejects.toThrow(/healthcheck-url/)
    await expect(
      run(
        mutated(
          'workflows-examples/main.yml',
          'needs.release.outputs.image-ref',
          'needs.release.outputs.image',
        ),
        'push-main',
      ),
    ).rejects.toThrow(/needs\.release\.outputs\.image\b/)
    await expect(
      run(
        mutated('workflows-examples/infra.yml', '@d3f86a106a0bac45b974a628896c90dbdf5c8093 # v4.3.0', '@v4'),
        'push-main',
      ),
    ).rejects.toThrow(/actions\/download-artifact@v4/)
    expect(api.log.length).toBe(before)
    expect(await served().catch(() => 'nothing listening')).toBe('nothing listening')
  })

  let snapshotDigest = ''
  let snapshotRef = ''

  it('infra.yml on a pull request: plans and comments the plan, applies nothing', async () => {
    const r = await run('workflows-examples/infra.yml', 'pull-request')
    expectSuccess(r)
    expect(r.jobs['plan']!.result).toBe('success')
    expect(r.jobs['apply']!.result).toBe('skipped')
    expect(r.jobs['configure']!.result).toBe('skipped')
    expect(r.jobs['plan']!.outputs).toEqual({changes: 'true'})
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0]).toMatchObject({issue: 1})
    expect(github.comments[0]!.body).toContain('Plan: 1 to add, 0 to change, 0 to destroy.')
    expect(stateOf()?.resources ?? []).toEqual([])
    expect(api.violations).toEqual([])
  })

  it('dev.yml: tests, builds the snapshot once, pushes it and runs it on the dev host', async () => {
    const r = await run('workflows-examples/dev.yml', 'push-dev')
    expectSuccess(r)
    const snapshot = r.jobs['snapshot']!.outputs
    expect(snapshot['snapshot-tag']).toBe(`v${VERSION}-SNAPSHOT-${shortSha()}`)
    snapshotDigest = snapshot['digest']!
    snapshotRef = snapshot['image-ref']!
    expect(snapshotDigest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(snapshotRef).toBe(`${IMAGE()}@${snapshotDigest}`)
    expect(await tagDigest(registry.url, REPO, snapshot['snapshot-tag']!)).toBe(snapshotDigest)

    // The dev host runs the snapshot, by digest, and serves it.
    expect(container().image).toBe(snapshotRef)
    expect(await served()).toBe(app.body)
    const deploy = r.jobs['deploy']!
    expect(deploy.environment).toBe('dev')
    expect(deploy.concurrency).toEqual({group: 'deploy-dev', cancelInProgress: false})
    expect(deploy.summary).toContain(`### dev is running v${VERSION}-SNAPSHOT-${shortSha()}`)
  })

  it('main.yml: promotes that very image to the release tag, releases it and rolls it out', async () => {
    const before = (await registry.requests()).length
    const r = await run('workflows-examples/main.yml', 'push-main')
    expectSuccess(r)
    const release = r.jobs['release']!.outputs
    expect(release['tag']).toBe(`v${VERSION}`)
    // The image released is the image tested on dev: same digest, and no blob was uploaded to make it.
    expect(release['digest']).toBe(snapshotDigest)
    expect(release['image-ref']).toBe(snapshotRef)
    expect(await tagDigest(registry.url, REPO, `v${VERSION}`)).toBe(snapshotDigest)
    expect(await tagDigest(registry.url, REPO, 'latest')).toBe(snapshotDigest)
    const writes = (await registry.requests()).slice(before).filter((q) => WRITE.test(q.method))
    expect(writes.map((w) => `${w.method} ${w.path}`).sort()).toEqual([
      `PUT /v2/${REPO}/manifests/latest`,
      `PUT /v2/${REPO}/manifests/v${VERSION}`,
    ])

    // One GitHub Release, at this commit, with the changelog since v1.1.0 and the digest.
    expect(repo.releases).toHaveLength(1)
    const published = repo.releases[0]!
    expect(published).toMatchObject({tagName: `v${VERSION}`, draft: false})
    expect(repo.tagCommit(`v${VERSION}`)).toBe(app.head)
    expect(published.body).toContain('serve the landing page')
    expect(published.body).toContain('answer health checks on /')
    expect(published.body).toContain(snapshotDigest)
    expect(published.body).not.toContain('initial commit')

    // Production rolled out the released digest.
    expect(kubectl.calls()).toContain(`set image deployment/app app=${snapshotRef} --namespace default`)
    expect(kubectl.image()).toBe(snapshotRef)
    const deploy = r.jobs['deploy']!
    expect(deploy.environment).toBe('production')
    expect(deploy.summary).toContain(`### production is running v${VERSION}`)
    expect(api.violations).toEqual([])
  })

  it('infra.yml on main: applies the uploaded plan, then Ansible configures the hosts Terraform output', async () => {
    const r = await run('workflows-examples/infra.yml', 'push-main')
    expectSuccess(r)
    expect(r.jobs['apply']!.environment).toBe('infrastructure')
    const outputs = r.jobs['apply']!.outputs
    expect(JSON.parse(outputs['hosts']!)).toEqual(['127.0.0.1'])
    expect(outputs['ssh-port']).toBe(String(webHost.port))
    expect(outputs['known-hosts']).toBe(webHost.knownHosts())
    const state = stateOf()
    expect(state?.resources.map((x) => `${x.type}.${x.name}`)).toEqual(['terraform_data.web'])
    const ansible = r.jobs['configure']!.steps.find((s) => s.id === 'ansible')!
    expect(ansible.outputs['changed']).toBe('2')
    expect(ansible.outputs['failed']).toBe('0')
    expect(readFileSync(join(configDir, 'app.conf'), 'utf8')).toContain('proxy_pass http://127.0.0.1:4000;')
  })

  it('re-running all three flows, through the reusable workflows and step by step, changes nothing', async () => {
    const registryBefore = await registryWrites()
    const githubBefore = api.log.length
    const running = container()
    const serial = stateOf()?.serial
    const kubectlCalls = kubectl.calls().length

    const dev = await run('workflows-examples/pipeline.yml', 'push-dev')
    expectSuccess(dev)
    expect(dev.jobs['main']!.result).toBe('skipped')
    const devFlow = dev.jobs['dev']!
    expect(devFlow.outputs).toMatchObject({
      'snapshot-tag': `v${VERSION}-SNAPSHOT-${shortSha()}`,
      digest: snapshotDigest,
      'image-ref': snapshotRef,
      'deployed-image': snapshotRef,
    })
    const build = devFlow.jobs!['snapshot']!.steps.find((s) => s.id === 'build')!
    expect(build.outputs['skipped']).toBe('true')
    const deploy = devFlow.jobs!['deploy']!.steps.find((s) => s.id === 'deploy')!
    expect(deploy.outputs['changed']).toBe('false')
    // On a push to dev the infra flow only plans: nothing to change, nothing applied.
    expect(dev.jobs['infra']!.outputs).toMatchObject({changes: 'false'})
    expect(dev.jobs['infra']!.jobs!['apply']!.result).toBe('skipped')

    const main = await run('workflows-examples/pipeline.yml', 'push-main')
    expectSuccess(main)
    expect(main.jobs['dev']!.result).toBe('skipped')
    expect(main.jobs['main']!.outputs).toMatchObject({
      tag: `v${VERSION}`,
      digest: snapshotDigest,
      'image-ref': snapshotRef,
    })
    const release = main.jobs['main']!.jobs!['release']!.steps.find((s) => s.id === 'release')!
    expect(release.outputs['created']).toBe('false')
    const promote = main.jobs['main']!.jobs!['release']!.steps.find((s) => s.id === 'promote')!
    expect(promote.outputs['promoted-tags']).toBe('')
    const recap = JSON.parse(main.jobs['infra']!.outputs['recap']!) as Record<string, {changed: number}>
    expect(Object.values(recap).map((h) => h.changed)).toEqual([0])

    // And once more, the step-by-step workflows themselves.
    for (const [file, kind] of [
      ['workflows-examples/dev.yml', 'push-dev'],
      ['workflows-examples/main.yml', 'push-main'],
      ['workflows-examples/infra.yml', 'push-main'],
    ] as const) {
      expectSuccess(await run(file, kind))
    }

    // Nothing was written anywhere.
    expect(await registryWrites()).toEqual(registryBefore)
    expect(githubWrites(githubBefore)).toEqual([])
    expect(repo.releases).toHaveLength(1)
    expect(container()).toEqual(running)
    expect(await served()).toBe(app.body)
    expect(stateOf()?.serial).toBe(serial)
    expect(kubectl.image()).toBe(snapshotRef)
    // Setting the image a deployment already runs starts no rollout in Kubernetes; the deploy still checks it.
    expect(kubectl.calls().slice(kubectlCalls)).toEqual(
      expect.arrayContaining([`set image deployment/app app=${snapshotRef} --namespace default`]),
    )
    expect(api.violations).toEqual([])
  })
})
