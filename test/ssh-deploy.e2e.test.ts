/**
 * ssh-deploy's bundle (dist/index.js), run the way the runner runs it, against real OpenSSH servers on
 * 127.0.0.1: the script strategy, host-key verification, secrets, hostile values and a jump host.
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {type ActionRun, runAction} from '@deploy-actions/local-runner/run-action'
import {generateKey, type SshServer, startSshServer} from '@deploy-actions/testing/sshd'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'

const actionDir = fileURLToPath(new URL('../actions/ssh-deploy', import.meta.url))

let server: SshServer
let bastion: SshServer

beforeAll(async () => {
  ;[server, bastion] = await Promise.all([startSshServer(), startSshServer({hostKeyTypes: ['ecdsa']})])
})

afterAll(async () => {
  await Promise.all([server?.stop(), bastion?.stop()])
  removeTempDirs()
})

function login(s: SshServer): Record<string, string> {
  return {
    host: `127.0.0.1:${s.port}`,
    username: s.username,
    'private-key': s.clientKey.privateKey,
    'known-hosts': s.knownHosts(),
    'connect-retries': '0',
  }
}

function deploy(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({actionDir, workspace: tempDir(), inputs, timeoutMs: 120_000})
}

function errors(run: ActionRun): string[] {
  return run.annotations.filter((a) => a.level === 'error').map((a) => a.message)
}

/** sshd's log from `from` on, once it has logged the end of the connection the run made. */
async function sshdLogSince(s: SshServer, from: number): Promise<string> {
  for (
    let i = 0;
    i < 100 && !/Connection closed|Disconnected|Received disconnect/.test(s.log().slice(from));
    i++
  ) {
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return s.log().slice(from)
}

describe('ssh-deploy script strategy (bundled)', () => {
  it('runs the script on the host, streams its output and reports the host in the summary', async () => {
    const dir = tempDir()
    const run = await deploy({
      ...login(server),
      script: `echo "deploying as $(id -un)"\necho done > ${dir}/marker`,
    })
    expect(errors(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.log).toContain(`deploying as ${server.username}`)
    expect(readFileSync(join(dir, 'marker'), 'utf8')).toBe('done\n')
    expect(run.outputs).toMatchObject({
      'exit-code': '0',
      'ok-count': '1',
      'failed-count': '0',
      'rolled-back': 'false',
    })
    expect(JSON.parse(run.outputs['results']!)).toEqual([
      expect.objectContaining({host: `127.0.0.1:${server.port}`, status: 'ok', exitCode: 0}),
    ])
    expect(run.summary).toContain('1 ok / 0 failed')
    expect(run.summary).toContain(`| \`127.0.0.1:${server.port}\` | ✅ ok | 0 |`)
  })

  it('fails the step at the first failing command, with its exit code', async () => {
    const run = await deploy({...login(server), script: 'echo one\nls /no/such/dir\necho two'})
    expect(run.exitCode).toBe(1)
    expect(run.log).toContain('one')
    expect(run.log).not.toMatch(/^two$/m)
    expect(run.outputs['exit-code']).toBe('2')
    expect(errors(run)).toEqual([
      expect.stringMatching(/The script failed with exit code 2\.\nLast lines of stderr:\n.*No such file/),
    ])
    expect(run.summary).toContain('❌ failed')
  })

  it('passes env and secret-env values verbatim: quotes, $(), ; and backquotes are never executed', async () => {
    const dir = tempDir()
    const hostile = `a'b"c $(touch ${dir}/pwned); \`touch ${dir}/pwned2\` && echo $HOME \\ #`
    const run = await deploy({
      ...login(server),
      env: `HOSTILE=${hostile}\nPLAIN=x=y`,
      'secret-env': 'API_TOKEN=tok-3f9a-secret',
      script: `printf '%s' "$HOSTILE" > ${dir}/hostile\nprintf '%s' "$PLAIN" > ${dir}/plain\necho "token is $API_TOKEN"`,
    })
    expect(errors(run)).toEqual([])
    expect(readFileSync(join(dir, 'hostile'), 'utf8')).toBe(hostile)
    expect(readFileSync(join(dir, 'plain'), 'utf8')).toBe('x=y')
    expect(existsSync(join(dir, 'pwned'))).toBe(false)
    expect(existsSync(join(dir, 'pwned2'))).toBe(false)
    expect(run.log).toContain('token is ***')
    expect(
      run.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
    ).not.toContain('tok-3f9a-secret')
  })

  it('rejects an env name that is not a shell variable before connecting', async () => {
    const before = server.log().length
    const run = await deploy({...login(server), env: 'BAD-NAME=1', script: 'true'})
    expect(run.exitCode).toBe(1)
    expect(errors(run)).toEqual([
      expect.stringMatching(/^Input 'env': 'BAD-NAME' is not a shell variable name/),
    ])
    expect(server.log().slice(before)).not.toContain('Connection from')
  })

  it('never shows the private key or its passphrase: not in log, outputs, summary, state or errors', async () => {
    const key = server.encryptedClientKey
    const secrets = [
      server.clientKeyPassphrase,
      ...key.privateKey.split('\n').filter((l) => l.length > 20 && !l.startsWith('-----')),
    ]
    const runs = [
      await deploy({
        ...login(server),
        'private-key': key.privateKey,
        passphrase: server.clientKeyPassphrase,
        script: 'echo "$0 ran"; exit 3',
      }),
      await deploy({
        ...login(server),
        'private-key': key.privateKey,
        passphrase: 'wrong one',
        script: 'true',
      }),
      await deploy({...login(server), 'private-key': key.privateKey, script: 'true'}),
    ]
    expect(runs.map((r) => r.exitCode)).toEqual([1, 1, 1])
    expect(runs[0]!.outputs['exit-code']).toBe('3')
    expect(errors(runs[1]!)).toEqual([
      expect.stringContaining('could not be decrypted with the passphrase given'),
    ])
    expect(errors(runs[2]!)).toEqual([expect.stringContaining('is encrypted; give its passphrase')])
    for (const run of runs) {
      // `::add-mask::` lines are how secrets reach the runner's masker; the runner never prints them.
      const printed = [
        run.stdout
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n'),
        run.stderr,
        run.log,
        JSON.stringify(run.outputs),
        run.summary,
        JSON.stringify(run.state),
        JSON.stringify(run.annotations),
      ].join('\n')
      for (const secret of [...secrets, 'wrong one']) expect(printed).not.toContain(secret)
      expect(run.masks).toEqual(expect.arrayContaining([key.privateKey.trim(), ...secrets.slice(1)]))
    }
  })

  it('refuses a wrong host key before authenticating: sshd sees no login attempt', async () => {
    const dir = tempDir()
    const impostor = generateKey(tempDir(), 'impostor', 'ed25519')
    const before = server.log().length
    const run = await deploy({
      ...login(server),
      'known-hosts': `[127.0.0.1]:${server.port} ${impostor.publicKey}`,
      script: `touch ${dir}/ran`,
    })
    expect(run.exitCode).toBe(1)
    expect(errors(run)).toEqual([
      expect.stringContaining(
        `presented the ED25519 key ${server.hostKeys[0]!.fingerprint}, expected ED25519 ${impostor.fingerprint}`,
      ),
    ])
    const log = await sshdLogSince(server, before)
    expect(log).toContain('Connection from 127.0.0.1')
    expect(log).not.toMatch(/Accepted|Failed|Postponed|publickey/)
    expect(existsSync(join(dir, 'ran'))).toBe(false)
  })

  it('refuses to connect without known-hosts or fingerprint, saying how to get them', async () => {
    const before = server.log().length
    const run = await deploy({...login(server), 'known-hosts': '', script: 'true'})
    expect(run.exitCode).toBe(1)
    expect(errors(run)).toEqual([
      expect.stringMatching(
        /^Input 'known-hosts': or fingerprint is required.*ssh-keyscan.*insecure-skip-host-key-check/s,
      ),
    ])
    expect(server.log().slice(before)).not.toContain('Connection from')
  })

  it('connects without verification only with insecure-skip-host-key-check, warning with the fingerprint', async () => {
    const run = await deploy({
      ...login(server),
      'known-hosts': '',
      'insecure-skip-host-key-check': 'true',
      script: 'echo unverified-ok',
    })
    expect(run.exitCode).toBe(0)
    expect(run.log).toContain('unverified-ok')
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringContaining(`Pin it with fingerprint: ${server.hostKeys[0]!.fingerprint}`),
      }),
    )
  })

  it('pins by the SHA256 fingerprint as ssh-keygen -lf prints it', async () => {
    const run = await deploy({
      ...login(server),
      'known-hosts': '',
      fingerprint: `SHA256:${'A'.repeat(43)}\n${server.hostKeys[0]!.fingerprint}`,
      script: 'echo pinned-ok',
    })
    expect(errors(run)).toEqual([])
    expect(run.log).toContain('pinned-ok')
    const md5 = await deploy({
      ...login(server),
      'known-hosts': '',
      fingerprint: 'MD5:12:34:56:78:9a:bc:de:f0:12:34:56:78:9a:bc:de:f0',
      script: 'true',
    })
    expect(errors(md5)).toEqual([
      expect.stringMatching(/^Input 'fingerprint': 'MD5:.*' is an MD5 fingerprint; give the SHA256 one/),
    ])
  })

  it('reaches the host through a jump host that has its own host key', async () => {
    const before = bastion.log().length
    const run = await deploy({
      ...login(server),
      'known-hosts': `${server.knownHosts()}\n${bastion.knownHosts()}`,
      'jump-host': `127.0.0.1:${bastion.port}`,
      'jump-private-key': bastion.clientKey.privateKey,
      script: 'echo "via the bastion"',
    })
    expect(errors(run)).toEqual([])
    expect(run.log).toContain('via the bastion')
    expect(bastion.log().slice(before)).toMatch(/Accepted publickey for/)
    const wrongJump = await deploy({
      ...login(server),
      'jump-host': `127.0.0.1:${bastion.port}`,
      'jump-private-key': bastion.clientKey.privateKey,
      'jump-fingerprint': server.hostKeys[0]!.fingerprint,
      script: 'true',
    })
    expect(errors(wrongJump)).toEqual([
      expect.stringContaining(
        `Host key verification failed for [127.0.0.1]:${bastion.port}: it presented the ECDSA key`,
      ),
    ])
  })

  it('stops a script at command-timeout and fails the host', async () => {
    const run = await deploy({...login(server), 'command-timeout': '1s', script: 'echo started\nsleep 60'})
    expect(run.exitCode).toBe(1)
    expect(errors(run)).toEqual([expect.stringContaining('Stopped after the command-timeout of 1s.')])
  })
})
