/**
 * A private Docker engine (dockerd from Debian's docker.io) with its own data root and socket, no iptables
 * and no bridge, vfs storage: it runs on this kind of machine without touching a system daemon.
 * Images come from `FROM scratch` plus busybox-static, since nothing can be pulled from the internet.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {requireExecutable, startProcess, waitUntil} from './server'
import {tempDir} from './temp'

export interface DockerEngine {
  /** `unix:///.../docker.sock`, for `DOCKER_HOST`. */
  readonly host: string
  readonly env: Record<string, string>
  /** Runs the docker CLI against this engine and returns its stdout. */
  docker(...args: string[]): string
  stop(): Promise<void>
}

export async function startDockerEngine(
  options: {insecureRegistries?: string[]} = {},
): Promise<DockerEngine> {
  const dockerd = requireExecutable('dockerd', "install it with 'apt-get install -y docker.io'")
  const cli = requireExecutable('docker', "install it with 'apt-get install -y docker.io'")
  // A short path: unix socket paths are limited to 108 bytes.
  const root = tempDir('dkr-')
  const socket = join(root, 'docker.sock')
  const args = [
    '--data-root',
    join(root, 'data'),
    '--exec-root',
    join(root, 'exec'),
    '-H',
    `unix://${socket}`,
    '--pidfile',
    join(root, 'docker.pid'),
    '--iptables=false',
    '--ip6tables=false',
    '--bridge=none',
    '--storage-driver=vfs',
    ...(options.insecureRegistries ?? []).flatMap((r) => ['--insecure-registry', r]),
  ]
  const server = startProcess(dockerd, args)
  const host = `unix://${socket}`
  const env = {DOCKER_HOST: host, DOCKER_CONFIG: join(root, 'config')}
  mkdirSync(env.DOCKER_CONFIG, {recursive: true})
  const docker = (...cmd: string[]) =>
    execFileSync(cli, cmd, {
      env: {...process.env, ...env},
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
  await waitUntil(
    'dockerd',
    server,
    () => existsSync(socket) && docker('version', '--format', '{{.Server.Version}}') !== '',
  )
  return {
    host,
    env,
    docker,
    stop: async () => {
      await server.stop(15_000)
      // dockerd leaves its network namespace mounted; unmounted, the temp dir can be removed.
      spawnSync('umount', [join(root, 'exec', 'netns', 'default')], {stdio: 'ignore'})
    },
  }
}

/**
 * A build context for a tiny real image: busybox-static copied in, `httpd` serving `body` on `port`.
 * `healthCheck` adds a HEALTHCHECK that passes (fetches the page) or always fails.
 */
export function busyboxHttpContext(options: {
  body: string
  port: number
  healthCheck?: 'pass' | 'fail'
}): string {
  const busybox = ['/bin/busybox', '/usr/bin/busybox'].find((p) => existsSync(p))
  if (!busybox)
    throw new Error("busybox is not installed; install it with 'apt-get install -y busybox-static'.")
  const dir = tempDir('image-')
  copyFileSync(busybox, join(dir, 'busybox'))
  mkdirSync(join(dir, 'www'))
  writeFileSync(join(dir, 'www', 'index.html'), options.body)
  const health =
    options.healthCheck === 'fail'
      ? 'HEALTHCHECK --interval=1s --timeout=1s --retries=1 CMD ["/bin/busybox", "false"]\n'
      : options.healthCheck === 'pass'
        ? `HEALTHCHECK --interval=1s --timeout=1s --retries=3 CMD ["/bin/busybox", "wget", "-q", "-O", "/dev/null", "http://127.0.0.1:${options.port}/"]\n`
        : ''
  writeFileSync(
    join(dir, 'Dockerfile'),
    [
      'FROM scratch',
      'COPY busybox /bin/busybox',
      'COPY www /www',
      health,
      `CMD ["/bin/busybox", "httpd", "-f", "-p", "${options.port}", "-h", "/www"]`,
      '',
    ].join('\n'),
  )
  return dir
}

/** Builds `context` as `tag` with the engine's classic builder. */
export function buildImage(engine: DockerEngine, context: string, tag: string): void {
  execFileSync('docker', ['build', '--quiet', '-t', tag, context], {
    env: {...process.env, ...engine.env, DOCKER_BUILDKIT: '0'},
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}
