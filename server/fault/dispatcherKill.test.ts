/**
 * Fault tests (PostgreSQL only): kill -9 real dispatcher processes mid-batch and run two at once.
 * None may be lost; a duplicate is allowed only for a send that was in flight at a kill.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import { FAKE_APPID, FAKE_SECRET, startFakeWechat, type FakeWechat } from '../src/fakeWechat/index.ts'
import { seedReminders } from '../test/helpers/seed.ts'
import { openTestDb, TEST_DB, type TestDb } from '../test/helpers/testDb.ts'
import { countByState, deliveriesPerReminder, registerFaultTemplate, sleep, spawnDispatcher, TEMPLATE, waitUntilSettled } from './harness.ts'

const DAY = 86_400_000

describe('dispatcher processes under kill -9 (PostgreSQL)', { skip: TEST_DB !== 'postgres' && 'needs TEST_DB=postgres' }, () => {
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

  async function seed(count: number, prefix: string) {
    const now = Date.now()
    await seedReminders(tdb.db, { count, templateId: TEMPLATE, fireAt: now - 60_000, eventAt: now + DAY, prefix })
    // Two credits at WeChat, one in our books: the retry of a send whose outcome is unknown is
    // delivered again (and so counted) instead of being refused with 43101. With one credit each,
    // see unknownOutcome.test.ts: there the retry's 43101 marks it probably delivered.
    for (let i = 0; i < count; i++) fake.state.addCredits(`${prefix}o${i}`, [TEMPLATE], 2)
  }

  it('loses none of 10,000 reminders across repeated kill -9, duplicating only sends in flight at a kill', async (t) => {
    const N = 10_000
    await seed(N, 'k')
    const orphanTitles = new Set<string>()
    const kills: number[] = []
    for (let k = 0; k < 6; k++) {
      const w = spawnDispatcher(tdb.schema!, fake)
      const startInbox = fake.state.inbox.length
      const target = 600 + Math.floor(Math.random() * 900)
      const until = Date.now() + 30_000
      while (fake.state.inbox.length - startInbox < target && Date.now() < until) await sleep(5)
      w.child.kill('SIGKILL')
      await w.exited
      // Rows still leased to the dead worker are the only ones whose send may have reached WeChat unrecorded.
      const orphaned = await sql<{ title: string }>`select payload->>'title' as title from reminders
        where state = 'sending' and claimed_by = ${w.workerId}`.execute(tdb.db)
      for (const r of orphaned.rows) orphanTitles.add(r.title)
      kills.push(orphaned.rows.length)
    }
    const last = spawnDispatcher(tdb.schema!, fake)
    const states = await waitUntilSettled(tdb.db, 60_000)
    last.child.kill('SIGTERM')
    await last.exited

    const per = deliveriesPerReminder(fake)
    const duplicates = fake.state.inbox.length - per.size
    t.diagnostic(`kills=${kills.length} rows leased to the killed process at each kill=${kills.join(',')} duplicates=${duplicates} states=${JSON.stringify(states)}`)
    assert.deepEqual(states, { sent: N }, 'every reminder ends sent')
    assert.equal(per.size, N, 'every reminder reached the inbox')
    const duplicated = [...per].filter(([, n]) => n > 1).map(([title]) => title)
    assert.equal(duplicates, duplicated.reduce((sum, title) => sum + per.get(title)! - 1, 0))
    const unexplained = duplicated.filter((title) => !orphanTitles.has(title))
    assert.deepEqual(unexplained, [], 'every duplicate was leased to a killed process, i.e. in flight and unrecorded at a kill')
    assert.ok(duplicates > 0 || kills.every((k) => k === 0), 'a kill mid-batch with sends in flight should leave a duplicate to count')
    const credits = await sql<{ n: number }>`select count(*)::int as n from consent_credits where credits <> 0`.execute(tdb.db)
    assert.equal(credits.rows[0]!.n, 0, 'each credit spent exactly once in our books')
  })

  it('never sends the same reminder twice when two instances share one PostgreSQL', async (t) => {
    await sql`truncate reminders, consent_credits, sessions, delivery_reports, push_events, users cascade`.execute(tdb.db)
    fake.state.inbox.length = 0
    const N = 5_000
    await seed(N, 'p')
    const a = spawnDispatcher(tdb.schema!, fake)
    const b = spawnDispatcher(tdb.schema!, fake)
    const states = await waitUntilSettled(tdb.db, 60_000)
    a.child.kill('SIGTERM')
    b.child.kill('SIGTERM')
    await Promise.all([a.exited, b.exited])
    const byWorker = await sql<{ claimed_by: string; n: number }>`select claimed_by, count(*)::int as n from reminders group by claimed_by`.execute(tdb.db)
    t.diagnostic(`per instance: ${byWorker.rows.map((r) => r.n).join(' + ')}; states=${JSON.stringify(states)}`)
    assert.deepEqual(states, { sent: N })
    assert.equal(fake.state.inbox.length, N, 'no duplicates')
    assert.equal(deliveriesPerReminder(fake).size, N)
    assert.equal(byWorker.rows.length, 2, 'both instances did work')
  })
})
