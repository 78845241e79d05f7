import {chmodSync, mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, describe, expect, it} from '@jest/globals'
import {resolveBinary} from '../src/binary'

afterAll(removeTempDirs)

function executable(dir: string, name: string): string {
  mkdirSync(dir, {recursive: true})
  const path = join(dir, name)
  writeFileSync(path, '#!/bin/sh\n')
  chmodSync(path, 0o755)
  return path
}

describe('resolveBinary', () => {
  it('takes the first executable of that name on PATH', () => {
    const root = tempDir()
    const first = executable(join(root, 'a'), 'tofu')
    executable(join(root, 'b'), 'tofu')
    expect(
      resolveBinary('tofu', {PATH: `${join(root, 'empty')}:${join(root, 'a')}:${join(root, 'b')}`}),
    ).toEqual({
      path: first,
    })
  })

  it("bypasses setup-terraform's wrapper for the real binary beside it", () => {
    const dir = join(tempDir(), 'bin')
    const wrapper = executable(dir, 'terraform')
    const real = executable(dir, 'terraform-bin')
    expect(resolveBinary('terraform', {PATH: dir})).toEqual({path: real, bypassedWrapper: wrapper})
  })

  it('skips directories and files that are not executable', () => {
    const root = tempDir()
    mkdirSync(join(root, 'dir', 'terraform'), {recursive: true})
    mkdirSync(join(root, 'plain'))
    writeFileSync(join(root, 'plain', 'terraform'), '')
    const real = executable(join(root, 'bin'), 'terraform')
    const PATH = ['dir', 'plain', 'bin'].map((d) => join(root, d)).join(':')
    expect(resolveBinary('terraform', {PATH})).toEqual({path: real})
  })

  it('says how to install the CLI when it is not on PATH', () => {
    expect(() => resolveBinary('terraform', {PATH: tempDir()})).toThrow(
      "The 'terraform' CLI was not found on PATH. Install it first (hashicorp/setup-terraform",
    )
  })

  it('takes a path as it is, relative to the working directory', () => {
    expect(resolveBinary('./tools/terraform', {PATH: ''}, '/repo')).toEqual({path: '/repo/tools/terraform'})
  })
})
