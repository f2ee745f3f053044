// The real reminder service (server/src/app.ts) on in-memory PGlite, with the local WeChat
// stand-in, on ephemeral ports and a fixed clock, for the app's service tests.
// Run with `node --import tsx`; prints one JSON line {apiUrl, wechatUrl} when ready and exits
// when its stdin closes, so a crashed test run never leaves it behind.
import { buildApp } from '../../../server/src/app.ts'
import { openDatabase } from '../../../server/src/db/database.ts'
import { migrateToLatest } from '../../../server/src/db/migrate.ts'
import { FAKE_APPID, FAKE_SECRET, startFakeWechat } from '../../../server/src/fakeWechat/index.ts'
import { createWechatClient } from '../../../server/src/wechat/client.ts'

const now = Number(process.argv[2])
if (!Number.isFinite(now)) throw new Error('usage: reminderServer.mjs <clock epoch ms>')

export const templates = {
  hearing: {
    templateId: 'tmplHearing01',
    fields: { thing1: { from: 'title', type: 'thing' }, time2: { from: 'eventAt', type: 'time' }, thing3: { from: 'court', type: 'thing' } },
  },
  default: {
    templateId: 'tmplDeadline01',
    fields: { thing1: { from: 'title', type: 'thing' }, date2: { from: 'eventAt', type: 'date' }, thing4: { from: 'caseLabel', type: 'thing' } },
  },
}

const db = openDatabase({ kind: 'pglite' })
const migrated = await migrateToLatest(db)
if (!migrated.ok) throw migrated.error
const fake = await startFakeWechat({ appId: FAKE_APPID, secret: FAKE_SECRET })
fake.state.registerTemplate({ templateId: 'tmplHearing01', title: '开庭提醒', keywords: { thing1: 'thing', time2: 'time', thing3: 'thing' } })
fake.state.registerTemplate({ templateId: 'tmplDeadline01', title: '期限提醒', keywords: { thing1: 'thing', date2: 'date', thing4: 'thing' } })
const wechat = createWechatClient({ baseUrl: fake.url, appId: FAKE_APPID, secret: FAKE_SECRET, timeoutMs: 2000 })
const app = await buildApp({
  db, wechat, now: () => now, templates, sessionTtlMs: 30 * 86_400_000, rateLimitPerMinute: 100_000,
  holidays: { bundled: [] },
})
const apiUrl = await app.listen({ host: '127.0.0.1', port: 0 })
process.stdout.write(`${JSON.stringify({ apiUrl, wechatUrl: fake.url })}\n`)

const stop = async () => {
  await app.close()
  await fake.close()
  await db.destroy()
  process.exit(0)
}
process.stdin.on('end', stop)
process.stdin.resume()
process.on('SIGTERM', stop)
