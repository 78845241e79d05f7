import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

const created: string[] = []

/** A fresh directory under the system temp dir; `removeTempDirs()` deletes every one made so far. */
export function tempDir(prefix = 'deploy-actions-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  created.push(dir)
  return dir
}

export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, {recursive: true, force: true})
}
