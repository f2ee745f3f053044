import {
  addDays, addMonths, beijingToday, civilFromDayNumber, compareDates, dayNumberFromCivil, daysBetween,
  formatDayNumber, isValidPlainDate, toDayNumber, weekday,
} from '../../src/domain/calendar/plainDate'

describe('plain dates', () => {
  it('counts day numbers from 1970-01-01 and back for every day from 1999 to 2101', () => {
    expect(toDayNumber('1970-01-01')).toBe(0)
    const broken: number[] = []
    for (let n = toDayNumber('1999-01-01'); n <= toDayNumber('2101-12-31'); n++) {
      const { year, month, day } = civilFromDayNumber(n)
      if (dayNumberFromCivil(year, month, day) !== n || toDayNumber(formatDayNumber(n)) !== n) broken.push(n)
    }
    expect(broken).toEqual([])
  })

  it('returns 2026-10-01 when 15 days are added to 2026-09-16', () => {
    expect(addDays('2026-09-16', 15)).toBe('2026-10-01')
  })

  it('crosses a year end and a leap day when adding days', () => {
    expect(addDays('2027-12-20', 15)).toBe('2028-01-04')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
  })

  it('ends a month period on the corresponding day (民法典第二百零二条)', () => {
    expect(addMonths('2014-05-28', 3)).toBe('2014-08-28') // the SPC's own example [S]
    expect(addMonths('2026-03-16', 6)).toBe('2026-09-16')
  })

  it('ends a month period on the last day of a month without a corresponding day', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28') // 8 → 2 (Feb)
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29') // leap year
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30')
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28')
  })

  it('names ISO weekdays: 2026-03-21 is a Saturday and 2026-03-23 a Monday', () => {
    expect(weekday('2026-03-21')).toBe(6)
    expect(weekday('2026-03-22')).toBe(7)
    expect(weekday('2026-03-23')).toBe(1)
  })

  it('compares and measures dates', () => {
    expect(['2026-10-08', '2026-02-24', '2025-12-31'].sort(compareDates)).toEqual(['2025-12-31', '2026-02-24', '2026-10-08'])
    expect(daysBetween('2026-09-16', '2026-10-01')).toBe(15)
    expect(daysBetween('2026-10-01', '2026-09-16')).toBe(-15)
  })

  it('rejects dates that do not exist or are malformed', () => {
    expect(isValidPlainDate('2026-02-29')).toBe(false)
    expect(isValidPlainDate('2028-02-29')).toBe(true)
    expect(isValidPlainDate('2100-02-29')).toBe(false) // century rule
    expect(isValidPlainDate('2000-02-29')).toBe(true)
    expect(isValidPlainDate('2026-13-01')).toBe(false)
    expect(isValidPlainDate('2026-4-1')).toBe(false)
    expect(isValidPlainDate(20260401)).toBe(false)
    expect(() => toDayNumber('2026-02-30')).toThrow(TypeError)
  })

  it('formats day numbers with zero padding', () => {
    expect(formatDayNumber(dayNumberFromCivil(2026, 1, 5))).toBe('2026-01-05')
  })

  it('does not mutate its input string (strings are immutable, but the date is returned anew)', () => {
    const start = '2026-01-31'
    expect(addMonths(start, 1)).toBe('2026-02-28')
    expect(start).toBe('2026-01-31')
  })

  describe('beijingToday', () => {
    // Instants written as UTC wall-clock values so the test itself does not depend on TZ.
    const utc = (y: number, m: number, d: number, h: number, min = 0): number => Date.UTC(y, m - 1, d, h, min)

    it('returns the next Beijing day at 16:00 UTC', () => {
      expect(beijingToday(utc(2026, 3, 5, 15, 59))).toBe('2026-03-05')
      expect(beijingToday(utc(2026, 3, 5, 16, 0))).toBe('2026-03-06')
    })

    it('gives the Beijing date for a Los Angeles evening, a Shanghai morning and a Kiritimati night', () => {
      // 2026-03-05 21:30 in Los Angeles (UTC−8) = 2026-03-06 05:30 UTC = 13:30 in Beijing.
      expect(beijingToday(utc(2026, 3, 6, 5, 30))).toBe('2026-03-06')
      // 2026-12-31 23:30 in Kiritimati (UTC+14) = 09:30 UTC = 17:30 the same day in Beijing.
      expect(beijingToday(utc(2026, 12, 31, 9, 30))).toBe('2026-12-31')
      // 2027-01-01 00:10 in Shanghai = 2026-12-31 16:10 UTC.
      expect(beijingToday(utc(2026, 12, 31, 16, 10))).toBe('2027-01-01')
    })

    it('agrees with Intl in Asia/Shanghai for a spread of instants', () => {
      const fmt = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
      const differing: number[] = []
      for (let ms = utc(2023, 1, 1, 0); ms < utc(2027, 1, 1, 0); ms += 7 * 3_600_000 + 13 * 60_000) {
        if (beijingToday(ms) !== fmt.format(ms)) differing.push(ms)
      }
      expect(differing).toEqual([])
    })

    it('throws on a non-finite instant (a programmer error)', () => {
      expect(() => beijingToday(Number.NaN)).toThrow(TypeError)
    })
  })
})
