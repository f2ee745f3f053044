/**
 * The bundled 放假安排 against chinese-days 1.5.7 for every day of 2023–2026, so a typo in the
 * transcription cannot slip in (chinese-days runs in a child process pinned to Beijing time; see
 * support/chineseDaysOracle.ts).
 */
import { bundledHolidayYears, createHolidayCalendar } from '../../src/domain/calendar/holidayCalendar'
import { askChineseDays } from './support/chineseDaysOracle'

const calendar = createHolidayCalendar(bundledHolidayYears)
const oracle = askChineseDays(2023, 2026, 2027, 2027)

describe('bundled holiday data', () => {
  it('bundles 2023 through 2026, each with its notice URL', () => {
    expect(bundledHolidayYears.map((y) => y.year)).toEqual([2023, 2024, 2025, 2026])
    for (const y of bundledHolidayYears) expect(y.papers[0]).toMatch(/^https:\/\//)
  })

  it('asks chinese-days about all 1,461 days of 2023–2026', () => {
    expect(oracle.days).toHaveLength(365 * 4 + 1)
  })

  for (const { year } of bundledHolidayYears) {
    it(`agrees with chinese-days on every day of ${year} (rest day, workday, 调休)`, () => {
      const mismatches: string[] = []
      for (const day of oracle.days.filter((d) => d.date.startsWith(`${year}-`))) {
        const ours = calendar.dayInfo(day.date)
        if ((ours.kind === 'rest_day') !== day.holiday || (ours.kind !== 'rest_day') !== day.workday) {
          mismatches.push(`${day.date}: ours ${ours.kind}, chinese-days isHoliday=${day.holiday}`)
        }
        // chinese-days' 调休 rest days (paid back by make-up work) must be named holiday rest days here.
        if (day.inLieu && (ours.kind !== 'rest_day' || ours.holiday === null)) mismatches.push(`${day.date}: in lieu, ours ${ours.kind}`)
        if (ours.provisional) mismatches.push(`${day.date}: provisional`)
      }
      expect(mismatches).toEqual([])
    })
  }

  it('classifies the three kinds of day in 2026', () => {
    expect(calendar.dayInfo('2026-02-14')).toEqual({ kind: 'makeup_workday', holiday: '春节', provisional: false })
    expect(calendar.dayInfo('2026-02-20')).toEqual({ kind: 'rest_day', holiday: '春节', provisional: false })
    expect(calendar.dayInfo('2026-03-21')).toEqual({ kind: 'rest_day', holiday: null, provisional: false })
    expect(calendar.dayInfo('2026-03-23')).toEqual({ kind: 'workday', holiday: null, provisional: false })
  })
})
