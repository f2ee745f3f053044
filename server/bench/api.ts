/**
 * API benchmark: requests per second and latency for PUT /v1/reminders/:key through real HTTP
 * on 127.0.0.1 (Fastify listening, PostgreSQL by default; BENCH_DB=pglite for PGlite).
 *   cd server && npm run bench:api        BENCH_REQUESTS=20000 BENCH_CONNECTIONS=50 BENCH_USERS=200
 * Each request creates a new reminder (distinct keys) for one of BENCH_USERS sessions. Prints figures; not a test.
 */
async function main() {
  process.env.TEST_DB = process.env.BENCH_DB ?? 'postgres'
  const { buildApp } = await import('../src/app.ts')
  const { loadAppPages } = await import('../src/appPages.ts')
  const { FAKE_APPID, FAKE_SECRET, startFakeWechat } = await import('../src/fakeWechat/index.ts')
  const { createWechatClient } = await import('../src/wechat/client.ts')
  const { openTestDb } = await import('../test/helpers/testDb.ts')
  const { templates } = await import('../test/helpers/env.ts')

  const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 20_000)
  const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)
  const USERS = Number(process.env.BENCH_USERS ?? 200)

  const tdb = await openTestDb({ poolSize: 20 })
  const fake = await startFakeWechat({ appId: FAKE_APPID, secret: FAKE_SECRET })
  const wechat = createWechatClient({ baseUrl: fake.url, appId: FAKE_APPID, secret: FAKE_SECRET })
  const app = await buildApp({
    db: tdb.db, wechat, now: Date.now, templates, appPages: await loadAppPages(), sessionTtlMs: 86_400_000,
    rateLimits: { perSession: 1_000_000, loginPerAddress: 1_000_000, perAddress: 1_000_000 }, holidays: { bundled: [] },
  })
  const base = await app.listen({ port: 0, host: '127.0.0.1' })

  const tokens: string[] = []
  for (let u = 0; u < USERS; u++) {
    const { code } = fake.state.issueLoginCode(`bench-user-${u}`)
    const res = await fetch(`${base}/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) })
    tokens.push(((await res.json()) as { token: string }).token)
  }
  const now = Date.now()
  const body = JSON.stringify({
    kind: 'hearing', fireAt: now + 86_400_000, eventAt: now + 3 * 86_400_000,
    values: { title: '借款合同纠纷开庭', court: '杭州互联网法院', eventAt: '2026-12-01T09:30' },
    page: 'case/pages/detail/index?id=c1',
  })

  const put = async (i: number) => {
    const t = performance.now()
    const res = await fetch(`${base}/v1/reminders/bench-${i}`, {
      method: 'PUT', body,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[i % USERS]}` },
    })
    await res.arrayBuffer()
    if (res.status !== 201) throw new Error(`unexpected ${res.status}`)
    return performance.now() - t
  }
  for (let i = 0; i < 200; i++) await put(REQUESTS + i) // warm-up (JIT, pool)

  const latencies: number[] = []
  let next = 0
  const start = performance.now()
  await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
    while (next < REQUESTS) latencies.push(await put(next++))
  }))
  const seconds = (performance.now() - start) / 1000
  latencies.sort((a, b) => a - b)
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1)
  console.log(`api bench: PUT /v1/reminders/:key (create), ${REQUESTS} requests, ${CONNECTIONS} concurrent, ${USERS} users, db=${process.env.TEST_DB}`)
  console.log(`api bench: ${(REQUESTS / seconds).toFixed(0)} requests/s; latency p50 ${pct(50)} ms, p99 ${pct(99)} ms, max ${pct(100)} ms`)

  await app.close()
  await fake.close()
  await tdb.close()
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})

export {}
