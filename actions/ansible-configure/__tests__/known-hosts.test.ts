import {execFileSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {InputError} from '@deploy-actions/kit/errors'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'
import {afterAll, describe, expect, it} from '@jest/globals'
import {checkKnownHosts, hostsWithoutKey} from '../src/known-hosts'

afterAll(removeTempDirs)

const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEJ0i1QXc6V2QnJ2f3yY7bJmYbCG5q6c5LwPjUKxq1aB'

describe('checkKnownHosts', () => {
  it('normalises line ends and keeps comments, markers and hashed entries', () => {
    const text = `# web\r\n[10.0.0.1]:2222 ${KEY}\r\n@cert-authority *.example.com ${KEY}\n|1|abc=|def= ${KEY} comment\n`
    expect(checkKnownHosts(text)).toBe(
      `# web\n[10.0.0.1]:2222 ${KEY}\n@cert-authority *.example.com ${KEY}\n|1|abc=|def= ${KEY} comment\n`,
    )
  })

  it.each([
    ['only a key', KEY, /line 1 has a key but no host/],
    ['a cut key', `10.0.0.1 ssh-ed25519 AAAA%%`, /line 1: the key data does not hold a ssh-ed25519 key/],
    ['an unknown key type', `10.0.0.1 ssh-foo AAAA`, /line 1 is not a known_hosts line/],
    ['an unknown marker', `@trusted 10.0.0.1 ${KEY}`, /line 1: unknown marker '@trusted'/],
    [
      'a bad second line',
      `10.0.0.1 ${KEY}\n10.0.0.2`,
      /^Input 'known-hosts': line 2 is not a known_hosts line/,
    ],
    ['only comments', '# nothing\n\n', /has no host keys/],
  ])('rejects %s', (_, text, message) => {
    expect(() => checkKnownHosts(text)).toThrow(InputError)
    expect(() => checkKnownHosts(text)).toThrow(message)
  })
})

describe('hostsWithoutKey', () => {
  it('finds plain, wildcard and negated entries, with the [host]:port form for other ports', () => {
    const known = checkKnownHosts(
      `10.0.0.1 ${KEY}\n[10.0.0.2]:2222 ${KEY}\n*.example.com,!bad.example.com ${KEY}\n@revoked 10.0.0.9 ${KEY}`,
    )
    const hosts = [
      {host: '10.0.0.1', port: 22},
      {host: '10.0.0.2', port: 22},
      {host: '10.0.0.2', port: 2222},
      {host: 'web.example.com', port: 22},
      {host: 'bad.example.com', port: 22},
      {host: '10.0.0.9', port: 22},
    ]
    expect(hostsWithoutKey(known, hosts)).toEqual(['10.0.0.2', 'bad.example.com', '10.0.0.9'])
  })

  it('matches entries hashed by ssh-keygen -H', () => {
    const dir = tempDir()
    const file = join(dir, 'known_hosts')
    writeFileSync(file, `[10.0.0.5]:2222 ${KEY}\nweb.example.com ${KEY}\n`)
    execFileSync('ssh-keygen', ['-H', '-f', file], {stdio: 'ignore'})
    const hashed = readFileSync(file, 'utf8')
    expect(hashed).not.toContain('10.0.0.5')
    expect(hashed).toMatch(/^\|1\|/)
    const known = checkKnownHosts(hashed)
    expect(
      hostsWithoutKey(known, [
        {host: '10.0.0.5', port: 2222},
        {host: 'web.example.com', port: 22},
        {host: '10.0.0.5', port: 22},
        {host: 'db.example.com', port: 22},
      ]),
    ).toEqual(['10.0.0.5', 'db.example.com'])
  })
})
