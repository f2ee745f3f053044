import { bundledHolidayYears, createHolidayCalendar, holidayYearSchema, parseHolidayYear, type HolidayYear } from '../../src/domain/calendar/holidayCalendar'

const year2027: HolidayYear = {
  year: 2027,
  papers: ['https://example.gov.cn/2027-notice'],
  days: [
    { date: '2027-10-01', name: '国庆节', isOffDay: true },
    { date: '2027-10-09', name: '国庆节', isOffDay: false },
  ],
}

describe('holiday calendar', () => {
  it('validates every bundled year with the zod schema', () => {
    for (const y of bundledHolidayYears) expect(holidayYearSchema.safeParse(y).success).toBe(true)
  })

  it('rejects a record with a date that does not exist, a duplicate date or no notice URL', () => {
    const bad = (days: HolidayYear['days'], papers = year2027.papers) => parseHolidayYear({ year: 2027, papers, days })
    expect(bad([{ date: '2027-02-30', name: '春节', isOffDay: true }]).ok).toBe(false)
    expect(bad([year2027.days[0], year2027.days[0]]).ok).toBe(false)
    expect(bad(year2027.days, []).ok).toBe(false)
    expect(bad([{ date: '2029-10-01', name: '国庆节', isOffDay: true }]).ok).toBe(false)
    expect(parseHolidayYear('2027').ok).toBe(false)
  })

  it('throws when asked to build a calendar from invalid data (a programmer error)', () => {
    expect(() => createHolidayCalendar([{ ...year2027, days: [{ date: '2027-13-01', name: 'x', isOffDay: true }] }])).toThrow(TypeError)
  })

  it('marks an unpublished year provisional and applies weekends plus computed statutory days', () => {
    const calendar = createHolidayCalendar(bundledHolidayYears)
    expect(calendar.publishedYears).toEqual([2023, 2024, 2025, 2026])
    expect(calendar.dayInfo('2027-02-05')).toEqual({ kind: 'rest_day', holiday: '春节', provisional: true }) // 除夕 (腊月二十九)
    expect(calendar.dayInfo('2027-02-09')).toEqual({ kind: 'workday', holiday: null, provisional: true }) // 初四
    expect(calendar.dayInfo('2027-04-05')).toEqual({ kind: 'rest_day', holiday: '清明节', provisional: true })
    expect(calendar.dayInfo('2027-10-04')).toEqual({ kind: 'workday', holiday: null, provisional: true }) // no 调休 assumed
    expect(calendar.dayInfo('2027-01-02')).toEqual({ kind: 'rest_day', holiday: null, provisional: true }) // Saturday
  })

  it('holds every day a notice names, even in the previous year: the 2023 元旦 block begins on 2022-12-31', () => {
    const only2023 = createHolidayCalendar(bundledHolidayYears.filter((y) => y.year === 2023))
    // 「元旦：2022年12月31日至2023年1月2日放假调休，共3天。」(国办发明电〔2022〕16号)
    expect(only2023.dayInfo('2022-12-31')).toEqual({ kind: 'rest_day', holiday: '元旦', provisional: false })
    expect(only2023.dayInfo('2022-12-30')).toEqual({ kind: 'workday', holiday: null, provisional: true }) // 2022 itself unpublished
    expect(parseHolidayYear({ ...year2027, days: [{ date: '2026-12-31', name: '元旦', isOffDay: true }] }).ok).toBe(true)
  })

  it('lets newer data replace the fallback at run time', () => {
    const calendar = createHolidayCalendar([...bundledHolidayYears, year2027])
    expect(calendar.dayInfo('2027-10-09')).toEqual({ kind: 'makeup_workday', holiday: '国庆节', provisional: false })
    expect(calendar.dayInfo('2027-02-05')).toEqual({ kind: 'workday', holiday: null, provisional: false })
  })
})
