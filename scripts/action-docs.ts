/**
 * Keeps each action's README in step with its action.yml: the text between `<!-- inputs -->` and
 * `<!-- /inputs -->` (likewise outputs) is generated from the inputs and outputs it declares.
 *
 *   pnpm action-docs      # rewrite the tables
 *   pnpm action-docs --check  # fail when a README is out of date
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

export function actionNames(): string[] {
  return readdirSync(join(root, 'actions'))
    .filter((name) => existsSync(join(root, 'actions', name, 'action.yml')))
    .sort()
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

function main(check: boolean): number {
  let stale = 0
  for (const name of actionNames()) {
    const dir = join(root, 'actions', name)
    const file = join('actions', name, 'README.md')
    if (!existsSync(join(dir, 'README.md'))) {
      console.error(`${file} is missing: every action documents itself there, with the table markers.`)
      stale++
      continue
    }
    const readme = readFileSync(join(dir, 'README.md'), 'utf8')
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
  process.exitCode = main(process.argv.includes('--check'))
}
