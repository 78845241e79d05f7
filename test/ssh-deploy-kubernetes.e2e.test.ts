/**
 * ssh-deploy's kubernetes strategy, bundled, over a real SSH connection. No Kubernetes API server can run
 * on this machine (no kind, k3s or microk8s), so the host's `kubectl` is a stand-in script that records
 * every call, keeps the deployment's image in a file, answers `get -o jsonpath`, `set image`, `apply -f -`,
 * `rollout status|undo` and `get events` with the output formats kubectl documents, and can be told to
 * fail `rollout status`. The tests assert the exact kubectl command sequence.
 */
import {chmodSync, existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {type ActionRun, runAction} from '@deploy-actions/local-runner/run-action'
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

const KUBECTL = `#!/bin/bash
set -eu
dir=$(dirname "$0")
(IFS=' '; printf '%s\\n' "$*") >>"$dir/calls.log"
case "$1 $2" in
  'get deployment/web')
    cat "$dir/image" ;;
  'set image')
    cp "$dir/image" "$dir/image.before"
    printf '%s' "\${4#*=}" >"$dir/image"
    echo "deployment.apps/web image updated" ;;
  'apply -f'|'apply --namespace')
    cat >"$dir/applied.yaml"
    cp "$dir/image" "$dir/image.before"
    sed -n 's/^ *image: *registry.example.com\\/app/registry.example.com\\/app/p' "$dir/applied.yaml" | tr -d '\\n' >"$dir/image"
    echo "deployment.apps/web configured" ;;
  'rollout status')
    if [ -e "$dir/fail-rollout" ]; then
      echo 'Waiting for deployment "web" rollout to finish: 0 of 1 updated replicas are available...'
      echo 'error: deployment "web" exceeded its progress deadline' >&2
      exit 1
    fi
    echo 'deployment "web" successfully rolled out' ;;
  'rollout undo')
    cp "$dir/image.before" "$dir/image"
    echo "deployment.apps/web rolled back" ;;
  'get events')
    echo 'LAST SEEN   TYPE      REASON    OBJECT                     MESSAGE'
    echo '12s         Warning   Failed    pod/web-6d4cf56db6-x2x8q   Failed to pull image "registry.example.com/app:2": not found' ;;
  *) echo "stand-in kubectl: unexpected call: $*" >&2; exit 2 ;;
esac
`

const MICROK8S = `#!/bin/bash
[ "$1" = kubectl ] || { echo "microk8s: unknown command $1" >&2; exit 1; }
shift
exec "$(dirname "$0")/kubectl" "$@"
`

function standIn(image = 'registry.example.com/app:1'): string {
  const dir = tempDir('kubectl-')
  writeFileSync(join(dir, 'kubectl'), KUBECTL)
  writeFileSync(join(dir, 'microk8s'), MICROK8S)
  chmodSync(join(dir, 'kubectl'), 0o755)
  chmodSync(join(dir, 'microk8s'), 0o755)
  writeFileSync(join(dir, 'image'), image)
  return dir
}

const calls = (dir: string) => readFileSync(join(dir, 'calls.log'), 'utf8').trimEnd().split('\n')
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
    const dir = standIn()
    const run = await deploy(join(dir, 'kubectl'))
    expect(errors(run)).toEqual([])
    expect(calls(dir)).toEqual([
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
    const dir = standIn()
    writeFileSync(join(dir, 'fail-rollout'), '')
    const run = await deploy(`${join(dir, 'microk8s')} kubectl`)
    expect(run.exitCode).toBe(1)
    expect(calls(dir)).toEqual([
      `get deployment/web --namespace prod -o ${jsonpath}`,
      'set image deployment/web web=registry.example.com/app:2 --namespace prod',
      'rollout status deployment/web --namespace prod --timeout=120s',
      'get events --namespace prod --sort-by=.lastTimestamp',
      'rollout undo deployment/web --namespace prod',
    ])
    expect(readFileSync(join(dir, 'image'), 'utf8')).toBe('registry.example.com/app:1')
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
    const dir = standIn()
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
    const run = await deploy(join(dir, 'kubectl'), {manifest: 'deploy.yaml'}, workspace)
    expect(errors(run)).toEqual([])
    expect(calls(dir)).toEqual([
      `get deployment/web --namespace prod -o ${jsonpath}`,
      'apply --namespace prod -f -',
      'rollout status deployment/web --namespace prod --timeout=120s',
    ])
    const applied = readFileSync(join(dir, 'applied.yaml'), 'utf8')
    expect(applied).toContain('          image: registry.example.com/app:2\n')
    expect(applied).toContain('          image: "registry.example.com/app-proxy:3"\n')
  })

  it('refuses a manifest that does not mention the image, before connecting', async () => {
    const dir = standIn()
    const workspace = tempDir()
    writeFileSync(join(workspace, 'deploy.yaml'), 'kind: Deployment\nimage: other/app:1\n')
    const run = await deploy(join(dir, 'kubectl'), {manifest: 'deploy.yaml'}, workspace)
    expect(run.exitCode).toBe(1)
    expect(errors(run)).toEqual([
      expect.stringContaining("deploy.yaml has no 'image:' field for the repository"),
    ])
    expect(existsSync(join(dir, 'calls.log'))).toBe(false)
  })

  it('rejects a hostile deployment name and kubectl command before connecting', async () => {
    const dir = standIn()
    const names = await deploy(join(dir, 'kubectl'), {deployment: 'web;id'})
    const command = await deploy(`${join(dir, 'kubectl')} $(id)`)
    expect(errors(names)).toEqual([
      expect.stringMatching(/^Input 'deployment': 'web;id' is not a Kubernetes name/),
    ])
    expect(errors(command)).toEqual([expect.stringMatching(/^Input 'kubectl': .* must be a plain command/)])
    expect(existsSync(join(dir, 'calls.log'))).toBe(false)
  })
})
