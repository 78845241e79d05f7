/**
 * Keeps each action's README in step with its action.yml: the text between `<!-- inputs -->` and
 * `<!-- /inputs -->` (likewise outputs) is generated from the inputs and outputs it declares.
 *
 *   pnpm action-docs      # rewrite the tables
 *   pnpm action-docs --check  # fail when a README is out of date or lacks a required section
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse} from 'yaml'

interface ActionYml {
  inputs?: Record<string, {description?: string; required?: boolean; default?: string}>
  outputs?: Record<string, {description?: string}>
}

const root = fileURLToPath(new URL('..', import.meta.url))

export function actionNames(base = root): string[] {
  return readdirSync(join(base, 'actions'))
    .filter((name) => existsSync(join(base, 'actions', name, 'action.yml')))
    .sort()
}

/** Every action README has these sections, so a user finds the same things in the same places. */
export const REQUIRED_SECTIONS = [
  '## Usage',
  '## Inputs',
  '## Outputs',
  '## Permissions',
  '## Example',
] as const

/** The required section headings a README lacks (matched as whole heading lines, outside code blocks). */
export function missingSections(readme: string): string[] {
  const headings = new Set<string>()
  let fence: string | undefined
  for (const line of readme.split('\n')) {
    const marker = /^\s*(```|~~~)/.exec(line)?.[1]
    if (marker) fence = fence === marker ? undefined : (fence ?? marker)
    else if (!fence && line.startsWith('#')) headings.add(line.trimEnd())
  }
  return REQUIRED_SECTIONS.filter((section) => !headings.has(section))
}

const oneLine = (text = '') => text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')

export function tables(actionYml: string): {inputs: string; outputs: string} {
  const spec = parse(actionYml) as ActionYml
  const inputs = Object.entries(spec.inputs ?? {}).map(
    ([name, i]) =>
      `| \`${name}\` | ${oneLine(i.description)} | ${i.required ? 'yes' : 'no'} | ${i.default === undefined || i.default === '' ? '' : `\`${oneLine(String(i.default))}\``} |`,
  )
  const outputs = Object.entries(spec.outputs ?? {}).map(
    ([name, o]) => `| \`${name}\` | ${oneLine(o.description)} |`,
  )
  return {
    inputs: ['| Input | Description | Required | Default |', '| --- | --- | --- | --- |', ...inputs].join(
      '\n',
    ),
    outputs: ['| Output | Description |', '| --- | --- |', ...outputs].join('\n'),
  }
}

/** The README with its generated sections replaced; throws when a marker pair is missing. */
export function renderReadme(readme: string, actionYml: string, file: string): string {
  const generated = tables(actionYml)
  let out = readme
  for (const section of ['inputs', 'outputs'] as const) {
    const pattern = new RegExp(`<!-- ${section} -->[\\s\\S]*?<!-- /${section} -->`)
    if (!pattern.test(out))
      throw new Error(`${file} has no <!-- ${section} --> ... <!-- /${section} --> section.`)
    out = out.replace(pattern, () => `<!-- ${section} -->\n${generated[section]}\n<!-- /${section} -->`)
  }
  return out
}

function main(check: boolean, base: string): number {
  let stale = 0
  for (const name of actionNames(base)) {
    const dir = join(base, 'actions', name)
    const file = join('actions', name, 'README.md')
    if (!existsSync(join(dir, 'README.md'))) {
      console.error(`${file} is missing: every action documents itself there, with the table markers.`)
      stale++
      continue
    }
    const readme = readFileSync(join(dir, 'README.md'), 'utf8')
    const missing = missingSections(readme)
    if (missing.length) {
      console.error(
        `${file} lacks the section${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: add ${missing.length > 1 ? 'them' : 'it'}.`,
      )
      stale++
    }
    const rendered = renderReadme(readme, readFileSync(join(dir, 'action.yml'), 'utf8'), file)
    if (rendered === readme) continue
    if (check) {
      console.error(`${file} is out of date with its action.yml. Run 'pnpm action-docs'.`)
      stale++
    } else {
      writeFileSync(join(dir, 'README.md'), rendered)
      console.log(`Updated ${file}`)
    }
  }
  return stale ? 1 : 0
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // --root DIR: another checkout of the same layout (tests use a throwaway one).
  const rootAt = process.argv.indexOf('--root')
  process.exitCode = main(
    process.argv.includes('--check'),
    rootAt > 0 ? (process.argv[rootAt + 1] ?? root) : root,
  )
}
