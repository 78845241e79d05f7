import {readFileSync} from 'node:fs'
import {describe, expect, it} from '@jest/globals'
import {parse} from 'yaml'
import {getInputs} from '../src/inputs'

const actionYml = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, {default?: string}>
}

const env = (inputs: Record<string, string>) =>
  Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))

describe('getInputs', () => {
  it('reads the same values from action.yml defaults as from no inputs at all', () => {
    const defaults = Object.fromEntries(
      Object.entries(actionYml.inputs)
        .filter(([, spec]) => spec.default !== undefined)
        .map(([name, spec]) => [name, String(spec.default)]),
    )
    expect(getInputs(env(defaults))).toEqual(getInputs({}))
    expect(getInputs({})).toMatchObject({
      source: 'auto',
      tagPrefix: 'v',
      shortShaLength: 7,
      releaseBranches: ['main'],
    })
  })

  it('reads every input it declares, and declares every input it reads', () => {
    const read = new Set<string>()
    const spy = new Proxy({} as Record<string, string>, {
      get: (_t, key) => {
        if (typeof key === 'string' && key.startsWith('INPUT_')) read.add(key.slice(6).toLowerCase())
        return undefined
      },
    })
    getInputs(spy)
    expect([...read].sort()).toEqual(Object.keys(actionYml.inputs).sort())
  })

  it('takes none as an empty tag prefix', () => {
    expect(getInputs(env({'tag-prefix': 'none'})).tagPrefix).toBe('')
  })

  it.each([
    [
      {source: 'svn'},
      "Input 'source': 'svn' is not one of 'auto', 'input', 'pyproject', 'package-json', 'cargo', 'version-file', 'git-tag'.",
    ],
    [{source: 'input'}, "Input 'version': is required when source is input."],
    [{source: 'pyproject', version: '1.0.0'}, "Input 'version': is given but source is 'pyproject'."],
    [{source: 'git-tag', file: 'x'}, "Input 'file': names a version file, but source 'git-tag' reads none."],
    [{'tag-prefix': '-v'}, "Input 'tag-prefix': '-v' cannot start a Docker or git tag."],
    [{'tag-prefix': 'a..b'}, "Input 'tag-prefix': 'a..b' cannot start"],
    [{'snapshot-label': 'SNAP-SHOT'}, "Input 'snapshot-label': 'SNAP-SHOT' must be letters and digits only"],
    [{'short-sha-length': '3'}, "Input 'short-sha-length': '3' is not a whole number from 4 to 40."],
    [{sha: 'abc1234'}, "Input 'sha': 'abc1234' is not a full commit SHA"],
    [
      {image: 'ghcr.io/o/app@sha256:abc'},
      "Input 'image': 'ghcr.io/o/app@sha256:abc' is not an image repository.",
    ],
    [{image: 'ghcr.io/o/app:latest'}, "Input 'image': 'ghcr.io/o/app:latest' is not an image repository."],
    [
      {'fail-if-tag-exists': 'maybe'},
      "Input 'fail-if-tag-exists': 'maybe' is not one of 'auto', 'true', 'false'.",
    ],
    [{'build-metadata': 'keep'}, "Input 'build-metadata': 'keep' is not one of 'reject', 'strip'."],
  ])('%j is refused: %s', (inputs, message) => {
    expect(() => getInputs(env(inputs))).toThrow(message)
  })

  it.each([
    'public.ecr.aws/alias/app',
    'localhost:5000/app',
    '127.0.0.1:5000/team/app',
    'ghcr.io/o/my_app-2',
    'app',
  ])('accepts the image repository %s', (image) => {
    expect(getInputs(env({image})).image).toBe(image)
  })
})
