/**
 * When the deployment scripts leave a host alone: the scripts run by bash against stand-in `docker` and
 * `kubectl` commands that answer from a table, which reaches every branch of the decision quickly. The
 * real engine is in test/ssh-deploy-docker.e2e.test.ts (matching, changed settings, a moved tag, force).
 */
import {spawnSync} from 'node:child_process'
import {chmodSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, describe, expect, it} from '@jest/globals'
import {dockerScript} from '../src/docker-script'
import {settingsFingerprint} from '../src/fingerprint'
import type {DockerInputs, KubernetesInputs} from '../src/inputs'
import {kubernetesScript} from '../src/kubernetes-script'
import {type Reports, readReport} from '../src/markers'

afterAll(() => removeTempDirs())

const PREFIX = '::m::'
const IMAGE = 'registry.example.com/app:2'
const IMAGE_ID = 'sha256:1111'

/**
 * `docker` for one existing container `web`: `container inspect` of its state prints the lines of the
 * `states` file one call at a time (the last one from then on); `run` fails, so a replacement ends in
 * the rollback path at once.
 */
const DOCKER = `#!/bin/bash
dir=$(dirname "$0")
echo "$*" >>"$dir/calls"
case "$1 $2" in
  'container inspect')
    [ "\${*: -1}" = web ] || exit 1
    case "$4" in
      '{{.Config.Image}}') echo registry.example.com/app:1 ;;
      '{{.State.Status}}|'*)
        head -n 1 "$dir/states"
        [ "$(wc -l <"$dir/states")" -gt 1 ] && sed -i 1d "$dir/states"
        ;;
    esac ;;
  'image inspect') echo ${IMAGE_ID} ;;
  run*) exit 1 ;;
esac
exit 0
`

const docker: DockerInputs = {
  containerName: 'web',
  ports: ['8080:80'],
  containerEnv: new Map([['MODE', 'one']]),
  dockerArgs: [],
  restartPolicy: 'unless-stopped',
  stopTimeoutMs: 1000,
  dockerCommand: [],
  healthCmd: undefined,
  healthUrl: undefined,
  healthTimeoutMs: 5000,
  force: false,
}

function runScript(script: string, env: Record<string, string> = {}) {
  const result = spawnSync('bash', ['-c', `set -euo pipefail\n${script}`], {
    encoding: 'utf8',
    env: {...process.env, ...env},
  })
  const reports: Reports = {details: []}
  for (const line of result.stdout.split('\n')) readReport(PREFIX, line, reports)
  return {exitCode: result.status, reports, stdout: result.stdout}
}

function deployOver(states: string[], change: Partial<DockerInputs> = {}) {
  const dir = tempDir('fake-docker-')
  writeFileSync(join(dir, 'docker'), DOCKER)
  chmodSync(join(dir, 'docker'), 0o755)
  writeFileSync(join(dir, 'states'), `${states.join('\n')}\n`)
  return runScript(dockerScript({...docker, dockerCommand: [join(dir, 'docker')], ...change}, IMAGE, PREFIX))
}

const label = `${settingsFingerprint(docker, IMAGE)}@${IMAGE_ID}`

describe('the docker script', () => {
  it.each<[string, string[], Partial<DockerInputs>]>([
    ['running, without a HEALTHCHECK', [`running||${label}`], {}],
    ['running and healthy', [`running|healthy|${label}`], {}],
    [
      'healthy once its HEALTHCHECK stops starting',
      [`running|starting|${label}`, `running|healthy|${label}`],
      {},
    ],
    ['passing health-cmd', [`running||${label}`], {healthCmd: 'true'}],
    [
      'with another stop-timeout, which does not define the container',
      [`running||${label}`],
      {stopTimeoutMs: 9000},
    ],
  ])('leaves a matching container alone: %s', (_what, states, change) => {
    const {exitCode, reports} = deployOver(states, change)
    expect(exitCode).toBe(0)
    expect(reports).toEqual({
      details: [],
      previousImage: 'registry.example.com/app:1',
      unchanged: true,
      deployedImage: IMAGE,
    })
  })

  it.each<[string, string[], Partial<DockerInputs>, string]>([
    ['without the label', ['running||'], {}, 'runs other image content'],
    [
      'from other image content',
      [`running||${label.replace(IMAGE_ID, 'sha256:2222')}`],
      {},
      'other image content',
    ],
    ['with other settings', [`running||${label}`], {ports: ['8081:80']}, 'other docker run settings'],
    ['that has exited', [`exited||${label}`], {}, 'but is exited'],
    ['whose HEALTHCHECK says unhealthy', [`running|unhealthy|${label}`], {}, 'HEALTHCHECK says unhealthy'],
    ['whose health-cmd fails', [`running||${label}`], {healthCmd: 'false'}, 'health-cmd fails'],
    ['when forced', [`running|healthy|${label}`], {force: true}, 'force is set'],
  ])('replaces a container %s', (_what, states, change, why) => {
    const {exitCode, reports, stdout} = deployOver(states, change)
    expect(stdout).toContain(why)
    // The stand-in's docker run fails: the replacement got as far as starting the new container.
    expect([exitCode, reports.changed, reports.unchanged, reports.failure]).toEqual([
      1,
      true,
      undefined,
      'docker run failed',
    ])
  })
})

describe('the kubernetes script', () => {
  const kubernetes: KubernetesInputs = {
    kubectl: [],
    deployment: 'web',
    container: 'web',
    namespace: undefined,
    manifest: undefined,
    rolloutTimeoutMs: 60_000,
  }

  function rollOut(current: string, manifest?: string) {
    const dir = tempDir('fake-kubectl-')
    writeFileSync(
      join(dir, 'kubectl'),
      `#!/bin/bash\ncase "$1" in get) printf '%s' "$CURRENT" ;; apply) cat >/dev/null ;; esac\n`,
    )
    chmodSync(join(dir, 'kubectl'), 0o755)
    const script = kubernetesScript(
      {...kubernetes, kubectl: [join(dir, 'kubectl')]},
      IMAGE,
      PREFIX,
      manifest,
      'END',
    )
    return runScript(script, {CURRENT: current})
  }

  it('reports unchanged when the deployment already has the image, since setting it again is a no-op', () => {
    const {exitCode, reports} = rollOut(IMAGE)
    expect([exitCode, reports.unchanged, reports.changed]).toEqual([0, true, undefined])
  })

  it('reports a change for a new image, and for any manifest', () => {
    expect(rollOut('registry.example.com/app:1').reports).toMatchObject({changed: true, deployedImage: IMAGE})
    expect(rollOut(IMAGE, `image: ${IMAGE}\n`).reports).toMatchObject({changed: true})
    expect(rollOut(IMAGE, `image: ${IMAGE}\n`).reports.unchanged).toBeUndefined()
  })
})
