import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, test} from '@jest/globals'
import {type ActionRun, runAction} from '../src/run-action'
import {emptyWorkspace, removeFixtures, SECRET, writeFixtureAction} from './fixture-action'

afterAll(removeFixtures)

function seenEnv(run: ActionRun): Record<string, string> {
  return JSON.parse(run.outputs['env-json'] ?? '{}')
}

function seenEvent(run: ActionRun): unknown {
  return JSON.parse(run.outputs['event-json'] ?? 'null')
}

describe('runAction on a fixture action', () => {
  test('passes inputs with defaults, runs main then post, and reads back outputs, state and summary', async () => {
    const actionDir = writeFixtureAction()
    const workspace = emptyWorkspace()
    const run = await runAction({
      actionDir,
      workspace,
      inputs: {password: SECRET},
      env: {GITHUB_TOKEN: 'tok-123', EXTRA: 'yes'},
    })

    expect(run.exitCode).toBe(0)
    const env = seenEnv(run)
    expect(env).toMatchObject({
      INPUT_PASSWORD: SECRET,
      'INPUT_SHORT-SHA-LENGTH': '7',
      INPUT_WITH_SPACE: 'spaced',
      INPUT_TOKEN: 'tok-123',
      INPUT_ODD: 'pre--post',
      INPUT_FAIL: 'false',
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_WORKSPACE: workspace,
      GITHUB_ACTION_PATH: actionDir,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_SHA: '',
      GITHUB_REF: '',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
    })
    expect(env).not.toHaveProperty('RUNNER_DEBUG')
    expect(env).not.toHaveProperty('GITHUB_HEAD_REF')
    // No GitHub origin: the repository is left unset rather than invented.
    expect(env).not.toHaveProperty('GITHUB_REPOSITORY')
    expect(existsSync(env['GITHUB_OUTPUT']!)).toBe(false)
    expect(existsSync(env['RUNNER_TEMP']!)).toBe(false)

    expect(run.outputs).toMatchObject({multi: 'line one\nline two', plain: 'a=b', 'secret-out': SECRET})
    expect(run.state).toEqual({isPost: 'true', token: SECRET})
    expect(run.env).toEqual({FROM_MAIN: 'yes'})
    expect(run.summary).toBe(`## Main ran for ${SECRET}\npost: isPost=true token-length=${SECRET.length}\n`)
    expect(run.post).toEqual({exitCode: 0, log: 'post sees token *** and FROM_MAIN=yes\n'})
    expect(seenEvent(run)).toEqual({ref: '', after: ''})
  })

  test('masks every log line after ::add-mask:: and turns commands into readable lines', async () => {
    const run = await runAction({
      actionDir: writeFixtureAction(),
      workspace: emptyWorkspace(),
      inputs: {password: SECRET},
      env: {GITHUB_TOKEN: 'tok-123'},
    })

    expect(run.log).not.toContain(SECRET)
    expect(run.log).not.toContain('::')
    expect(run.log).not.toContain('a debug line')
    expect(run.log.split('\n')).toEqual(
      expect.arrayContaining([
        'before mask: s3',
        'password is ***',
        'stderr has ***',
        '▸ Build',
        'inside the group',
        'Warning: src/app.ts:12: Heads up: Disk 95% full',
        'second line',
        'Notice: plain notice',
      ]),
    )
    expect(run.masks).toEqual(['tok-123', SECRET])
    expect(run.annotations).toEqual([
      {
        level: 'warning',
        message: 'Disk 95% full\nsecond line',
        properties: {file: 'src/app.ts', line: '12', title: 'Heads up'},
      },
      {level: 'notice', message: 'plain notice', properties: {}},
    ])
    expect(run.stdout).toContain(`::add-mask::${SECRET}\n`)
    expect(run.stderr).toBe(`stderr has ${SECRET}\n`)
  })

  test('shows debug lines only with RUNNER_DEBUG=1', async () => {
    const run = await runAction({
      actionDir: writeFixtureAction('fixture', {noPost: true}),
      workspace: emptyWorkspace(),
      inputs: {password: SECRET},
      env: {RUNNER_DEBUG: '1'},
    })
    expect(run.log).toContain('Debug: a debug line\n')
    expect(seenEnv(run)['RUNNER_DEBUG']).toBe('1')
    expect(run.post).toBeUndefined()
  })

  test('reports a failing main step and still runs the post step by default', async () => {
    const run = await runAction({
      actionDir: writeFixtureAction(),
      workspace: emptyWorkspace(),
      inputs: {password: SECRET, fail: 'true'},
    })
    expect(run.exitCode).toBe(3)
    expect(run.log).toContain('Error: deploy.yml:3: it failed\n')
    expect(run.annotations).toContainEqual({
      level: 'error',
      message: 'it failed',
      properties: {file: 'deploy.yml', line: '3'},
    })
    expect(run.post?.exitCode).toBe(0)
  })

  test.each([
    ['success()', false, true],
    ['success()', true, false],
    ['failure()', false, false],
    ['failure()', true, true],
    ['cancelled()', true, false],
    ['always()', true, true],
  ])('post-if %s with a main step that fails=%s runs post: %s', async (postIf, fail, runsPost) => {
    const run = await runAction({
      actionDir: writeFixtureAction('fixture', {postIf}),
      workspace: emptyWorkspace(),
      inputs: {password: SECRET, fail: String(fail)},
    })
    expect(run.exitCode).toBe(fail ? 3 : 0)
    expect(run.post !== undefined).toBe(runsPost)
    expect(run.summary.includes('post: isPost=true')).toBe(runsPost)
  })

  test('stops a step at its time limit and reports it', async () => {
    const run = await runAction({
      actionDir: writeFixtureAction(),
      workspace: emptyWorkspace(),
      inputs: {password: SECRET, hang: 'true'},
      timeoutMs: 500,
    })
    expect(run.exitCode).toBe(124)
    expect(run.annotations.at(-1)).toEqual({
      level: 'error',
      message: 'The step was stopped after its time limit of 500 ms.',
      properties: {},
    })
    expect(run.post?.exitCode).toBe(0)
  })

  test('does not pass on INPUT_, STATE_, GITHUB_ or RUNNER_ variables of its own environment', async () => {
    const leaked = ['INPUT_PASSWORD', 'STATE_isPost', 'GITHUB_LEAKED', 'RUNNER_LEAKED']
    for (const key of leaked) process.env[key] = 'from-parent'
    try {
      const run = await runAction({
        actionDir: writeFixtureAction('fixture', {noPost: true}),
        workspace: emptyWorkspace(),
        inputs: {password: SECRET},
        env: {GITHUB_JOB: 'overridden'},
      })
      const env = seenEnv(run)
      expect(env['INPUT_PASSWORD']).toBe(SECRET)
      expect(env['GITHUB_JOB']).toBe('overridden')
      for (const key of leaked.slice(1)) expect(env).not.toHaveProperty(key)
    } finally {
      for (const key of leaked) delete process.env[key]
    }
  })
})

