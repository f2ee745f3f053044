import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { DAY, deadlineBody, hearingBody, startTestEnv, T0, type TestEnv } from './helpers/env.ts'

describe(`pending cap and pages of GET /v1/reminders (${process.env.TEST_DB ?? 'pglite'})`, () => {
  let env: TestEnv
  before(async () => { env = await startTestEnv({ reminderPendingCap: 3 }) })
  after(async () => { await env.close() })

  it('refuses a new pending reminder over the cap per user and template with 422 too_many_reminders, and only then', async () => {
    const { token } = await env.login('o-cap')
    for (const k of ['a', 'b', 'c']) assert.equal((await env.call(token, 'PUT', `/v1/reminders/${k}`, deadlineBody('answer'))).statusCode, 201)
    const over = await env.call(token, 'PUT', '/v1/reminders/d', deadlineBody('answer'))
    assert.equal(over.statusCode, 422)
    assert.equal(over.json().error.code, 'too_many_reminders')
    // Replacing one that exists is not a new one; another template has its own allowance.
    assert.equal((await env.call(token, 'PUT', '/v1/reminders/a', deadlineBody('evidence'))).statusCode, 200)
    assert.equal((await env.call(token, 'PUT', '/v1/reminders/h', hearingBody())).statusCode, 201)
    // A cancelled one no longer counts.
    await env.call(token, 'DELETE', '/v1/reminders/b')
    assert.equal((await env.call(token, 'PUT', '/v1/reminders/d', deadlineBody('answer'))).statusCode, 201)
    // Another user is not affected.
    const other = await env.login('o-cap-other')
    assert.equal((await env.call(other.token, 'PUT', '/v1/reminders/a', deadlineBody('answer'))).statusCode, 201)
  })

  it('pages through the reminders in (fireAt, key) order with an opaque cursor', async () => {
    const { token } = await env.login('o-pages')
    const keys = ['k1', 'k2', 'k3']
    for (const [i, k] of keys.entries()) await env.call(token, 'PUT', `/v1/reminders/${k}`, hearingBody({ fireAt: T0 + (3 - i) * DAY / 4 }))
    await env.call(token, 'PUT', '/v1/reminders/k0', deadlineBody('answer', { fireAt: T0 + DAY }))
    const seen: string[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const res = await env.call(token, 'GET', `/v1/reminders?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      assert.equal(res.statusCode, 200)
      const body = res.json() as { reminders: { key: string }[]; nextCursor: string | null }
      seen.push(...body.reminders.map((r) => r.key))
      cursor = body.nextCursor
      pages++
    } while (cursor)
    assert.deepEqual(seen, ['k3', 'k2', 'k1', 'k0'])
    assert.equal(pages, 2)
    const bad = await env.call(token, 'GET', '/v1/reminders?cursor=bm90LW91cnM')
    assert.deepEqual([bad.statusCode, bad.json().error.code], [400, 'invalid_cursor'])
    assert.equal((await env.call(token, 'GET', '/v1/reminders?limit=501')).statusCode, 400)
  })
})
