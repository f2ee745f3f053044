/**
 * A send whose holder died after calling WeChat has an unknown outcome. These tests stage that
 * state by hand (claim, record the intent, "die") and check that evidence decides it, never a
 * second delivery on the same consent.
 */
import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, it } from 'node:test'
import { claimDueReminders } from '../src/dispatcher/claim.ts'
import { markSendsStarted } from '../src/dispatcher/intent.ts'
import { defaultFaults } from '../src/fakeWechat/state.ts'
import { recordDeliveryReports } from '../src/repositories/deliveryReports.ts'
import { DAY, deadlineBody, expireLeases, DEADLINE_TEMPLATE, startTestEnv, T0, type TestEnv } from './helpers/env.ts'

const LEASE = 60_000

describe(`sends whose outcome is unknown (${process.env.TEST_DB ?? 'pglite'})`, () => {
  let env: TestEnv
  let n = 0
  before(async () => { env = await startTestEnv() })
  after(async () => { await env.close() })
  beforeEach(async () => {
    env.clock.now = T0
    env.fake.state.faults = defaultFaults()
    await env.tdb.db.updateTable('reminders').set({ state: 'cancelled' }).where('state', 'in', ['scheduled', 'sending']).execute()
  })

  /** A user with one 允许 (ours and WeChat's) and one due reminder. */
  async function userWithDueReminder() {
    const u = await env.login(`o-doubt-${++n}`)
    await env.call(u.token, 'POST', '/v1/consents', { results: { [DEADLINE_TEMPLATE]: 'accept' } })
    env.fake.state.addCredits(u.openid, [DEADLINE_TEMPLATE])
    await env.call(u.token, 'PUT', '/v1/reminders/a', deadlineBody('answer', { fireAt: T0, eventAt: T0 + 10 * DAY }))
    return u
  }
  const view = async (token: string) => (await env.call(token, 'GET', '/v1/reminders')).json().reminders[0] as { state: string; lastErrcode: number | null }
  const credits = async (token: string) => (await env.call(token, 'GET', '/v1/credits')).json().credits[0] as { credits: number; pending: number }
  const inbox = (openid: string) => env.fake.state.inbox.filter((m) => m.openid === openid)

  /** A dead worker claimed the row, recorded its intent, WeChat delivered it, and nothing was recorded. */
  async function deliveredThenDied(openid: string) {
    const { toSend } = await claimDueReminders(env.tdb.db, { now: T0, limit: 100, workerId: 'dead', leaseMs: LEASE })
    const mine = toSend.filter((r) => r.openid === openid)
    assert.equal(mine.length, 1)
    assert.equal((await markSendsStarted(env.tdb.db, 'dead', mine.map((r) => r.id), T0, LEASE)).size, 1)
    const res = await env.wechat.sendSubscribeMessage({ touser: openid, templateId: DEADLINE_TEMPLATE, data: { thing1: { value: '答辩' }, date2: { value: '2026年3月12日' }, thing4: { value: '见小程序' } } })
    assert.equal(res.kind, 'sent')
    return mine[0]!
  }

  it('marks a retry that WeChat answers with 43101 as probably delivered, not needing consent, and never sends it after a new 允许', async () => {
    const u = await userWithDueReminder()
    await deliveredThenDied(u.openid)
    env.clock.now = T0 + LEASE + 1
    await expireLeases(env.tdb.db)
    await env.dispatcher().runOnce() // reclaims: outcome unknown, no push configured, so retried at once
    await env.dispatcher().runOnce()
    assert.equal((await view(u.token)).state, 'probably_delivered')
    assert.deepEqual(await credits(u.token), { credits: 0, pending: 0, templateId: DEADLINE_TEMPLATE, turnedOff: false })
    // The user allows again (and WeChat grants it): nothing is waiting, so nothing is sent.
    await env.call(u.token, 'POST', '/v1/consents', { results: { [DEADLINE_TEMPLATE]: 'accept' } })
    env.fake.state.addCredits(u.openid, [DEADLINE_TEMPLATE])
    env.clock.now = T0 + DAY
    await env.dispatcher().runOnce()
    assert.equal(inbox(u.openid).length, 1, 'delivered exactly once')
    assert.equal((await view(u.token)).state, 'probably_delivered')
  })

  it('sends a row whose send never began (claimed, then the process died) without any doubt', async () => {
    const u = await userWithDueReminder()
    await claimDueReminders(env.tdb.db, { now: T0, limit: 100, workerId: 'dead', leaseMs: LEASE })
    env.clock.now = T0 + LEASE + 1
    await expireLeases(env.tdb.db)
    await env.dispatcher().runOnce()
    await env.dispatcher().runOnce()
    assert.equal((await view(u.token)).state, 'sent')
    assert.equal(inbox(u.openid).length, 1)
    const row = await env.tdb.db.selectFrom('reminders').select(['evidence', 'doubt_since']).where('reminder_key', '=', 'a').where('state', '=', 'sent').executeTakeFirstOrThrow()
    assert.deepEqual(row, { evidence: null, doubt_since: null })
  })

  it('records as sent (retry_sent) an in-doubt send whose first try never reached WeChat', async () => {
    const u = await userWithDueReminder()
    const { toSend } = await claimDueReminders(env.tdb.db, { now: T0, limit: 100, workerId: 'dead', leaseMs: LEASE })
    await markSendsStarted(env.tdb.db, 'dead', toSend.map((r) => r.id), T0, LEASE) // died before the HTTP call
    env.clock.now = T0 + LEASE + 1
    await expireLeases(env.tdb.db)
    await env.dispatcher().runOnce()
    await env.dispatcher().runOnce()
    assert.equal((await view(u.token)).state, 'sent')
    assert.equal(inbox(u.openid).length, 1)
    assert.equal((await credits(u.token)).credits, 0, 'its credit is spent once')
  })

  it("decides an unknown send by WeChat's delivery report that arrived before the lease ran out: sent, never re-sent", async () => {
    const u = await userWithDueReminder()
    const r = await deliveredThenDied(u.openid)
    const msg = inbox(u.openid)[0]!
    // WeChat's report arrives while the dead worker's lease still runs: kept as evidence.
    assert.deepEqual(await recordDeliveryReports(env.tdb.db, [{ openid: u.openid, templateId: DEADLINE_TEMPLATE, msgid: msg.msgid, errorCode: 0, errorStatus: 'success', at: T0 + 2000 }]), ['unmatched'])
    env.clock.now = T0 + LEASE + 1
    await expireLeases(env.tdb.db)
    await env.dispatcher({ tuning: { batchSize: 100, concurrency: 10, leaseMs: LEASE, pollMs: 20, maxAttempts: 3, evidenceWaitMs: 120_000 } }).runOnce()
    const row = await env.tdb.db.selectFrom('reminders').selectAll().where('id', '=', r.id).executeTakeFirstOrThrow()
    assert.deepEqual([row.state, row.msgid, row.evidence], ['sent', msg.msgid, 'push_confirmed'])
    assert.equal((await credits(u.token)).credits, 0, 'the delivery spent the credit in our books too')
    env.clock.now = T0 + DAY
    await env.dispatcher().runOnce()
    assert.equal(inbox(u.openid).length, 1)
  })

  it('waits for the delivery report when 消息推送 is configured, and a report arriving in the wait decides it', async () => {
    const u = await userWithDueReminder()
    const r = await deliveredThenDied(u.openid)
    const d = env.dispatcher({ tuning: { batchSize: 100, concurrency: 10, leaseMs: LEASE, pollMs: 20, maxAttempts: 3, evidenceWaitMs: 120_000 } })
    env.clock.now = T0 + LEASE + 1
    await expireLeases(env.tdb.db)
    await d.runOnce()
    assert.equal((await view(u.token)).state, 'scheduled', 'in doubt: waiting for evidence, not re-sent yet')
    assert.equal(inbox(u.openid).length, 1)
    const report = { openid: u.openid, templateId: DEADLINE_TEMPLATE, msgid: inbox(u.openid)[0]!.msgid, errorCode: 0, errorStatus: 'success', at: T0 + 90_000 }
    assert.deepEqual(await recordDeliveryReports(env.tdb.db, [report]), ['resolved_unknown'])
    assert.deepEqual(await recordDeliveryReports(env.tdb.db, [report]), ['replay'], 'the same MsgID again changes nothing')
    env.clock.now = T0 + 200_000
    await d.runOnce()
    const row = await env.tdb.db.selectFrom('reminders').select(['state', 'evidence']).where('id', '=', r.id).executeTakeFirstOrThrow()
    assert.deepEqual(row, { state: 'sent', evidence: 'push_confirmed' })
    assert.equal(inbox(u.openid).length, 1)
  })

  it('never puts an in-doubt row to needs_consent, even when our books say no credit is left', async () => {
    const u = await userWithDueReminder()
    await deliveredThenDied(u.openid)
    await env.tdb.db.updateTable('consent_credits').set({ credits: 0 }).execute()
    env.clock.now = T0 + LEASE + 1
    await expireLeases(env.tdb.db)
    await env.dispatcher().runOnce()
    await env.dispatcher().runOnce()
    assert.equal((await view(u.token)).state, 'probably_delivered')
  })
})

