import {execFileSync} from 'node:child_process'
import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {tagNameProblem} from '../src/ref-name'

/** What git itself says about `refs/tags/<name>`. */
function gitAccepts(name: string): boolean {
  try {
    execFileSync('git', ['check-ref-format', `refs/tags/${name}`], {stdio: 'ignore'})
    return true
  } catch {
    return false
  }
}

describe('tagNameProblem', () => {
  it.each(['v1.2.3', 'v1.2.3-rc.1', 'release/2026.11', 'v1.2.3+build.5', 'app@1.0.0', 'a.b_c-d'])(
    'accepts %j',
    (name) => {
      expect(tagNameProblem(name)).toBeUndefined()
    },
  )

  it.each([
    ['', 'is empty'],
    ['@', "is '@', which git reserves"],
    ['v1..2', "contains '..'"],
    ['v1 2', 'contains a space, which git does not allow in a tag'],
    ['v1\t2', 'contains a control character (0x09), which git does not allow in a tag'],
    ['v1~2', "contains '~', which git does not allow in a tag"],
    ['v1^2', "contains '^', which git does not allow in a tag"],
    ['v1:2', "contains ':', which git does not allow in a tag"],
    ['v1?', "contains '?', which git does not allow in a tag"],
    ['v1*', "contains '*', which git does not allow in a tag"],
    ['v1[2', "contains '[', which git does not allow in a tag"],
    ['v1\\2', "contains '\\', which git does not allow in a tag"],
    ['v1@{2', "contains '@{'"],
    ['/v1', "has an empty path component (a leading, trailing or doubled '/')"],
    ['v1/', "has an empty path component (a leading, trailing or doubled '/')"],
    ['a//b', "has an empty path component (a leading, trailing or doubled '/')"],
    ['v1.', "ends with '.'"],
    ['a/.b', "has a component starting with '.' ('.b')"],
    ['a.lock/b', "has a component ending with '.lock' ('a.lock')"],
    ['-v1', "starts with '-', which git would read as an option"],
  ])('refuses %j: it %s', (name, problem) => {
    expect(tagNameProblem(name)).toBe(problem)
  })

  it('agrees with git check-ref-format on generated names', () => {
    const chars = fc.constantFrom(...'av1.-/_@{}~^:?*[\\ .lock'.split(''), 'lock', '..', '@{', '.lock')
    fc.assert(
      fc.property(fc.array(chars, {minLength: 1, maxLength: 8}), (parts) => {
        const name = parts.join('')
        // Names git accepts as tags but this action refuses on purpose: options to git, or its HEAD alias.
        if (name.startsWith('-') || name === '@') return
        expect({name, ok: tagNameProblem(name) === undefined}).toEqual({name, ok: gitAccepts(name)})
      }),
      {numRuns: 300},
    )
  })
})
