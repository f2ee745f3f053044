import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { hashToken } from '../src/repositories/sessions.ts'
import { pruneOnce } from '../src/retention/prune.ts'
import { DAY, deadlineBody, DEADLINE_TEMPLATE, startTestEnv, T0, type TestEnv } from './helpers/env.ts'

const policy = { intervalMs: 3_600_000, reminderTextMs: 30 * DAY, deliveryReportsMs: 30 * DAY, pushEventsMs: 7 * DAY }

describe(`retention: the documented schedule (${process.env.TEST_DB ?? 'pglite'})`, () => {
  let env: TestEnv
  before(async () => { env = await startTestEnv() })
  after(async () => { await env.close() })

  it('drops finished reminders\' text after 30 days (state stays), old delivery reports, push events, spent nonces and expired sessions, and nothing younger', async () => {
    const db = env.tdb.db
    const u = await env.login('o-retention')
    const live = await env.login('o-retention')
    for (const key of ['old-sent', 'new-sent', 'old-scheduled']) {
      assert.equal((await env.call(u.token, 'PUT', `/v1/reminders/${key}`, deadlineBody('answer', { fireAt: T0 + DAY, eventAt: T0 + 40 * DAY }))).statusCode, 201)
    }
    const userId = (await db.selectFrom('users').select('id').where('openid', '=', 'o-retention').executeTakeFirstOrThrow()).id
    await db.updateTable('reminders').set({ state: 'sent', msgid: '1', updated_at: new Date(T0 - 31 * DAY) }).where('reminder_key', '=', 'old-sent').execute()
    await db.updateTable('reminders').set({ state: 'sent', msgid: '2', updated_at: new Date(T0 - 29 * DAY) }).where('reminder_key', '=', 'new-sent').execute()
    await db.updateTable('reminders').set({ updated_at: new Date(T0 - 31 * DAY) }).where('reminder_key', '=', 'old-scheduled').execute()
    const report = (msgid: string, days: number) => ({ msgid, user_id: userId, template_id: DEADLINE_TEMPLATE, error_code: 0, error_status: 'success', reported_at: new Date(T0 - days * DAY) })
    await db.insertInto('delivery_reports').values([report('1', 31), report('2', 29)]).execute()
    await db.insertInto('push_events').values([
      { dedupe_key: 'old', user_id: userId, received_at: new Date(T0 - 8 * DAY) },
      { dedupe_key: 'new', user_id: userId, received_at: new Date(T0 - 6 * DAY) },
    ]).execute()
    await db.insertInto('push_nonces').values([
      { timestamp: T0 / 1000 - 700, nonce: 'spent', body_digest: 'x', expires_at: new Date(T0 - 100_000) },
      { timestamp: T0 / 1000, nonce: 'fresh', body_digest: 'x', expires_at: new Date(T0 + 600_000) },
    ]).execute()
    await db.updateTable('sessions').set({ expires_at: new Date(T0 - 1) }).where('token_hash', '=', hashToken(u.token)).execute()

    const pruned = await pruneOnce(db, T0, policy)
    assert.deepEqual(pruned, { reminderTexts: 1, deliveryReports: 1, pushEvents: 1, pushNonces: 1, sessions: 1 })

    const rows = Object.fromEntries((await db.selectFrom('reminders').select(['reminder_key', 'state', 'payload']).where('user_id', '=', userId).execute())
      .map((r) => [r.reminder_key, r]))
    assert.deepEqual(rows['old-sent']?.payload, { title: '', eventAt: '2026-03-12' })
    assert.equal(rows['old-sent']?.state, 'sent')
    assert.match(JSON.stringify(rows['new-sent']?.payload), /浙0192民初1234号/)
    assert.match(JSON.stringify(rows['old-scheduled']?.payload), /浙0192民初1234号/, 'a reminder still to be sent keeps its text')
    assert.deepEqual((await db.selectFrom('delivery_reports').select('msgid').execute()).map((r) => r.msgid), ['2'])
    assert.deepEqual((await db.selectFrom('push_events').select('dedupe_key').execute()).map((r) => r.dedupe_key), ['new'])
    assert.deepEqual((await db.selectFrom('push_nonces').select('nonce').execute()).map((r) => r.nonce), ['fresh'])
    assert.deepEqual((await db.selectFrom('sessions').select('token_hash').where('user_id', '=', userId).execute()).map((r) => r.token_hash), [hashToken(live.token)])
    assert.equal((await env.call(live.token, 'GET', '/v1/reminders')).statusCode, 200, 'a live session stays')
    // The app still lists the pruned reminder (its schema needs a title string).
    const listed = (await env.call(live.token, 'GET', '/v1/reminders')).json().reminders as { key: string; values: { title: string } }[]
    assert.equal(listed.find((r) => r.key === 'old-sent')?.values.title, '')

    assert.deepEqual(await pruneOnce(db, T0, policy), { reminderTexts: 0, deliveryReports: 0, pushEvents: 0, pushNonces: 0, sessions: 0 }, 'a second run finds nothing')
  })
})
