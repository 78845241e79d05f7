import {spawnSync} from 'node:child_process'
import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {buildScript} from '../src/remote-script'
import {commandWords, shellQuote} from '../src/shell-quote'

/** What bash makes of `printf %s <quoted>`: the value itself, if the quoting is right. */
function throughBash(quoted: string): string {
  return spawnSync('bash', ['-c', `printf %s ${quoted}`], {encoding: 'utf8'}).stdout
}

describe('shellQuote', () => {
  it.each([
    ["it's", `'it'\\''s'`],
    ['$(id)', `'$(id)'`],
    ['', `''`],
  ])('quotes %j as %s', (value, quoted) => {
    expect(shellQuote(value)).toBe(quoted)
  })

  it('round-trips any string through a real bash', () => {
    fc.assert(
      fc.property(
        fc.string({unit: 'grapheme', maxLength: 40}).filter((s) => !s.includes('\0')),
        (value) => throughBash(shellQuote(value)) === value,
      ),
      {numRuns: 60},
    )
    const hostile = `'; rm -rf / #\n$(touch /tmp/x) \`id\` "$HOME" \\ !!`
    expect(throughBash(shellQuote(hostile))).toBe(hostile)
  })

  it('refuses a NUL, which no shell argument can hold', () => {
    expect(() => shellQuote('a\0b')).toThrow(/NUL/)
  })
})

describe('commandWords', () => {
  it.each([
    ['docker', ['docker']],
    ['sudo -n docker', ['sudo', '-n', 'docker']],
    ['  sudo   microk8s kubectl ', ['sudo', 'microk8s', 'kubectl']],
    ['docker --host unix:///run/docker.sock', ['docker', '--host', 'unix:///run/docker.sock']],
    ['docker; id', undefined],
    ['kubectl $(id)', undefined],
    ["kubectl 'x'", undefined],
  ])('%j → %j', (text, words) => {
    expect(commandWords(text)).toEqual(words)
  })
})

describe('buildScript', () => {
  it('puts strict mode and quoted exports before the script, inside a group reading /dev/null', () => {
    expect(buildScript({script: 'echo hi\n\n', env: {A: "x'y"}})).toBe(
      `set -euo pipefail\nexport A='x'\\''y'\n{\necho hi\n} </dev/null\n`,
    )
    expect(buildScript({script: 'echo hi', shell: 'sh'})).toBe('set -eu\n{\necho hi\n} </dev/null\n')
    expect(buildScript({script: 'echo hi', strict: false})).toBe('{\necho hi\n} </dev/null\n')
  })

  it('refuses an environment name that is not a shell name', () => {
    expect(() => buildScript({script: 'true', env: {'A-B': '1'}})).toThrow(
      /not a valid environment variable name/,
    )
  })
})
