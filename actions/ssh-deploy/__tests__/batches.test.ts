import {describe, expect, it} from '@jest/globals'
import {inBatches} from '../src/batches'

/** Runs `hosts` recording which ran together; host names starting with `x` fail. */
async function simulate(hosts: string[], maxParallel: number, failFast: boolean) {
  const batches: string[][] = []
  let current: string[] = []
  let running = 0
  const results = await inBatches(
    hosts,
    {maxParallel, failFast},
    async (host) => {
      if (running === 0) {
        current = []
        batches.push(current)
      }
      running++
      current.push(host)
      await new Promise((resolve) => setImmediate(resolve))
      running--
      return {host, status: host.startsWith('x') ? 'failed' : 'ok'}
    },
    (r) => r.status === 'failed',
    (host) => ({host, status: 'skipped'}),
  )
  return {batches, statuses: results.map((r) => r.status).join(' ')}
}

describe('inBatches', () => {
  it('runs hosts in batches of max-parallel, in order', async () => {
    const {batches, statuses} = await simulate(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 3, true)
    expect(batches).toEqual([['a', 'b', 'c'], ['d', 'e', 'f'], ['g']])
    expect(statuses).toBe('ok ok ok ok ok ok ok')
  })

  it('with fail-fast, finishes the failing batch and skips the rest', async () => {
    const {batches, statuses} = await simulate(['a', 'x', 'c', 'd', 'e'], 2, true)
    expect(batches).toEqual([['a', 'x']])
    expect(statuses).toBe('ok failed skipped skipped skipped')
  })

  it('without fail-fast, runs every batch', async () => {
    const {statuses} = await simulate(['a', 'x', 'c', 'd', 'e'], 2, false)
    expect(statuses).toBe('ok failed ok ok ok')
  })
})
