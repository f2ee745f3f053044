/**
 * Dispatcher benchmark: 100,000 due reminders against the local WeChat stand-in at 50 ms latency.
 *   cd server && npm run bench:dispatch            (PostgreSQL at 127.0.0.1:5432/test, own schema)
 *   BENCH_C=200 BENCH_N=100000 BENCH_DB=pglite …   (tuning; PGlite works too, slower)
 * Phase 1 (backlog): all N due at once → throughput as a ratio of the ideal C / latency.
 * Phase 2 (paced): N/5 reminders due at 80 % of the ideal rate → lateness p50/p99 when keeping up.
 * Phase 3 (fairness): one user with BENCH_FLOOD (10,000) due reminders, another user's reminder due 1 ms
 * later → how late the other one goes out (target ≤ 1 s), once with the flood holding credits (the
 * per-user daily cap stops it) and once without (its rows need consent).
 * Prints figures; not a test.
 */
// Dynamic imports inside main(): TEST_DB must be set before the test-db helper loads.
async function main() {
  process.env.TEST_DB = process.env.BENCH_DB ?? 'postgres'
  const { sql } = await import('kysely')
  const { createDispatcher } = await import('../src/dispatcher/dispatcher.ts')
  const { FAKE_APPID, FAKE_SECRET, startFakeWechat } = await import('../src/fakeWechat/index.ts')
  const { createWechatClient } = await import('../src/wechat/client.ts')
  const { faultTemplates, registerFaultTemplate, TEMPLATE } = await import('../fault/harness.ts')
  const { seedReminders } = await import('../test/helpers/seed.ts')
  const { openTestDb } = await import('../test/helpers/testDb.ts')

  const N = Number(process.env.BENCH_N ?? 100_000)
  const C = Number(process.env.BENCH_C ?? 200)
  const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 50)
  const ideal = C / (LATENCY_MS / 1000)

  const tdb = await openTestDb({ poolSize: 20 })
  const fake = await startFakeWechat({ appId: FAKE_APPID, secret: FAKE_SECRET, latencyMs: LATENCY_MS })
  registerFaultTemplate(fake)
  const wechat = createWechatClient({ baseUrl: fake.url, appId: FAKE_APPID, secret: FAKE_SECRET, timeoutMs: 10_000 })
  const logger = { info() {}, debug() {}, warn() {}, error: (o: unknown, m?: string) => console.error(m, o) }

  const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN

  /** offset(i): when reminder i is due, in ms after the dispatcher starts (negative: already due). */
  async function phase(name: string, count: number, offset: (i: number) => number, prefix: string, chunk: number) {
    const t0 = Date.now()
    const day = 86_400_000
    // Seed far in the future, then shift everything to "now" in one statement, so slow seeding
    // cannot eat into the schedule.
    const FAR = Date.now() + 30 * day
    const fireAt = (i: number) => FAR + offset(i)
    // seedReminders gives a chunk one fire time, so the paced phase uses small chunks (one per 50 ms).
    for (let s = 0; s < count; s += chunk) {
      await seedReminders(tdb.db, { count: Math.min(chunk, count - s), templateId: TEMPLATE, fireAt: fireAt(s), eventAt: fireAt(s) + day, prefix: `${prefix}${s}-` })
    }
    for (let s = 0; s < count; s += chunk) {
      for (let i = 0; i < Math.min(chunk, count - s); i++) fake.state.addCredits(`${prefix}${s}-o${i}`, [TEMPLATE])
    }
    console.log(`${name}: seeded ${count} reminders in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
    const inboxBefore = fake.state.inbox.length
    const shiftSecs = (FAR - Date.now()) / 1000
    await sql`update reminders set fire_at = fire_at - make_interval(secs => ${shiftSecs}),
      next_attempt_at = next_attempt_at - make_interval(secs => ${shiftSecs}),
      event_at = event_at - make_interval(secs => ${shiftSecs}) where state = 'scheduled'`.execute(tdb.db)
    const d = createDispatcher({
      db: tdb.db, wechat, templates: JSON.parse(faultTemplates), miniprogramState: 'formal', workerId: `bench-${name}`,
      tuning: { batchSize: Math.max(1, C >> 1), concurrency: C, leaseMs: 120_000, pollMs: 20, maxAttempts: 5 },
      now: Date.now, logger,
    })
    const start = Date.now()
    d.start()
    for (;;) {
      const r = await sql<{ n: number }>`select count(*)::int as n from reminders where state in ('scheduled', 'sending')`.execute(tdb.db)
      if (r.rows[0]!.n === 0) break
      await new Promise((res) => setTimeout(res, 100))
    }
    await d.stop()
    const rows = await sql<{ sent: Date; due: Date }>`
      select sent_at as sent, fire_at as due from reminders where state = 'sent' and claimed_by = ${`bench-${name}`}`.execute(tdb.db)
    const sentTimes = rows.rows.map((r) => r.sent.getTime())
    const lateness = rows.rows.map((r) => r.sent.getTime() - Math.max(r.due.getTime(), start)).sort((a, b) => a - b)
    const last = Math.max(...sentTimes)
    const elapsed = (last - start) / 1000
    return { sent: rows.rows.length, delivered: fake.state.inbox.length - inboxBefore, elapsed, lateness, stats: d.stats }
  }

  console.log(`dispatch bench: N=${N}, concurrency C=${C}, stand-in latency ${LATENCY_MS} ms, ideal ${ideal.toFixed(0)}/s, db=${process.env.TEST_DB}`)

  // Reference: the same client and stand-in with no database, to show what this machine allows.
  {
    const n = Math.min(3000, N)
    for (let i = 0; i < n; i++) fake.state.addCredits(`ref${i}`, [TEMPLATE])
    let next = 0
    const t = Date.now()
    await Promise.all(Array.from({ length: C }, async () => {
      while (next < n) {
        const i = next++
        await wechat.sendSubscribeMessage({ touser: `ref${i}`, templateId: TEMPLATE, data: { thing1: { value: 'x' }, date2: { value: '2026年3月12日' }, thing4: { value: 'x' } } })
      }
    }))
    const r = n / ((Date.now() - t) / 1000)
    console.log(`reference (client → stand-in only, no database): ${r.toFixed(0)}/s = ${(r / ideal).toFixed(3)} × ideal`)
    fake.state.inbox.length = 0
  }
  const backlog = await phase('backlog', N, () => -60_000, 'b', 1000)
  const tput = backlog.sent / backlog.elapsed
  console.log(`backlog: sent ${backlog.sent} (stand-in inbox ${backlog.delivered}) in ${backlog.elapsed.toFixed(2)} s`)
  console.log(`backlog: throughput ${tput.toFixed(0)}/s = ${(tput / ideal).toFixed(3)} × ideal C/latency (target ≥ 0.8)`)
  console.log(`backlog: lateness p50 ${pct(backlog.lateness, 50)} ms, p99 ${pct(backlog.lateness, 99)} ms (queueing: all were due at once)`)

  const paced = Math.floor(N / 5)
  const rate = 0.8 * ideal
  await sql`truncate reminders, consent_credits, users cascade`.execute(tdb.db)
  const pacedRes = await phase('paced', paced, (i) => 200 + Math.round((i / rate) * 1000), 'p', Math.max(1, Math.round(rate / 20)))
  console.log(`paced: ${pacedRes.sent} reminders due at ${rate.toFixed(0)}/s (80 % of ideal): lateness p50 ${pct(pacedRes.lateness, 50)} ms, p99 ${pct(pacedRes.lateness, 99)} ms (includes the ${LATENCY_MS} ms send itself)`)

  // Fairness: one account must not delay everyone else's reminders (issue 18).
  const FLOOD = Number(process.env.BENCH_FLOOD ?? 10_000)
  const DAILY_CAP = 50
  for (const withCredits of [true, false]) {
    await sql`truncate reminders, consent_credits, users cascade`.execute(tdb.db)
    const t = Date.now()
    const due = t - 1000
    const [flood, other] = await tdb.db.insertInto('users').values([{ openid: `fairF${withCredits}` }, { openid: `fairG${withCredits}` }]).returning('id').execute()
    await tdb.db.insertInto('consent_credits').values([
      { user_id: flood!.id, template_id: TEMPLATE, credits: withCredits ? FLOOD : 0, updated_at: new Date(t) },
      { user_id: other!.id, template_id: TEMPLATE, credits: 1, updated_at: new Date(t) },
    ]).execute()
    fake.state.addCredits(`fairF${withCredits}`, [TEMPLATE], withCredits ? FLOOD : 1)
    fake.state.addCredits(`fairG${withCredits}`, [TEMPLATE], 1)
    const row = (userId: string, i: number, at: number) => ({
      user_id: userId, reminder_key: `fair:${i}`, kind: 'custom', template_id: TEMPLATE, priority: 7,
      fire_at: new Date(at), event_at: new Date(at + 86_400_000), request_hash: 'bench', state: 'scheduled' as const,
      payload: JSON.stringify({ title: `公平 #${i}`, caseLabel: '(2026)浙0192民初1号', eventAt: '2026-03-12' }),
      attempts: 0, next_attempt_at: new Date(at), updated_at: new Date(at),
    })
    for (let s = 0; s < FLOOD; s += 1000) {
      await tdb.db.insertInto('reminders').values(Array.from({ length: Math.min(1000, FLOOD - s) }, (_, k) => row(flood!.id, s + k, due))).execute()
    }
    await tdb.db.insertInto('reminders').values(row(other!.id, 0, due + 1)).execute()
    const d = createDispatcher({
      db: tdb.db, wechat, templates: JSON.parse(faultTemplates), miniprogramState: 'formal', workerId: `bench-fair-${withCredits}`,
      tuning: { batchSize: Math.max(1, C >> 1), concurrency: C, leaseMs: 120_000, pollMs: 20, maxAttempts: 5, dailyCap: DAILY_CAP },
      now: Date.now, logger,
    })
    const start = Date.now()
    d.start()
    let sentAt: number | undefined
    while (sentAt === undefined && Date.now() - start < 60_000) {
      const r = await tdb.db.selectFrom('reminders').select('sent_at').where('user_id', '=', other!.id).where('state', '=', 'sent').executeTakeFirst()
      if (r?.sent_at) sentAt = r.sent_at.getTime()
      else await new Promise((res) => setTimeout(res, 20))
    }
    await d.stop()
    const late = sentAt === undefined ? NaN : sentAt - Math.max(due + 1, start)
    const what = withCredits ? `holding ${FLOOD} credits (daily cap ${DAILY_CAP} stops it)` : 'holding no credits (its rows need consent)'
    console.log(`fairness: one user with ${FLOOD} due reminders ${what}: another user's reminder due 1 ms later went out ${late} ms late (target ≤ 1000 ms, includes the ${LATENCY_MS} ms send)`)
  }

  await fake.close()
  await tdb.close()
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})

export {}
