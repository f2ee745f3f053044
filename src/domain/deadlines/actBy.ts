/**
 * 建议最晚行动日 (issue 20): the day we advise acting by is never a rest day. A period whose raw
 * last day falls on a holiday or weekend is extended by law to the next working day (民事诉讼法
 * 第八十五条第三款), but on the raw day itself the court's filing windows are closed, so the advice is
 * the last working day before it: answer by 09-30, not on 国庆 10-01 (the legal last day stays 10-08).
 */
import type { HolidayCalendar } from '../calendar/holidayCalendar'
import { formatDayNumber, toDayNumber } from '../calendar/plainDate'

/** Longest run of rest days we walk back over (the longest block, 春节, is 9 days). */
const MAX_REST_RUN = 31

/**
 * The last working day (a workday or a 调休上班日) on or before `date`.
 * @example lastWorkingDayOnOrBefore('2026-10-01', calendar) // '2026-09-30' (国庆 10-01 → Wednesday 09-30)
 * @example lastWorkingDayOnOrBefore('2026-02-14', calendar) // '2026-02-14' (the 春节 make-up Saturday is a working day)
 */
export function lastWorkingDayOnOrBefore(date: string, calendar: HolidayCalendar): string {
  let day = toDayNumber(date)
  for (let steps = 0; calendar.dayInfoAt(day).kind === 'rest_day'; steps++) {
    if (steps > MAX_REST_RUN) throw new RangeError(`more than ${MAX_REST_RUN} rest days in a row before ${date}`)
    day--
  }
  return formatDayNumber(day)
}

/**
 * The advised act-by day of a period that counts from `startsFrom` and whose raw last day is `safeDue`:
 * the last working day on or before it, or the legal last day `due` when no working day of the period
 * comes before it (a short period that lies wholly inside a holiday).
 * @example periodActBy('2026-09-16', '2026-10-01', '2026-10-08', calendar) // '2026-09-30'
 */
export function periodActBy(startsFrom: string | null, safeDue: string, due: string, calendar: HolidayCalendar): string {
  const day = lastWorkingDayOnOrBefore(safeDue, calendar)
  return startsFrom !== null && day <= startsFrom ? due : day
}
