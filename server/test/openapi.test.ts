import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { startTestEnv, type TestEnv } from './helpers/env.ts'

describe(`the OpenAPI document (${process.env.TEST_DB ?? 'pglite'})`, () => {
  let env: TestEnv
  before(async () => { env = await startTestEnv({ push: { token: 'docsToken1', plainAllowed: true } }) })
  after(async () => { await env.close() })

  it('states the delivery guarantee and what delete-me promises, and documents the push route and the page', async () => {
    const doc = (await env.app.inject({ method: 'GET', url: '/docs/json' })).json() as {
      info: { description: string }; paths: Record<string, Record<string, { description?: string }>>
    }
    for (const phrase of ['At most once per consent', 'None is silently lost', 'probably_delivered', 'Delete means stop', 'already on the\n  wire']) {
      assert.ok(doc.info.description.includes(phrase), phrase)
    }
    assert.ok(doc.paths['/wechat/push']?.get && doc.paths['/wechat/push']?.post)
    assert.match(doc.paths['/v1/me']!.delete!.description ?? '', /A send already on the wire/)
    assert.match(doc.paths['/v1/reminders/{key}']!.put!.description ?? '', /case\/pages\/detail\/index\?id=c1/)
  })
})
