/**
 * Every action folder is complete: an action.yml that a runner and the Marketplace accept, a README whose
 * input and output tables match it, and a committed bundle.
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from '@jest/globals'
import {parse} from 'yaml'
import {actionNames, missingSections, renderReadme} from '../scripts/action-docs'
import {marketplaceProblems} from '../scripts/marketplace-checks'

const root = fileURLToPath(new URL('..', import.meta.url))

interface ActionYml {
  name?: string
  description?: string
  branding?: {icon?: string; color?: string}
  inputs?: Record<string, {description?: string}>
  outputs?: Record<string, {description?: string}>
  runs?: {using?: string; main?: string; post?: string}
}

describe.each(actionNames())('%s', (name) => {
  const dir = join(root, 'actions', name)
  const text = readFileSync(join(dir, 'action.yml'), 'utf8')
  const spec = parse(text) as ActionYml

  it('declares a node24 action with a committed bundle', () => {
    expect(spec.runs?.using).toBe('node24')
    expect(spec.runs?.main).toBe('dist/index.js')
    expect(existsSync(join(dir, 'dist', 'index.js'))).toBe(true)
    if (spec.runs?.post) expect(spec.runs.post).toBe('dist/index.js')
  })

  it('has the fields the Marketplace requires: name, description, an allowed icon and colour', () => {
    expect(marketplaceProblems(spec, dir)).toEqual([])
  })

  it('describes every input and output', () => {
    for (const [key, value] of [
      ...Object.entries(spec.inputs ?? {}),
      ...Object.entries(spec.outputs ?? {}),
    ]) {
      expect({key, described: Boolean(value.description?.trim())}).toEqual({key, described: true})
    }
  })

  it("has a README with usage, permissions and an example, whose tables match action.yml (run 'pnpm action-docs')", () => {
    const readme = readFileSync(join(dir, 'README.md'), 'utf8')
    expect(renderReadme(readme, text, `actions/${name}/README.md`)).toBe(readme)
    expect(missingSections(readme)).toEqual([])
  })
})
