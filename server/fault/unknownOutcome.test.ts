/**
 * Fault tests (PostgreSQL only): kill -9 a dispatcher process right after WeChat answered a send and
 * before the answer could be recorded, again and again, against a stand-in where each user has
 * exactly one consent, so a second send of a delivered reminder gets 43101. Then everyone allows
 * again. No delivered reminder may end as needs_consent, none may be delivered twice (not even after
 * the new 允许), none may be lost. Once without 消息推送 (the retry's 43101 decides) and once with it
 * (WeChat's delivery report decides). The figures are printed.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it, type TestContext } from 'node:test'
import { sql } from 'kysely'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../src/app.ts'
import { loadAppPages } from '../src/appPages.ts'
import { FAKE_APPID, FAKE_SECRET, startFakeWechat, type FakeWechat } from '../src/fakeWechat/index.ts'
import { createWechatClient } from '../src/wechat/client.ts'
import { seedReminders } from '../test/helpers/seed.ts'
import { openTestDb, TEST_DB, type TestDb } from '../test/helpers/testDb.ts'
import { countByState, deliveriesPerReminder, faultTemplates, killRightAfterAnswer, registerFaultTemplate, sleep, spawnDispatcher, TEMPLATE, waitUntilSettled } from './harness.ts'

const DAY = 86_400_000
const N = 1200
const KILLS = Number(process.env.FAULT_KILLS ?? 5)
const PUSH_TOKEN = 'faultPushToken1'
const PUSH_AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG'

interface Figures { delivered: number; duplicates: number; unknownAtKills: number; resolved: Record<string, number>; states: Record<string, number> }

describe('kill -9 between WeChat\'s answer and the record (PostgreSQL)', { skip: TEST_DB !== 'postgres' && 'needs TEST_DB=postgres', timeout: 15 * 60_000 }, () => {
  let tdb: TestDb
  let fake: FakeWechat
  before(async () => {
    tdb = await openTestDb()
    fake = await startFakeWechat({ appId: FAKE_APPID, secret: FAKE_SECRET, latencyMs: 20 })
    registerFaultTemplate(fake)
  })
  after(async () => {
    await fake.close()
    await tdb.close()
  })

  async function reset(prefix: string) {
    await sql`truncate reminders, consent_credits, sessions, delivery_reports, push_events, users cascade`.execute(tdb.db)
    fake.state.inbox.length = 0
    fake.state.credits.clear()
    const now = Date.now()
    await seedReminders(tdb.db, { count: N, templateId: TEMPLATE, fireAt: now - 60_000, eventAt: now + DAY, prefix })
    // Exactly one consent each, at WeChat as in our books: a second send of a delivered reminder gets 43101.
    for (let i = 0; i < N; i++) fake.state.addCredits(`${prefix}o${i}`, [TEMPLATE], 1)
  }

  /** Kills a fresh dispatcher right after an answer, KILLS times; counts the sends left with an unknown outcome. */
  async function killRepeatedly(tuning: Record<string, string>): Promise<number> {
    let unknown = 0
    for (let k = 0; k < KILLS; k++) {
      const w = spawnDispatcher(tdb.schema!, fake, tuning)
      const outcome = await killRightAfterAnswer(fake, w, 40 + Math.floor(Math.random() * 120), 120_000)
      assert.equal(outcome, 'killed', 'the dispatcher reached WeChat before the deadline')
      const r = await sql<{ n: number }>`select count(*)::int as n from reminders
        where state = 'sending' and claimed_by = ${w.workerId} and send_started_at is not null`.execute(tdb.db)
      unknown += r.rows[0]!.n
    }
    return unknown
  }

  async function figures(unknownAtKills: number): Promise<Figures> {
    const per = deliveriesPerReminder(fake)
    const resolved = await sql<{ evidence: string; n: number }>`select evidence, count(*)::int as n from reminders
      where evidence is not null group by evidence`.execute(tdb.db)
    return {
      delivered: per.size, duplicates: fake.state.inbox.length - per.size, unknownAtKills,
      resolved: Object.fromEntries(resolved.rows.map((r) => [r.evidence, r.n])), states: await countByState(tdb.db),
    }
  }

  /** The guarantee, checked; then everyone allows again and nothing already delivered may go out. */
  async function assertGuarantee(t: TestContext, f: Figures, tuning: Record<string, string>) {
    t.diagnostic(`delivered ${f.delivered}/${N}, duplicates ${f.duplicates}, unknown at the kills ${f.unknownAtKills}, resolved ${JSON.stringify(f.resolved)}, states ${JSON.stringify(f.states)}`)
    assert.equal(f.states.needs_consent ?? 0, 0, 'no delivered reminder ends as needs_consent')
    assert.equal(f.states.failed ?? 0, 0)
    assert.equal((f.states.sent ?? 0) + (f.states.probably_delivered ?? 0), N, 'every reminder ends sent or probably delivered')
    assert.equal(f.delivered, N, 'none is lost: every reminder reached the inbox')
    assert.equal(f.duplicates, 0, 'none was delivered twice')
    assert.ok(f.unknownAtKills > 0, 'the kills left sends with an unknown outcome to decide')
    const probably = await sql<{ title: string }>`select payload->>'title' as title from reminders where state = 'probably_delivered'`.execute(tdb.db)
    const per = deliveriesPerReminder(fake)
    for (const r of probably.rows) assert.equal(per.get(r.title), 1, `${r.title} said "probably delivered" and was delivered`)

    // Everyone taps 允许 again (WeChat and our books): a delivered reminder must not go out again.
    const before = fake.state.inbox.length
    for (const c of fake.state.listCredits()) fake.state.addCredits(c.openid, [c.templateId], 1)
    await sql`update consent_credits set credits = credits + 1`.execute(tdb.db)
    const w = spawnDispatcher(tdb.schema!, fake, tuning)
    await sleep(3000) // several claim rounds at DISPATCH_POLL_MS 50
    w.child.kill('SIGTERM')
    await w.exited
    assert.equal(fake.state.inbox.length - before, 0, 'nothing was delivered again after the new consent')
  }

  it('without 消息推送: a retry that WeChat answers with 43101 is "probably delivered", never needs consent, never re-sent', async (t) => {
    await reset('n')
    const tuning = { DISPATCH_EVIDENCE_WAIT_SECONDS: '0' }
    const unknown = await killRepeatedly(tuning)
    const last = spawnDispatcher(tdb.schema!, fake, tuning)
    const states = await waitUntilSettled(tdb.db, 180_000)
    last.child.kill('SIGTERM')
    await last.exited
    assert.deepEqual(Object.keys(states).filter((s) => s === 'scheduled' || s === 'sending'), [], 'settled')
    const f = await figures(unknown)
    await assertGuarantee(t, f, tuning)
    assert.ok((f.resolved.retry_refused ?? 0) > 0, 'some unknown sends were decided by the 43101 rule')
  })

  it("with 消息推送: WeChat's delivery reports decide the unknown sends, which end sent", async (t) => {
    await reset('p')
    const app: FastifyInstance = await buildApp({
      db: tdb.db, wechat: createWechatClient({ baseUrl: fake.url, appId: FAKE_APPID, secret: FAKE_SECRET }), now: Date.now,
      templates: JSON.parse(faultTemplates), appPages: await loadAppPages(), sessionTtlMs: DAY,
      rateLimits: { perSession: 1e6, loginPerAddress: 1e6, perAddress: 1e6 }, holidays: { bundled: [] },
      push: { token: PUSH_TOKEN, aesKey: PUSH_AES_KEY }, appId: FAKE_APPID,
    })
    const url = await app.listen({ host: '127.0.0.1', port: 0 })
    fake.state.push = { url: `${url}/wechat/push`, token: PUSH_TOKEN, aesKey: PUSH_AES_KEY, delayMs: 100 }
    try {
      const tuning = { DISPATCH_EVIDENCE_WAIT_SECONDS: '20' }
      const unknown = await killRepeatedly(tuning)
      const last = spawnDispatcher(tdb.schema!, fake, tuning)
      await waitUntilSettled(tdb.db, 240_000)
      last.child.kill('SIGTERM')
      await last.exited
      await fake.state.drainPushes()
      const f = await figures(unknown)
      await assertGuarantee(t, f, tuning)
      assert.ok((f.resolved.push_confirmed ?? 0) > 0, "some unknown sends were decided by WeChat's delivery report")
      // A push that is never accepted costs nothing but evidence: its send is then decided by the 43101 rule.
      t.diagnostic(`pushes: ${JSON.stringify(fake.state.pushStats)} (retried: WeChat's retry after 5 s without an answer, e.g. on a starved machine)`)
    } finally {
      fake.state.push = undefined
      await app.close()
    }
  })
})
