import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { DAY, deadlineBody, DEADLINE_TEMPLATE, hearingBody, HEARING_TEMPLATE, startTestEnv, T0, type TestEnv } from './helpers/env.ts'

describe(`reminders API (${process.env.TEST_DB ?? 'pglite'})`, () => {
  let env: TestEnv
  let alice: string
  let bob: string
  before(async () => {
    env = await startTestEnv()
    alice = (await env.login('o-alice')).token
    bob = (await env.login('o-bob')).token
  })
  after(async () => { await env.close() })

  it('creates a reminder under the client key with the template for its kind', async () => {
    const res = await env.call(alice, 'PUT', '/v1/reminders/case1:hearing:T-1', hearingBody())
    assert.equal(res.statusCode, 201)
    const { outcome, reminder } = res.json()
    assert.equal(outcome, 'created')
    assert.equal(reminder.key, 'case1:hearing:T-1')
    assert.equal(reminder.templateId, HEARING_TEMPLATE)
    assert.equal(reminder.state, 'scheduled')
    assert.equal(reminder.fireAt, T0 + DAY)
  })

  it('changes nothing when the same request is replayed: same id, same state, same updatedAt', async () => {
    const first = (await env.call(alice, 'PUT', '/v1/reminders/case1:answer', deadlineBody('answer'))).json().reminder
    env.clock.now = T0 + 1000
    try {
      const again = await env.call(alice, 'PUT', '/v1/reminders/case1:answer', deadlineBody('answer'))
      assert.equal(again.statusCode, 200)
      assert.equal(again.json().outcome, 'unchanged')
      assert.deepEqual(again.json().reminder, first)
    } finally { env.clock.now = T0 }
  })

  it('replaces the schedule and resets the state when the body changes', async () => {
    const key = 'case1:evidence'
    const first = (await env.call(alice, 'PUT', `/v1/reminders/${key}`, deadlineBody('evidence'))).json().reminder
    await env.tdb.db.updateTable('reminders').set({ state: 'failed', attempts: 3, last_errcode: 47003 }).where('id', '=', first.id).execute()
    const res = await env.call(alice, 'PUT', `/v1/reminders/${key}`, deadlineBody('evidence', { fireAt: T0 + 2 * DAY }))
    assert.equal(res.json().outcome, 'replaced')
    const r = res.json().reminder
    assert.equal(r.id, first.id)
    assert.equal(r.fireAt, T0 + 2 * DAY)
    assert.equal(r.state, 'scheduled')
    assert.equal(r.attempts, 0)
    assert.equal(r.lastErrcode, null)
  })

  it('cancels a reminder and revives it when the same request is sent again', async () => {
    const key = 'case2:appeal'
    await env.call(alice, 'PUT', `/v1/reminders/${key}`, deadlineBody('appeal_judgment'))
    const del = await env.call(alice, 'DELETE', `/v1/reminders/${key}`)
    assert.equal(del.statusCode, 200)
    assert.equal(del.json().reminder.state, 'cancelled')
    const again = await env.call(alice, 'PUT', `/v1/reminders/${key}`, deadlineBody('appeal_judgment'))
    assert.equal(again.json().reminder.state, 'scheduled')
  })

  it('lists only the caller’s reminders', async () => {
    await env.call(bob, 'PUT', '/v1/reminders/bob:hearing', hearingBody())
    const mine = (await env.call(alice, 'GET', '/v1/reminders')).json().reminders as { key: string }[]
    assert.ok(mine.length >= 3)
    assert.ok(mine.every((r) => !r.key.startsWith('bob:')))
    const bobs = (await env.call(bob, 'GET', '/v1/reminders')).json().reminders as { key: string }[]
    assert.deepEqual(bobs.map((r) => r.key), ['bob:hearing'])
  })

  it('never lets user B read, change or delete user A’s reminder, even under the same key', async () => {
    const key = 'shared-key'
    const a = (await env.call(alice, 'PUT', `/v1/reminders/${key}`, hearingBody({ title: 'A的开庭' }))).json().reminder
    // Bob's PUT under the same key creates Bob's own reminder, it does not touch Alice's.
    const b = await env.call(bob, 'PUT', `/v1/reminders/${key}`, hearingBody({ title: 'B的开庭' }))
    assert.equal(b.json().outcome, 'created')
    assert.notEqual(b.json().reminder.id, a.id)
    await env.call(bob, 'DELETE', `/v1/reminders/${key}`)
    const aNow = ((await env.call(alice, 'GET', '/v1/reminders')).json().reminders as { key: string; state: string; values: { title: string } }[])
      .find((r) => r.key === key)
    assert.equal(aNow?.state, 'scheduled')
    assert.equal(aNow?.values.title, 'A的开庭')
    assert.equal((await env.call(bob, 'DELETE', '/v1/reminders/case1:answer')).statusCode, 404)
  })

  it('rejects invalid bodies and keys with 400 and the field that is wrong', async () => {
    const badKind = await env.call(alice, 'PUT', '/v1/reminders/k1', { ...hearingBody(), kind: 'party' })
    assert.equal(badKind.statusCode, 400)
    assert.equal(badKind.json().error.code, 'invalid_body')
    assert.equal(badKind.json().error.issues[0].path, 'kind')
    const seconds = await env.call(alice, 'PUT', '/v1/reminders/k1', { ...hearingBody(), fireAt: Math.floor(T0 / 1000) })
    assert.equal(seconds.json().error.issues[0].path, 'fireAt')
    const late = await env.call(alice, 'PUT', '/v1/reminders/k1', hearingBody({ fireAt: T0 + 5 * DAY, eventAt: T0 + 3 * DAY }))
    assert.equal(late.statusCode, 400)
    const badKey = await env.call(alice, 'PUT', '/v1/reminders/has%20space', hearingBody())
    assert.equal(badKey.statusCode, 400)
    assert.equal(badKey.json().error.code, 'invalid_params')
  })

  it('refuses with 422 a reminder whose event is over or whose values WeChat would reject', async () => {
    const past = await env.call(alice, 'PUT', '/v1/reminders/k2', hearingBody({ fireAt: T0 - 2 * DAY, eventAt: T0 - DAY }))
    assert.equal(past.statusCode, 422)
    assert.equal(past.json().error.code, 'event_in_past')
    const badDate = await env.call(alice, 'PUT', '/v1/reminders/k3', { ...hearingBody(), values: { title: '开庭', eventAt: '2026-02-30' } })
    assert.equal(badDate.statusCode, 422)
    assert.equal(badDate.json().error.code, 'unsendable_values')
  })

  it('answers 413 body_too_large beyond 16 KiB', async () => {
    const res = await env.call(alice, 'PUT', '/v1/reminders/k4', { ...hearingBody(), pad: 'x'.repeat(20_000) })
    assert.equal(res.statusCode, 413)
    assert.equal(res.json().error.code, 'body_too_large')
  })

  it('gives the template ids per kind in groups of at most three', async () => {
    const res = (await env.call(alice, 'GET', '/v1/templates')).json()
    assert.equal(res.byKind.hearing, HEARING_TEMPLATE)
    assert.equal(res.byKind.answer, DEADLINE_TEMPLATE)
    assert.deepEqual(res.groups, [[HEARING_TEMPLATE, DEADLINE_TEMPLATE]])
  })

  it('serves the template ids without a session, so opening a case page creates no server record', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/v1/templates' })
    assert.equal(res.statusCode, 200)
    assert.equal(res.json().byKind.hearing, HEARING_TEMPLATE)
  })
})
