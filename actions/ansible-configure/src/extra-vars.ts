/**
 * The `extra-vars` input, YAML or JSON (JSON is YAML), parsed here with the `yaml` library so a mistake
 * is reported with its line before Ansible starts, and handed to Ansible as a JSON file
 * (`--extra-vars @file`): no value ever passes through a shell or the command line.
 */
import {InputError} from '@deploy-actions/kit/errors'
import {parseDocument, type Tags, type YAMLError} from 'yaml'

/**
 * Ansible reads YAML with PyYAML, i.e. YAML 1.1, where `yes`/`no`/`on`/`off` are booleans. The 1.1 schema
 * of the library also takes `y` and `n` as booleans, which PyYAML does not; these two tags match PyYAML.
 */
const BOOL = 'tag:yaml.org,2002:bool'
const pyyamlBool = (value: boolean, test: RegExp) => ({
  identify: (v: unknown) => v === value,
  default: true,
  tag: BOOL,
  test,
  resolve: () => value,
})
const customTags = (tags: Tags): Tags => [
  pyyamlBool(true, /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/),
  pyyamlBool(false, /^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$/),
  ...tags.filter((t) => typeof t === 'string' || t.tag !== BOOL),
]

export function parseExtraVars(text: string): Record<string, unknown> {
  const doc = parseDocument(text, {uniqueKeys: true, version: '1.1', customTags})
  const problem = doc.errors[0]
  if (problem) throw new InputError('extra-vars', `is not valid YAML or JSON: ${describe(problem)}.`)
  const value: unknown = doc.toJS({maxAliasCount: 1000})
  if (value === null || value === undefined) return {}
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(
      'extra-vars',
      `is ${Array.isArray(value) ? 'a list' : `a ${typeof value}`}; give a mapping of variable names to ` +
        'values, e.g. "app_port: 8080" or {"app_port": 8080}.',
    )
  }
  for (const key of Object.keys(value)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
      throw new InputError(
        'extra-vars',
        `'${key.slice(0, 60)}' is not a valid Ansible variable name (letters, digits and '_', not starting with a digit).`,
      )
    }
  }
  return value as Record<string, unknown>
}

/**
 * Where and what, without the source excerpt the library would add: the text may hold secrets, and the
 * message becomes an annotation.
 */
function describe(err: YAMLError): string {
  const what = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
  const at = err.linePos?.[0]
  return at ? `line ${at.line}, column ${at.col}: ${what}` : what
}
