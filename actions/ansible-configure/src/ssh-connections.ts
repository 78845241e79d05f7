/**
 * Closing the SSH ControlMaster connections a run opened. Ansible leaves them open for ControlPersist
 * (60 s by default) after it exits; the run is over, and an open master would keep a session on each
 * host and a process on the runner after the step ended.
 */
import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import type {CommandRunner} from '@deploy-actions/kit/exec'

export async function closeConnections(controlPathDir: string, exec: CommandRunner): Promise<void> {
  let sockets: string[]
  try {
    sockets = readdirSync(controlPathDir)
  } catch {
    return
  }
  await Promise.all(
    sockets.map((name) =>
      exec('ssh', ['-O', 'exit', '-o', `ControlPath=${join(controlPathDir, name)}`, 'ansible-configure'], {
        quiet: true,
        allowFailure: true,
      }).catch(() => undefined),
    ),
  )
}
