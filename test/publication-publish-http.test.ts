/**
 * publish-actions.ts over smart HTTP with a token, the way it reaches github.com: a local HTTP server on
 * 127.0.0.1 runs git's own server side (`git http-backend`, the CGI program git ships for serving
 * repositories over HTTP) behind a check of the Authorization header GitHub expects from a token
 * (Basic, user x-access-token). It proves the token reaches git through the environment alone and never
 * shows in what the script prints, whether the push is accepted or refused.
 */
import {execFileSync, spawn} from 'node:child_process'
import {once} from 'node:events'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {packageActions} from '../scripts/package-actions'

const root = fileURLToPath(new URL('..', import.meta.url))
const TOKEN = 'ghs_httpPublicationToken9876543210fedcba'
const BASIC = Buffer.from(`x-access-token:${TOKEN}`).toString('base64')

let server: Server
let remotes: string
let trees: string
let origin: string
const requests: {method: string; authorized: boolean}[] = []

beforeAll(async () => {
  remotes = tempDir('http-remotes-')
  execFileSync('git', [
    'init',
    '--quiet',
    '--bare',
    '--initial-branch=main',
    join(remotes, 'compute-version.git'),
  ])
  trees = tempDir('trees-')
  packageActions({out: trees, owner: 'acme', actions: ['compute-version']})

  server = createServer((req, res) => {
    const [scheme, credentials] = (req.headers.authorization ?? '').split(' ')
    const authorized = scheme?.toLowerCase() === 'basic' && credentials === BASIC
    requests.push({method: req.method ?? '', authorized})
    if (!authorized) {
      res.writeHead(401, {'WWW-Authenticate': 'Basic realm="git"'})
      res.end()
      return
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const cgi = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env.PATH ?? '',
        GIT_PROJECT_ROOT: remotes,
        GIT_HTTP_EXPORT_ALL: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        REMOTE_USER: 'x-access-token',
        REMOTE_ADDR: '127.0.0.1',
        REQUEST_METHOD: req.method ?? 'GET',
        PATH_INFO: url.pathname,
        QUERY_STRING: url.search.slice(1),
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        ...(req.headers['content-length'] ? {CONTENT_LENGTH: req.headers['content-length']} : {}),
        HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
        GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
      },
    })
    req.pipe(cgi.stdin)
    const chunks: Buffer[] = []
    cgi.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
    cgi.on('close', () => {
      const out = Buffer.concat(chunks)
      const split = out.indexOf('\r\n\r\n')
      const headers = out.subarray(0, split).toString().split('\r\n')
      let status = 200
      for (const line of headers) {
        const [name, ...value] = line.split(':')
        if (name?.toLowerCase() === 'status') status = Number.parseInt(value.join(':').trim(), 10)
        else if (name) res.setHeader(name, value.join(':').trim())
      }
      res.writeHead(status)
      res.end(out.subarray(split + 4))
    })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.close()
  await once(server, 'close')
  removeTempDirs()
})

/** Runs the script as the workflow does; asynchronously, as the server answering it lives in this process. */
async function publish(token: string): Promise<{status: number | null; stdout: string; stderr: string}> {
  const child = spawn(
    process.execPath,
    [
      join(root, 'node_modules/tsx/dist/cli.mjs'),
      'scripts/publish-actions.ts',
      '--trees',
      trees,
      '--version',
      '1.0.0',
      '--remote',
      `${origin}/{name}.git`,
    ],
    {cwd: root, env: {...process.env, PUBLISH_TOKEN: token, GITHUB_ACTIONS: ''}},
  )
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk
  })
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk
  })
  const [status] = (await once(child, 'close')) as [number | null]
  return {status, stdout, stderr}
}

describe('publish-actions.ts over HTTP with a token', () => {
  it('is refused without the right token, without showing the token it was given', async () => {
    const wrong = `${TOKEN}-revoked`
    const run = await publish(wrong)
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/git clone .* failed/)
    expect(`${run.stdout}${run.stderr}`).not.toContain(wrong)
    expect(`${run.stdout}${run.stderr}`).not.toContain(
      Buffer.from(`x-access-token:${wrong}`).toString('base64'),
    )
    expect(requests.some((r) => !r.authorized)).toBe(true)
  })

  it('clones, pushes and tags with the token from PUBLISH_TOKEN, which shows nowhere', async () => {
    requests.length = 0
    const run = await publish(TOKEN)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(
      /compute-version: pushed main, v1\.0\.0, v1 \([0-9a-f]{12}\) to http:\/\/127\.0\.0\.1:\d+\/compute-version\.git/,
    )
    expect(`${run.stdout}${run.stderr}`).not.toContain(TOKEN)
    expect(`${run.stdout}${run.stderr}`).not.toContain(BASIC)
    expect(requests.length).toBeGreaterThan(0)
    expect(requests.every((r) => r.authorized)).toBe(true)
    expect(requests.some((r) => r.method === 'POST')).toBe(true)
    const tags = execFileSync('git', ['tag', '--list'], {
      cwd: join(remotes, 'compute-version.git'),
      encoding: 'utf8',
    })
    expect(tags.split('\n').filter(Boolean).sort()).toEqual(['v1', 'v1.0.0'])

    const again = await publish(TOKEN)
    expect(again.status).toBe(0)
    expect(again.stdout).toMatch(
      /compute-version: v1\.0\.0 already published at [0-9a-f]{12}; nothing to push/,
    )
  })
})
