import {existsSync, mkdirSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, describe, expect, it} from '@jest/globals'
import {createRunDir, makePrivateDir, removeRunDir, writePrivateFile} from '../src/run-dir'

afterAll(removeTempDirs)

const mode = (path: string) => statSync(path).mode & 0o777

describe('run directory', () => {
  it('is a fresh 0700 directory under RUNNER_TEMP with 0600 files, whatever the umask', () => {
    const runnerTemp = join(tempDir(), 'runner temp')
    const old = process.umask(0o000)
    try {
      const dir = createRunDir({RUNNER_TEMP: runnerTemp})
      expect(dir.startsWith(join(runnerTemp, 'ansible-configure-'))).toBe(true)
      expect(mode(dir)).toBe(0o700)
      const key = writePrivateFile(dir, 'private_key', 'key\n')
      expect(mode(key)).toBe(0o600)
      expect(mode(makePrivateDir(dir, 'sub'))).toBe(0o700)
      expect(() => writePrivateFile(dir, 'private_key', 'other\n')).toThrow(/EEXIST/)
      expect(createRunDir({RUNNER_TEMP: runnerTemp})).not.toBe(dir)
    } finally {
      process.umask(old)
    }
  })

  it('is removed with everything in it, once; nothing else is', () => {
    const dir = createRunDir({RUNNER_TEMP: tempDir()})
    writePrivateFile(dir, 'vault_password', 'pw')
    expect(removeRunDir(dir)).toBe(true)
    expect(existsSync(dir)).toBe(false)
    expect(removeRunDir(dir)).toBe(false)

    const other = join(tempDir(), 'workspace')
    mkdirSync(other)
    writeFileSync(join(other, 'keep'), '')
    expect(() => removeRunDir(other)).toThrow(/Refusing to delete/)
    expect(existsSync(join(other, 'keep'))).toBe(true)
  })
})
