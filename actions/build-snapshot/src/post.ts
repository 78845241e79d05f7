import {runCommand} from '@deploy-actions/kit/exec'
import * as workflow from '@deploy-actions/kit/workflow'

/** The registry `docker login` was run for, saved so the post step can log out. */
export const LOGIN_STATE = 'logged-in-registry'

export async function post(): Promise<void> {
  const registry = workflow.getState(LOGIN_STATE)
  if (!registry) return
  await workflow.group(`Log out of ${registry}`, () => runCommand('docker', ['logout', registry]))
}
