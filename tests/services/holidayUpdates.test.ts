import { setTransportForTests, type RawRequest } from '@/adapters/request'
import { computeDeadlines } from '@/domain/deadlines'
import { currentHolidayCalendar, refreshHolidayCalendar } from '@/services/holidayUpdates'
import { createMemoryStore } from '@/storage/memoryStore'

/**
 * A SYNTHETIC 2027 arrangement (the real notice is not out when this was written): 元旦 on
 * 2027-01-01..03 plus a bridge rest day on Monday 2027-01-04, so the effect is easy to see.
 */
const example2027 = {
  year: 2027,
  papers: ['https://example.invalid/2027-holiday-arrangement-test-fixture'],
  days: [
    { date: '2027-01-01', name: '元旦', isOffDay: true },
    { date: '2027-01-02', name: '元旦', isOffDay: true },
    { date: '2027-01-03', name: '元旦', isOffDay: true },
    { date: '2027-01-04', name: '元旦', isOffDay: true },
  ],
}
/** Served 2026-12-20: the 15-day answer period's raw last day is Monday 2027-01-04 (第一百二十八条, 第八十五条). */
const servedBeforeNewYear = { procedure: 'ordinary', servedOn: '2026-12-20' } as const

function serverAnswering(status: number, body: unknown, seen: RawRequest[] = []) {
  setTransportForTests(async (req) => { seen.push(req); return { statusCode: status, data: JSON.stringify(body) } })
}
afterEach(() => setTransportForTests(null))

const answerDeadline = (store: ReturnType<typeof createMemoryStore>) =>
  computeDeadlines(servedBeforeNewYear, { calendar: currentHolidayCalendar(store) }).find((d) => d.kind === 'answer')

describe('holiday-calendar updates from the reminder service', () => {
  test('without updates a deadline in 2027 is provisional and stays on its raw last day', () => {
    expect(answerDeadline(createMemoryStore())).toMatchObject({ due: '2027-01-04', safeDue: '2027-01-04', provisional: true })
  })

  test('a newly published year is fetched, stored and used: the deadline rolls over and is no longer provisional', async () => {
    const store = createMemoryStore()
    const seen: RawRequest[] = []
    serverAnswering(200, { years: [example2027] }, seen)
    expect(await refreshHolidayCalendar(store)).toEqual({ ok: true, years: [2027] })
    expect(seen.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /api/v1/holiday-calendar'])
    expect(answerDeadline(store)).toMatchObject({ due: '2027-01-05', safeDue: '2027-01-04', rolledOver: true, provisional: false })
  })

  test('bundled years the server repeats unchanged are not stored again', async () => {
    const store = createMemoryStore()
    const { bundledHolidayYears } = await import('@/domain/calendar/holidayCalendar')
    serverAnswering(200, { years: [...bundledHolidayYears, example2027] })
    expect(await refreshHolidayCalendar(store)).toEqual({ ok: true, years: [2027] })
  })

  test('a malformed year from the server is ignored and the others are kept', async () => {
    const store = createMemoryStore()
    serverAnswering(200, { years: [{ year: 2028, papers: [], days: [] }, example2027] })
    expect(await refreshHolidayCalendar(store)).toEqual({ ok: true, years: [2027] })
  })

  test('a failed fetch keeps what was stored before', async () => {
    const store = createMemoryStore()
    serverAnswering(200, { years: [example2027] })
    await refreshHolidayCalendar(store)
    serverAnswering(503, { error: { code: 'internal' } })
    expect(await refreshHolidayCalendar(store)).toEqual({ ok: false, code: 'server' })
    expect(answerDeadline(store)).toMatchObject({ due: '2027-01-05', provisional: false })
  })

  test('a corrupt stored entry is skipped instead of breaking every timeline', () => {
    const store = createMemoryStore({ 'yingsu:holidayUpdates:v1': [{ year: 'soon' }, example2027] })
    expect(answerDeadline(store)).toMatchObject({ due: '2027-01-05', provisional: false })
  })
})
