/**
 * ssh-deploy's docker strategy, bundled, against real servers on 127.0.0.1: OpenSSH (whose sshd_config
 * SetEnv points every session's docker CLI at the test's engine, as a host's own configuration would), a
 * private dockerd and an OCI registry the images are pulled from.
 */
import {fileURLToPath} from 'node:url'
import {type ActionRun, runAction} from '@deploy-actions/local-runner/run-action'
import {
  buildImage,
  busyboxHttpContext,
  type DockerEngine,
  startDockerEngine,
} from '@deploy-actions/testing/dockerd'
import {type Registry, startRegistry} from '@deploy-actions/testing/registry'
import {freePort} from '@deploy-actions/testing/server'
import {type SshServer, startSshServer} from '@deploy-actions/testing/sshd'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'

const actionDir = fileURLToPath(new URL('../actions/ssh-deploy', import.meta.url))

let server: SshServer
let registry: Registry
let engine: DockerEngine
let port: number
const image = (tag: string) => `${registry.host}/web:${tag}`

/** A value sshd_config must quote and escape to hand over unchanged. */
const AWKWARD = `a "b" \\ c # $HOME 'q'`

beforeAll(async () => {
  ;[registry, port, engine] = await Promise.all([startRegistry(), freePort(), startDockerEngine()])
  server = await startSshServer({setEnv: {...engine.env, AWKWARD}})
  const images = {
    a: busyboxHttpContext({body: 'version-a', port, healthCheck: 'pass'}),
    b: busyboxHttpContext({body: 'version-b', port}),
    bad: busyboxHttpContext({body: 'version-bad', port, healthCheck: 'fail'}),
  }
  for (const [tag, context] of Object.entries(images)) {
    buildImage(engine, context, image(tag))
    engine.docker('push', '--quiet', image(tag))
    // Deployments must pull from the registry, as on a real host.
    engine.docker('rmi', image(tag))
  }
}, 180_000)

afterAll(async () => {
  await Promise.all([engine?.stop(), server?.stop(), registry?.stop()])
  removeTempDirs()
})

function deploy(tag: string, more: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    actionDir,
    workspace: tempDir(),
    timeoutMs: 120_000,
    inputs: {
      host: `127.0.0.1:${server.port}`,
      username: server.username,
      'private-key': server.clientKey.privateKey,
      'known-hosts': server.knownHosts(),
      'connect-retries': '0',
      strategy: 'docker',
      image: image(tag),
      'container-name': 'web',
      'docker-args': '--network host',
      'health-timeout': '30s',
      // busybox httpd as PID 1 ignores SIGTERM; do not wait docker's default 10 s for it.
      'stop-timeout': '1s',
      ...more,
    },
  })
}

async function served(): Promise<string> {
  return (await fetch(`http://127.0.0.1:${port}/`)).text()
}

function containerId(): string {
  return engine.docker('inspect', '--format', '{{.Id}}', 'web').trim()
}

/** Deploys, and lists what dockerd did to containers meanwhile (not health-check execs). */
async function deployWatched(tag: string, more: Record<string, string> = {}) {
  const since = (Date.now() / 1000).toFixed(3)
  const run = await deploy(tag, more)
  const until = (Date.now() / 1000).toFixed(3)
  const events = engine
    .docker(
      'events',
      '--since',
      since,
      '--until',
      until,
      '--filter',
      'type=container',
      '--format',
      '{{.Action}}',
    )
    .split('\n')
    .filter((action) => /^(create|start|restart|stop|kill|die|rename|destroy)$/.test(action))
  return {run, events}
}

const status = (run: ActionRun) => (JSON.parse(run.outputs['results']!) as {status: string}[])[0]!.status

function containers(): string[] {
  return engine
    .docker('ps', '--all', '--format', '{{.Names}} {{.Image}} {{.State}}')
    .trim()
    .split('\n')
    .sort()
}

const errors = (run: ActionRun) => run.annotations.filter((a) => a.level === 'error').map((a) => a.message)

