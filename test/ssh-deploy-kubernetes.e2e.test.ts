/**
 * ssh-deploy's kubernetes strategy, bundled, over a real SSH connection. No Kubernetes API server can run
 * on this machine (no kind, k3s or microk8s), so the host's `kubectl` is the recording stand-in of
 * packages/testing/src/kubectl.ts. The tests assert the exact kubectl command sequence.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {type ActionRun, runAction} from '@deploy-actions/local-runner/run-action'
import {kubectlStandIn} from '@deploy-actions/testing/kubectl'
import {type SshServer, startSshServer} from '@deploy-actions/testing/sshd'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'

const actionDir = fileURLToPath(new URL('../actions/ssh-deploy', import.meta.url))

let server: SshServer

beforeAll(async () => {
  server = await startSshServer()
})

afterAll(async () => {
  await server?.stop()
  removeTempDirs()
})

const errors = (run: ActionRun) => run.annotations.filter((a) => a.level === 'error').map((a) => a.message)
const jsonpath = 'jsonpath={.spec.template.spec.containers[?(@.name=="web")].image}'

function deploy(
  kubectl: string,
  more: Record<string, string> = {},
  workspace = tempDir(),
): Promise<ActionRun> {
  return runAction({
    actionDir,
    workspace,
    timeoutMs: 60_000,
    inputs: {
      host: `127.0.0.1:${server.port}`,
      username: server.username,
      'private-key': server.clientKey.privateKey,
      'known-hosts': server.knownHosts(),
      'connect-retries': '0',
      strategy: 'kubernetes',
      kubectl,
      image: 'registry.example.com/app:2',
      deployment: 'web',
      namespace: 'prod',
      'rollout-timeout': '2m',
      ...more,
    },
  })
}

describe('ssh-deploy kubernetes strategy (bundled, stand-in kubectl)', () => {
  it('sets the image, waits for the rollout and reports both images', async () => {
    const k = kubectlStandIn('registry.example.com/app:1')
    const run = await deploy(k.kubectl)
    expect(errors(run)).toEqual([])
    expect(k.calls()).toEqual([
      `get deployment/web --namespace prod -o ${jsonpath}`,
      'set image deployment/web web=registry.example.com/app:2 --namespace prod',
      'rollout status deployment/web --namespace prod --timeout=120s',
    ])
    expect(run.outputs).toMatchObject({
      'previous-image': 'registry.example.com/app:1',
      'deployed-image': 'registry.example.com/app:2',
      'rolled-back': 'false',
    })
    expect(run.log).toContain('deployment "web" successfully rolled out')
  })

  it('undoes a rollout that does not finish and fails with the events, through `microk8s kubectl`', async () => {
    const k = kubectlStandIn('registry.example.com/app:1')
    k.failRollouts()
    const run = await deploy(k.microk8s)
    expect(run.exitCode).toBe(1)
    expect(k.calls()).toEqual([
      `get deployment/web --namespace prod -o ${jsonpath}`,
      'set image deployment/web web=registry.example.com/app:2 --namespace prod',
      'rollout status deployment/web --namespace prod --timeout=120s',
      'get events --namespace prod --sort-by=.lastTimestamp',
      'rollout undo deployment/web --namespace prod',
    ])
    expect(k.image()).toBe('registry.example.com/app:1')
    expect(run.outputs).toMatchObject({
      'previous-image': 'registry.example.com/app:1',
      'deployed-image': '',
      'rolled-back': 'true',
    })
    expect(errors(run)).toEqual([
      expect.stringMatching(
        /^The new rollout failed: the rollout of deployment web did not finish within 120s\. Rolled back to registry\.example\.com\/app:1\.\nEvents:\n.*\n.*Failed to pull image "registry\.example\.com\/app:2"/,
      ),
    ])
  })

  it('applies a manifest with the image substituted, leaving other images alone', async () => {
    const k = kubectlStandIn('registry.example.com/app:1')
    const workspace = tempDir()
    writeFileSync(
      join(workspace, 'deploy.yaml'),
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: {name: web}',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        '        - name: web',
        '          image: registry.example.com/app:latest',
        '        - name: proxy',
        '          image: "registry.example.com/app-proxy:3"',
        '',
      ].join('\n'),
    )
    const run = await deploy(k.kubectl, {manifest: 'deploy.yaml'}, workspace)
    expect(errors(run)).toEqual([])
    expect(k.calls()).toEqual([
      `get deployment/web --namespace prod -o ${jsonpath}`,
      'apply --namespace prod -f -',
      'rollout status deployment/web --namespace prod --timeout=120s',
    ])
    const applied = readFileSync(join(k.dir, 'applied.yaml'), 'utf8')
    expect(applied).toContain('          image: registry.example.com/app:2\n')
    expect(applied).toContain('          image: "registry.example.com/app-proxy:3"\n')
  })

  it('refuses a manifest that does not mention the image, before connecting', async () => {
    const k = kubectlStandIn('registry.example.com/app:1')
    const workspace = tempDir()
    writeFileSync(join(workspace, 'deploy.yaml'), 'kind: Deployment\nimage: other/app:1\n')
    const run = await deploy(k.kubectl, {manifest: 'deploy.yaml'}, workspace)
    expect(run.exitCode).toBe(1)
    expect(errors(run)).toEqual([
      expect.stringContaining("deploy.yaml has no 'image:' field for the repository"),
    ])
    expect(k.calls()).toEqual([])
  })

  it('rejects a hostile deployment name and kubectl command before connecting', async () => {
    const k = kubectlStandIn('registry.example.com/app:1')
    const names = await deploy(k.kubectl, {deployment: 'web;id'})
    const command = await deploy(`${k.kubectl} $(id)`)
    expect(errors(names)).toEqual([
      expect.stringMatching(/^Input 'deployment': 'web;id' is not a Kubernetes name/),
    ])
    expect(errors(command)).toEqual([expect.stringMatching(/^Input 'kubectl': .* must be a plain command/)])
    expect(k.calls()).toEqual([])
  })
})
