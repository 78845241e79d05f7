/**
 * The files to attach, from the `files` globs (expanded with `@actions/glob`, as the runner's own
 * actions do). Every pattern must match a file, and asset names (file names) must be unique: both are
 * checked before anything is created.
 */
import {statSync} from 'node:fs'
import {basename, extname, resolve} from 'node:path'
import {InputError} from '@deploy-actions/kit/errors'

export interface AssetFile {
  path: string
  name: string
  size: number
  contentType: string
}

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.zip': 'application/zip',
  '.gz': 'application/gzip',
  '.tgz': 'application/gzip',
  '.tar': 'application/x-tar',
  '.sha256': 'text/plain',
  '.sig': 'application/octet-stream',
  '.yaml': 'application/yaml',
  '.yml': 'application/yaml',
  '.xml': 'application/xml',
  '.pdf': 'application/pdf',
  '.html': 'text/html',
}

export function contentTypeOf(name: string): string {
  return CONTENT_TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream'
}

export async function findAssets(patterns: readonly string[], cwd: string): Promise<AssetFile[]> {
  if (patterns.length === 0) return []
  const glob = await import('@actions/glob')
  const absolute = (pattern: string) => (pattern.startsWith('/') ? pattern : resolve(cwd, pattern))
  const exclusions = patterns.filter((p) => p.startsWith('!')).map((p) => `!${absolute(p.slice(1))}`)
  const files = new Map<string, AssetFile>()
  for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
    const globber = await glob.create([absolute(pattern), ...exclusions].join('\n'), {
      matchDirectories: false,
      implicitDescendants: false,
    })
    const matches = (await globber.glob()).filter((p) => statSync(p).isFile()).sort()
    if (matches.length === 0) {
      throw new InputError(
        'files',
        `'${pattern}' matches no file in ${cwd}. Build the files before this step, or fix the pattern.`,
      )
    }
    for (const path of matches) {
      const name = basename(path)
      const other = files.get(name)
      if (other && other.path !== path) {
        throw new InputError(
          'files',
          `two files would be uploaded as '${name}' (${other.path} and ${path}); ` +
            'release asset names must be unique.',
        )
      }
      files.set(name, {path, name, size: statSync(path).size, contentType: contentTypeOf(name)})
    }
  }
  return [...files.values()]
}