describe('ssh-deploy docker strategy (bundled)', () => {
  it('deploys A, then B, then rolls back a B successor whose HEALTHCHECK fails', async () => {
    const first = await deploy('a')
    expect(errors(first)).toEqual([])
    expect(first.outputs).toMatchObject({
      'previous-image': '',
      'deployed-image': image('a'),
      'rolled-back': 'false',
    })
    expect(await served()).toBe('version-a')
    const pulls = (await registry.requests()).filter(
      (r) => r.method === 'GET' && r.path.startsWith('/v2/web/manifests/'),
    )
    expect(pulls).toContainEqual({
      method: 'GET',
      path: expect.stringMatching(/manifests\/(a|sha256:)/),
      status: 200,
    })

    const second = await deploy('b', {'health-url': `http://127.0.0.1:${port}/`})
    expect(errors(second)).toEqual([])
    expect(second.outputs).toMatchObject({'previous-image': image('a'), 'deployed-image': image('b')})
    expect(await served()).toBe('version-b')
    expect(containers()).toEqual([`web ${image('b')} running`])

    const bad = await deploy('bad')
    expect(bad.exitCode).toBe(1)
    expect(bad.outputs).toMatchObject({
      'previous-image': image('b'),
      'deployed-image': '',
      'rolled-back': 'true',
    })
    expect(errors(bad)).toEqual([
      expect.stringContaining(
        `The new container failed: its HEALTHCHECK reports unhealthy. Rolled back to ${image('b')}.`,
      ),
    ])
    expect(errors(bad)[0]).toMatch(
      /Last log lines of the new container:\n {2}\(the new container wrote no log lines\)\n {2}HEALTHCHECK exit code 1/,
    )
    expect(bad.summary).toContain('| yes |')
    expect(await served()).toBe('version-b')
    expect(containers()).toEqual([`web ${image('b')} running`])
  })

  it('fails before touching the running container when the image cannot be pulled', async () => {
    const running = engine.docker('inspect', '--format', '{{.Id}}', 'web').trim()
    const run = await deploy('no-such-tag')
    expect(run.exitCode).toBe(1)
    expect(errors(run)).toEqual([
      expect.stringContaining(
        `could not pull ${image('no-such-tag')}; the running container was not touched`,
      ),
    ])
    expect(run.outputs).toMatchObject({'rolled-back': 'false', changed: 'false'})
    expect(engine.docker('inspect', '--format', '{{.Id}} {{.State.Status}}', 'web').trim()).toBe(
      `${running} running`,
    )
    expect(await served()).toBe('version-b')
  })

  it('rolls back when health-cmd keeps failing, and re-running the same image is safe', async () => {
    const failing = await deploy('a', {'health-cmd': 'exit 1', 'health-timeout': '3s'})
    expect(failing.exitCode).toBe(1)
    expect(errors(failing)).toEqual([expect.stringContaining('not healthy after 3s')])
    expect(await served()).toBe('version-b')
    const again = await deploy('b')
    const twice = await deploy('b')
    expect([errors(again), errors(twice)]).toEqual([[], []])
    // The rollback put the container of B back as it was, so B is already deployed.
    expect([again.outputs['changed'], twice.outputs['changed']]).toEqual(['false', 'false'])
    expect(twice.outputs).toMatchObject({'previous-image': image('b'), 'deployed-image': image('b')})
    expect(containers()).toEqual([`web ${image('b')} running`])
  })

  it('recovers the old container left by an interrupted run, then deploys', async () => {
    // As if a run had stopped the old container and died before starting the new one.
    engine.docker('stop', '--time', '1', 'web')
    engine.docker('rename', 'web', 'web-previous')
    const run = await deploy('a')
    expect(errors(run)).toEqual([])
    expect(run.log).toContain('Restoring web-previous, left by an interrupted run, as web')
    expect(run.outputs['previous-image']).toBe(image('b'))
    expect(await served()).toBe('version-a')
    expect(containers()).toEqual([`web ${image('a')} running`])
  })

  it('passes container-env values verbatim to the container', async () => {
    const value = `it's "$(id)" ; \`x\``
    const run = await deploy('a', {'container-env': `GREETING=${value}\nEMPTY=`})
    expect(errors(run)).toEqual([])
    const env = engine.docker('inspect', '--format', '{{range .Config.Env}}{{println .}}{{end}}', 'web')
    expect(env.split('\n')).toEqual(expect.arrayContaining([`GREETING=${value}`, 'EMPTY=']))
  })

  it('leaves a container that already runs the deployment alone, and replaces it when anything differs', async () => {
    const settings = {'container-env': 'MODE=one\nLEVEL=x', 'health-url': `http://127.0.0.1:${port}/`}
    const first = await deployWatched('a', settings)
    expect(errors(first.run)).toEqual([])
    expect(first.run.outputs['changed']).toBe('true')
    expect(first.events).toEqual(expect.arrayContaining(['stop', 'create', 'start']))
    const id = containerId()

    const again = await deployWatched('a', settings)
    expect(errors(again.run)).toEqual([])
    expect(again.events).toEqual([])
    expect(containerId()).toBe(id)
    expect(again.run.outputs).toMatchObject({
      changed: 'false',
      'deployed-image': image('a'),
      'previous-image': image('a'),
      'ok-count': '1',
    })
    expect(status(again.run)).toBe('unchanged')
    expect(again.run.log).toContain('already runs')
    expect(again.run.log).not.toContain('Starting web')
    expect(again.run.summary).toContain('ssh-deploy (docker): 1 ok (1 unchanged) / 0 failed')
    expect(again.run.summary).toContain('✅ unchanged')

    // Reordered container-env lines and another health check do not define the container.
    const same = await deploy('a', {'container-env': 'LEVEL=x\nMODE=one', 'health-cmd': 'true'})
    expect([errors(same), same.outputs['changed'], containerId()]).toEqual([[], 'false', id])

    const otherEnv = await deployWatched('a', {...settings, 'container-env': 'MODE=two\nLEVEL=x'})
    expect(errors(otherEnv.run)).toEqual([])
    expect(otherEnv.run.outputs['changed']).toBe('true')
    expect(status(otherEnv.run)).toBe('ok')
    expect(otherEnv.events).toEqual(expect.arrayContaining(['stop', 'create', 'start']))
    expect(containerId()).not.toBe(id)
    expect(
      engine.docker('inspect', '--format', '{{range .Config.Env}}{{println .}}{{end}}', 'web'),
    ).toContain('MODE=two')

    const forcedFrom = containerId()
    const forced = await deployWatched('a', {
      ...settings,
      'container-env': 'MODE=two\nLEVEL=x',
      force: 'true',
    })
    expect(errors(forced.run)).toEqual([])
    expect(forced.run.outputs['changed']).toBe('true')
    expect(forced.run.log).toContain('force is set')
    expect(containerId()).not.toBe(forcedFrom)
  })

  it('replaces a matching container that is not running', async () => {
    const settings = {'health-url': `http://127.0.0.1:${port}/`}
    expect(errors(await deploy('b', settings))).toEqual([])
    engine.docker('stop', '--time', '1', 'web')
    const run = await deploy('b', settings)
    expect(errors(run)).toEqual([])
    expect(run.outputs['changed']).toBe('true')
    expect(run.log).toContain('web matches this deployment but is exited: replacing it')
    expect(await served()).toBe('version-b')
  })

  it('redeploys a tag moved to new content, and only then', async () => {
    const settings = {'health-url': `http://127.0.0.1:${port}/`}
    const publish = (body: string) => {
      buildImage(engine, busyboxHttpContext({body, port}), image('moving'))
      engine.docker('push', '--quiet', image('moving'))
      // Dropped here, so the deployment has to pull the new content from the registry.
      engine.docker('rmi', image('moving'))
    }
    publish('moving-1')
    expect(errors(await deploy('moving', settings))).toEqual([])
    expect(await served()).toBe('moving-1')
    expect((await deploy('moving', settings)).outputs['changed']).toBe('false')

    publish('moving-2')
    const moved = await deploy('moving', settings)
    expect(errors(moved)).toEqual([])
    expect(moved.outputs).toMatchObject({
      changed: 'true',
      'previous-image': image('moving'),
      'deployed-image': image('moving'),
    })
    expect(await served()).toBe('moving-2')
  })

  it('runs where sshd itself sets the environment, as on a host with docker at hand', async () => {
    const run = await runAction({
      actionDir,
      workspace: tempDir(),
      timeoutMs: 60_000,
      inputs: {
        host: `127.0.0.1:${server.port}`,
        username: server.username,
        'private-key': server.clientKey.privateKey,
        'known-hosts': server.knownHosts(),
        script: 'echo "DOCKER_HOST=$DOCKER_HOST"\necho "AWKWARD=$AWKWARD"',
      },
    })
    expect(errors(run)).toEqual([])
    expect(run.log).toContain(`DOCKER_HOST=${engine.host}`)
    expect(run.log).toContain(`AWKWARD=${AWKWARD}`)
  })

  it.each([
    [
      'container-name',
      'web; touch /tmp/pwned',
      /^Input 'container-name': 'web; touch \/tmp\/pwned' is not a container name/,
    ],
    ['container-name', 'web\nrm -rf /', /^Input 'container-name': .* is not a container name/s],
    ['image', `${'127.0.0.1:1'}/web:$(id)`, /^Input 'image': '.*' has an invalid tag '\$\(id\)'/],
    ['image', "web:a'; touch /tmp/pwned; '", /^Input 'image': .* contains whitespace\./],
    ['docker-command', 'docker; id', /^Input 'docker-command': .* must be a plain command/],
  ])('rejects a hostile %s before connecting', async (input, value, message) => {
    const before = server.log().length
    const run = await deploy('a', {[input]: value})
    expect(run.exitCode).toBe(1)
    expect(errors(run)).toEqual([expect.stringMatching(message)])
    expect(server.log().slice(before)).not.toContain('Connection from')
  })
})
