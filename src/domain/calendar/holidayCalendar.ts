/**
 * 节假日日历：工作日 / 休息日（周末或放假）/ 调休上班日。
 * The bundled State Council notices decide published years. Any other year falls back to
 * weekends plus the statutory days computed in ./lunarHolidays, and every day of such a year is
 * flagged provisional: the 调休 arrangement is unknown until the notice comes out (fact sheet,
 * addendum [M]). The engine takes the calendar as a parameter so newer data can replace it.
 */
import { holidays2023 } from './holidays/2023'
import { holidays2024 } from './holidays/2024'
import { holidays2025 } from './holidays/2025'
import { holidays2026 } from './holidays/2026'
import { type HolidayYear, holidayYearSchema } from './holidayYear'
import { computeStatutoryHolidays } from './lunarHolidays'
import { civilFromDayNumber, toDayNumber, weekdayOfDayNumber } from './plainDate'

export { holidayYearSchema, parseHolidayYear, type HolidayYear } from './holidayYear'

/** workday 工作日; rest_day 休息日（周末或放假）; makeup_workday 调休上班日（周末上班）. */
export type DayKind = 'workday' | 'rest_day' | 'makeup_workday'

export type DayInfo = {
  readonly kind: DayKind
  /** The holiday's name for a holiday rest day or make-up workday; null for plain days and weekends. */
  readonly holiday: string | null
  /** True when the year has no published arrangement and the kind is computed. */
  readonly provisional: boolean
}

export type HolidayCalendar = {
  /** Classifies a 'YYYY-MM-DD' date. */
  dayInfo(date: string): DayInfo
  /** Same, by day number (1970-01-01 = 0): the engine's fast path. */
  dayInfoAt(dayNumber: number): DayInfo
  /** Years with a published State Council arrangement, ascending. */
  readonly publishedYears: readonly number[]
}

/** Every bundled 放假安排 (2023–2026), validated when the default calendar is built. */
export const bundledHolidayYears: HolidayYear[] = [holidays2023, holidays2024, holidays2025, holidays2026]

const plainDay = (kind: DayKind, provisional: boolean): DayInfo => Object.freeze({ kind, holiday: null, provisional })
const WORKDAY = plainDay('workday', false)
const WEEKEND = plainDay('rest_day', false)
const PROVISIONAL_WORKDAY = plainDay('workday', true)
const PROVISIONAL_WEEKEND = plainDay('rest_day', true)

/**
 * Builds a calendar from 放假安排 records (validated with zod; invalid data throws, since data
 * passed here is the program's own or was already parsed with `parseHolidayYear`).
 * @example
 * const calendar = createHolidayCalendar(bundledHolidayYears)
 * calendar.dayInfo('2026-02-14') // { kind: 'makeup_workday', holiday: '春节', provisional: false }
 */
export function createHolidayCalendar(years: HolidayYear[]): HolidayCalendar {
  const published = new Set<number>()
  const listed = new Map<number, DayInfo>()
  for (const raw of years) {
    const parsed = holidayYearSchema.safeParse(raw)
    if (!parsed.success) throw new TypeError(`invalid holiday data for ${String((raw as { year?: unknown }).year)}: ${parsed.error.issues[0]?.message}`)
    published.add(parsed.data.year)
    for (const day of parsed.data.days) {
      const kind: DayKind = day.isOffDay ? 'rest_day' : 'makeup_workday'
      listed.set(toDayNumber(day.date), Object.freeze({ kind, holiday: day.name, provisional: false }))
    }
  }
  const computed = new Map<number, Map<number, DayInfo>>()
  const computedYear = (year: number): Map<number, DayInfo> => {
    let days = computed.get(year)
    if (!days) {
      days = new Map()
      for (const [day, name] of computeStatutoryHolidays(year)) days.set(day, Object.freeze({ kind: 'rest_day', holiday: name, provisional: true }))
      computed.set(year, days)
    }
    return days
  }
  const dayInfoAt = (dayNumber: number): DayInfo => {
    const year = civilFromDayNumber(dayNumber).year
    const isWeekend = weekdayOfDayNumber(dayNumber) >= 6
    if (published.has(year)) return listed.get(dayNumber) ?? (isWeekend ? WEEKEND : WORKDAY)
    // A published neighbour year may list this day (元旦 block starting on 12-31, say).
    return listed.get(dayNumber) ?? computedYear(year).get(dayNumber) ?? (isWeekend ? PROVISIONAL_WEEKEND : PROVISIONAL_WORKDAY)
  }
  return {
    dayInfo: (date) => dayInfoAt(toDayNumber(date)),
    dayInfoAt,
    publishedYears: Object.freeze([...published].sort((a, b) => a - b)),
  }
}

let defaultCalendar: HolidayCalendar | undefined

/**
 * The calendar built from the bundled years, created once on first use.
 * @example defaultHolidayCalendar().dayInfo('2026-10-01').holiday // '国庆节'
 */
export function defaultHolidayCalendar(): HolidayCalendar {
  defaultCalendar ??= createHolidayCalendar(bundledHolidayYears)
  return defaultCalendar
}
