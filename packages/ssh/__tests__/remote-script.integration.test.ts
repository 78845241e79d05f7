/**
 * Remote scripts on a real OpenSSH server: strict mode, exit codes, live output, redaction, timeouts and
 * environment values that arrive byte for byte.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {type SshServer, startSshServer} from '@deploy-actions/testing/sshd'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import type {Client} from 'ssh2'
import {connect} from '../src/connect'
import {parseKnownHosts} from '../src/known-hosts'
import {runScript} from '../src/remote-script'

let server: SshServer
let client: Client

beforeAll(async () => {
  server = await startSshServer()
  client = await connect({
    host: server.host,
    port: server.port,
    username: server.username,
    privateKey: server.clientKey.privateKey,
    pins: {knownHosts: parseKnownHosts(server.knownHosts()), fingerprints: []},
    connectTimeoutMs: 10_000,
    retries: 0,
    retryDelayMs: 0,
    keepaliveIntervalMs: 5000,
    keepaliveCountMax: 3,
  })
})

afterAll(async () => {
  client?.end()
  await server?.stop()
  removeTempDirs()
})

describe('runScript', () => {
  it('stops at the first failing command and returns its exit code', async () => {
    const lines: string[] = []
    const result = await runScript(
      client,
      {script: 'echo before\nfalse\necho after'},
      {onStdout: (l) => lines.push(l)},
    )
    expect(result.exitCode).toBe(1)
    expect(lines).toEqual(['before'])
  })

  it('fails on an unset variable and on a failure inside a pipeline', async () => {
    expect((await runScript(client, {script: 'echo "$NOT_SET_ANYWHERE"'})).exitCode).not.toBe(0)
    expect((await runScript(client, {script: 'false | true\necho reached'})).exitCode).toBe(1)
  })

  it('runs the old forgiving way when strict is off', async () => {
    const result = await runScript(client, {script: 'false\necho after', strict: false})
    expect(result).toMatchObject({exitCode: 0, stdout: 'after\n'})
  })

  it('returns exit codes other than 1, and stderr apart from stdout', async () => {
    const result = await runScript(client, {script: 'echo out; echo err >&2; exit 42'})
    expect(result).toMatchObject({exitCode: 42, stdout: 'out\n', stderr: 'err\n'})
  })

  it('keeps the rest of the script when a command reads stdin', async () => {
    const result = await runScript(client, {script: 'cat\necho still-here'})
    expect(result).toMatchObject({exitCode: 0, stdout: 'still-here\n'})
  })

  it('runs nothing when the script has a syntax error', async () => {
    const dir = tempDir()
    const result = await runScript(client, {script: `touch ${dir}/ran\nif then fi`})
    expect(result.exitCode).not.toBe(0)
    expect(() => readFileSync(join(dir, 'ran'))).toThrow()
  })

  it('runs a plain POSIX sh when asked', async () => {
    const result = await runScript(client, {script: 'echo "$0"', shell: 'sh'})
    expect(result).toMatchObject({exitCode: 0, stdout: 'sh\n'})
  })

  it('passes hostile environment values through verbatim, never executing them', async () => {
    const dir = tempDir()
    const hostile = `it's "quoted" $(touch ${dir}/pwned) \`touch ${dir}/pwned2\`; rm -rf / #\nsecond line\\n $HOME`
    const result = await runScript(client, {
      script: `printf '%s' "$HOSTILE" > ${dir}/value`,
      env: new Map([['HOSTILE', hostile]]),
    })
    expect(result.exitCode).toBe(0)
    expect(readFileSync(join(dir, 'value'), 'utf8')).toBe(hostile)
    expect(() => readFileSync(join(dir, 'pwned'))).toThrow()
    expect(() => readFileSync(join(dir, 'pwned2'))).toThrow()
  })

  it('redacts secrets, including each line of a multi-line one, in streamed and returned output', async () => {
    const lines: string[] = []
    const result = await runScript(
      client,
      {
        script: 'echo "token=$TOKEN"; printf "%s\\n" "$KEY" >&2',
        env: {TOKEN: 's3cr3t-t0ken', KEY: 'line-one\nline-two'},
      },
      {secrets: ['s3cr3t-t0ken', 'line-one\nline-two'], onStdout: (l) => lines.push(l)},
    )
    expect(lines).toEqual(['token=***'])
    expect(result.stderr).toBe('***\n***\n')
  })

  it('stops a script at the command timeout and reports it', async () => {
    const started = Date.now()
    const result = await runScript(client, {script: 'echo started; sleep 30'}, {timeoutMs: 500})
    expect(result).toMatchObject({timedOut: true, exitCode: 124, stdout: 'started\n'})
    expect(Date.now() - started).toBeLessThan(10_000)
  })
})
