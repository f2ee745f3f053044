import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, it } from 'node:test'
import { claimDueReminders } from '../src/dispatcher/claim.ts'
import { recordOutcomes } from '../src/dispatcher/record.ts'
import { defaultFaults } from '../src/fakeWechat/state.ts'
import { casePage, DAY, deadlineBody, DEADLINE_TEMPLATE, expireLeases, HOUR, hearingBody, HEARING_TEMPLATE, startTestEnv, T0, type TestEnv } from './helpers/env.ts'

describe(`dispatcher against the WeChat stand-in (${process.env.TEST_DB ?? 'pglite'})`, () => {
  let env: TestEnv
  let n = 0
  before(async () => { env = await startTestEnv() })
  after(async () => { await env.close() })
  beforeEach(async () => {
    env.clock.now = T0
    env.fake.state.faults = defaultFaults()
    env.fake.state.setPages([...env.appPages])
    await env.tdb.db.updateTable('reminders').set({ state: 'cancelled' }).where('state', 'in', ['scheduled', 'sending']).execute()
  })

  /** A fresh user with `credits` accepts for `template`, recorded both by us and by the stand-in. */
  async function user(credits: number, template = DEADLINE_TEMPLATE) {
    const u = await env.login(`o-disp-${++n}`)
    for (let i = 0; i < credits; i++) {
      await env.call(u.token, 'POST', '/v1/consents', { results: { [template]: 'accept' } })
      env.fake.state.addCredits(u.openid, [template])
    }
    return u
  }
  const states = async (token: string) => Object.fromEntries(((await env.call(token, 'GET', '/v1/reminders')).json().reminders as
    { key: string; state: string }[]).map((r) => [r.key, r.state]))
  const credits = async (token: string) => ((await env.call(token, 'GET', '/v1/credits')).json().credits as { credits: number }[])[0]?.credits
  const inboxFor = (openid: string) => env.fake.state.inbox.filter((m) => m.openid === openid)

  it('sends a due reminder once, records the msgid and spends one credit', async () => {
    const u = await user(2, HEARING_TEMPLATE)
    await env.call(u.token, 'PUT', '/v1/reminders/h', hearingBody({ fireAt: T0 + HOUR, page: casePage('c1') }))
    assert.equal(await env.dispatcher().runOnce(), 0, 'not due yet')
    env.clock.now = T0 + HOUR
    assert.equal(await env.dispatcher().runOnce(), 1)
    assert.deepEqual(await states(u.token), { h: 'sent' })
    assert.equal(await credits(u.token), 1)
    const [msg] = inboxFor(u.openid)
    assert.equal(msg?.templateId, HEARING_TEMPLATE)
    assert.equal(msg?.page, casePage('c1'), 'a tap opens the case the reminder is about')
    assert.equal(msg?.data.thing3?.value, '杭州互联网法院')
    const row = await env.tdb.db.selectFrom('reminders').select(['msgid', 'sent_at']).where('reminder_key', '=', 'h').where('state', '=', 'sent').executeTakeFirstOrThrow()
    assert.equal(row.msgid, msg?.msgid)
    assert.equal(row.sent_at?.getTime(), T0 + HOUR)
    assert.equal(await env.dispatcher().runOnce(), 0, 'a sent reminder is not claimed again')
  })

  it('marks 43101 as needing consent, zeroes the credits and does not retry', async () => {
    const u = await user(0)
    await env.call(u.token, 'POST', '/v1/consents', { results: { [DEADLINE_TEMPLATE]: 'accept' } }) // we count 1, WeChat has 0
    await env.call(u.token, 'PUT', '/v1/reminders/a', deadlineBody('answer', { fireAt: T0 }))
    await env.dispatcher().runOnce()
    assert.deepEqual(await states(u.token), { a: 'needs_consent' })
    assert.equal(await credits(u.token), 0)
    env.clock.now = T0 + DAY
    assert.equal(await env.dispatcher().runOnce(), 0)
    assert.equal(inboxFor(u.openid).length, 0)
  })

  it('fails a send WeChat refuses with 41030 (the published app lacks the page), logs it once and never retries it', async () => {
    const u = await user(1, HEARING_TEMPLATE)
    env.fake.state.setPages(['pages/index/index']) // the live version has no case subpackage yet
    await env.call(u.token, 'PUT', '/v1/reminders/h', hearingBody({ fireAt: T0, page: casePage('c1') }))
    const errors: unknown[] = []
    const sendsBefore = env.fake.state.stats.send
    const d = env.dispatcher({ logger: { info() {}, warn() {}, debug() {}, error: (o: unknown) => { errors.push(o) } } })
    await d.runOnce()
    const r = (await env.call(u.token, 'GET', '/v1/reminders')).json().reminders[0]
    assert.equal(r.state, 'failed')
    assert.equal(r.lastErrcode, 41030)
    assert.equal(errors.length, 1)
    env.clock.now = T0 + 7 * DAY
    await d.runOnce()
    assert.equal(env.fake.state.stats.send - sendsBefore, 1, 'sent to WeChat once, never retried')
    assert.equal(await credits(u.token), 1, 'a failed send does not spend our count')
  })

  it('backs off on -1 with exponential backoff and jitter, spending no attempt and never failing, and sends once WeChat recovers', async () => {
    const u = await user(1)
    env.fake.state.faults = { ...defaultFaults(), busy: 1 }
    await env.call(u.token, 'PUT', '/v1/reminders/a', deadlineBody('answer', { fireAt: T0 }))
    const d = env.dispatcher() // random 0.5, base 30 s: waits 22.5 s, then 45 s, then 90 s, …
    await d.runOnce()
    let r = (await env.call(u.token, 'GET', '/v1/reminders')).json().reminders[0]
    assert.equal(r.state, 'scheduled')
    assert.equal(r.attempts, 0, 'a busy WeChat spends no attempt')
    assert.equal(r.lastErrcode, -1)
    env.clock.now = T0 + 22_499
    assert.equal(await d.runOnce(), 0, 'not before the backoff')
    env.clock.now = T0 + 22_500
    assert.equal(await d.runOnce(), 1)
    env.clock.now += 45_000
    assert.equal(await d.runOnce(), 1)
    for (let i = 0; i < 5; i++) { env.clock.now += 6 * HOUR; await d.runOnce() } // more than DISPATCH_MAX_ATTEMPTS (3 here)
    r = (await env.call(u.token, 'GET', '/v1/reminders')).json().reminders[0]
    assert.equal(r.state, 'scheduled', 'still waiting: its event is days away')
    assert.equal(r.attempts, 0)
    env.fake.state.faults = defaultFaults()
    env.clock.now += 6 * HOUR
    await d.runOnce()
    assert.deepEqual(await states(u.token), { a: 'sent' })
    assert.equal(inboxFor(u.openid).length, 1)
  })

  it('retries HTTP 500 and succeeds once WeChat recovers', async () => {
    const u = await user(1)
    env.fake.state.faults = { ...defaultFaults(), http500: 1 }
    await env.call(u.token, 'PUT', '/v1/reminders/a', deadlineBody('answer', { fireAt: T0 }))
    await env.dispatcher().runOnce()
    env.fake.state.faults = defaultFaults()
    env.clock.now = T0 + HOUR
    await env.dispatcher().runOnce()
    assert.deepEqual(await states(u.token), { a: 'sent' })
    assert.equal(inboxFor(u.openid).length, 1)
  })

  it('keeps sending after the access token expires (the client refreshes it once)', async () => {
    const u = await user(2)
    await env.call(u.token, 'PUT', '/v1/reminders/a1', deadlineBody('answer', { fireAt: T0 }))
    await env.dispatcher().runOnce()
    env.fake.state.expireTokens('expired')
    await env.call(u.token, 'PUT', '/v1/reminders/a2', deadlineBody('evidence', { fireAt: T0 }))
    await env.dispatcher().runOnce()
    assert.deepEqual(await states(u.token), { a1: 'sent', a2: 'sent' })
    assert.equal(inboxFor(u.openid).length, 2)
  })

  it('spends scarce credits on the most decisive reminders and marks the rest as needing consent', async () => {
    const u = await user(2)
    await env.call(u.token, 'PUT', '/v1/reminders/custom', deadlineBody('custom', { fireAt: T0 }))
    await env.call(u.token, 'PUT', '/v1/reminders/evidence', deadlineBody('evidence', { fireAt: T0 }))
    await env.call(u.token, 'PUT', '/v1/reminders/answer', deadlineBody('answer', { fireAt: T0 }))
    // Not due yet, but more decisive than everything due now: its credit is kept for it.
    await env.call(u.token, 'PUT', '/v1/reminders/order', deadlineBody('payment_order_objection', { fireAt: T0 + DAY }))
    await env.dispatcher().runOnce()
    assert.deepEqual(await states(u.token), { answer: 'sent', custom: 'needs_consent', evidence: 'needs_consent', order: 'scheduled' })
    env.clock.now = T0 + DAY
    await env.dispatcher().runOnce()
    assert.equal((await states(u.token)).order, 'sent')
    assert.equal(await credits(u.token), 0)
    assert.equal(inboxFor(u.openid).length, 2)
  })

  it('still sends a reminder that came due while the service was down if its event is ahead, else closes it as expired', async () => {
    const u = await user(2)
    await env.call(u.token, 'PUT', '/v1/reminders/ahead', deadlineBody('answer', { fireAt: T0 + HOUR, eventAt: T0 + 5 * DAY }))
    await env.call(u.token, 'PUT', '/v1/reminders/over', deadlineBody('evidence', { fireAt: T0 + HOUR, eventAt: T0 + DAY }))
    env.clock.now = T0 + 2 * DAY // the service comes back two days later
    await env.dispatcher().runOnce()
    assert.deepEqual(await states(u.token), { ahead: 'sent', over: 'expired' })
    assert.equal(await credits(u.token), 1)
  })

  it('closes a reminder waiting for consent as expired once its event is over, so the app stops asking for it', async () => {
    const u = await user(0)
    await env.call(u.token, 'PUT', '/v1/reminders/a', deadlineBody('answer', { fireAt: T0, eventAt: T0 + DAY }))
    await env.dispatcher().runOnce()
    assert.deepEqual(await states(u.token), { a: 'needs_consent' })
    env.clock.now = T0 + DAY
    await env.dispatcher().runOnce()
    assert.deepEqual(await states(u.token), { a: 'expired' })
    assert.deepEqual((await env.call(u.token, 'GET', '/v1/credits')).json().credits, [])
  })

  it('reclaims a reminder whose lease ran out (a crashed instance) and sends it once', async () => {
    const u = await user(1)
    await env.call(u.token, 'PUT', '/v1/reminders/a', deadlineBody('answer', { fireAt: T0 }))
    const claimed = await claimDueReminders(env.tdb.db, { now: T0, limit: 10, workerId: 'crashed', leaseMs: 60_000 })
    assert.equal(claimed.toSend.length, 1)
    env.clock.now = T0 + 59_000
    assert.equal(await env.dispatcher().runOnce(), 0, 'lease still valid')
    env.clock.now = T0 + 61_000
    await expireLeases(env.tdb.db)
    await env.dispatcher().runOnce()
    assert.deepEqual(await states(u.token), { a: 'sent' })
    assert.equal(inboxFor(u.openid).length, 1)
  })

  it('fails a reminder whose lease ran out on its last attempt instead of reclaiming it forever', async () => {
    const u = await user(1)
    await env.call(u.token, 'PUT', '/v1/reminders/a', deadlineBody('answer', { fireAt: T0 }))
    await env.tdb.db.updateTable('reminders').set({ attempts: 2 }).where('reminder_key', '=', 'a').where('state', '=', 'scheduled').execute()
    await claimDueReminders(env.tdb.db, { now: T0, limit: 10, workerId: 'crashed', leaseMs: 60_000 }) // attempt 3 of 3
    env.clock.now = T0 + 61_000
    await expireLeases(env.tdb.db)
    await env.dispatcher().runOnce()
    const r = (await env.call(u.token, 'GET', '/v1/reminders')).json().reminders[0]
    assert.equal(r.state, 'failed')
    assert.match(r.lastError, /lease ran out/)
    assert.equal(inboxFor(u.openid).length, 0)
  })

  it('records a send that went out after the user cancelled it mid-send as sent, and spends its credit', async () => {
    const u = await user(2)
    await env.call(u.token, 'PUT', '/v1/reminders/a', deadlineBody('answer', { fireAt: T0 }))
    const { toSend } = await claimDueReminders(env.tdb.db, { now: T0, limit: 10, workerId: 'w-cancel', leaseMs: 60_000 })
    assert.equal(toSend.length, 1)
    assert.equal((await env.call(u.token, 'DELETE', '/v1/reminders/a')).json().reminder.state, 'cancelled')
    await recordOutcomes(env.tdb.db, 'w-cancel', [{ id: toSend[0]!.id, action: { state: 'sent', msgid: 'm1', spendCredit: true }, at: T0 }])
    assert.deepEqual(await states(u.token), { a: 'sent' })
    assert.equal(await credits(u.token), 1)
  })

  it('finishes and records in-flight sends on graceful stop', async () => {
    const users = [await user(1), await user(1), await user(1)]
    for (const u of users) await env.call(u.token, 'PUT', '/v1/reminders/a', deadlineBody('answer', { fireAt: T0 }))
    env.fake.state.faults = defaultFaults(300)
    const d = env.dispatcher()
    d.start()
    while (d.stats.claimed < 3) await new Promise((r) => setTimeout(r, 10))
    await d.stop()
    for (const u of users) assert.deepEqual(await states(u.token), { a: 'sent' })
  })
})
