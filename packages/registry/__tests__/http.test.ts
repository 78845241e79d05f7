import {describe, expect, it} from '@jest/globals'
import {nextPage, parseChallenge} from '../src/distribution'
import {fetchWithRetry, type HttpDeps, parseRetryAfter} from '../src/http'

const policy = {attempts: 4, baseDelayMs: 100, maxDelayMs: 1000, timeoutMs: 1000}

function fakeDeps(
  answers: (Response | Error)[],
): HttpDeps & {sleeps: number[]; logs: string[]; calls: number} {
  const deps = {
    sleeps: [] as number[],
    logs: [] as string[],
    calls: 0,
    fetch: async () => {
      const answer = answers[deps.calls++]
      if (!answer) throw new Error('no more answers')
      if (answer instanceof Error) throw answer
      return answer
    },
    sleep: async (ms: number) => {
      deps.sleeps.push(ms)
    },
    random: () => 0.5,
    log: (m: string) => {
      deps.logs.push(m)
    },
  }
  return deps as unknown as HttpDeps & {sleeps: number[]; logs: string[]; calls: number}
}

const reset = () => Object.assign(new TypeError('fetch failed'), {cause: {code: 'ECONNRESET'}})

describe('fetchWithRetry', () => {
  it('retries 429, 503 and resets with backoff, honouring Retry-After, then returns the answer', async () => {
    const deps = fakeDeps([
      new Response(null, {status: 429, headers: {'Retry-After': '2'}}),
      new Response(null, {status: 503}),
      reset(),
      new Response('ok', {status: 200}),
    ])
    const res = await fetchWithRetry('http://r/v2/?scope=secret', {}, policy, deps)
    expect(res.status).toBe(200)
    expect(deps.sleeps).toEqual([2000, 100, 200])
    expect(deps.logs[0]).toBe('GET http://r/v2/: HTTP 429; retrying in 2.0 s (attempt 2 of 4).')
    expect(deps.logs[2]).toContain('ECONNRESET')
    expect(deps.logs.join('\n')).not.toContain('secret')
  })

  it('returns other answers (404, 401) at once', async () => {
    const deps = fakeDeps([new Response(null, {status: 404})])
    expect((await fetchWithRetry('http://r/x', {}, policy, deps)).status).toBe(404)
    expect(deps.calls).toBe(1)
  })

  it('gives up after the last attempt with the last failure', async () => {
    const deps = fakeDeps([reset(), reset(), reset(), reset()])
    await expect(fetchWithRetry('http://r/x', {method: 'PUT'}, policy, deps)).rejects.toThrow(
      'PUT http://r/x failed after 4 attempts: ECONNRESET.',
    )
    const statuses = fakeDeps([503, 503, 503, 503].map((status) => new Response(null, {status})))
    expect((await fetchWithRetry('http://r/x', {}, policy, statuses)).status).toBe(503)
  })

  it('parses Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(parseRetryAfter('3', now)).toBe(3000)
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(null, now)).toBeUndefined()
  })
})

describe('registry headers', () => {
  it('parses Bearer and Basic challenges', () => {
    expect(
      parseChallenge('Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:a/b:pull"'),
    ).toEqual({
      scheme: 'bearer',
      params: {realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:a/b:pull'},
    })
    expect(parseChallenge('Basic realm="Registry Realm"')).toEqual({
      scheme: 'basic',
      params: {realm: 'Registry Realm'},
    })
    expect(parseChallenge(null)).toBeUndefined()
  })

  it('follows Link pagination', () => {
    expect(nextPage('</v2/a/tags/list?n=1000&last=x>; rel="next"')).toBe('/v2/a/tags/list?n=1000&last=x')
    expect(nextPage(null)).toBeUndefined()
  })
})
