import {describe, expect, it} from '@jest/globals'
import type {HostResult} from '../src/deploy-host'
import {getInputs} from '../src/inputs'
import {counts, summary, toOutputs} from '../src/report'

const HOST_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIgQioMmC2pthXw2gDlEVm4QSOJofmXwW/PcNfTFuy6z'

function host(name: string, more: Partial<HostResult>): HostResult {
  return {
    host: name,
    status: 'ok',
    exitCode: 0,
    previousImage: 'app:1',
    deployedImage: 'app:2',
    rolledBack: false,
    changed: true,
    error: '',
    details: [],
    durationMs: 1500,
    ...more,
  }
}

const unchanged = (name: string) =>
  host(name, {status: 'unchanged', changed: false, previousImage: 'app:2', deployedImage: 'app:2'})

describe('toOutputs', () => {
  it('reports a re-run with nothing new as unchanged, still naming the image that runs', () => {
    expect(toOutputs([unchanged('a')])).toMatchObject({
      changed: 'false',
      'deployed-image': 'app:2',
      'previous-image': 'app:2',
      'ok-count': '1',
      'failed-count': '0',
    })
  })

  it('is changed when any host changed, and counts unchanged hosts as deployed', () => {
    expect(toOutputs([unchanged('a'), host('b', {}), unchanged('c')])).toMatchObject({
      changed: 'true',
      'ok-count': '3',
    })
  })

  it('is not changed when the only host failed before touching anything', () => {
    const outputs = toOutputs([host('a', {status: 'failed', exitCode: 1, changed: false, deployedImage: ''})])
    expect(outputs).toMatchObject({changed: 'false', 'ok-count': '0', 'failed-count': '1'})
    expect(JSON.parse(outputs['results']!)).toEqual([expect.objectContaining({changed: false})])
  })
})

describe('counts and summary', () => {
  it.each<[HostResult[], string]>([
    [[host('a', {})], '1 ok / 0 failed'],
    [[unchanged('a')], '1 ok (1 unchanged) / 0 failed'],
    [[unchanged('a'), host('b', {}), host('c', {status: 'failed'})], '2 ok (1 unchanged) / 1 failed'],
  ])('%j → %s', (results, line) => {
    expect(counts(results)).toBe(line)
  })

  it('marks an unchanged host in the table', () => {
    const inputs = getInputs({
      INPUT_HOST: 'a',
      INPUT_USERNAME: 'deploy',
      INPUT_PASSWORD: 'pw',
      'INPUT_KNOWN-HOSTS': `a ${HOST_KEY}`,
      INPUT_STRATEGY: 'docker',
      INPUT_IMAGE: 'app:2',
      'INPUT_CONTAINER-NAME': 'app',
    })
    const text = summary(inputs, [unchanged('a')]).join('\n')
    expect(text).toContain('ssh-deploy (docker): 1 ok (1 unchanged) / 0 failed')
    expect(text).toContain('| `a` | ✅ unchanged | 0 | `app:2` | `app:2` | no |')
  })
})
