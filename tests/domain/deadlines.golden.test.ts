import { computeDeadlines, type Deadline } from '../../src/domain/deadlines'
import { bundledHolidayYears, createHolidayCalendar } from '../../src/domain/calendar/holidayCalendar'
import { beijingToday } from '../../src/domain/calendar/plainDate'
import { goldenDeadlineCases } from './golden/deadlines.golden'

/** The main article every deadline of a kind must cite. */
const MAIN_BASIS: Record<Deadline['kind'], string> = {
  answer: '民事诉讼法第一百二十八条',
  jurisdiction_objection: '民事诉讼法第一百三十条',
  evidence: '民诉法解释第九十九条',
  hearing: '民事诉讼法第一百四十七条',
  payment_order_objection: '民事诉讼法第二百二十七条',
  appeal_judgment: '民事诉讼法第一百七十一条',
  appeal_ruling: '民事诉讼法第一百七十一条',
  retrial: '民事诉讼法第二百一十六条',
  mediation_end: '特邀调解规定第二十七条',
  appeal_answer: '民事诉讼法第一百七十四条',
  performance: '民事诉讼法第一百五十八条',
  small_claims_objection: '民诉法解释第二百七十九条',
}

describe(`golden deadline cases (TZ=${process.env.TZ ?? 'unset'})`, () => {
  it('has at least 40 cases, each with a citation', () => {
    expect(goldenDeadlineCases.length).toBeGreaterThanOrEqual(40)
    for (const c of goldenDeadlineCases) expect(c.citation).toMatch(/第|issue/)
  })

  it.each(goldenDeadlineCases.map((c) => [c.name, c] as const))('%s', (_name, golden) => {
    const today = golden.now ? beijingToday(golden.now.ms) : golden.today
    if (golden.now) expect(today).toBe(golden.now.beijingToday)
    const before = JSON.stringify(golden.facts)
    const calendar = golden.publishedYears ? createHolidayCalendar(bundledHolidayYears.filter((y) => golden.publishedYears?.includes(y.year))) : undefined
    const result = computeDeadlines(golden.facts, { ...(today ? { today } : {}), ...(calendar ? { calendar } : {}) })
    expect(JSON.stringify(golden.facts)).toBe(before) // does not mutate its input

    expect(result.map((d) => d.kind)).toEqual(golden.expect.map((e) => e.kind))
    golden.expect.forEach((want, i) => {
      const got = result[i]
      expect({ safeDue: got.safeDue, due: got.due }).toEqual({ safeDue: want.safeDue, due: want.due })
      expect(got.rolledOver).toBe(want.rolledOver ?? want.safeDue !== want.due)
      expect(got.provisional).toBe(want.provisional ?? false)
      if (want.startsFrom !== undefined) expect(got.startsFrom).toBe(want.startsFrom)
      if (want.at !== undefined) expect(got.at).toBe(want.at)
      if (want.daysLeft !== undefined) expect(got.daysLeft).toBe(want.daysLeft)
      const codes = got.explanation.map((e) => e.code)
      for (const code of want.codes ?? []) expect(codes).toContain(code)
      for (const citation of want.basis ?? []) expect(got.basis).toContain(citation)
      expect(codes.includes('rolled_over')).toBe(got.rolledOver)
      expect(codes.includes('provisional_calendar') || codes.includes('next_year_unpublished')).toBe(got.provisional)
      expect(got.basis).toContain(MAIN_BASIS[got.kind])
      if (got.period) expect(got.basis).toContain('民事诉讼法第八十五条')
    })
  })
})
