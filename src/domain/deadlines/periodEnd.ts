/**
 * 期间届满日：民事诉讼法第八十五条 + 民诉法解释第一百二十五条.
 * The start day is not counted (counting starts the next day); rest days inside the period are
 * not skipped; only a last day that is a rest day (周末或放假, the "actual rest day" reading, [S])
 * moves to the first working day after it; a 调休上班日 is a working day.
 */
import { explain, type Explanation } from './explanation'
import type { HolidayCalendar } from '../calendar/holidayCalendar'
import { addMonths, civilFromDayNumber, dayNumberFromCivil, formatDayNumber, toDayNumber } from '../calendar/plainDate'

export type Period = { unit: 'day' | 'month'; amount: number }

export type PeriodEnd = {
  /** The raw last day before roll-over: the date we advise acting by. */
  safeDue: string
  /** The legal last day after roll-over. */
  due: string
  rolledOver: boolean
  provisional: boolean
  explanation: Explanation[]
}

/** Longest run of consecutive rest days we accept before assuming corrupt calendar data. */
const MAX_REST_RUN = 31
/**
 * A notice can reach back into the previous December: the 2023 notice made 2022-12-31 part of 元旦,
 * the 2019 one made 2018-12-29 a make-up workday and 12-31 a rest day (as the 2008 one did with
 * 2007-12-29). So while next year's notice is unpublished, a last day (or a roll-over) from December
 * 28 on may still move, either way [M: the earliest reach-back known is the 29th; one day's margin].
 */
const LATE_DECEMBER_FROM = 28

/**
 * Ends a period that counts from `startsFrom` (not itself counted).
 * @example endOfPeriod('2026-09-16', { unit: 'day', amount: 15 }, calendar).due // '2026-10-08'
 */
export function endOfPeriod(startsFrom: string, period: Period, calendar: HolidayCalendar): PeriodEnd {
  const raw = period.unit === 'day' ? toDayNumber(startsFrom) + period.amount : toDayNumber(addMonths(startsFrom, period.amount))
  return rollForward(raw, calendar)
}

/**
 * Rolls a raw last day (day number) forward past rest days (第八十五条第三款).
 * @example rollForward(toDayNumber('2026-03-21'), calendar).due // '2026-03-23' (Saturday → Monday)
 */
export function rollForward(raw: number, calendar: HolidayCalendar): PeriodEnd {
  const explanation: Explanation[] = []
  const provisionalYears = new Set<number>()
  let day = raw
  let info = calendar.dayInfoAt(day)
  let holiday: string | null = null
  for (let steps = 0; info.kind === 'rest_day'; steps++) {
    if (steps > MAX_REST_RUN) throw new RangeError(`more than ${MAX_REST_RUN} rest days in a row after ${formatDayNumber(raw)}`)
    if (info.provisional) provisionalYears.add(civilFromDayNumber(day).year)
    holiday ??= info.holiday
    day++
    info = calendar.dayInfoAt(day)
  }
  if (info.provisional) provisionalYears.add(civilFromDayNumber(day).year)
  const pendingYear = nextNoticePending(raw, day, calendar)
  const safeDue = formatDayNumber(raw)
  const due = day === raw ? safeDue : formatDayNumber(day)
  if (day !== raw) explanation.push(explain('rolled_over', holiday ? { from: safeDue, to: due, holiday } : { from: safeDue, to: due }))
  else if (info.kind === 'makeup_workday') explanation.push(explain('makeup_workday_counts', { date: safeDue, holiday: info.holiday ?? '' }))
  for (const year of provisionalYears) explanation.push(explain('provisional_calendar', { year }))
  // Said once: when the next year is already provisional_calendar, that note covers it.
  const pending = pendingYear !== null && !provisionalYears.has(pendingYear)
  if (pending) explanation.push(explain('next_year_unpublished', { year: pendingYear }))
  return { safeDue, due, rolledOver: day !== raw, provisional: provisionalYears.size > 0 || pending, explanation }
}

/** Per calendar: [first day, last day, pending year] of each late December before an unpublished year. */
const lateDecembers = new WeakMap<HolidayCalendar, [number, number, number][]>()

/**
 * The unpublished year whose notice could still move a day in `from..to` (day numbers): a day on or
 * after December 28 of a published year whose next year is not published. Null otherwise.
 */
function nextNoticePending(from: number, to: number, calendar: HolidayCalendar): number | null {
  let ranges = lateDecembers.get(calendar)
  if (!ranges) {
    const years = calendar.publishedYears
    ranges = years.filter((y) => !years.includes(y + 1)).map((y) => [dayNumberFromCivil(y, 12, LATE_DECEMBER_FROM), dayNumberFromCivil(y, 12, 31), y + 1])
    lateDecembers.set(calendar, ranges)
  }
  for (const [first, last, year] of ranges) if (from <= last && to >= first) return year
  return null
}
