import {describe, expect, test} from '@jest/globals'
import {githubRepository} from '../src/git'

describe('githubRepository', () => {
  test.each([
    ['https://github.com/acme/widgets.git', 'acme/widgets'],
    ['https://x-access-token:t@github.com/acme/widgets', 'acme/widgets'],
    ['git@github.com:acme/widgets.git', 'acme/widgets'],
    ['ssh://git@github.com/acme/my.repo.git', 'acme/my.repo'],
    ['https://gitlab.com/acme/widgets.git', undefined],
    ['/srv/git/widgets.git', undefined],
  ])('%s → %s', (url, expected) => {
    expect(githubRepository(url)).toBe(expected)
  })
})
