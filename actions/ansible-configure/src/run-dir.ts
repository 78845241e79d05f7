/**
 * The per-run directory under RUNNER_TEMP that holds everything secret or run-specific: the private key,
 * the vault password, known_hosts, the inventory and extra-vars files, the callback plugin, its events
 * file and the SSH connection sockets. Never the workspace, which later steps (and caches and artifacts)
 * can read. The directory is 0700 and every file 0600; the main step removes it when it ends, and the
 * post step removes whatever a killed main step left behind.
 */
import {chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

export const STATE_RUN_DIR = 'runDir'
const PREFIX = 'ansible-configure-'

export function createRunDir(env: NodeJS.ProcessEnv = process.env): string {
  const parent = env['RUNNER_TEMP'] || tmpdir()
  mkdirSync(parent, {recursive: true})
  const dir = mkdtempSync(join(parent, PREFIX))
  chmodSync(dir, 0o700)
  return dir
}

/** Writes a new file readable by its owner only; fails rather than overwrite one. */
export function writePrivateFile(dir: string, name: string, content: string): string {
  const path = join(dir, name)
  writeFileSync(path, content, {mode: 0o600, flag: 'wx'})
  // The mode given to writeFileSync is filtered by the umask; set it outright.
  chmodSync(path, 0o600)
  return path
}

export function makePrivateDir(dir: string, name: string): string {
  const path = join(dir, name)
  mkdirSync(path, {mode: 0o700})
  chmodSync(path, 0o700)
  return path
}

/**
 * Removes a run directory. Only directories this action made are touched: a state value pointing
 * anywhere else (it is written by the main step, but still) is refused.
 */
export function removeRunDir(dir: string): boolean {
  if (!dir.split(/[\\/]/).pop()?.startsWith(PREFIX)) {
    throw new Error(`Refusing to delete '${dir}': not a directory this action created.`)
  }
  if (!existsSync(dir)) return false
  // After a cancelled run, an orphaned ansible-playbook may still be writing here while it winds down:
  // retried removal (ENOTEMPTY, EBUSY) outlasts it.
  rmSync(dir, {recursive: true, force: true, maxRetries: 10, retryDelay: 200})
  return true
}
