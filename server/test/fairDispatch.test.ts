/**
 * One account cannot hold the dispatcher: a user whose rows need consent has them all marked in one
 * claim, and a user at the daily send cap has all their due rows moved to midnight (Beijing) at once,
 * so the next claim reaches everyone else.
 */
import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, it } from 'node:test'
import { sql } from 'kysely'
import { priorityOf } from '../src/dispatcher/schedule.ts'
import { defaultFaults } from '../src/fakeWechat/state.ts'
import { DAY, deadlineBody, DEADLINE_TEMPLATE, startTestEnv, T0, type TestEnv } from './helpers/env.ts'

describe(`fair dispatch (${process.env.TEST_DB ?? 'pglite'})`, () => {
  let env: TestEnv
  let n = 0
  before(async () => { env = await startTestEnv() })
  after(async () => { await env.close() })
  beforeEach(async () => {
    env.clock.now = T0
    env.fake.state.faults = defaultFaults()
    await env.tdb.db.updateTable('reminders').set({ state: 'cancelled' }).where('state', 'in', ['scheduled', 'sending']).execute()
  })

  async function user(credits: number) {
    const u = await env.login(`o-fair-${++n}`)
    const { id } = await env.tdb.db.selectFrom('users').select('id').where('openid', '=', u.openid).executeTakeFirstOrThrow()
    const withId = { ...u, id }
    await consent(withId, credits)
    return withId
  }
  /** The app reports `credits` 允许 taps; the server keeps at most pending reminders + a margin of them (routes/consents.ts). */
  async function consent(u: { token: string; openid: string }, credits: number) {
    for (let i = 0; i < credits; i++) await env.call(u.token, 'POST', '/v1/consents', { results: { [DEADLINE_TEMPLATE]: 'accept' } })
    env.fake.state.addCredits(u.openid, [DEADLINE_TEMPLATE], Math.max(credits, 1))
  }

  /** `count` due reminders straight into the table (past the API's pending cap, as a flood would be). */
  async function flood(userId: string, count: number, fireAt: number) {
    await env.tdb.db.insertInto('reminders').values(Array.from({ length: count }, (_, i) => ({
      user_id: userId, reminder_key: `flood-${i}`, kind: 'custom', template_id: DEADLINE_TEMPLATE, priority: priorityOf('custom'),
      fire_at: new Date(fireAt), event_at: new Date(T0 + 5 * DAY),
      payload: JSON.stringify({ title: `洪水 #${i}`, caseLabel: '(2026)浙0192民初1号', eventAt: '2026-03-07' }),
      request_hash: 'flood', state: 'scheduled' as const, attempts: 0, next_attempt_at: new Date(fireAt), updated_at: new Date(fireAt),
    }))).execute()
  }
  const stateCounts = async (userId: string) => Object.fromEntries((await sql<{ state: string; n: number }>`
    select state, count(*)::int as n from reminders where user_id = ${userId} group by state`.execute(env.tdb.db)).rows.map((r) => [r.state, r.n]))

  it('marks all of a user\'s due rows that cannot get a credit in one claim, and the next claim reaches another user', async () => {
    const greedy = await user(0)
    await flood(greedy.id, 350, T0 - 1000)
    const other = await user(1)
    await env.call(other.token, 'PUT', '/v1/reminders/a', deadlineBody('answer', { fireAt: T0 }))
    const d = env.dispatcher() // batch size 100
    await d.runOnce()
    // Rows ranked before the claim's first row were not in it (ranked earlier, they might get a credit): a few at most.
    assert.ok(((await stateCounts(greedy.id)).needs_consent ?? 0) > 250, 'far more than one batch settled in one claim')
    await d.runOnce()
    assert.deepEqual(await stateCounts(greedy.id), { needs_consent: 350 })
    assert.equal(env.fake.state.inbox.filter((m) => m.openid === other.openid).length, 1, "the other user's reminder went out on the second claim")
  })

  it('sends up to the daily cap, moves the rest to midnight in Beijing, and sends them the next day', async () => {
    const busy = await user(0)
    await flood(busy.id, 8, T0 - 1000)
    await consent(busy, 10) // after the flood, so the consent cap (8 pending + margin) keeps all 10
    const d = env.dispatcher({ tuning: { batchSize: 100, concurrency: 10, leaseMs: 60_000, pollMs: 20, maxAttempts: 3, dailyCap: 3 } })
    await d.runOnce()
    assert.deepEqual(await stateCounts(busy.id), { sent: 3, scheduled: 5 })
    const next = await env.tdb.db.selectFrom('reminders').select('next_attempt_at').where('user_id', '=', busy.id).where('state', '=', 'scheduled').execute()
    const midnight = Date.UTC(2026, 2, 2, 16, 0) // 2026-03-03 00:00 Beijing
    assert.ok(next.every((r) => r.next_attempt_at.getTime() === midnight))
    env.clock.now = midnight - 1
    assert.equal(await d.runOnce(), 0, 'nothing more today')
    env.clock.now = midnight
    await d.runOnce()
    assert.deepEqual(await stateCounts(busy.id), { sent: 6, scheduled: 2 })
  })
})