describe(`a send WeChat answered after the client's timeout (${process.env.TEST_DB ?? 'pglite'})`, () => {
  let env: TestEnv
  before(async () => { env = await startTestEnv() })
  after(async () => { await env.close() })

  it('is held in doubt and decided as probably delivered: no second delivery, no needs-consent, nothing after a new 允许', async () => {
    const u = await env.login('o-late')
    await env.call(u.token, 'POST', '/v1/consents', { results: { [DEADLINE_TEMPLATE]: 'accept' } })
    env.fake.state.addCredits(u.openid, [DEADLINE_TEMPLATE])
    await env.call(u.token, 'PUT', '/v1/reminders/a', deadlineBody('answer', { fireAt: T0, eventAt: T0 + 10 * DAY }))
    // The stand-in delivers, then answers after the client's 2 s timeout.
    env.fake.state.faults = { ...defaultFaults(), late: 1, lateAnswerMs: 2600 }
    const d = env.dispatcher()
    await d.runOnce()
    const inbox = () => env.fake.state.inbox.filter((m) => m.openid === u.openid)
    assert.equal(inbox().length, 1, 'delivered once')
    assert.equal(d.stats.inDoubt, 1)
    let row = await env.tdb.db.selectFrom('reminders').selectAll().where('reminder_key', '=', 'a').where('user_id', 'is not', null).orderBy('updated_at', 'desc').executeTakeFirstOrThrow()
    assert.equal(row.state, 'scheduled')
    assert.ok(row.doubt_since, 'in doubt')
    assert.equal(row.attempts, 0, 'an answer that did not come spends no attempt')
    env.fake.state.faults = defaultFaults()
    env.clock.now = T0 + 60_000
    await d.runOnce() // the in-doubt retry: WeChat answers 43101 (the consent was used by the delivery)
    row = await env.tdb.db.selectFrom('reminders').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow()
    assert.deepEqual([row.state, row.evidence], ['probably_delivered', 'retry_refused'])
    // The user allows again: nothing goes out again.
    await env.call(u.token, 'POST', '/v1/consents', { results: { [DEADLINE_TEMPLATE]: 'accept' } })
    env.fake.state.addCredits(u.openid, [DEADLINE_TEMPLATE])
    env.clock.now = T0 + DAY
    await d.runOnce()
    assert.equal(inbox().length, 1, 'still delivered once')
  })
})

