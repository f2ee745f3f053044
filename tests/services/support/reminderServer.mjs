// The real reminder service (server/src/app.ts) on in-memory PGlite, with the local WeChat
// stand-in, on ephemeral ports and a fixed clock, for the app's service tests.
// Run with `node --import tsx`; prints one JSON line {apiUrl, wechatUrl} when ready and exits
// when its stdin closes, so a crashed test run never leaves it behind.
import { buildApp } from '../../../server/src/app.ts'
import { loadAppPages } from '../../../server/src/appPages.ts'
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
// The stand-in's clock (codes, tokens, push timestamps) runs at the service's fixed time.
fake.state.clockOffsetMs = now - Date.now()
const appPages = await loadAppPages()
fake.state.setPages([...appPages]) // a page that is not in the app gets 41030, as in WeChat
fake.state.registerTemplate({ templateId: 'tmplHearing01', title: '开庭提醒', keywords: { thing1: 'thing', time2: 'time', thing3: 'thing' } })
fake.state.registerTemplate({ templateId: 'tmplDeadline01', title: '期限提醒', keywords: { thing1: 'thing', date2: 'date', thing4: 'thing' } })
const wechat = createWechatClient({ baseUrl: fake.url, appId: FAKE_APPID, secret: FAKE_SECRET, timeoutMs: 2000 })
/**
 * 消息推送 is configured on the service (plain mode, opted into: local only), and the stand-in pushes to it from the
 * start: with 消息推送 a 允许 is granted by WeChat's popup event, not by the app's report (server README, Consent).
 */
export const PUSH_TOKEN = 'appTestsPushToken'
const app = await buildApp({
  db, wechat, now: () => now, templates, appPages, sessionTtlMs: 30 * 86_400_000,
  rateLimits: { perSession: 100_000, loginPerAddress: 100_000, perAddress: 100_000 },
  push: { token: PUSH_TOKEN, plainAllowed: true }, appId: FAKE_APPID, holidays: { bundled: [] },
})
const apiUrl = await app.listen({ host: '127.0.0.1', port: 0 })
fake.state.push = { url: `${apiUrl}/wechat/push`, token: PUSH_TOKEN }
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
