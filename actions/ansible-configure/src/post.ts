import {join} from 'node:path'
import {runCommand} from '@deploy-actions/kit/exec'
import {getState, info} from '@deploy-actions/kit/workflow'
import {removeRunDir, STATE_RUN_DIR} from './run-dir'
import {closeConnections} from './ssh-connections'

/** Removes what a main step that was stopped before its own clean-up left in RUNNER_TEMP. */
export async function post(): Promise<void> {
  const dir = getState(STATE_RUN_DIR)
  if (!dir) return
  await closeConnections(join(dir, 'cp'), runCommand)
  if (removeRunDir(dir)) info(`Removed ${dir} (keys, vault password, inventory) left by an interrupted run.`)
  else info('Nothing to clean up: the run removed its secret files itself.')
}
