import {describe, expect, it} from '@jest/globals'
import {readDeclaredVersion, sourceOfFile} from '../src/sources'

describe('pyproject.toml', () => {
  it.each([
    ['[project]\nname = "app"\nversion = "1.4.0"\n', '1.4.0', '[project].version'],
    ["[project]\nversion = '2.0.0-rc.1' # comment\n", '2.0.0-rc.1', '[project].version'],
    ['[tool.poetry]\nname = "app"\nversion = "0.3.1"\n', '0.3.1', '[tool.poetry].version'],
    ['[project]\nversion = "1.0.0"\n[tool.poetry]\nversion = "9.9.9"\n', '1.0.0', '[project].version'],
    ['[project]\nversion = 1.4\n', '1.4', '[project].version'],
    ['[project]\nversion = """1.2.3"""\n', '1.2.3', '[project].version'],
  ])('%j → %s', (text, raw, key) => {
    expect(readDeclaredVersion('pyproject', 'pyproject.toml', text)).toEqual({found: true, raw, key})
  })

  it('explains a dynamic version and a missing one', () => {
    expect(readDeclaredVersion('pyproject', 'pyproject.toml', '[project]\ndynamic = ["version"]\n')).toEqual({
      found: false,
      reason: "[project] lists 'version' as dynamic (a build backend sets it)",
    })
    expect(readDeclaredVersion('pyproject', 'pyproject.toml', '[build-system]\nrequires = []\n')).toEqual({
      found: false,
      reason: 'neither [project].version nor [tool.poetry].version is set',
    })
  })

  it('rejects malformed TOML with the file and line', () => {
    expect(() => readDeclaredVersion('pyproject', 'pyproject.toml', '[project]\nversion = "1.0.0\n')).toThrow(
      /^pyproject.toml is not valid TOML: /,
    )
    let caught: unknown
    try {
      readDeclaredVersion('pyproject', 'pyproject.toml', '[project]\nname = "a"\nversion = = "1"\n')
    } catch (err) {
      caught = err
    }
    expect(caught).toMatchObject({file: 'pyproject.toml', line: 3})
  })
})

describe('Cargo.toml', () => {
  it.each([
    ['[package]\nname = "app"\nversion = "0.1.0"\n', '0.1.0', '[package].version'],
    ['[workspace.package]\nversion = "3.1.4"\n', '3.1.4', '[workspace.package].version'],
    [
      '[workspace.package]\nversion = "3.1.4"\n[package]\nname = "a"\nversion.workspace = true\n',
      '3.1.4',
      '[workspace.package].version',
    ],
  ])('%j → %s', (text, raw, key) => {
    expect(readDeclaredVersion('cargo', 'Cargo.toml', text)).toEqual({found: true, raw, key})
  })

  it('says when the version is inherited from elsewhere', () => {
    const r = readDeclaredVersion('cargo', 'Cargo.toml', '[package]\nname = "a"\nversion.workspace = true\n')
    expect(r).toMatchObject({
      found: false,
      reason: expect.stringMatching(/inherited .* point file at the root/),
    })
  })
})

describe('package.json', () => {
  it('reads version', () => {
    expect(readDeclaredVersion('package-json', 'package.json', '{"name":"a","version":"1.2.3"}')).toEqual({
      found: true,
      raw: '1.2.3',
      key: 'version',
    })
    expect(readDeclaredVersion('package-json', 'package.json', '{"name":"a"}')).toEqual({
      found: false,
      reason: "it has no 'version' field",
    })
  })

  it('rejects broken JSON naming the file', () => {
    expect(() => readDeclaredVersion('package-json', 'web/package.json', '{"version": "1.0.0",}')).toThrow(
      /^web\/package.json is not valid JSON: /,
    )
  })
})

describe('VERSION', () => {
  it.each([
    ['1.2.3\n', '1.2.3'],
    ['\n# the version\n  v1.2.3  \nignored\n', 'v1.2.3'],
  ])('%j → %s', (text, raw) => {
    expect(readDeclaredVersion('version-file', 'VERSION', text)).toEqual({
      found: true,
      raw,
      key: 'first line',
    })
  })
  it('calls an empty file empty', () => {
    expect(readDeclaredVersion('version-file', 'VERSION', '\n\n')).toEqual({
      found: false,
      reason: 'it is empty',
    })
  })
})

describe('sourceOfFile', () => {
  it.each([
    ['services/api/pyproject.toml', 'pyproject'],
    ['web/package.json', 'package-json'],
    ['crates/x/Cargo.toml', 'cargo'],
    ['version.txt', 'version-file'],
  ])('%s → %s', (file, source) => {
    expect(sourceOfFile(file)).toBe(source)
  })
})