describe('runAction validation', () => {
  test('rejects an input the action does not declare, listing the valid ones', async () => {
    await expect(
      runAction({actionDir: writeFixtureAction('compute-version'), inputs: {password: 'x', colour: 'red'}}),
    ).rejects.toThrow(
      "Unknown input 'colour' for action 'compute-version'. " +
        'Valid inputs: password, short-sha-length, token, sha, odd, with space, fail, hang.',
    )
  })

  test('rejects a run without a required input that has no default', async () => {
    await expect(runAction({actionDir: writeFixtureAction('deploy'), inputs: {}})).rejects.toThrow(
      "Missing required input 'password' for action 'deploy'. Inputs it requires: password.",
    )
  })

  test('names the missing bundle and how to build it', async () => {
    const actionDir = writeFixtureAction('fixture', {noBundle: true})
    await expect(runAction({actionDir, inputs: {password: 'x'}})).rejects.toThrow(
      `Bundle ${join(actionDir, 'dist', 'index.js')} (runs.main in ${join(actionDir, 'action.yml')}) does not exist. ` +
        "Run 'pnpm build' to make the action bundles.",
    )
  })

  test('names the missing action.yml', async () => {
    const dir = emptyWorkspace('no-action')
    await expect(runAction({actionDir: dir})).rejects.toThrow(
      `No action definition at ${join(dir, 'action.yml')}`,
    )
  })
})

