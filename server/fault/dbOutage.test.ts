/**
 * Fault test (PostgreSQL): the database connections are cut for FAULT_OUTAGE_SECONDS (default 30)
 * through a TCP proxy, (a) while sends are on the wire and (b) right as WeChat's answers come back,
 * i.e. while they are being recorded. Both run at once, each with its own schema, stand-in and
 * dispatcher process, so the step costs one outage. The process must survive; afterwards every
 * reminder is delivered once or marked in doubt, none twice, none lost. /healthz says 503 while the
 * database is away and 200 once it is back. The figures are printed.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it, type TestContext } from 'node:test'
import { sql } from 'kysely'
import { buildApp } from '../src/app.ts'
import { loadAppPages } from '../src/appPages.ts'
import { openDatabase } from '../src/db/database.ts'
import { FAKE_APPID, FAKE_SECRET, startFakeWechat, type FakeWechat } from '../src/fakeWechat/index.ts'
import { createWechatClient } from '../src/wechat/client.ts'
import { seedReminders } from '../test/helpers/seed.ts'
import { openTestDb, PG_URL, TEST_DB, type TestDb } from '../test/helpers/testDb.ts'
import { countByState, deliveriesPerReminder, faultTemplates, registerFaultTemplate, sleep, spawnDispatcher, TEMPLATE, waitUntilSettled } from './harness.ts'
import { startTcpProxy, viaProxy, type TcpProxy } from './tcpProxy.ts'

const OUTAGE_MS = Number(process.env.FAULT_OUTAGE_SECONDS ?? 30) * 1000
const N = 400
const DAY = 86_400_000

interface World { name: string; tdb: TestDb; fake: FakeWechat; proxy: TcpProxy }

describe('database connections cut for a while (PostgreSQL)', { skip: TEST_DB !== 'postgres' && 'needs TEST_DB=postgres', timeout: 5 * 60_000 }, () => {
  const worlds: World[] = []
  before(async () => {
    const pg = new URL(PG_URL)
    for (const name of ['during sends', 'during recording']) {
      const tdb = await openTestDb()
      const fake = await startFakeWechat({ appId: FAKE_APPID, secret: FAKE_SECRET, latencyMs: 300 })
      registerFaultTemplate(fake)
      worlds.push({ name, tdb, fake, proxy: await startTcpProxy(pg.hostname, Number(pg.port || 5432)) })
    }
  })
  after(async () => {
    for (const w of worlds) { await w.proxy.close(); await w.fake.close(); await w.tdb.close() }
  })

  /** Seeds, starts a dispatcher through the proxy, cuts when `cutWhen` says so, resumes after the outage. */
  async function run(t: TestContext, w: World, cutWhen: (fake: FakeWechat) => Promise<void>) {
    const prefix = w.name === 'during sends' ? 's' : 'r'
    await seedReminders(w.tdb.db, { count: N, templateId: TEMPLATE, fireAt: Date.now() - 60_000, eventAt: Date.now() + DAY, prefix })
    // One consent each, at WeChat as in our books: a second delivery would need a second consent, and gets 43101.
    for (let i = 0; i < N; i++) w.fake.state.addCredits(`${prefix}o${i}`, [TEMPLATE], 1)
    const worker = spawnDispatcher(w.tdb.schema!, w.fake, { DISPATCH_CONCURRENCY: '20', DISPATCH_BATCH_SIZE: '20', DISPATCH_EVIDENCE_WAIT_SECONDS: '0' }, viaProxy(PG_URL, w.proxy))
    let exitedEarly = false
    void worker.exited.then(() => { exitedEarly = true })
    // A dispatcher that dies before the cut would leave cutWhen waiting for deliveries that never come: fail at once.
    const diedFirst = await Promise.race([cutWhen(w.fake).then(() => null), worker.exited.then((code) => ({ code }))])
    if (diedFirst) throw new Error(`${w.name}: the dispatcher exited (${diedFirst.code}) before the cut:\n${worker.stderr}${worker.log.split('\n').slice(-20).join('\n')}`)
    const inboxAtCut = w.fake.state.inbox.length
    w.proxy.cut()
    await sleep(OUTAGE_MS)
    w.proxy.resume()
    assert.equal(exitedEarly, false, `${w.name}: the dispatcher survived the outage`)
    const states = await waitUntilSettled(w.tdb.db, 120_000)
    worker.child.kill('SIGTERM')
    assert.equal(await worker.exited, 0, `${w.name}: a clean drain after the outage`)
    const per = deliveriesPerReminder(w.fake)
    const delivered = per.size
    const duplicates = w.fake.state.inbox.length - per.size
    const recordRetries = (worker.log.match(/could not record outcomes/g) ?? []).length
    const lost = (worker.log.match(/database connection lost/g) ?? []).length
    t.diagnostic(`${w.name}: outage ${OUTAGE_MS / 1000} s after ${inboxAtCut} deliveries; delivered ${delivered}/${N}, duplicates ${duplicates}, ` +
      `states ${JSON.stringify(states)}, failed record attempts ${recordRetries}, connection errors survived ${lost}`)
    assert.equal(duplicates, 0, `${w.name}: none delivered twice`)
    assert.equal((states.sent ?? 0) + (states.probably_delivered ?? 0), N, `${w.name}: every reminder sent or marked probably delivered (in doubt), none lost`)
    assert.equal(delivered, N, `${w.name}: every reminder reached the inbox once`)
    assert.equal(states.needs_consent ?? 0, 0)
    return recordRetries
  }

  it('survives, reports 503 while the database is away, and afterwards has every reminder once or in doubt', async (t) => {
    // The API's health check, on its own pool through the first proxy.
    const [a, b] = worlds as [World, World]
    const apiDb = openDatabase({ kind: 'postgres', url: viaProxy(PG_URL, a.proxy), schema: a.tdb.schema!, poolSize: 2 }, () => {})
    const app = await buildApp({
      db: apiDb, wechat: createWechatClient({ baseUrl: a.fake.url, appId: FAKE_APPID, secret: FAKE_SECRET }), now: Date.now,
      templates: JSON.parse(faultTemplates), appPages: await loadAppPages(), sessionTtlMs: DAY,
      rateLimits: { perSession: 1e6, loginPerAddress: 1e6, perAddress: 1e6 }, holidays: { bundled: [] },
    })
    const health = async () => (await app.inject({ method: 'GET', url: '/healthz' })).statusCode
    try {
      assert.equal(await health(), 200)
      const healthDuring = (async () => {
        while (a.proxy.cuts === 0) await sleep(50)
        await sleep(1500) // past the one-second cache of the last check
        return health()
      })()
      const [retriesA, retriesB] = await Promise.all([
        // (a) Sends on the wire: the stand-in holds each for 300 ms; cut once some have been delivered.
        run(t, a, async (fake) => { while (fake.state.inbox.length < 40) await sleep(10) }),
        // (b) Recording: cut the moment a batch of answers has been written, before it can be recorded.
        run(t, b, (fake) => new Promise<void>((resolve) => {
          let answered = 0
          fake.state.onAnswered = () => { if (++answered === 60) { fake.state.onAnswered = undefined; resolve() } }
        })),
      ])
      assert.equal(await healthDuring, 503, '/healthz reports the database away')
      await sleep(1100)
      assert.equal(await health(), 200, '/healthz recovers')
      assert.ok(retriesA + retriesB > 0, 'outcomes had to be kept and recorded later')
      t.diagnostic(`states after: ${JSON.stringify(await countByState(a.tdb.db))} / ${JSON.stringify(await countByState(b.tdb.db))}`)
      const unresolved = await sql<{ n: number }>`select count(*)::int as n from reminders where state in ('scheduled', 'sending')`.execute(b.tdb.db)
      assert.equal(unresolved.rows[0]!.n, 0)
    } finally {
      await app.close()
      await apiDb.destroy()
    }
  })
})
