/**
 * The reminder use-cases against the REAL reminder service (server/src/app.ts on PGlite) and the
 * local WeChat stand-in, through the app's own request adapter and H5 login/subscribe adapters.
 */
import net from 'node:net'
import { setClockForTests } from '@/adapters/clock'
import { requestJson, setTransportForTests } from '@/adapters/request'
import { setStoreForTests } from '@/adapters/storage'
import type { Deadline } from '@/domain/deadlines'
import {
  cancelCaseReminders, deleteEverythingOnServer, ensureSession, hasUsedReminders, loadReminderStatus, prepareReminders, refreshCaseReminders,
  requestConsentOnTap, syncCaseReminders, templateIdsFor,
} from '@/services/reminders'
import { createMemoryStore } from '@/storage/memoryStore'
import { authedRequest } from '@/services/reminderSession'
import { nodeTransport, startRealReminderService, type RealService, type RecordedCall } from './support/realReminderService'

/** The service's fixed clock: 2026-03-02 (Monday) 09:00 Beijing. */
const T0 = Date.UTC(2026, 2 /* March */, 2, 1, 0)

function deadline(kind: Deadline['kind'], due: string, extra: Partial<Deadline> = {}): Deadline {
  return { kind, due, safeDue: due, actBy: due, rolledOver: false, provisional: false, startsFrom: null, period: null, basis: [], explanation: [], ...extra }
}
const answer = deadline('answer', '2026-03-17')
const hearing = deadline('hearing', '2026-03-05', { at: '2026-03-05T09:30' })
const evidence = deadline('evidence', '2026-03-03')
const labels = { caseLabel: '(2026)浙0192民初1234号', court: '杭州互联网法院' }

let service: RealService
let calls: RecordedCall[]
let store: ReturnType<typeof createMemoryStore>

beforeAll(async () => { service = await startRealReminderService(T0) }, 120_000)
afterAll(async () => { setTransportForTests(null); setClockForTests(null); await service?.stop() })

beforeEach(() => {
  calls = []
  store = createMemoryStore() // a fresh phone: new fake openid, no session
  setStoreForTests(store)
  setClockForTests(T0)
  setTransportForTests(nodeTransport({ '/api': service.apiUrl, '/wx-fake': service.wechatUrl }, calls))
})
afterEach(() => setStoreForTests(null))

const paths = () => calls.map((c) => `${c.method} ${c.url.replace(/^\/api/, '')}`)

async function preparedPhone() {
  const prepared = await prepareReminders()
  expect(prepared).toMatchObject({ ok: true, byKind: { hearing: 'tmplHearing01', answer: 'tmplDeadline01' } })
  calls.length = 0
}

describe('sessions', () => {
  test('logs in once through the WeChat stand-in and reuses the cached token', async () => {
    const first = await ensureSession()
    const second = await ensureSession()
    expect(first.ok && second.ok && first.token === second.token).toBe(true)
    expect(paths()).toEqual(['POST /wx-fake/__fake/login', 'POST /v1/session'])
  })

  test('logs in again and retries once when the server no longer knows the token', async () => {
    await ensureSession()
    store.set('yingsu.reminderSession', { token: 'revoked-token', expiresAt: T0 + 86_400_000 })
    calls.length = 0
    expect(await authedRequest('GET', '/v1/credits')).toMatchObject({ ok: true })
    expect(paths()).toEqual(['GET /v1/credits', 'POST /wx-fake/__fake/login', 'POST /v1/session', 'GET /v1/credits'])
    expect(calls[0].status).toBe(401)
  })

  test('preparing the reminder button reads the template ids without logging in', async () => {
    expect(await prepareReminders()).toMatchObject({ ok: true })
    expect(paths()).toEqual(['GET /v1/templates'])
    expect(hasUsedReminders()).toBe(false)
  })

  test('reports an unreachable service as a network failure value', async () => {
    const closed = net.createServer()
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r))
    const port = (closed.address() as net.AddressInfo).port
    await new Promise((r) => closed.close(r))
    setTransportForTests(nodeTransport({ '/api': `http://127.0.0.1:${port}`, '/wx-fake': service.wechatUrl }))
    expect(await ensureSession()).toEqual({ ok: false, code: 'network' })
  })

  test('reports a service that never answers as a timeout, and login without the stand-in as unavailable', async () => {
    const sockets: net.Socket[] = []
    const silent = net.createServer((s) => { sockets.push(s) })
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r))
    const url = `http://127.0.0.1:${(silent.address() as net.AddressInfo).port}`
    const withShortTimeout = nodeTransport({ '/api': url, '/wx-fake': service.wechatUrl })
    setTransportForTests((req) => withShortTimeout({ ...req, timeout: 300 }))
    expect(await ensureSession()).toEqual({ ok: false, code: 'timeout' })
    setTransportForTests(nodeTransport({ '/api': service.apiUrl, '/wx-fake': url.replace(/:\d+$/, ':1') }))
    expect(await ensureSession()).toEqual({ ok: false, code: 'login_unavailable' })
    sockets.forEach((s) => s.destroy())
    await new Promise((r) => silent.close(r))
  })
})

