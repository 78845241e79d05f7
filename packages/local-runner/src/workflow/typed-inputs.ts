/**
 * The `inputs` context of a called or dispatched workflow: each given value checked against its declared
 * type (a boolean input takes a boolean, not "yes" nor the string "true" an output gives), required inputs
 * present, and defaults filled in, as GitHub does before the called workflow starts.
 */
import {isLiteral} from '@actions/workflow-parser'
import {evaluateToken, type Scope, toPlain} from './expressions'
import type {InputDefinition} from './workflow-model'

export type InputValue = string | boolean | number

export interface TypedInputs {
  inputs: Record<string, InputValue>
  problems: string[]
}

/**
 * `lenientStrings`: accept "true"/"false" and numeric strings for boolean and number inputs, as the
 * `workflow_dispatch` API does (it takes every input as a string).
 */
export function typeInputs(
  definitions: readonly InputDefinition[],
  given: Record<string, unknown>,
  where: string,
  scope: Scope,
  lenientStrings = false,
): TypedInputs {
  const problems: string[] = []
  const inputs: Record<string, InputValue> = {}
  const byName = new Map(definitions.map((d) => [d.name.toLowerCase(), d]))
  const givenByName = new Map(Object.entries(given).map(([name, value]) => [name.toLowerCase(), value]))
  for (const name of Object.keys(given)) {
    if (!byName.has(name.toLowerCase())) {
      const declared = definitions.map((d) => d.name).join(', ') || 'none'
      problems.push(`${where}: input '${name}' is not declared (declared: ${declared})`)
    }
  }
  for (const definition of definitions) {
    const value = givenByName.get(definition.name.toLowerCase())
    if (value === undefined || value === null) {
      if (definition.required) problems.push(`${where}: required input '${definition.name}' is not given`)
      inputs[definition.name] = defaultValue(definition, scope)
      continue
    }
    const checked = typedValue(definition, value, lenientStrings)
    if (typeof checked === 'object') problems.push(`${where}: input '${definition.name}' ${checked.problem}`)
    else inputs[definition.name] = checked
  }
  return {inputs, problems}
}

function typedValue(
  definition: InputDefinition,
  value: unknown,
  lenient: boolean,
): InputValue | {problem: string} {
  const shown =
    typeof value === 'string' ? `the string '${value}'` : `${typeof value} ${JSON.stringify(value)}`
  switch (definition.type) {
    case 'boolean':
      if (typeof value === 'boolean') return value
      if (lenient && (value === 'true' || value === 'false')) return value === 'true'
      return {
        problem: `is a boolean input and got ${shown}; pass true or false (fromJSON() turns an output into one)`,
      }
    case 'number':
      if (typeof value === 'number') return value
      if (lenient && typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) {
        return Number(value)
      }
      return {
        problem: `is a number input and got ${shown}; pass a number (fromJSON() turns an output into one)`,
      }
    default: {
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        return {problem: `is a ${definition.type} input and got ${shown}`}
      }
      const text = String(value)
      if (definition.type === 'choice' && definition.options && !definition.options.includes(text)) {
        return {problem: `got '${text}', which is not one of its options: ${definition.options.join(', ')}`}
      }
      return text
    }
  }
}

/** The default, or the empty value of the type (false, 0, '') as GitHub gives an unset optional input. */
function defaultValue(definition: InputDefinition, scope: Scope): InputValue {
  const token = definition.default
  if (token) {
    const value = toPlain(evaluateToken(token, scope))
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      if (definition.type === 'boolean' && typeof value === 'string' && isLiteral(token))
        return value === 'true'
      return value
    }
  }
  return definition.type === 'boolean' ? false : definition.type === 'number' ? 0 : ''
}
