/**
 * Terraform outputs as step outputs: strings as they are, every other type as JSON. Values of outputs
 * Terraform marks sensitive are registered as secrets before anything is written, so the runner masks
 * them in every later log line.
 */
import type {TerraformOutput} from './terraform'

export interface StepOutputs {
  /** Name → text, in Terraform's order. */
  values: Record<string, string>
  /** Every Terraform output name → value, for `outputs-json`. */
  json: Record<string, unknown>
  /** Texts to mask: each sensitive output's text and the strings inside it. */
  secrets: string[]
  sensitive: string[]
  /** Outputs not exported because their name is one of the action's own outputs. */
  shadowed: string[]
}

/** Shorter strings inside a sensitive structure are left visible: masking "1" or "us" would blank logs. */
const MIN_MASKED_LEAF = 4

export function toStepOutputs(
  outputs: Record<string, TerraformOutput>,
  reserved: ReadonlySet<string>,
): StepOutputs {
  const result: StepOutputs = {values: {}, json: {}, secrets: [], sensitive: [], shadowed: []}
  for (const [name, output] of Object.entries(outputs)) {
    const text = outputText(output.value)
    result.json[name] = output.value
    if (output.sensitive) {
      result.sensitive.push(name)
      result.secrets.push(text, ...leafStrings(output.value).filter((s) => s.length >= MIN_MASKED_LEAF))
      // JSON-escaped forms appear in outputs-json.
      if (typeof output.value === 'string') result.secrets.push(JSON.stringify(output.value).slice(1, -1))
    }
    if (reserved.has(name)) result.shadowed.push(name)
    else result.values[name] = text
  }
  result.secrets = [...new Set(result.secrets.filter(Boolean))]
  return result
}

export function outputText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

function leafStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)]
  if (Array.isArray(value)) return value.flatMap(leafStrings)
  if (value && typeof value === 'object') return Object.values(value).flatMap(leafStrings)
  return []
}
