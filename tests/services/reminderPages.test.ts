/** The app reads every page of GET /v1/reminders (nextCursor), and still reads an older server's single page. */
import { setTransportForTests, type RawRequest } from '@/adapters/request'
import { setClockForTests } from '@/adapters/clock'
import { setStoreForTests } from '@/adapters/storage'
import { listServerReminders } from '@/services/reminders'
import { createMemoryStore } from '@/storage/memoryStore'

const T0 = Date.UTC(2026, 2 /* March */, 2, 1, 0)
const view = (key: string) => ({ key, kind: 'answer', state: 'scheduled', fireAt: T0, eventAt: T0 + 1, values: { title: key } })

let urls: string[]
function serve(pages: Record<string, object>) {
  urls = []
  setTransportForTests(async (req: RawRequest) => {
    urls.push(req.url)
    const body = pages[req.url.replace(/^[^/]*\/\/[^/]+|^\/api/, '')]
    return body ? { statusCode: 200, data: JSON.stringify(body) } : { statusCode: 404, data: '{}' }
  })
}

beforeEach(() => {
  process.env.TARO_APP_API_BASE = 'http://svc'
  const store = createMemoryStore()
  store.set('yingsu.reminderSession', { token: 'tok', expiresAt: T0 + 86_400_000 })
  setStoreForTests(store)
  setClockForTests(T0)
})
afterEach(() => { setTransportForTests(null); setStoreForTests(null); setClockForTests(null); delete process.env.TARO_APP_API_BASE })

test('follows nextCursor until the last page and keeps the order', async () => {
  serve({
    '/v1/reminders': { reminders: [view('a'), view('b')], nextCursor: 'c1' },
    '/v1/reminders?cursor=c1': { reminders: [view('c')], nextCursor: null },
  })
  const res = await listServerReminders()
  expect(res.ok && res.reminders.map((r) => r.key)).toEqual(['a', 'b', 'c'])
  expect(urls).toEqual(['http://svc/v1/reminders', 'http://svc/v1/reminders?cursor=c1'])
})

test("reads an older server's answer, which has no nextCursor, as the only page", async () => {
  serve({ '/v1/reminders': { reminders: [view('a')] } })
  const res = await listServerReminders()
  expect(res.ok && res.reminders.map((r) => r.key)).toEqual(['a'])
  expect(urls).toHaveLength(1)
})
