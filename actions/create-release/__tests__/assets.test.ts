import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, describe, expect, it} from '@jest/globals'
import {contentTypeOf, findAssets} from '../src/assets'

afterAll(removeTempDirs)

function workspace(): string {
  const dir = tempDir()
  mkdirSync(join(dir, 'dist/sub'), {recursive: true})
  writeFileSync(join(dir, 'dist/app.tar.gz'), 'tar')
  writeFileSync(join(dir, 'dist/app.sha256'), 'sum')
  writeFileSync(join(dir, 'dist/debug.tmp'), 'tmp')
  writeFileSync(join(dir, 'dist/sub/app.sha256'), 'other')
  return dir
}

describe('findAssets', () => {
  it('expands globs, applies exclusions and reads sizes and content types', async () => {
    const dir = workspace()
    const assets = await findAssets(['dist/*', '!dist/*.tmp'], dir)
    expect(assets).toEqual([
      {path: join(dir, 'dist/app.sha256'), name: 'app.sha256', size: 3, contentType: 'text/plain'},
      {path: join(dir, 'dist/app.tar.gz'), name: 'app.tar.gz', size: 3, contentType: 'application/gzip'},
    ])
  })

  it('refuses a pattern that matches no file', async () => {
    await expect(findAssets(['dist/*.zip'], workspace())).rejects.toThrow(
      "Input 'files': 'dist/*.zip' matches no file in",
    )
  })

  it('refuses two files with the same asset name', async () => {
    await expect(findAssets(['dist/**/*.sha256'], workspace())).rejects.toThrow(
      "two files would be uploaded as 'app.sha256'",
    )
  })

  it('lists nothing without patterns', async () => {
    expect(await findAssets([], workspace())).toEqual([])
  })
})

describe('contentTypeOf', () => {
  it.each([
    ['a.ZIP', 'application/zip'],
    ['notes.md', 'text/markdown'],
    ['binary', 'application/octet-stream'],
  ])('%j → %j', (name, type) => {
    expect(contentTypeOf(name)).toBe(type)
  })
})
