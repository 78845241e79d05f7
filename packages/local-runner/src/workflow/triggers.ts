/**
 * What a workflow's `on:` declares for being called (`workflow_call`: typed inputs, secrets, outputs) or
 * dispatched (`workflow_dispatch` inputs). Read from the template tokens because the parser's converter
 * drops `workflow_call.outputs` and the `number` input type.
 */
import {isMapping, isSequence} from '@actions/workflow-parser'
import type {TemplateToken} from '@actions/workflow-parser/templates/tokens/index'
import {booleanValue, entries, field, stringList, stringValue} from './tokens'
import type {CallInterface, InputDefinition, InputType} from './workflow-model'

const INPUT_TYPES: readonly InputType[] = ['string', 'boolean', 'number', 'choice', 'environment']

/** Whether `on:` names `event`, and its configuration token (`null` or absent for a bare name). */
function trigger(on: TemplateToken | undefined, event: string): {present: boolean; config?: TemplateToken} {
  if (!on) return {present: false}
  if (isMapping(on)) {
    const config = on.find(event)
    return config === undefined ? {present: false} : {present: true, config}
  }
  if (isSequence(on)) return {present: (stringList(on) ?? []).includes(event)}
  return {present: stringValue(on) === event}
}

export function readCallInterface(on: TemplateToken | undefined): CallInterface | undefined {
  const call = trigger(on, 'workflow_call')
  if (!call.present) return undefined
  return {
    inputs: readInputs(field(call.config, 'inputs')),
    secrets: entries(field(call.config, 'secrets')).map(({name, value}) => ({
      name,
      required: booleanValue(field(value, 'required')) ?? false,
    })),
    outputs: entries(field(call.config, 'outputs')).flatMap(({name, value}) => {
      const expression = field(value, 'value')
      return expression ? [{name, value: expression}] : []
    }),
  }
}

export function readDispatchInputs(on: TemplateToken | undefined): InputDefinition[] | undefined {
  const dispatch = trigger(on, 'workflow_dispatch')
  return dispatch.present ? readInputs(field(dispatch.config, 'inputs')) : undefined
}

function readInputs(token: TemplateToken | undefined): InputDefinition[] {
  return entries(token).map(({name, value}) => {
    const type = stringValue(field(value, 'type')) ?? 'string'
    return {
      name,
      type: INPUT_TYPES.includes(type as InputType) ? (type as InputType) : 'string',
      required: booleanValue(field(value, 'required')) ?? false,
      default: field(value, 'default'),
      options: stringList(field(value, 'options')),
    }
  })
}
