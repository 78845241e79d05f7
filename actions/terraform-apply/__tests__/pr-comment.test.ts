import {describe, expect, it} from '@jest/globals'
import {
  type CommentStore,
  commentMarker,
  fence,
  GITHUB_COMMENT_LIMIT,
  renderComment,
  type StoredComment,
  upsertComment,
} from '../src/pr-comment'

/** A pull request's comments in memory, recording every call. */
class FakeStore implements CommentStore {
  calls: string[] = []
  private next = 100

  constructor(readonly comments: StoredComment[] = []) {}

  async list() {
    this.calls.push('list')
    return this.comments.map((c) => ({...c}))
  }

  async create(body: string) {
    this.calls.push('create')
    const id = this.next++
    this.comments.push({id, body})
    return {id, url: `https://github.com/acme/infra/pull/7#issuecomment-${id}`}
  }

  async update(id: number, body: string) {
    this.calls.push(`update ${id}`)
    const comment = this.comments.find((c) => c.id === id)
    if (!comment) throw new Error(`no comment ${id}`)
    comment.body = body
    return {id, url: `https://github.com/acme/infra/pull/7#issuecomment-${id}`}
  }
}

const marker = commentMarker('infra@prod')

describe('upsertComment', () => {
  it('creates the comment once, then updates that same comment on every re-run', async () => {
    const store = new FakeStore([{id: 1, body: 'LGTM'}])
    const first = await upsertComment(store, marker, `${marker}\nplan one`)
    const second = await upsertComment(store, marker, `${marker}\nplan two`)
    expect(first).toEqual({action: 'created', id: 100, url: expect.stringContaining('issuecomment-100')})
    expect(second).toEqual({action: 'updated', id: 100, url: expect.stringContaining('issuecomment-100')})
    expect(store.comments).toEqual([
      {id: 1, body: 'LGTM'},
      {id: 100, body: `${marker}\nplan two`},
    ])
    expect(store.calls).toEqual(['list', 'create', 'list', 'update 100'])
  })

  it('keeps one comment per configuration and workspace', async () => {
    const store = new FakeStore()
    await upsertComment(store, commentMarker('infra@prod'), 'prod plan')
    await upsertComment(store, commentMarker('infra@staging'), 'staging plan')
    await upsertComment(store, commentMarker('infra@prod'), 'prod plan again')
    expect(store.comments.map((c) => c.body)).toEqual([
      `${commentMarker('infra@prod')}\nprod plan again`,
      `${commentMarker('infra@staging')}\nstaging plan`,
    ])
  })

  it('passes errors on to the caller, which turns them into a warning', async () => {
    const store = new FakeStore()
    store.create = async () => {
      throw Object.assign(new Error('Resource not accessible by integration'), {status: 403})
    }
    await expect(upsertComment(store, marker, 'plan')).rejects.toThrow(
      'Resource not accessible by integration',
    )
  })
})

describe('renderComment', () => {
  it('puts the plan in a collapsed block after the head, with the marker first', () => {
    const body = renderComment({marker, head: '### Terraform plan', planText: '+ create\n'})
    expect(body).toBe(
      `${marker}\n\n### Terraform plan\n\n<details><summary>Show plan</summary>\n\n\`\`\`\n+ create\n\`\`\`\n\n</details>`,
    )
  })

  it('cuts a huge plan at a line end to stay under GitHub’s 65536-character limit, saying so', () => {
    const line = `  + resource "terraform_data" "x" { input = "${'x'.repeat(60)}" }\n`
    const planText = line.repeat(5000)
    expect(planText.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT * 4)
    const body = renderComment({marker, head: '### Terraform plan', planText, foot: 'footer'})
    expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT)
    expect(body.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT - 1000)
    expect(body.startsWith(marker)).toBe(true)
    expect(body.endsWith('footer')).toBe(true)
    const shown = /```\n([\s\S]*)\n```/.exec(body)![1]!
    expect(`${shown}\n`).toBe(line.repeat(shown.split('\n').length))
    expect(body).toContain(
      `The plan is cut here: ${planText.length - shown.length} more characters did not fit`,
    )
  })

  it('respects a smaller limit, even when a single line is longer than the room', () => {
    const body = renderComment({marker, head: 'head', planText: 'y'.repeat(10_000), limit: 2000})
    expect(body.length).toBeLessThanOrEqual(2000)
    expect(body).toContain('The plan is cut here')
  })
})

describe('fence', () => {
  it('uses a fence longer than any backtick run in the text', () => {
    expect(fence('a ``` b')).toBe('````\na ``` b\n````')
    expect(fence('plain')).toBe('```\nplain\n```')
  })
})
