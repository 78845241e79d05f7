import {run} from '@deploy-actions/kit/run'
import {getInputs} from './inputs'

void run({inputs: () => getInputs(), main: () => import('./main')})
