/**
 * 建议最晚行动日 (issue 20): never a holiday or weekend. Dates worked out by hand from the State
 * Council's 2025 and 2026 放假安排 (src/domain/calendar/holidays): 2026 国庆 10-01..10-07 off, 09-20 and
 * 10-10 (Saturday) make-up workdays; 中秋 09-25..09-27; 春节 02-15..02-23 off, 02-14 and 02-28 make-up.
 * The legal last day (民事诉讼法第八十五条第三款) is unchanged: only the advice moves earlier.
 */
import { computeDeadlines, type CaseFacts, type Deadline } from '../../src/domain/deadlines'
import { defaultHolidayCalendar } from '../../src/domain/calendar/holidayCalendar'
import { lastWorkingDayOnOrBefore } from '../../src/domain/deadlines/actBy'

type Golden = { name: string; citation: string; facts: CaseFacts; kind: Deadline['kind']; safeDue: string; actBy: string; due: string }

const ART_85 = '民事诉讼法第八十五条'
const goldens: Golden[] = [
  { name: 'answer whose 15th day is 国庆 Thursday 2026-10-01: act by Wednesday 09-30, legal last day 10-08', citation: `民事诉讼法第一百二十八条、${ART_85}`, facts: { procedure: 'ordinary', servedOn: '2026-09-16', serviceMethod: 'mail' }, kind: 'answer', safeDue: '2026-10-01', actBy: '2026-09-30', due: '2026-10-08' },
  { name: 'the jurisdiction objection shares the answer period, so the same advice', citation: `民事诉讼法第一百三十条、${ART_85}`, facts: { procedure: 'ordinary', servedOn: '2026-09-16' }, kind: 'jurisdiction_objection', safeDue: '2026-10-01', actBy: '2026-09-30', due: '2026-10-08' },
  { name: 'payment order objection ending on 国庆: act by 09-30', citation: `民事诉讼法第二百二十七条、${ART_85}`, facts: { procedure: 'payment_order', servedOn: '2026-09-16' }, kind: 'payment_order_objection', safeDue: '2026-10-01', actBy: '2026-09-30', due: '2026-10-08' },
  { name: 'answer ending on Saturday 2026-03-21: act by Friday 03-20', citation: `民事诉讼法第一百二十八条、${ART_85}`, facts: { procedure: 'ordinary', servedOn: '2026-03-06' }, kind: 'answer', safeDue: '2026-03-21', actBy: '2026-03-20', due: '2026-03-23' },
  { name: 'answer ending in 春节 2026-02-20: act by the make-up Saturday 02-14, a working day', citation: `民事诉讼法第一百二十八条、${ART_85}`, facts: { procedure: 'ordinary', servedOn: '2026-02-05' }, kind: 'answer', safeDue: '2026-02-20', actBy: '2026-02-14', due: '2026-02-24' },
  { name: 'answer ending on 元旦 2026-01-01: act by Wednesday 2025-12-31', citation: `民事诉讼法第一百二十八条、${ART_85}`, facts: { procedure: 'ordinary', servedOn: '2025-12-17' }, kind: 'answer', safeDue: '2026-01-01', actBy: '2025-12-31', due: '2026-01-04' },
  { name: 'answer ending on 中秋 Friday 2026-09-25: act by Thursday 09-24', citation: `民事诉讼法第一百二十八条、${ART_85}`, facts: { procedure: 'ordinary', servedOn: '2026-09-10' }, kind: 'answer', safeDue: '2026-09-25', actBy: '2026-09-24', due: '2026-09-28' },
  { name: 'a working last day is the advice itself (Tuesday 2026-03-17)', citation: `民事诉讼法第一百二十八条`, facts: { procedure: 'ordinary', servedOn: '2026-03-02' }, kind: 'answer', safeDue: '2026-03-17', actBy: '2026-03-17', due: '2026-03-17' },
  { name: 'the make-up Saturday 2026-02-14 as the last day is the advice itself', citation: `民事诉讼法第一百二十八条、${ART_85}`, facts: { procedure: 'ordinary', servedOn: '2026-01-30' }, kind: 'answer', safeDue: '2026-02-14', actBy: '2026-02-14', due: '2026-02-14' },
  { name: 'evidence date 2026-10-03 written on the notice: act by 09-30', citation: `民诉法解释第九十九条; ${ART_85}`, facts: { procedure: 'ordinary', servedOn: '2026-09-16', evidenceDeadline: '2026-10-03' }, kind: 'evidence', safeDue: '2026-10-03', actBy: '2026-09-30', due: '2026-10-08' },
  { name: 'small claims hearing on Thursday 2026-10-08: object by 09-30, not on the 国庆 day before the hearing', citation: '民诉法解释第二百七十九条', facts: { procedure: 'small_claims', servedOn: '2026-09-24', hearingAt: '2026-10-08T09:30' }, kind: 'small_claims_objection', safeDue: '2026-10-07', actBy: '2026-09-30', due: '2026-10-08' },
  { name: 'small claims hearing on Monday 2026-10-12: the day before is Sunday, the Saturday 10-10 is a make-up workday', citation: '民诉法解释第二百七十九条', facts: { procedure: 'small_claims', servedOn: '2026-09-24', hearingAt: '2026-10-12T09:30' }, kind: 'small_claims_objection', safeDue: '2026-10-11', actBy: '2026-10-10', due: '2026-10-12' },
  { name: 'a hearing is on its day', citation: '民事诉讼法第一百四十七条', facts: { procedure: 'ordinary', hearingAt: '2026-10-20T09:30' }, kind: 'hearing', safeDue: '2026-10-20', actBy: '2026-10-20', due: '2026-10-20' },
  { name: 'a 3-day period that lies wholly inside 国庆 (served 10-02): no working day before it, so the advice is the legal last day 10-08', citation: `民诉法解释第二百七十五条; ${ART_85}`, facts: { procedure: 'small_claims', servedOn: '2026-10-02', evidenceDays: 3 }, kind: 'evidence', safeDue: '2026-10-05', actBy: '2026-10-08', due: '2026-10-08' },
]

