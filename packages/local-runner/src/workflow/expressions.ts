/**
 * Evaluates `${{ }}` with GitHub's own expression parser and evaluator (`@actions/expressions`), adding
 * what the evaluator leaves to its host: the contexts, the status functions (`success()`, `failure()`,
 * `always()`, `cancelled()`), and turning template tokens into values.
 */
import {data, Evaluator, Lexer, Parser} from '@actions/expressions'
import {
  Binary,
  type Expr,
  FunctionCall,
  Grouping,
  IndexAccess,
  Literal,
  Logical,
  Unary,
} from '@actions/expressions/ast'
import type {FunctionDefinition} from '@actions/expressions/funcs/info'
import {TokenType} from '@actions/expressions/lexer'
import {truthy} from '@actions/expressions/result'
import {
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString,
} from '@actions/workflow-parser'
import type {TemplateToken} from '@actions/workflow-parser/templates/tokens/index'

export type Value = data.ExpressionData

/** Every context a workflow expression may name; the parser of each field narrows this further. */
export const CONTEXT_NAMES = [
  'github',
  'env',
  'vars',
  'secrets',
  'inputs',
  'steps',
  'needs',
  'job',
  'jobs',
  'runner',
  'matrix',
  'strategy',
]

const STATUS_FUNCTIONS = ['success', 'failure', 'always', 'cancelled'] as const

/**
 * What the status functions answer. For a step: `failure` once an earlier step failed. For a job: `success`
 * when every job it needs (transitively) succeeded, `failure` when one failed; a skipped need makes both
 * false, which is why GitHub skips a job after a skipped one.
 */
export interface Status {
  success: boolean
  failure: boolean
}

export interface Scope {
  /** Plain JSON-like values, one per context name. */
  contexts: Record<string, unknown>
  status: Status
}

export function parseExpression(expression: string): Expr {
  const {tokens} = new Lexer(expression).lex()
  const functions = STATUS_FUNCTIONS.map((name) => ({name, minArgs: 0, maxArgs: 0}))
  const tree = new Parser(tokens, CONTEXT_NAMES, functions).parse()
  unescapeQuotes(tree)
  return tree
}

/**
 * The lexer of @actions/expressions 0.3.61 turns only the first `''` of a string literal into `'`
 * (`String.replace` with a string pattern), so `format('a ''b'' {0}', x)` — what the parser makes of a
 * script holding `'b'` beside a `${{ }}` — would lose a quote. GitHub's evaluator unescapes every one;
 * each string literal is re-read here from its source text.
 */
function unescapeQuotes(node: Expr): void {
  if (node instanceof Literal) {
    if (node.token.type === TokenType.STRING) {
      node.literal = new data.StringData(node.token.lexeme.slice(1, -1).replaceAll("''", "'"))
    }
  } else if (node instanceof Unary) unescapeQuotes(node.expr)
  else if (node instanceof Binary) {
    unescapeQuotes(node.left)
    unescapeQuotes(node.right)
  } else if (node instanceof Logical || node instanceof FunctionCall) node.args.forEach(unescapeQuotes)
  else if (node instanceof Grouping) unescapeQuotes(node.group)
  else if (node instanceof IndexAccess) {
    unescapeQuotes(node.expr)
    unescapeQuotes(node.index)
  }
}

export function evaluate(expression: string, scope: Scope): Value {
  const context = toValue(scope.contexts) as data.Dictionary
  return new Evaluator(parseExpression(expression), context, statusFunctions(scope.status)).evaluate()
}

/** An `if:` condition, with GitHub's truthiness. */
export function isTrue(expression: string, scope: Scope): boolean {
  return truthy(evaluate(expression, scope))
}

/** GitHub's truthiness: false, 0, '', null (and NaN) are false. */
export function isTruthy(value: Value): boolean {
  return truthy(value)
}

/** A template token's value: literals as they are, expressions evaluated, mappings and sequences deeply. */
export function evaluateToken(token: TemplateToken, scope: Scope): Value {
  if (isBasicExpression(token)) return evaluate(token.expression, scope)
  if (isString(token)) return new data.StringData(token.value)
  if (isBoolean(token)) return new data.BooleanData(token.value)
  if (isNumber(token)) return new data.NumberData(token.value)
  if (isMapping(token)) {
    const out = new data.Dictionary()
    for (const pair of token) out.add(pair.key.toString(), evaluateToken(pair.value, scope))
    return out
  }
  if (isSequence(token)) {
    const out = new data.Array()
    for (let i = 0; i < token.count; i++) out.add(evaluateToken(token.get(i), scope))
    return out
  }
  return new data.Null()
}

/** A value as the runner puts it into a string (an input, a variable, a script): objects as JSON. */
export function toText(value: Value): string {
  switch (value.kind) {
    case data.Kind.Null:
      return ''
    case data.Kind.String:
      return (value as data.StringData).value
    case data.Kind.Array:
    case data.Kind.Dictionary:
      return JSON.stringify(value, data.replacer, 2)
    default:
      return value.coerceString()
  }
}

export function toPlain(value: Value): unknown {
  return JSON.parse(JSON.stringify(value, data.replacer) ?? 'null')
}

export function toValue(plain: unknown): Value {
  return JSON.parse(JSON.stringify(plain ?? null), data.reviver) as Value
}

/** A token evaluated to a text, `undefined` when the token is absent. */
export function evaluateText(token: TemplateToken | undefined, scope: Scope): string | undefined {
  return token === undefined ? undefined : toText(evaluateToken(token, scope))
}

/** A mapping token (`env:`, `with:`) evaluated to texts. */
export function evaluateTexts(entries: {name: string; value: TemplateToken}[], scope: Scope) {
  return Object.fromEntries(entries.map((e) => [e.name, toText(evaluateToken(e.value, scope))]))
}

function statusFunctions(status: Status): Map<string, FunctionDefinition> {
  const results: Record<(typeof STATUS_FUNCTIONS)[number], boolean> = {
    success: status.success,
    failure: status.failure,
    always: true,
    // Nothing cancels a local run.
    cancelled: false,
  }
  return new Map(
    STATUS_FUNCTIONS.map((name) => [
      name,
      {name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(results[name])},
    ]),
  )
}

/**
 * A text with `${{ }}` parts, such as an `action.yml` input default, with each part evaluated. The end of
 * a part is the first `}}` outside a quoted string, as GitHub finds it.
 */
export function expandTemplate(text: string, scope: Scope): string {
  let out = ''
  let rest = text
  for (let start = rest.indexOf('${{'); start >= 0; start = rest.indexOf('${{')) {
    const end = closingBraces(rest, start + 3)
    if (end < 0) break
    out += rest.slice(0, start) + toText(evaluate(rest.slice(start + 3, end).trim(), scope))
    rest = rest.slice(end + 2)
  }
  return out + rest
}

function closingBraces(text: string, from: number): number {
  let quoted = false
  for (let i = from; i < text.length - 1; i++) {
    if (text[i] === "'") quoted = !quoted
    else if (!quoted && text[i] === '}' && text[i + 1] === '}') return i
  }
  return -1
}