describe('consent', () => {
  test('opens the subscribe request before its first await, then reports the accepts as credits', async () => {
    await preparedPhone()
    const pending = requestConsentOnTap(['hearing', 'answer', 'evidence'])
    expect(paths()).toEqual(['POST /wx-fake/__fake/subscribe']) // already started, synchronously
    expect(await pending).toEqual({ ok: true, accepted: 2, asked: 2 })
    expect(calls[0].body).toMatchObject({ templateIds: ['tmplHearing01', 'tmplDeadline01'] })
    const status = await loadReminderStatus()
    expect(status.ok && status.credits).toEqual([
      { templateId: 'tmplHearing01', kinds: ['hearing'], credits: 1, pending: 0, turnedOff: false },
      expect.objectContaining({ templateId: 'tmplDeadline01', credits: 1, pending: 0, turnedOff: false }),
    ])
    expect(status.ok && status.enabled).toBe(true)
  })

  test("shows a template the user set to 拒收 in WeChat's settings as turned off, with no credits left", async () => {
    await preparedPhone()
    expect(await requestConsentOnTap(['answer'])).toEqual({ ok: true, accepted: 1, asked: 1 })
    // WeChat pushes subscribe_msg_change_event to the service; so does the stand-in, once pointed at it.
    expect(await requestJson('/wx-fake', 'POST', '/__fake/push', { body: { url: `${service.apiUrl}/wechat/push`, token: 'appTestsPushToken' } })).toMatchObject({ ok: true })
    const openid = store.get('yingsu.h5FakeOpenid')
    expect(await requestJson('/wx-fake', 'POST', '/__fake/turn-off', { body: { openid, templateIds: ['tmplDeadline01'] } })).toMatchObject({ ok: true })
    let line: unknown
    for (let i = 0; i < 50 && !(line as { turnedOff?: boolean } | undefined)?.turnedOff; i++) {
      const status = await loadReminderStatus()
      line = status.ok ? status.credits.find((c) => c.templateId === 'tmplDeadline01') : undefined
      await new Promise((r) => setTimeout(r, 100))
    }
    expect(line).toMatchObject({ templateId: 'tmplDeadline01', credits: 0, turnedOff: true })
    await requestJson('/wx-fake', 'POST', '/__fake/push', { body: { url: null } })
  })

  test('cannot ask before the template ids are known, and fetches them for the next tap', async () => {
    expect(await requestConsentOnTap(['hearing'])).toEqual({ ok: false, code: 'not_ready' })
    await until(() => store.get('yingsu.reminderTemplates') !== undefined)
    expect(await requestConsentOnTap(['hearing'])).toEqual({ ok: true, accepted: 1, asked: 1 })
  })

  test('asks for at most 3 distinct templates, the most important kinds first', () => {
    const byKind = { hearing: 'h', answer: 'a', evidence: 'a', retrial: 'r', appeal_judgment: 'p' }
    expect(templateIdsFor(['hearing', 'answer', 'evidence', 'appeal_judgment', 'retrial'], byKind)).toEqual(['h', 'a', 'p'])
  })
})

