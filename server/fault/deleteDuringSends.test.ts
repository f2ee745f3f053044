/**
 * Fault test (PostgreSQL): DELETE /v1/me while 30 of the user's reminders are due and a slow
 * stand-in keeps most of them waiting. After the 204 no send for that user may begin; a send begun
 * before it may still arrive (the API docs allow that), and the test counts those.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { performance } from 'node:perf_hooks'
import { sql } from 'kysely'
import { buildApp } from '../src/app.ts'
import { loadAppPages } from '../src/appPages.ts'
import { createDispatcher } from '../src/dispatcher/dispatcher.ts'
import { FAKE_APPID, FAKE_SECRET, startFakeWechat, type FakeWechat } from '../src/fakeWechat/index.ts'
import { defaultFaults } from '../src/fakeWechat/state.ts'
import { createWechatClient } from '../src/wechat/client.ts'
import type { WechatClient } from '../src/wechat/types.ts'
import { openTestDb, TEST_DB, type TestDb } from '../test/helpers/testDb.ts'
import { faultTemplates, registerFaultTemplate, sleep, TEMPLATE } from './harness.ts'

const DUE = 30
const LATENCY_MS = 400

describe('DELETE /v1/me while sends are due (PostgreSQL)', { skip: TEST_DB !== 'postgres' && 'needs TEST_DB=postgres', timeout: 5 * 60_000 }, () => {
  let tdb: TestDb
  let fake: FakeWechat
  before(async () => {
    tdb = await openTestDb()
    fake = await startFakeWechat({ appId: FAKE_APPID, secret: FAKE_SECRET })
    registerFaultTemplate(fake)
  })
  after(async () => {
    await fake.close()
    await tdb.close()
  })

  it('begins no send after the 204; sends begun before it may arrive and are counted', async (t) => {
    const real = createWechatClient({ baseUrl: fake.url, appId: FAKE_APPID, secret: FAKE_SECRET, timeoutMs: 10_000 })
    const begun: { openid: string; at: number }[] = []
    // Records when each send begins: the dispatcher calls this right after its intent is recorded.
    const wechat: WechatClient = {
      ...real,
      sendSubscribeMessage: (m) => { begun.push({ openid: m.touser, at: performance.now() }); return real.sendSubscribeMessage(m) },
    }
    const templates = JSON.parse(faultTemplates)
    const now = Date.now()
    const app = await buildApp({
      db: tdb.db, wechat: real, now: Date.now, templates, appPages: await loadAppPages(), sessionTtlMs: 86_400_000,
      rateLimits: { perSession: 1e6, loginPerAddress: 1e6, perAddress: 1e6 }, holidays: { bundled: [] },
    })
    const login = async (openid: string) => {
      const { code } = fake.state.issueLoginCode(openid)
      return (await app.inject({ method: 'POST', url: '/v1/session', payload: { code } })).json().token as string
    }
    const call = (token: string, method: 'PUT' | 'POST' | 'DELETE', url: string, payload: object) =>
      app.inject({ method, url, payload, headers: { authorization: `Bearer ${token}` } })

    // The user who deletes, and a bystander whose reminders must still go out.
    const users = { leaving: await login('o-leaving'), staying: await login('o-staying') }
    for (const [openid, token] of [['o-leaving', users.leaving], ['o-staying', users.staying]] as const) {
      for (let i = 0; i < (openid === 'o-leaving' ? DUE : 3); i++) {
        const res = await call(token, 'PUT', `/v1/reminders/r${i}`, {
          kind: 'custom', fireAt: now - 1000, eventAt: now + 86_400_000, values: { title: `第${i}条`, eventAt: '2026-12-31' },
        })
        assert.equal(res.statusCode, 201)
      }
      // After the reminders: app-reported credits are capped at pending reminders + a margin (routes/consents.ts).
      for (let i = 0; i < DUE; i++) await call(token, 'POST', '/v1/consents', { results: { [TEMPLATE]: 'accept' } })
      fake.state.addCredits(openid, [TEMPLATE], DUE)
    }

    fake.state.faults = { ...defaultFaults(), latencyMs: LATENCY_MS }
    const d = createDispatcher({
      db: tdb.db, wechat, templates, miniprogramState: 'formal', workerId: 'w-delete',
      tuning: { batchSize: 50, concurrency: 5, leaseMs: 60_000, pollMs: 20, maxAttempts: 3 },
      now: Date.now, logger: { info() {}, warn() {}, error() {}, debug() {} },
    })
    d.start()
    let answeredAt = 0
    let deliveredBy204 = 0
    try {
      // The first message for the leaving user has arrived; many more are claimed and waiting.
      const until = Date.now() + 60_000
      while (!fake.state.inbox.some((m) => m.openid === 'o-leaving') && Date.now() < until) await sleep(5)
      assert.ok(fake.state.inbox.some((m) => m.openid === 'o-leaving'), 'a first send arrived')
      const del = await call(users.leaving, 'DELETE', '/v1/me', {})
      answeredAt = performance.now()
      assert.equal(del.statusCode, 204)
      deliveredBy204 = fake.state.inbox.filter((m) => m.openid === 'o-leaving').length

      // Let everything in flight finish, and the bystander's reminders go out.
      const settle = Date.now() + 60_000
      while (fake.state.inbox.filter((m) => m.openid === 'o-staying').length < 3 && Date.now() < settle) await sleep(50)
      await sleep(LATENCY_MS * 3)
    } finally {
      await d.stop()
      fake.state.faults = defaultFaults()
    }

    const begunFor = begun.filter((b) => b.openid === 'o-leaving')
    const begunAfter = begunFor.filter((b) => b.at > answeredAt)
    const delivered = fake.state.inbox.filter((m) => m.openid === 'o-leaving').length
    const arrivedAfter = delivered - deliveredBy204
    t.diagnostic(`due ${DUE}; sends begun before the 204: ${begunFor.length}; delivered by the 204: ${deliveredBy204}; ` +
      `delivered after the 204 (begun before it): ${arrivedAfter}; begun after the 204: ${begunAfter.length}; ` +
      `dropped at the intent check: ${d.stats.dropped}`)
    assert.deepEqual(begunAfter, [], 'no send for the user began after DELETE /v1/me answered')
    assert.ok(arrivedAfter <= begunFor.length - deliveredBy204, 'whatever arrived after the 204 had begun before it')
    assert.ok(delivered < DUE, 'the delete stopped the rest')
    assert.ok(d.stats.dropped > 0, 'claimed rows of the deleted user were dropped, not sent')
    assert.equal(fake.state.inbox.filter((m) => m.openid === 'o-staying').length, 3, "the bystander's reminders still went out")
    const left = await sql<{ n: number }>`select (select count(*) from users where openid = 'o-leaving')
      + (select count(*) from reminders r join users u on u.id = r.user_id where u.openid = 'o-leaving')::int as n`.execute(tdb.db)
    assert.equal(Number(left.rows[0]!.n), 0, 'nothing of the user is left')
    await app.close()
  })
})
