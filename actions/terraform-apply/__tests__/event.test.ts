import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, describe, expect, it} from '@jest/globals'
import {pullRequestNumber} from '../src/event'

afterAll(removeTempDirs)

function event(name: string, payload: unknown): NodeJS.ProcessEnv {
  const path = join(tempDir(), 'event.json')
  writeFileSync(path, typeof payload === 'string' ? payload : JSON.stringify(payload))
  return {GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: path}
}

describe('pullRequestNumber', () => {
  it.each([
    ['pull_request', {number: 7, pull_request: {number: 7}}, 7],
    ['pull_request_target', {pull_request: {number: 12}}, 12],
    ['issue_comment', {issue: {number: 9, pull_request: {url: 'x'}}}, 9],
    ['issue_comment', {issue: {number: 9}}, undefined],
    ['push', {number: 3, pull_request: {number: 3}}, undefined],
    ['pull_request', {number: 'seven'}, undefined],
  ])('%s %j → %s', (name, payload, number) => {
    expect(pullRequestNumber(event(name, payload))).toBe(number)
  })

  it('is undefined outside a runner (no payload)', () => {
    expect(pullRequestNumber({GITHUB_EVENT_NAME: 'pull_request'})).toBeUndefined()
  })

  it('says so when the payload cannot be read', () => {
    expect(() => pullRequestNumber(event('pull_request', '{not json'))).toThrow('could not be read')
  })
})
