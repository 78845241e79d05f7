/**
 * The one place an action fails. `index.ts` of every action calls `run()` and nothing else.
 *
 * Inputs are parsed first, with nothing but this kit loaded, so a bad input is reported within a few
 * milliseconds of start-up; the action's `main` (and the clients it imports) is loaded only after that.
 */
import {ActionError, errorMessage} from './errors'
import * as workflow from './workflow'

export interface ActionSpec<I> {
  /** Reads and validates every input; throws `InputError`. */
  inputs: () => I
  /** Loads the main step lazily: `() => import('./main')`. */
  main: () => Promise<{main: (inputs: I) => Promise<void>}>
  /** Loads the post step, for actions whose `action.yml` declares `post: dist/index.js`. */
  post?: () => Promise<{post: () => Promise<void>}>
}

const POST_STATE = 'isPost'

export async function run<I>(spec: ActionSpec<I>, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const isPost = workflow.getState(POST_STATE, env) === 'true'
  try {
    if (isPost) {
      if (spec.post) await (await spec.post()).post()
      return
    }
    const inputs = spec.inputs()
    if (spec.post) workflow.saveState(POST_STATE, 'true')
    await (await spec.main()).main(inputs)
  } catch (err) {
    fail(err, isPost)
  }
}

function fail(err: unknown, isPost: boolean): void {
  if (isPost) {
    // Clean-up is best effort: a post step warns but never turns a green job red.
    workflow.warning(`Clean-up did not finish: ${errorMessage(err)}`)
    return
  }
  if (err instanceof ActionError) {
    workflow.error(err.message, {file: err.file, startLine: err.line})
  } else {
    workflow.error(`Unexpected failure: ${errorMessage(err)}`)
  }
  if (err instanceof Error && err.stack) workflow.debug(err.stack)
  process.exitCode = 1
}
