/** A test world: database, the local WeChat stand-in, the real client, the app, a settable clock. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { sql } from 'kysely'
import { buildApp } from '../../src/app.ts'
import { loadAppPages, type AppPages } from '../../src/appPages.ts'
import type { PushConfig, RateLimits, TrustProxy } from '../../src/config.ts'
import { createDispatcher, type Dispatcher, type DispatcherOptions } from '../../src/dispatcher/dispatcher.ts'
import { FAKE_APPID, FAKE_SECRET, startFakeWechat, type FakeWechat } from '../../src/fakeWechat/index.ts'
import type { TemplateTable } from '../../src/templates.ts'
import { createWechatClient } from '../../src/wechat/client.ts'
import type { WechatClient } from '../../src/wechat/types.ts'
import { openTestDb, type TestDb } from './testDb.ts'

/** 2026-03-02 09:00 Beijing (01:00 UTC), a Monday. */
export const T0 = Date.UTC(2026, 2, 2, 1, 0)
export const HOUR = 3600_000
export const DAY = 24 * HOUR

export const HEARING_TEMPLATE = 'tmplHearing01'
export const DEADLINE_TEMPLATE = 'tmplDeadline01'

/** Templates choose only the template and the keyword mapping; each reminder carries its own page. */
export const templates: TemplateTable = {
  hearing: {
    templateId: HEARING_TEMPLATE,
    fields: {
      thing1: { from: 'title', type: 'thing' },
      time2: { from: 'eventAt', type: 'time' },
      thing3: { from: 'court', type: 'thing' },
    },
  },
  default: {
    templateId: DEADLINE_TEMPLATE,
    fields: {
      thing1: { from: 'title', type: 'thing' },
      date2: { from: 'eventAt', type: 'date' },
      thing4: { from: 'caseLabel', type: 'thing' },
    },
  },
}

export const silentLogger = { info() {}, warn() {}, error() {}, debug() {} }

/**
 * Leases run on the database's clock (dispatcher/lease.ts), which a test's fake clock does not move:
 * a test that lets leases run out ages them in the database instead.
 */
export async function expireLeases(db: TestDb['db']): Promise<void> {
  await db.updateTable('reminders').set({ lease_until: sql<Date>`now() - interval '1 second'` }).where('state', '=', 'sending').execute()
}

/** What the app builds for a case: routes.detail without its leading '/', plus the case id. */
export const casePage = (caseId: string) => `case/pages/detail/index?id=${caseId}`

export interface TestEnv {
  tdb: TestDb
  appPages: AppPages
  fake: FakeWechat
  wechat: WechatClient
  app: FastifyInstance
  clock: { now: number }
  dispatcher(overrides?: Partial<DispatcherOptions>): Dispatcher
  /** Logs a user in through the stand-in; returns the session token and the openid. */
  login(openid: string): Promise<{ token: string; openid: string }>
  call(token: string | undefined, method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, body?: unknown): Promise<LightMyRequestResponse>
  close(): Promise<void>
}

export async function startTestEnv(opts: {
  rateLimits?: Partial<RateLimits>; sessionTtlMs?: number; trustProxy?: TrustProxy; push?: PushConfig; reminderPendingCap?: number
} = {}): Promise<TestEnv> {
  const tdb = await openTestDb()
  const appPages = await loadAppPages()
  const fake = await startFakeWechat({ appId: FAKE_APPID, secret: FAKE_SECRET })
  // Like WeChat: a page that is not in the published app is refused with 41030.
  fake.state.setPages([...appPages])
  fake.state.registerTemplate({ templateId: HEARING_TEMPLATE, title: '开庭提醒', keywords: { thing1: 'thing', time2: 'time', thing3: 'thing' } })
  fake.state.registerTemplate({ templateId: DEADLINE_TEMPLATE, title: '期限提醒', keywords: { thing1: 'thing', date2: 'date', thing4: 'thing' } })
  const wechat = createWechatClient({ baseUrl: fake.url, appId: FAKE_APPID, secret: FAKE_SECRET, timeoutMs: 2000 })
  const clock = { now: T0 }
  const app = await buildApp({
    db: tdb.db, wechat, now: () => clock.now, templates, appPages, sessionTtlMs: 30 * DAY,
    ...(opts.reminderPendingCap ? { reminderPendingCap: opts.reminderPendingCap } : {}),
    rateLimits: { perSession: 10_000, loginPerAddress: 10_000, perAddress: 10_000, ...opts.rateLimits },
    trustProxy: opts.trustProxy, holidays: { bundled: [{ year: 2025 }, { year: 2026 }] },
    ...(opts.push ? { push: opts.push, appId: FAKE_APPID } : {}),
  })
  const call: TestEnv['call'] = (token, method, url, body) =>
    app.inject({ method, url, ...(body !== undefined ? { payload: body as object } : {}), headers: token ? { authorization: `Bearer ${token}` } : {} })
  return {
    tdb, appPages, fake, wechat, app, clock, call,
    dispatcher: (overrides = {}) => createDispatcher({
      db: tdb.db, wechat, templates, miniprogramState: 'formal', workerId: 'test-worker',
      tuning: { batchSize: 100, concurrency: 10, leaseMs: 60_000, pollMs: 20, maxAttempts: 3 },
      now: () => clock.now, random: () => 0.5, logger: silentLogger, ...overrides,
    }),
    async login(openid) {
      const { code } = fake.state.issueLoginCode(openid)
      const res = await call(undefined, 'POST', '/v1/session', { code })
      if (res.statusCode !== 201) throw new Error(`login failed: ${res.statusCode} ${res.body}`)
      return { token: res.json().token as string, openid }
    },
    async close() {
      await app.close()
      await fake.close()
      await tdb.close()
    },
  }
}

/** A valid create-reminder body: hearing at T0 + days, reminder `fireInHours` from now. */
export function hearingBody(opts: { fireAt?: number; eventAt?: number; title?: string; page?: string } = {}) {
  const eventAt = opts.eventAt ?? T0 + 3 * DAY
  return {
    kind: 'hearing',
    fireAt: opts.fireAt ?? T0 + DAY,
    eventAt,
    values: { title: opts.title ?? '借款合同纠纷开庭', court: '杭州互联网法院', eventAt: '2026-03-05T09:30' },
    ...(opts.page ? { page: opts.page } : {}),
  }
}

export function deadlineBody(kind: string, opts: { fireAt?: number; eventAt?: number } = {}) {
  return {
    kind,
    fireAt: opts.fireAt ?? T0 + DAY,
    eventAt: opts.eventAt ?? T0 + 10 * DAY,
    values: { title: '提交答辩状截止', caseLabel: '(2026)浙0192民初1234号', eventAt: '2026-03-12' },
  }
}
