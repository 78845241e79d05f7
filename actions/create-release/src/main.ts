import {readFileSync} from 'node:fs'
import {createClient, type GitHub} from '@deploy-actions/github/client'
import {Releases} from '@deploy-actions/github/releases'
import {type CommandRunner, runCommand} from '@deploy-actions/kit/exec'
import {write} from '@deploy-actions/kit/summary'
import * as workflow from '@deploy-actions/kit/workflow'
import {findAssets} from './assets'
import {buildChangelog, findPreviousTag} from './changelog'
import type {Inputs} from './inputs'
import {composeNotes} from './notes'
import {checkTag, ensureRelease, type Result} from './release-flow'
import {summaryMarkdown} from './summary'

export interface Deps {
  env: NodeJS.ProcessEnv
  exec: CommandRunner
  /** The GitHub client for a token: Octokit with retries against `GITHUB_API_URL`. */
  github: (token: string) => GitHub
}

export function defaultDeps(env: NodeJS.ProcessEnv = process.env): Deps {
  return {
    env,
    exec: runCommand,
    github: (token) =>
      createClient({
        token,
        baseUrl: env['GITHUB_API_URL'] || undefined,
        log: workflow.info,
        debug: workflow.debug,
      }),
  }
}

export async function main(inputs: Inputs, deps: Deps = defaultDeps()): Promise<void> {
  const {env} = deps
  const {repository} = inputs
  const files = await workflow.group('Find the files to attach', async () => {
    const found = await findAssets(inputs.files, inputs.workingDirectory)
    for (const f of found) workflow.info(`${f.name} (${f.size} bytes) from ${f.path}`)
    return found
  })
  const releases = new Releases(deps.github(inputs.token), repository)
  const repoUrl = `${(env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '')}/${repository.owner}/${repository.repo}`

  const {sha, tagged} = await workflow.group(`Check tag ${inputs.tag}`, async () => {
    const sha = await releases.resolveCommit(inputs.target)
    const tagged = await checkTag(releases, inputs.tag, sha)
    workflow.info(
      tagged
        ? `${inputs.tag} already points at ${sha}.`
        : `${inputs.tag} does not exist yet; it will point at ${sha}.`,
    )
    return {sha, tagged}
  })

  const {previous, changelog} = await workflow.group(
    `Write the changelog (${inputs.changelog})`,
    async () => {
      const previous = await findPreviousTag(releases, inputs.tag, inputs.previousTag)
      workflow.info(previous ? `Previous release: ${previous.tag} (${previous.sha})` : 'No previous release.')
      const changelog = await buildChangelog(
        {
          style: inputs.changelog,
          tag: inputs.tag,
          sha,
          previous,
          repoUrl,
          workingDirectory: inputs.workingDirectory,
        },
        {releases, exec: deps.exec},
      )
      if (changelog) workflow.info(changelog)
      return {previous, changelog}
    },
  )

  const result: Result = await workflow.group(`Release ${inputs.tag}`, () =>
    ensureRelease(
      {
        tag: inputs.tag,
        sha,
        name: inputs.name,
        body: composeNotes({body: inputs.body, image: inputs, changelog}),
        prerelease: inputs.prerelease,
        draft: inputs.draft,
        makeLatest: inputs.makeLatest,
        updateNotes: inputs.updateNotes,
        assets: files,
      },
      tagged,
      {
        releases,
        readFile: (path) => readFileSync(path),
        info: workflow.info,
        warn: (m) => workflow.warning(m),
      },
    ),
  )

  const release = result.release
  workflow.setOutput('id', String(release.id))
  workflow.setOutput('url', release.url)
  workflow.setOutput('upload-url', release.uploadUrl)
  workflow.setOutput('tag', release.tag)
  workflow.setOutput('sha', sha)
  workflow.setOutput('created', String(result.created))
  workflow.setOutput('previous-tag', previous?.tag ?? '')
  workflow.setOutput('changelog', changelog)
  write(
    ...summaryMarkdown({
      result,
      sha,
      previousTag: previous?.tag,
      image: inputs.image,
      digest: inputs.digest,
      changelog,
    }),
  )
}