describe(`建议最晚行动日 is a working day (TZ=${process.env.TZ ?? 'unset'})`, () => {
  it.each(goldens.map((g) => [g.name, g] as const))('%s', (_name, g) => {
    expect(g.citation).toMatch(/第/)
    const d = computeDeadlines(g.facts).find((x) => x.kind === g.kind)
    expect(d && { safeDue: d.safeDue, actBy: d.actBy, due: d.due }).toEqual({ safeDue: g.safeDue, actBy: g.actBy, due: g.due })
  })

  it('lastWorkingDayOnOrBefore walks back over the whole 国庆 block and stops on a make-up workday', () => {
    const calendar = defaultHolidayCalendar()
    expect(lastWorkingDayOnOrBefore('2026-10-07', calendar)).toBe('2026-09-30')
    expect(lastWorkingDayOnOrBefore('2026-10-11', calendar)).toBe('2026-10-10')
    expect(lastWorkingDayOnOrBefore('2026-09-20', calendar)).toBe('2026-09-20') // 国庆 make-up Sunday
    expect(lastWorkingDayOnOrBefore('2026-09-30', calendar)).toBe('2026-09-30')
  })

  it('over many service dates, the advice is never a rest day, never after the raw last day, and before the legal last day when rolled', () => {
    const calendar = defaultHolidayCalendar()
    for (let day = 0; day < 365; day++) {
      const servedOn = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10)
      for (const d of computeDeadlines({ procedure: 'ordinary', servedOn, evidenceDays: 15, hearingAt: `${servedOn}T09:00` })) {
        if (d.kind === 'hearing') continue
        expect(d.actBy <= d.safeDue || d.actBy === d.due).toBe(true)
        expect(d.actBy <= d.due).toBe(true)
        if (d.actBy !== d.due) expect(calendar.dayInfo(d.actBy).kind).not.toBe('rest_day')
      }
    }
  })
})
