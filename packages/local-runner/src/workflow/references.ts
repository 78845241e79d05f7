/**
 * The context paths an expression reads (`steps.build.outputs.tag` → `['steps', 'build', 'outputs', 'tag']`),
 * found by walking the syntax tree of GitHub's expression parser, so that names inside string literals or
 * function arguments are neither missed nor invented.
 */
import {data} from '@actions/expressions'
import {
  Binary,
  ContextAccess,
  type Expr,
  FunctionCall,
  Grouping,
  IndexAccess,
  Literal,
  Logical,
  Unary,
} from '@actions/expressions/ast'
import {isBasicExpression} from '@actions/workflow-parser'
import {TemplateToken} from '@actions/workflow-parser/templates/tokens/template-token'
import {parseExpression} from './expressions'

/** The paths of one expression; a path stops at the first index that is not a constant name. */
export function contextPaths(expression: string): string[][] {
  const paths: string[][] = []
  walk(parseExpression(expression), paths)
  return paths
}

/**
 * The expressions inside a template token (nested mappings and sequences included), as written: the
 * parser joins `a ${{ x }} b ${{ y }}` into one `format()` but keeps the originals for messages like ours.
 */
export function expressionsIn(token: TemplateToken): string[] {
  const out: string[] = []
  for (const [, item] of TemplateToken.traverse(token)) {
    if (isBasicExpression(item))
      out.push(...(item.originalExpressions?.map((e) => e.expression) ?? [item.expression]))
  }
  return out
}

function walk(node: Expr, paths: string[][]): void {
  if (node instanceof ContextAccess || node instanceof IndexAccess) {
    const indexes: Expr[] = []
    let root: Expr = node
    while (root instanceof IndexAccess) {
      indexes.unshift(root.index)
      root = root.expr
    }
    if (root instanceof ContextAccess) {
      const path = [root.name.lexeme]
      for (const index of indexes) {
        const name = constantName(index)
        if (name === undefined) break
        path.push(name)
      }
      paths.push(path)
    } else {
      walk(root, paths)
    }
    for (const index of indexes) if (constantName(index) === undefined) walk(index, paths)
    return
  }
  if (node instanceof Unary) walk(node.expr, paths)
  else if (node instanceof Binary) {
    walk(node.left, paths)
    walk(node.right, paths)
  } else if (node instanceof Logical || node instanceof FunctionCall) {
    for (const arg of node.args) walk(arg, paths)
  } else if (node instanceof Grouping) walk(node.group, paths)
}

function constantName(index: Expr): string | undefined {
  return index instanceof Literal && index.literal.kind === data.Kind.String
    ? index.literal.coerceString()
    : undefined
}
