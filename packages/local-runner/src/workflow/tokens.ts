/** Small readers over the parser's template tokens. */
import {isBoolean, isLiteral, isMapping, isSequence, isString} from '@actions/workflow-parser'
import type {MappingToken, TemplateToken} from '@actions/workflow-parser/templates/tokens/index'
import type {NamedToken} from './workflow-model'

export function mappingOf(token: TemplateToken | undefined): MappingToken | undefined {
  return token && isMapping(token) ? token : undefined
}

/** The value under `key`, or `undefined` when `token` is not a mapping or has no such key. */
export function field(token: TemplateToken | undefined, key: string): TemplateToken | undefined {
  return mappingOf(token)?.find(key)
}

/** The entries of a mapping, in order; none for anything else. */
export function entries(token: TemplateToken | undefined): NamedToken[] {
  const mapping = mappingOf(token)
  if (!mapping) return []
  return [...mapping].map((pair) => ({name: pair.key.toString(), value: pair.value}))
}

export function stringValue(token: TemplateToken | undefined): string | undefined {
  return token && isString(token) ? token.value : undefined
}

export function booleanValue(token: TemplateToken | undefined): boolean | undefined {
  return token && isBoolean(token) ? token.value : undefined
}

/** The strings of a literal sequence. */
export function stringList(token: TemplateToken | undefined): string[] | undefined {
  if (!token || !isSequence(token)) return undefined
  const out: string[] = []
  for (let i = 0; i < token.count; i++) {
    const item = token.get(i)
    if (isLiteral(item)) out.push(item.toString())
  }
  return out
}
