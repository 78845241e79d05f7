/**
 * The deployment scripts the action sends: checked by shellcheck (a real bash linter) for every shape of
 * input, and for the way hostile values end up in them.
 */
import {spawnSync} from 'node:child_process'
import {requireExecutable} from '@deploy-actions/testing/server'
import {describe, expect, it} from '@jest/globals'
import {dockerScript} from '../src/docker-script'
import type {DockerInputs, KubernetesInputs} from '../src/inputs'
import {kubernetesScript} from '../src/kubernetes-script'

const shellcheck = requireExecutable('shellcheck', "install it with 'apt-get install -y shellcheck'")

function lint(script: string): string {
  const result = spawnSync(shellcheck, ['--shell=bash', '--severity=warning', '-'], {
    input: `#!/bin/bash\nset -euo pipefail\n${script}`,
    encoding: 'utf8',
  })
  return result.stdout + result.stderr
}

const docker: DockerInputs = {
  containerName: 'web',
  ports: [],
  containerEnv: new Map(),
  dockerArgs: [],
  restartPolicy: 'unless-stopped',
  stopTimeoutMs: 10_000,
  dockerCommand: ['docker'],
  healthCmd: undefined,
  healthUrl: undefined,
  healthTimeoutMs: 60_000,
}

const kubernetes: KubernetesInputs = {
  kubectl: ['kubectl'],
  deployment: 'web',
  container: 'web',
  namespace: undefined,
  manifest: undefined,
  rolloutTimeoutMs: 300_000,
}

it('lint reports what shellcheck finds', () => {
  expect(lint('for f in $(ls); do rm $f; done')).toMatch(/SC2045/)
})

describe('dockerScript', () => {
  it.each([
    ['defaults', docker],
    [
      'every option',
      {
        ...docker,
        ports: ['8080:80', '127.0.0.1:9090:90/udp'],
        containerEnv: new Map([['A', "it's $(id)"]]),
        dockerArgs: ['--memory', '512m'],
        dockerCommand: ['sudo', '-n', 'docker'],
        healthUrl: 'http://127.0.0.1:8080/health',
      },
    ],
    ['health-cmd', {...docker, healthCmd: 'curl -f localhost'}],
  ])('passes shellcheck with %s', (_name, inputs) => {
    expect(lint(dockerScript(inputs, 'ghcr.io/o/app:1', '::m::'))).toBe('')
  })

  it('holds every value in single quotes', () => {
    const script = dockerScript(
      {...docker, containerEnv: new Map([['A', "x'; id #"]]), healthCmd: 'test "$(cat f)" = \'ok\''},
      'ghcr.io/o/app:1',
      '::m::',
    )
    expect(script).toContain(`image='ghcr.io/o/app:1'`)
    expect(script).toContain(`'A=x'\\''; id #'`)
    expect(script).toContain(`health_cmd='test "$(cat f)" = '\\''ok'\\'''`)
    expect(script).toContain(`d() { 'docker' "$@"; }`)
    expect(script).toContain('d stop --time 10 "$name"')
  })
})

describe('kubernetesScript', () => {
  it.each([
    ['set image', kubernetes, undefined],
    [
      'a namespace and microk8s',
      {...kubernetes, namespace: 'prod', kubectl: ['sudo', 'microk8s', 'kubectl']},
      undefined,
    ],
    ['a manifest', {...kubernetes, manifest: 'k8s.yaml'}, 'kind: Deployment\nimage: app:1\n'],
  ])('passes shellcheck with %s', (_name, inputs, manifest) => {
    expect(lint(kubernetesScript(inputs, 'ghcr.io/o/app:1', '::m::', manifest, 'END_1'))).toBe('')
  })

  it('sends a manifest in a quoted here-document, so nothing in it is expanded', () => {
    const script = kubernetesScript(kubernetes, 'app:2', '::m::', 'a: $(id) `x`\n', 'END_abc')
    expect(script).toContain("k apply -f - <<'END_abc'\na: $(id) `x`\nEND_abc\n")
  })
})
