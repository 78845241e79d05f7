/**
 * Where a version is declared. Each manifest reader takes the file's text and returns the raw version
 * string and the key it came from, or why the file declares none; malformed files throw.
 */
import {parse as parseToml} from 'smol-toml'
import type {Source} from './inputs'
import {VersionError} from './version'

export type FileSource = Extract<Source, 'pyproject' | 'package-json' | 'cargo' | 'version-file'>

/** The files `source: auto` looks for, in order, and the default file of each file source. */
export const DEFAULT_FILES: readonly {source: FileSource; file: string}[] = [
  {source: 'pyproject', file: 'pyproject.toml'},
  {source: 'package-json', file: 'package.json'},
  {source: 'cargo', file: 'Cargo.toml'},
  {source: 'version-file', file: 'VERSION'},
]

export type Declared = {found: true; raw: string; key: string} | {found: false; reason: string}

type Table = Record<string, unknown>

export function readDeclaredVersion(source: FileSource, file: string, text: string): Declared {
  switch (source) {
    case 'pyproject':
      return fromPyproject(parseTomlFile(file, text))
    case 'cargo':
      return fromCargo(parseTomlFile(file, text))
    case 'package-json':
      return fromPackageJson(file, text)
    case 'version-file':
      return fromVersionFile(text)
  }
}

/** Infers the source from a file name, for a `file` input given with `source: auto`. */
export function sourceOfFile(file: string): FileSource {
  const base = file.split(/[\\/]/).pop() ?? file
  if (base === 'pyproject.toml') return 'pyproject'
  if (base === 'package.json') return 'package-json'
  if (base === 'Cargo.toml') return 'cargo'
  return 'version-file'
}

function fromPyproject(doc: Table): Declared {
  const project = table(doc['project'])
  if (project && 'version' in project) return stringAt(project['version'], '[project].version')
  const poetry = table(table(doc['tool'])?.['poetry'])
  if (poetry && 'version' in poetry) return stringAt(poetry['version'], '[tool.poetry].version')
  const dynamic = Array.isArray(project?.['dynamic']) && (project['dynamic'] as unknown[]).includes('version')
  return {
    found: false,
    reason: dynamic
      ? "[project] lists 'version' as dynamic (a build backend sets it)"
      : 'neither [project].version nor [tool.poetry].version is set',
  }
}

function fromCargo(doc: Table): Declared {
  const pkg = table(doc['package'])
  const inherited = table(pkg?.['version'])?.['workspace'] === true
  if (pkg && 'version' in pkg && !inherited) return stringAt(pkg['version'], '[package].version')
  const workspacePackage = table(table(doc['workspace'])?.['package'])
  if (workspacePackage && 'version' in workspacePackage) {
    return stringAt(workspacePackage['version'], '[workspace.package].version')
  }
  return {
    found: false,
    reason: inherited
      ? '[package].version is inherited from a workspace root that is not this file; point file at the root Cargo.toml'
      : 'neither [package].version nor [workspace.package].version is set',
  }
}

function fromPackageJson(file: string, text: string): Declared {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (err) {
    throw new VersionError(`${file} is not valid JSON: ${(err as Error).message}`, {file})
  }
  const obj = table(doc)
  if (!obj || !('version' in obj)) return {found: false, reason: "it has no 'version' field"}
  return stringAt(obj['version'], 'version')
}

function fromVersionFile(text: string): Declared {
  const lines = text.split(/\r?\n/).map((l) => l.trim())
  const first = lines.find((l) => l !== '' && !l.startsWith('#'))
  if (first === undefined) return {found: false, reason: 'it is empty'}
  return {found: true, raw: first, key: 'first line'}
}

function parseTomlFile(file: string, text: string): Table {
  try {
    return parseToml(text) as Table
  } catch (err) {
    const line = (err as {line?: number}).line
    const firstLine = String((err as Error).message).split('\n')[0]
    throw new VersionError(`${file} is not valid TOML: ${firstLine}`, {file, line})
  }
}

/** A declared value that is not a string (`version = 1.4`) is still the version: it fails validation. */
function stringAt(value: unknown, key: string): Declared {
  return {found: true, raw: typeof value === 'string' ? value : String(JSON.stringify(value)), key}
}

function table(value: unknown): Table | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Table) : undefined
}
