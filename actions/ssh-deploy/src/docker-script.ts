/**
 * The script that replaces a Docker container on the host: `docker-deploy.sh` (a real shell file, bundled
 * beside the action) after a preamble that assigns every value it needs, each one single-quoted, so the
 * script itself holds no data.
 */
import {readFileSync} from 'node:fs'
import {shellQuote as q} from '@deploy-actions/ssh/shell-quote'
import {FINGERPRINT_LABEL, settingsFingerprint} from './fingerprint'
import type {DockerInputs} from './inputs'

let body: string | undefined

function deployScript(): string {
  body ??= readFileSync(new URL('./docker-deploy.sh', import.meta.url), 'utf8')
  return body
}

export function dockerScript(d: DockerInputs, image: string, markerPrefix: string): string {
  return `${preamble(d, image, markerPrefix)}\n${deployScript()}`
}

/** The assignments `docker-deploy.sh` reads, in bash syntax: scalars and arrays of single-quoted words. */
export function preamble(d: DockerInputs, image: string, markerPrefix: string): string {
  const state = `{{.State.Status}}|{{if .State.Health}}{{.State.Health.Status}}{{end}}|{{index .Config.Labels "${FINGERPRINT_LABEL}"}}`
  const scalars: [string, string][] = [
    ['marker', markerPrefix],
    ['name', d.containerName],
    ['image', image],
    ['health_cmd', d.healthCmd ?? ''],
    ['health_url', d.healthUrl ?? ''],
    ['health_timeout', String(Math.max(1, Math.ceil(d.healthTimeoutMs / 1000)))],
    ['stop_timeout', String(Math.ceil(d.stopTimeoutMs / 1000))],
    ['restart_policy', d.restartPolicy],
    ['force', d.force ? 'true' : 'false'],
    ['label_key', FINGERPRINT_LABEL],
    ['settings_hash', settingsFingerprint(d, image)],
    ['state_format', state],
  ]
  const arrays: [string, string[]][] = [
    ['docker_cmd', d.dockerCommand],
    ['publish_args', d.ports.flatMap((p) => ['--publish', p])],
    ['docker_args', d.dockerArgs],
    ['container_env', [...d.containerEnv].map(([k, v]) => `${k}=${v}`)],
  ]
  return [
    ...scalars.map(([k, v]) => `${k}=${q(v)}`),
    ...arrays.map(([k, words]) => `${k}=(${words.map(q).join(' ')})`),
  ].join('\n')
}