describe('syncing a case', () => {
  test('schedules every planned reminder with only what the message needs', async () => {
    await preparedPhone()
    const res = await syncCaseReminders('c1', [answer, hearing, evidence], labels, T0)
    expect(res).toEqual({ ok: true, scheduled: 5, cancelled: 0, skipped: [] })
    const puts = calls.filter((c) => c.method === 'PUT')
    expect(puts.map((c) => c.url)).toEqual([
      '/api/v1/reminders/c1%3Ahearing%3AH-1d', '/api/v1/reminders/c1%3Ahearing%3AH-2h',
      '/api/v1/reminders/c1%3Aanswer%3AD-3', '/api/v1/reminders/c1%3Aanswer%3AD0', '/api/v1/reminders/c1%3Aevidence%3AD0',
    ])
    for (const c of puts) {
      expect(c.status).toBe(201)
      expect(Object.keys(c.body as object).sort()).toEqual(['eventAt', 'fireAt', 'kind', 'page', 'values'])
      expect(JSON.stringify(c.body)).not.toMatch(/principal|phone|name|amount/i)
      // A tap on the message opens this case; the id is the phone's local case id, nothing personal.
      expect((c.body as { page: string }).page).toBe('case/pages/detail/index?id=c1')
    }
    const held = await authedRequest('GET', '/v1/reminders')
    expect(held.ok && (held.data as { reminders: { page: string }[] }).reminders.map((r) => r.page)).toEqual(Array(5).fill('case/pages/detail/index?id=c1'))
    const status = await loadReminderStatus()
    expect(status.ok && status.reminders.map((r) => [r.key, r.state])).toEqual([
      ['c1:evidence:D0', 'scheduled'], ['c1:hearing:H-1d', 'scheduled'], ['c1:hearing:H-2h', 'scheduled'],
      ['c1:answer:D-3', 'scheduled'], ['c1:answer:D0', 'scheduled'],
    ])
  })

  test('replaying a sync changes nothing, and a dropped deadline is cancelled without touching other cases', async () => {
    await preparedPhone()
    await syncCaseReminders('c1', [answer, hearing], labels, T0)
    await syncCaseReminders('c2', [evidence], {}, T0)
    calls.length = 0
    expect(await syncCaseReminders('c1', [answer, hearing], labels, T0)).toEqual({ ok: true, scheduled: 4, cancelled: 0, skipped: [] })
    expect(calls.filter((c) => c.method === 'PUT').map((c) => c.status)).toEqual([200, 200, 200, 200])
    expect(await syncCaseReminders('c1', [deadline('answer', '2026-03-20')], labels, T0)).toEqual({ ok: true, scheduled: 2, cancelled: 2, skipped: [] })
    const status = await loadReminderStatus()
    const states = Object.fromEntries(status.ok ? status.reminders.map((r) => [r.key, r.state]) : [])
    expect(states).toEqual({
      'c1:hearing:H-1d': 'cancelled', 'c1:hearing:H-2h': 'cancelled',
      'c1:answer:D-3': 'scheduled', 'c1:answer:D0': 'scheduled', 'c2:evidence:D0': 'scheduled',
    })
    const moved = status.ok ? status.reminders.find((r) => r.key === 'c1:answer:D0') : undefined
    expect(moved?.fireAt).toBe(Date.UTC(2026, 2, 20, 1, 0))
  })

  test('cancelling a deleted case cancels only its own reminders', async () => {
    await preparedPhone()
    await syncCaseReminders('c1', [answer], labels, T0)
    await syncCaseReminders('c2', [hearing], labels, T0)
    expect(await cancelCaseReminders('c1')).toEqual({ ok: true, cancelled: 2 })
    const status = await loadReminderStatus()
    expect(status.ok && status.reminders.filter((r) => r.state === 'scheduled').map((r) => r.key)).toEqual(['c2:hearing:H-1d', 'c2:hearing:H-2h'])
  })

  test('an edited case moves its reminders to the new dates, but a case without reminders is never uploaded', async () => {
    await preparedPhone()
    await syncCaseReminders('c1', [answer], labels, T0)
    calls.length = 0
    expect(await refreshCaseReminders('c2', [evidence], {}, T0)).toEqual({ ok: true, skippedBecause: 'not_enabled' })
    expect(paths()).toEqual(['GET /v1/reminders'])
    expect(await refreshCaseReminders('c1', [deadline('answer', '2026-03-24')], labels, T0)).toEqual({ ok: true, scheduled: 2, cancelled: 0, skipped: [] })
    const status = await loadReminderStatus()
    const d0 = status.ok ? status.reminders.find((r) => r.key === 'c1:answer:D0') : undefined
    expect(d0?.fireAt).toBe(Date.UTC(2026, 2, 24, 1, 0))
    expect(status.ok && status.reminders.some((r) => r.key.startsWith('c2:'))).toBe(false)
  })

  test('a phone that never used reminders does not contact the server when a case is opened or deleted', async () => {
    expect(await refreshCaseReminders('c1', [answer], labels, T0)).toEqual({ ok: true, skippedBecause: 'not_enabled' })
    expect(await cancelCaseReminders('c1')).toEqual({ ok: true, cancelled: 0 })
    expect(await deleteEverythingOnServer()).toEqual({ ok: true })
    expect(calls).toEqual([])
  })
})

describe('deleting everything', () => {
  test('deletes the user on the server and forgets the local session', async () => {
    await preparedPhone()
    await syncCaseReminders('c1', [answer], labels, T0)
    const before = store.get('yingsu.reminderSession') as { token: string }
    expect(await deleteEverythingOnServer()).toEqual({ ok: true })
    expect(calls.at(-1)).toMatchObject({ method: 'DELETE', url: '/api/v1/me', status: 204 })
    expect(store.get('yingsu.reminderSession')).toBeUndefined()
    setTransportForTests(nodeTransport({ '/api': service.apiUrl, '/wx-fake': service.wechatUrl }, calls))
    calls.length = 0
    const oldToken = await fetchStatus(before.token)
    expect(oldToken).toBe(401)
    const status = await loadReminderStatus()
    expect(status.ok && status.reminders).toEqual([])
  })
})

/** GET /v1/reminders with a given token, straight through the transport. */
async function fetchStatus(token: string): Promise<number> {
  const t = nodeTransport({ '/api': service.apiUrl })
  const res = await t({ url: '/api/v1/reminders', method: 'GET', header: { authorization: `Bearer ${token}` }, timeout: 5000 })
  return res.statusCode
}

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now()
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time')
    await new Promise((r) => setTimeout(r, 20))
  }
}
