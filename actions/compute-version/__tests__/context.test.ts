import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, describe, expect, it} from '@jest/globals'
import {branchOfRef, publicRepositoryUrl, readRunContext} from '../src/context'

afterAll(removeTempDirs)

describe('readRunContext', () => {
  it('takes the head SHA from a pull request payload', () => {
    const dir = tempDir()
    const path = join(dir, 'event.json')
    writeFileSync(path, JSON.stringify({pull_request: {head: {sha: 'f'.repeat(40)}}}))
    const ctx = readRunContext({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: path,
      GITHUB_SHA: 'e'.repeat(40),
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_SERVER_URL: 'https://ghe.example.com/',
    })
    expect(ctx).toEqual({
      eventName: 'pull_request',
      ref: '',
      sha: 'e'.repeat(40),
      pullRequestHeadSha: 'f'.repeat(40),
      repositoryUrl: 'https://ghe.example.com/acme/app',
    })
  })

  it('ignores a pull_request key on other events', () => {
    const dir = tempDir()
    const path = join(dir, 'event.json')
    writeFileSync(path, JSON.stringify({pull_request: {head: {sha: 'f'.repeat(40)}}}))
    expect(
      readRunContext({GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: path}).pullRequestHeadSha,
    ).toBeUndefined()
  })

  it('fails loudly on a payload it cannot read, rather than losing the pull request head', () => {
    expect(() =>
      readRunContext({GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: '/nonexistent/event.json'}),
    ).toThrow(/^Cannot read the event payload GITHUB_EVENT_PATH names \(\/nonexistent\/event.json\)/)
  })
})

describe('refs and remotes', () => {
  it.each([
    ['refs/heads/main', 'main'],
    ['refs/heads/feature/x', 'feature/x'],
    ['refs/tags/v1', undefined],
    ['refs/pull/1/merge', undefined],
  ])('branchOfRef(%s) = %s', (ref, branch) => {
    expect(branchOfRef(ref)).toBe(branch)
  })

  it.each([
    ['git@github.com:acme/app.git', 'https://github.com/acme/app'],
    ['https://x-access-token:ghs_abc@github.com/acme/app.git', 'https://github.com/acme/app'],
    ['ssh://git@gitlab.example.com:2222/group/app.git', 'https://gitlab.example.com/group/app'],
    ['https://github.com/acme/app/', 'https://github.com/acme/app'],
    ['file:///tmp/repo', undefined],
    ['/tmp/repo', undefined],
  ])('publicRepositoryUrl(%s) = %s', (remote, url) => {
    expect(publicRepositoryUrl(remote)).toBe(url)
  })
})
