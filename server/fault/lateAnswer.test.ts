/**
 * Fault tests (PostgreSQL):
 * (c) a stand-in that delivers and answers only after the client's timeout, for a share of the
 *     sends, against a real dispatcher process: no second delivery, no false needs-consent, and
 *     nothing goes out again after everyone allows once more;
 * (d) quota (45009) and busy (-1) answers for an hour of simulated time: nothing fails before its
 *     event, nothing is sent while the quota is used up, and everything goes out once WeChat is back.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import { createDispatcher } from '../src/dispatcher/dispatcher.ts'
import { quotaResetsAt } from '../src/dispatcher/schedule.ts'
import { FAKE_APPID, FAKE_SECRET, startFakeWechat, type FakeWechat } from '../src/fakeWechat/index.ts'
import { defaultFaults } from '../src/fakeWechat/state.ts'
import { createWechatClient } from '../src/wechat/client.ts'
import { seedReminders } from '../test/helpers/seed.ts'
import { openTestDb, TEST_DB, type TestDb } from '../test/helpers/testDb.ts'
import { countByState, deliveriesPerReminder, faultTemplates, registerFaultTemplate, sleep, spawnDispatcher, TEMPLATE, waitUntilSettled } from './harness.ts'

const DAY = 86_400_000
const MINUTE = 60_000

describe('WeChat answers late, or not at all for a while (PostgreSQL)', { skip: TEST_DB !== 'postgres' && 'needs TEST_DB=postgres', timeout: 5 * 60_000 }, () => {
  let tdb: TestDb
  let fake: FakeWechat
  before(async () => {
    tdb = await openTestDb()
    fake = await startFakeWechat({ appId: FAKE_APPID, secret: FAKE_SECRET, latencyMs: 20 })
    registerFaultTemplate(fake)
  })
  after(async () => { await fake.close(); await tdb.close() })

  it('(c) a send delivered but answered after the timeout is never delivered twice nor shown as needing consent, even after a new 允许', async (t) => {
    const N = 300
    await seedReminders(tdb.db, { count: N, templateId: TEMPLATE, fireAt: Date.now() - MINUTE, eventAt: Date.now() + DAY, prefix: 'c' })
    for (let i = 0; i < N; i++) fake.state.addCredits(`co${i}`, [TEMPLATE], 1)
    // The harness's client timeout is 1.2 s: three sends in ten are delivered and answered at 1.6 s.
    fake.state.faults = { ...defaultFaults(20), late: 0.3, lateAnswerMs: 1600 }
    const tuning = { DISPATCH_EVIDENCE_WAIT_SECONDS: '0' }
    const w = spawnDispatcher(tdb.schema!, fake, tuning)
    const states = await waitUntilSettled(tdb.db, 120_000)
    w.child.kill('SIGTERM')
    assert.equal(await w.exited, 0)
    const per = deliveriesPerReminder(fake)
    const duplicates = fake.state.inbox.length - per.size
    const inDoubt = (w.log.match(/may have reached WeChat/g) ?? []).length
    t.diagnostic(`late answers: ${fake.state.stats.faultsInjected} of ${fake.state.stats.send} sends; in doubt ${inDoubt}; delivered ${per.size}/${N}, duplicates ${duplicates}, states ${JSON.stringify(states)}`)
    assert.ok(inDoubt > 0, 'some sends were left in doubt')
    assert.equal(duplicates, 0, 'none delivered twice')
    assert.equal(per.size, N, 'every reminder delivered')
    assert.equal(states.needs_consent ?? 0, 0, 'no false needs-consent')
    assert.equal(states.failed ?? 0, 0)
    assert.equal((states.sent ?? 0) + (states.probably_delivered ?? 0), N)
    // Everyone allows again (at WeChat and in our books): nothing already delivered goes out again.
    fake.state.faults = defaultFaults(20)
    const before = fake.state.inbox.length
    for (let i = 0; i < N; i++) fake.state.addCredits(`co${i}`, [TEMPLATE], 1)
    await sql`update consent_credits set credits = credits + 1`.execute(tdb.db)
    const again = spawnDispatcher(tdb.schema!, fake, tuning)
    await sleep(3000)
    again.child.kill('SIGTERM')
    await again.exited
    assert.equal(fake.state.inbox.length - before, 0, 'nothing delivered again after the new consent')
  })

  it('(d) an hour of quota and busy answers fails nothing before its event, pauses sending until midnight in Beijing, then sends everything', async (t) => {
    await sql`truncate reminders, consent_credits, sessions, delivery_reports, push_events, users cascade`.execute(tdb.db)
    fake.state.inbox.length = 0
    const N = 60
    const T0 = Date.UTC(2026, 2, 2, 1, 0) // 09:00 Beijing
    const clock = { now: T0 }
    // Events from two hours to three days away (the nearest are over before the quota is back);
    // a third group falls due at minute 45, while the quota is used up.
    const groups = [['dfar', T0, T0 + 3 * DAY], ['dnear', T0, T0 + 2 * 3600_000], ['dlate', T0 + 45 * MINUTE, T0 + 3 * DAY]] as const
    for (const [prefix, fireAt, eventAt] of groups) {
      await seedReminders(tdb.db, { count: N / 3, templateId: TEMPLATE, fireAt, eventAt, prefix })
      for (let i = 0; i < N / 3; i++) fake.state.addCredits(`${prefix}o${i}`, [TEMPLATE], 1)
    }
    const d = createDispatcher({
      db: tdb.db, wechat: createWechatClient({ baseUrl: fake.url, appId: FAKE_APPID, secret: FAKE_SECRET, timeoutMs: 2000 }),
      templates: JSON.parse(faultTemplates), miniprogramState: 'formal', workerId: 'hour',
      tuning: { batchSize: 100, concurrency: 20, leaseMs: 60_000, pollMs: 20, maxAttempts: 3, sendTimeoutMs: 2000 },
      now: () => clock.now, random: Math.random, logger: { info() {}, warn() {}, error() {}, debug() {} },
    })
    // Minutes 0–29: WeChat busy seven times in ten. From minute 30: the daily quota is used up.
    fake.state.faults = { ...defaultFaults(0), busy: 0.7 }
    let quotaMinute: number | undefined
    let sendsAfterQuota = 0
    // Requests that reached the stand-in: answered sends plus the ones it answered with a fault.
    const requests = () => fake.state.stats.send + fake.state.stats.faultsInjected
    for (let minute = 0; minute <= 60; minute++) {
      if (minute === 30) fake.state.faults = { ...defaultFaults(0), quota: 1 }
      const before = requests()
      await d.runOnce()
      if (quotaMinute !== undefined) sendsAfterQuota += requests() - before
      else if (minute >= 30 && requests() > before) quotaMinute = minute
      clock.now += MINUTE
    }
    const afterHour = await countByState(tdb.db)
    assert.ok(quotaMinute !== undefined, 'WeChat answered 45009')
    assert.equal(sendsAfterQuota, 0, 'no send reached WeChat after the 45009 until midnight')
    assert.equal(afterHour.failed ?? 0, 0, 'an hour of quota and busy failed nothing')
    const attempts = await sql<{ max: number }>`select coalesce(max(attempts), 0)::int as max from reminders where state = 'scheduled'`.execute(tdb.db)
    assert.equal(attempts.rows[0]!.max, 0, 'waiting spent no attempt')
    // WeChat is back after midnight in Beijing.
    fake.state.faults = defaultFaults(0)
    clock.now = quotaResetsAt(T0) + 2 * MINUTE
    for (let i = 0; i < 5; i++) { await d.runOnce(); clock.now += MINUTE }
    const end = await countByState(tdb.db)
    const per = deliveriesPerReminder(fake)
    t.diagnostic(`busy answers ${fake.state.stats.faultsInjected}, quota hit at minute ${quotaMinute}; after the hour: ${JSON.stringify(afterHour)}; after midnight: ${JSON.stringify(end)}; delivered ${per.size}, duplicates ${fake.state.inbox.length - per.size}`)
    assert.equal(end.failed ?? 0, 0, 'nothing failed')
    assert.equal(end.scheduled ?? 0, 0)
    // Near events that WeChat's quota kept us from: expired (their event is over), never failed.
    assert.equal((end.sent ?? 0) + (end.expired ?? 0), N)
    const far = await sql<{ n: number }>`select count(*)::int as n from reminders where state = 'sent' and event_at > ${new Date(T0 + DAY)}`.execute(tdb.db)
    assert.equal(far.rows[0]!.n, (2 * N) / 3, 'every reminder whose event was still ahead went out')
    assert.equal(fake.state.inbox.length - per.size, 0)
  })
})