describe('runAction in a git checkout', () => {
  function git(cwd: string, ...args: string[]): string {
    return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
      cwd,
      encoding: 'utf8',
    }).trim()
  }

  function repo(): string {
    const dir = emptyWorkspace('widgets')
    git(dir, 'init', '-q', '-b', 'main')
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'first')
    return dir
  }

  test('takes GITHUB_SHA, GITHUB_REF and GITHUB_REPOSITORY from the checkout', async () => {
    const workspace = repo()
    git(workspace, 'remote', 'add', 'origin', 'git@github.com:acme/widgets.git')
    const sha = git(workspace, 'rev-parse', 'HEAD')
    const run = await runAction({
      actionDir: writeFixtureAction('fixture', {noPost: true}),
      workspace,
      inputs: {password: SECRET},
    })
    expect(seenEnv(run)).toMatchObject({
      GITHUB_SHA: sha,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_REF_TYPE: 'branch',
      GITHUB_REPOSITORY: 'acme/widgets',
      GITHUB_REPOSITORY_OWNER: 'acme',
      INPUT_SHA: sha,
    })
    expect(seenEvent(run)).toMatchObject({
      ref: 'refs/heads/main',
      after: sha,
      repository: {full_name: 'acme/widgets'},
    })
  })

  test('leaves GITHUB_REF empty on a detached HEAD, and explicit ref and sha win', async () => {
    const workspace = repo()
    git(workspace, 'checkout', '-q', '--detach')
    const actionDir = writeFixtureAction('fixture', {noPost: true})
    const detached = await runAction({actionDir, workspace, inputs: {password: SECRET}})
    expect(seenEnv(detached)['GITHUB_REF']).toBe('')
    expect(seenEnv(detached)['GITHUB_SHA']).toBe(git(workspace, 'rev-parse', 'HEAD'))

    const explicit = await runAction({
      actionDir,
      workspace,
      inputs: {password: SECRET},
      ref: 'refs/tags/v1.2.3',
      sha: 'a'.repeat(40),
    })
    expect(seenEnv(explicit)).toMatchObject({
      GITHUB_REF: 'refs/tags/v1.2.3',
      GITHUB_REF_NAME: 'v1.2.3',
      GITHUB_REF_TYPE: 'tag',
      GITHUB_SHA: 'a'.repeat(40),
    })
  })

  test('gives a pull_request event a minimal payload, the merge ref and the head and base branches', async () => {
    const workspace = repo()
    const sha = git(workspace, 'rev-parse', 'HEAD')
    const run = await runAction({
      actionDir: writeFixtureAction('fixture', {noPost: true}),
      workspace,
      eventName: 'pull_request',
      inputs: {password: SECRET},
    })
    expect(seenEvent(run)).toMatchObject({
      number: 1,
      pull_request: {number: 1, head: {sha, ref: 'feature'}, base: {sha, ref: 'main'}},
    })
    expect(seenEnv(run)).toMatchObject({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REF: 'refs/pull/1/merge',
      GITHUB_HEAD_REF: 'feature',
      GITHUB_BASE_REF: 'main',
    })
  })

  test('writes a given payload as is and takes the pull request from it', async () => {
    const payload = {number: 42, pull_request: {number: 42, head: {ref: 'fix/x'}, base: {ref: 'release'}}}
    const run = await runAction({
      actionDir: writeFixtureAction('fixture', {noPost: true}),
      workspace: emptyWorkspace(),
      eventName: 'pull_request',
      eventPayload: payload,
      inputs: {password: SECRET},
    })
    expect(seenEvent(run)).toEqual(payload)
    expect(seenEnv(run)).toMatchObject({
      GITHUB_REF: 'refs/pull/42/merge',
      GITHUB_HEAD_REF: 'fix/x',
      GITHUB_BASE_REF: 'release',
    })
  })
})