describe(`delete and cancel stop sends that are claimed but not begun (${process.env.TEST_DB ?? 'pglite'})`, () => {
  let env: TestEnv
  before(async () => { env = await startTestEnv() })
  after(async () => { await env.close() })

  it('sends nothing for a user who called DELETE /v1/me after the rows were claimed, and nothing for a cancelled reminder', async () => {
    const gone = await env.login('o-gone')
    const stays = await env.login('o-stays')
    for (const u of [gone, stays]) {
      await env.call(u.token, 'POST', '/v1/consents', { results: { [DEADLINE_TEMPLATE]: 'accept' } })
      await env.call(u.token, 'POST', '/v1/consents', { results: { [DEADLINE_TEMPLATE]: 'accept' } })
      env.fake.state.addCredits(u.openid, [DEADLINE_TEMPLATE], 2)
      await env.call(u.token, 'PUT', '/v1/reminders/a', deadlineBody('answer', { fireAt: T0 }))
      await env.call(u.token, 'PUT', '/v1/reminders/b', deadlineBody('evidence', { fireAt: T0 }))
    }
    const { toSend } = await claimDueReminders(env.tdb.db, { now: T0, limit: 100, workerId: 'w', leaseMs: LEASE })
    assert.equal(toSend.length, 4)
    assert.equal((await env.call(gone.token, 'DELETE', '/v1/me')).statusCode, 204)
    await env.call(stays.token, 'DELETE', '/v1/reminders/b')
    const mayStart = await markSendsStarted(env.tdb.db, 'w', toSend.map((r) => r.id), T0, LEASE)
    assert.deepEqual([...mayStart], toSend.filter((r) => r.openid === 'o-stays' && r.kind === 'answer').map((r) => r.id))
  })
})
