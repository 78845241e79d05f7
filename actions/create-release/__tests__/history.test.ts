import {runCommand} from '@deploy-actions/kit/exec'
import {GitRepo} from '@deploy-actions/testing/git-repo'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, beforeAll, describe, expect, it, jest} from '@jest/globals'
import {History, parseLog} from '../src/history'

let source: GitRepo
let v1: string
let head: string

beforeAll(() => {
  source = GitRepo.init({'a.txt': '1'})
  v1 = source.head()
  source.commit('feat: one\n\nbody line', {'b.txt': '1'})
  source.commit('fix: two', {'c.txt': '1'})
  head = source.head()
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
})

afterAll(() => {
  jest.restoreAllMocks()
  removeTempDirs()
})

describe('History (real git repositories)', () => {
  it('lists the commits after the previous release, newest first', async () => {
    const commits = await new History(source.dir, runCommand).commits({from: {tag: 'v1', sha: v1}, to: head})
    expect(commits.map((c) => c.subject)).toEqual(['fix: two', 'feat: one'])
    expect(commits[1]!.body).toBe('body line')
  })

  it('lists the whole history for a first release in a full clone', async () => {
    const clone = GitRepo.clone(source)
    const commits = await new History(clone.dir, runCommand).commits({from: undefined, to: head})
    expect(commits).toHaveLength(3)
  })

  it('refuses a shallow clone that lacks the previous release', async () => {
    const shallow = GitRepo.clone(source, '--depth', '1')
    await expect(
      new History(shallow.dir, runCommand).commits({from: {tag: 'v1', sha: v1}, to: head}),
    ).rejects.toThrow(
      `The history from the previous release v1 (${v1}) to ${head} is not in the shallow clone`,
    )
  })

  it('accepts a shallow clone deep enough to hold the range', async () => {
    const shallow = GitRepo.clone(source, '--depth', '3')
    const commits = await new History(shallow.dir, runCommand).commits({from: {tag: 'v1', sha: v1}, to: head})
    expect(commits).toHaveLength(2)
  })

  it('refuses a shallow clone for a first release, which needs the whole history', async () => {
    const shallow = GitRepo.clone(source, '--depth', '1')
    await expect(new History(shallow.dir, runCommand).commits({from: undefined, to: head})).rejects.toThrow(
      'fetch-depth: 0',
    )
  })

  it('refuses a commit that is not in the clone', async () => {
    const other = GitRepo.init({'x.txt': '1'})
    await expect(new History(other.dir, runCommand).commits({from: undefined, to: head})).rejects.toThrow(
      `The commit to release, ${head}, is not in the local clone`,
    )
  })

  it('refuses a directory that is not a repository', async () => {
    await expect(new History(tempDir(), runCommand).commits({from: undefined, to: head})).rejects.toThrow(
      'is not a git repository',
    )
  })
})

describe('parseLog', () => {
  it('splits records and fields', () => {
    expect(parseLog('abc\x1ffeat: x\x1fbody\n\x1e\ndef\x1ffix: y\x1f\x1e\n')).toEqual([
      {sha: 'abc', subject: 'feat: x', body: 'body'},
      {sha: 'def', subject: 'fix: y', body: ''},
    ])
  })
})
