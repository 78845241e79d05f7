/**
 * The server fixtures themselves: each starts the real program, serves, and stops cleanly.
 */
import {execFileSync} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from '@jest/globals'
import {buildImage, busyboxHttpContext, startDockerEngine} from '../src/dockerd'
import {startRegistry} from '../src/registry'
import {isListening} from '../src/server'
import {startSshServer} from '../src/sshd'
import {removeTempDirs, tempDir} from '../src/temp'

afterAll(removeTempDirs)

describe('server fixtures', () => {
  it('docker-registry answers the distribution API and logs each request', async () => {
    const registry = await startRegistry()
    try {
      const res = await fetch(`${registry.url}/v2/_catalog`)
      expect(res.status).toBe(200)
      expect(await res.json()).toEqual({repositories: []})
      expect(await registry.requests()).toContainEqual({method: 'GET', path: '/v2/_catalog', status: 200})
    } finally {
      await registry.stop()
    }
    expect(await isListening(Number(registry.host.split(':')[1]))).toBe(false)
  })

  it('a private dockerd builds a busybox image, pushes it to the registry and runs it', async () => {
    const registry = await startRegistry()
    const engine = await startDockerEngine({insecureRegistries: [registry.host]})
    try {
      const tag = `${registry.host}/fixture/web:1`
      buildImage(engine, busyboxHttpContext({body: 'fixture-ok', port: 18080}), tag)
      engine.docker('push', '--quiet', tag)
      const res = await fetch(`${registry.url}/v2/fixture/web/tags/list`)
      expect(await res.json()).toEqual({name: 'fixture/web', tags: ['1']})
      const output = engine.docker(
        'run',
        '--rm',
        '--network',
        'none',
        '--entrypoint',
        '/bin/busybox',
        tag,
        'cat',
        '/www/index.html',
      )
      expect(output).toBe('fixture-ok')
    } finally {
      await engine.stop()
      await registry.stop()
    }
  })

  it('sshd lets the authorized key in and the pinned host key verifies', async () => {
    const server = await startSshServer()
    try {
      const dir = tempDir()
      writeFileSync(join(dir, 'known_hosts'), `${server.knownHosts()}\n`)
      const out = execFileSync(
        'ssh',
        [
          '-F',
          '/dev/null',
          '-i',
          server.clientKey.path,
          '-o',
          `UserKnownHostsFile=${join(dir, 'known_hosts')}`,
          '-o',
          'StrictHostKeyChecking=yes',
          '-o',
          'BatchMode=yes',
          '-p',
          String(server.port),
          `${server.username}@127.0.0.1`,
          'echo connected-as-$(id -un)',
        ],
        {encoding: 'utf8'},
      )
      expect(out.trim()).toBe(`connected-as-${server.username}`)
      expect(server.hostKeys[0]!.fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/)
    } finally {
      await server.stop()
    }
  })
})
