/**
 * One host's deployment with the SSH boundary replaced by fakes: how connection failures, script results
 * and reports become a host result. (The real connection is tested against sshd in test/.)
 */
import {SshConnectError} from '@deploy-actions/ssh/connect'
import type {ScriptResult} from '@deploy-actions/ssh/remote-script'
import {describe, expect, it} from '@jest/globals'
import {type DeployDeps, deployHost, type Plan} from '../src/deploy-host'
import {getInputs} from '../src/inputs'

const HOST_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIgQioMmC2pthXw2gDlEVm4QSOJofmXwW/PcNfTFuy6z'
const PREFIX = '::ssh-deploy-test::'

function plan(strategy: 'script' | 'docker'): Plan {
  const inputs = getInputs({
    INPUT_HOST: 'web:2222',
    INPUT_USERNAME: 'deploy',
    INPUT_PASSWORD: 'pw',
    'INPUT_KNOWN-HOSTS': `[web]:2222 ${HOST_KEY}`,
    INPUT_SCRIPT: 'true',
    INPUT_STRATEGY: strategy,
    INPUT_IMAGE: 'app:2',
    'INPUT_CONTAINER-NAME': 'app',
  })
  return {inputs, spec: {script: 'true'}, markerPrefix: PREFIX, jump: undefined, labelLines: false}
}

function deps(script: (out: (line: string) => void) => ScriptResult | Error, log: string[] = []): DeployDeps {
  const client = {end: () => undefined} as never
  return {
    connect: async (options) => {
      expect(options).toMatchObject({host: 'web', port: 2222, username: 'deploy', password: 'pw'})
      return client
    },
    runScript: async (_client, _spec, options) => {
      const result = script((line) => options.onStdout?.(line))
      if (result instanceof Error) throw result
      return result
    },
    log: (line) => log.push(line),
    warn: () => undefined,
    now: () => 0,
  }
}

const ok: ScriptResult = {exitCode: 0, timedOut: false, stdout: '', stderr: ''}

describe('deployHost', () => {
  it('passes application output to the log and keeps reports out of it', async () => {
    const log: string[] = []
    const result = await deployHost(
      plan('docker').inputs.hosts[0]!,
      plan('docker'),
      deps((out) => {
        out('Pulling app:2')
        out(`${PREFIX} previous-image app:1`)
        out(`${PREFIX} deployed-image app:2`)
        return ok
      }, log),
    )
    expect(result).toMatchObject({
      host: 'web:2222',
      status: 'ok',
      exitCode: 0,
      previousImage: 'app:1',
      deployedImage: 'app:2',
    })
    expect(log).toEqual(['Connected to web:2222 as deploy', 'Pulling app:2'])
  })

  it('makes a host that reports it was left alone unchanged, and one that changed ok', async () => {
    const p = plan('docker')
    const host = p.inputs.hosts[0]!
    const run = (lines: string[]) =>
      deployHost(
        host,
        p,
        deps((out) => {
          for (const line of lines) out(`${PREFIX} ${line}`)
          return ok
        }),
      )
    expect(await run(['previous-image app:2', 'unchanged true', 'deployed-image app:2'])).toMatchObject({
      status: 'unchanged',
      changed: false,
      previousImage: 'app:2',
      deployedImage: 'app:2',
    })
    expect(await run(['previous-image app:1', 'changed true', 'deployed-image app:2'])).toMatchObject({
      status: 'ok',
      changed: true,
    })
    // An interrupted run repaired on the way counts as a change even when the result matched already.
    expect(await run(['changed true', 'unchanged true', 'deployed-image app:2'])).toMatchObject({
      status: 'ok',
      changed: true,
    })
  })

  it('counts a started script as a change, and a failed connection as none', async () => {
    const p = plan('script')
    const host = p.inputs.hosts[0]!
    expect(
      await deployHost(
        host,
        p,
        deps(() => ok),
      ),
    ).toMatchObject({status: 'ok', changed: true})
    expect(
      await deployHost(
        host,
        p,
        deps(() => ({...ok, exitCode: 2})),
      ),
    ).toMatchObject({
      status: 'failed',
      changed: true,
    })
    const refused: DeployDeps = {
      ...deps(() => ok),
      connect: async () => {
        throw new SshConnectError('network', 'connect ECONNREFUSED')
      },
    }
    expect(await deployHost(host, p, refused)).toMatchObject({status: 'failed', changed: false})
  })

  it('turns a rollback report into the failure message', async () => {
    const result = await deployHost(
      plan('docker').inputs.hosts[0]!,
      plan('docker'),
      deps((out) => {
        out(`${PREFIX} previous-image app:1`)
        out(`${PREFIX} failure its HEALTHCHECK reports unhealthy`)
        out(`${PREFIX} detail boom`)
        out(`${PREFIX} rolled-back true`)
        return {...ok, exitCode: 1}
      }),
    )
    expect(result).toMatchObject({
      status: 'failed',
      exitCode: 1,
      rolledBack: true,
      error: 'The new container failed: its HEALTHCHECK reports unhealthy. Rolled back to app:1.',
      details: ['boom'],
    })
  })

  it('reports a script failure, a timeout and a dropped connection', async () => {
    const p = plan('script')
    const host = p.inputs.hosts[0]!
    expect(
      (
        await deployHost(
          host,
          p,
          deps(() => ({...ok, exitCode: 7})),
        )
      ).error,
    ).toBe('The script failed with exit code 7.')
    expect(
      (
        await deployHost(
          host,
          p,
          deps(() => ({...ok, exitCode: 124, timedOut: true})),
        )
      ).error,
    ).toBe('Stopped after the command-timeout of 1800s.')
    expect(
      (
        await deployHost(
          host,
          p,
          deps(() => new Error('socket hang up')),
        )
      ).error,
    ).toBe('The connection to web:2222 failed during the deployment: socket hang up')
  })

  it('makes a failed connection a failed host, not an exception', async () => {
    const failing: DeployDeps = {
      ...deps(() => ok),
      connect: async () => {
        throw new SshConnectError('host-key', 'Host key verification failed for [web]:2222')
      },
    }
    const result = await deployHost(plan('script').inputs.hosts[0]!, plan('script'), failing)
    expect(result).toMatchObject({
      status: 'failed',
      exitCode: null,
      error: 'Host key verification failed for [web]:2222',
    })
  })
})
