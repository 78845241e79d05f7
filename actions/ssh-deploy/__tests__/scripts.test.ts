/**
 * The deployment scripts the action sends: checked by shellcheck (a real bash linter) for every shape of
 * input, and for the way hostile values end up in them.
 */
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {requireExecutable} from '@deploy-actions/testing/server'
import {describe, expect, it} from '@jest/globals'
import {dockerScript, preamble} from '../src/docker-script'
import {settingsFingerprint} from '../src/fingerprint'
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
  force: false,
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
    ['force', {...docker, force: true}],
  ])('passes shellcheck with %s', (_name, inputs) => {
    expect(lint(dockerScript(inputs, 'ghcr.io/o/app:1', '::m::'))).toBe('')
  })

  it('sends docker-deploy.sh unchanged after the preamble, which assigns every variable it reads', () => {
    const script = dockerScript(docker, 'ghcr.io/o/app:1', '::m::')
    const file = readFileSync(new URL('../src/docker-deploy.sh', import.meta.url), 'utf8')
    expect(script.endsWith(file)).toBe(true)
    const assigned = new Set([...preamble(docker, 'app', '::m::').matchAll(/^(\w+)=/gm)].map((m) => m[1]))
    const listed = /Set by the preamble: ([^.]+)\./s.exec(file)![1]!.match(/[a-z_]+(?= |,|$)/g)!
    expect(new Set(listed.filter((w) => w !== 'and' && w !== 'arrays'))).toEqual(assigned)
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
    expect(script).toContain(`docker_cmd=('docker')`)
    expect(script).toContain(`stop_timeout='10'`)
    expect(script).toContain('d stop --time "$stop_timeout" "$name"')
  })

  it('labels the new container with the settings hash joined to the pulled image ID', () => {
    const script = dockerScript(docker, 'ghcr.io/o/app:1', '::m::')
    expect(script).toContain(`settings_hash='${settingsFingerprint(docker, 'ghcr.io/o/app:1')}'`)
    expect(script).toContain(`image_id=$(d image inspect --format '{{.Id}}' "$image")`)
    expect(script).toContain('fingerprint="$settings_hash@$image_id"')
    expect(script).toContain(`label_key='deploy-actions.ssh-deploy.fingerprint'`)
    expect(script).toMatch(/d run --detach --name "\$name" --label "\$label_key=\$fingerprint" /)
    expect(script).toContain(`force='false'`)
    expect(dockerScript({...docker, force: true}, 'ghcr.io/o/app:1', '::m::')).toContain(`force='true'`)
  })

  it('decides on a no-op after the pull and before anything is stopped', () => {
    const script = dockerScript(docker, 'ghcr.io/o/app:1', '::m::')
    const order = [
      'd pull "$image"',
      'elif up_to_date; then',
      'report unchanged true',
      'report changed true\nif [ -n "$previous_image" ]',
      'd stop',
    ]
    const positions = order.map((s) => script.indexOf(s))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })
})

describe('settingsFingerprint', () => {
  const base = settingsFingerprint(docker, 'app:1')

  it('is a sha256 that depends only on the inputs', () => {
    expect(base).toMatch(/^[a-f0-9]{64}$/)
    expect(settingsFingerprint({...docker, containerEnv: new Map()}, 'app:1')).toBe(base)
  })

  it.each<[string, Partial<DockerInputs>, string]>([
    ['the container name', {containerName: 'web2'}, 'app:1'],
    ['the image reference', {}, 'app:2'],
    ['a port', {ports: ['8080:80']}, 'app:1'],
    ['docker-args', {dockerArgs: ['--memory', '512m']}, 'app:1'],
    ['the restart policy', {restartPolicy: 'always'}, 'app:1'],
    ['a container-env value', {containerEnv: new Map([['A', '1']])}, 'app:1'],
  ])('changes with %s', (_what, change, image) => {
    const fingerprint = settingsFingerprint({...docker, ...change}, image)
    expect(fingerprint).not.toBe(base)
  })

  it('keeps the order of docker-args, which docker reads in order', () => {
    expect(settingsFingerprint({...docker, dockerArgs: ['--memory', '512m']}, 'app:1')).not.toBe(
      settingsFingerprint({...docker, dockerArgs: ['512m', '--memory']}, 'app:1'),
    )
  })

  it('tells container-env values apart, but not the order of the lines', () => {
    const env = (entries: [string, string][]) =>
      settingsFingerprint({...docker, containerEnv: new Map(entries)}, 'app:1')
    expect(
      env([
        ['A', '1'],
        ['B', '2'],
      ]),
    ).toBe(
      env([
        ['B', '2'],
        ['A', '1'],
      ]),
    )
    expect(env([['A', '1']])).not.toBe(env([['A', '2']]))
    // No encoding ambiguity between a value and the next entry.
    expect(env([['A', '1,B=2']])).not.toBe(
      env([
        ['A', '1'],
        ['B', '2'],
      ]),
    )
  })

  it('ignores what does not define the container', () => {
    expect(
      settingsFingerprint(
        {
          ...docker,
          stopTimeoutMs: 1000,
          dockerCommand: ['sudo', 'docker'],
          healthCmd: 'true',
          healthTimeoutMs: 5000,
          force: true,
        },
        'app:1',
      ),
    ).toBe(base)
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
