import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, describe, expect, it, jest} from '@jest/globals'
import {parse} from 'yaml'
import {getInputs} from '../src/inputs'

const actionYml = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, {default?: string}>
}

const BASE = {
  INPUT_TOKEN: 'ghs_unit',
  INPUT_TAG: 'v1.2.3',
  GITHUB_SHA: 'a'.repeat(40),
  GITHUB_REPOSITORY: 'acme/app',
}

const env = (inputs: Record<string, string>) => ({
  ...BASE,
  ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
})

afterAll(removeTempDirs)

describe('getInputs', () => {
  it('takes the repository from the input, or the run', () => {
    expect(getInputs(env({})).repository).toEqual({owner: 'acme', repo: 'app'})
    expect(getInputs(env({repository: 'octo-org/tools'})).repository).toEqual({
      owner: 'octo-org',
      repo: 'tools',
    })
  })

  it.each([
    [{repository: 'acme'}, {}, "Input 'repository': 'acme' is not of the form owner/name."],
    [
      {},
      {...BASE, GITHUB_REPOSITORY: ''},
      "Input 'repository': No repository: GITHUB_REPOSITORY is not set.",
    ],
  ])('refuses repository %j, naming the input', (inputs, run, message) => {
    expect(() => getInputs({...env(inputs), ...run})).toThrow(message)
  })

  it('reads the same values from action.yml defaults as from no inputs at all', () => {
    const defaults = Object.fromEntries(
      Object.entries(actionYml.inputs)
        .filter(([name, spec]) => spec.default !== undefined && name !== 'token')
        .map(([name, spec]) => [name, String(spec.default)]),
    )
    expect(getInputs(env(defaults))).toEqual(getInputs(env({})))
    expect(getInputs(env({}))).toMatchObject({
      tag: 'v1.2.3',
      name: 'v1.2.3',
      target: 'a'.repeat(40),
      changelog: 'github',
      draft: false,
      prerelease: false,
      makeLatest: 'true',
      files: [],
      updateNotes: false,
      body: '',
    })
  })

  it('reads every input it declares, and declares every input it reads', () => {
    const read = new Set<string>()
    const spy = new Proxy({...BASE} as Record<string, string>, {
      get: (target, key) => {
        if (typeof key === 'string' && key.startsWith('INPUT_')) read.add(key.slice(6).toLowerCase())
        return typeof key === 'string' ? target[key] : undefined
      },
    })
    getInputs(spy)
    expect([...read].sort()).toEqual(Object.keys(actionYml.inputs).sort())
  })

  it('masks the token as soon as it is read', () => {
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      getInputs(env({token: 'ghs_maskMe'}))
      expect(write.mock.calls.map((c) => String(c[0]))).toContain('::add-mask::ghs_maskMe\n')
    } finally {
      write.mockRestore()
    }
  })

  it('marks SemVer prereleases with prerelease: auto, and obeys true/false', () => {
    expect(getInputs(env({tag: 'v2.0.0-rc.1'})).prerelease).toBe(true)
    expect(getInputs(env({tag: 'v2.0.0-rc.1', prerelease: 'false'})).prerelease).toBe(false)
    expect(getInputs(env({tag: 'v2.0.0', prerelease: 'true'})).prerelease).toBe(true)
  })

  it('reads body-file relative to working-directory', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'notes.md'), 'From a file\n')
    expect(getInputs({...env({'body-file': 'notes.md'}), GITHUB_WORKSPACE: dir}).body).toBe('From a file\n')
  })

  it('takes files one per line, keeping commas in names', () => {
    expect(getInputs(env({files: 'dist/a,b.zip\n# comment\n!dist/*.tmp'})).files).toEqual([
      'dist/a,b.zip',
      '!dist/*.tmp',
    ])
  })

  it.each([
    [{token: ''}, "Input 'token': is empty."],
    [{tag: ''}, "Input 'tag': is required and was not given."],
    [{tag: 'v1..2'}, "Input 'tag': 'v1..2' is not a valid git tag name: it contains '..'."],
    [{changelog: 'both'}, "Input 'changelog': 'both' is not one of 'github', 'conventional', 'none'."],
    [{'make-latest': 'yes'}, "Input 'make-latest': 'yes' is not one of 'true', 'false', 'legacy'."],
    [{target: 'not a sha'}, "Input 'target': 'not a sha' is neither a commit SHA nor a branch name."],
    [{digest: 'sha256:abc'}, "Input 'digest': 'sha256:abc' is not an image digest."],
    [{digest: `sha256:${'A'.repeat(64)}`}, "Input 'digest'"],
    [
      {image: 'ghcr.io/Acme/app:v1'},
      "Input 'image': 'ghcr.io/Acme/app:v1': repository names must be lower case",
    ],
    [{image: 'https://ghcr.io/acme/app'}, "Input 'image': 'https://ghcr.io/acme/app' is a URL"],
    [{'previous-tag': 'v1.2.3'}, "Input 'previous-tag': is the tag being released ('v1.2.3')."],
    [{body: 'a', 'body-file': 'b'}, "Input 'body-file': and body are both given."],
    [{'body-file': 'nope.md'}, "Input 'body-file': cannot read 'nope.md'"],
    [{draft: 'maybe'}, "Input 'draft': 'maybe' is not a boolean."],
  ])('refuses %j', (inputs, message) => {
    expect(() => getInputs(env(inputs))).toThrow(message)
  })

  it('needs a target when GITHUB_SHA is not set', () => {
    expect(() => getInputs({INPUT_TOKEN: 't', INPUT_TAG: 'v1.0.0', GITHUB_REPOSITORY: 'acme/app'})).toThrow(
      "Input 'target': is empty and GITHUB_SHA is not set.",
    )
  })
})
