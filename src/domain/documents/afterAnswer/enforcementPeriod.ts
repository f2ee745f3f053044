/**
 * 申请执行的期间（二年）. 民事诉讼法第二百五十条 (checked against the 2023 text): 「申请执行的期间为二年。申请执行
 * 时效的中止、中断，适用法律有关诉讼时效中止、中断的规定。前款规定的期间，从法律文书规定履行期间的最后一日起
 * 计算；…」. Counted like the limitation period it borrows its rules from: the start day is not counted (民法典
 * 第二百零一条), the period ends on the corresponding day (第二百零二条), a last day that is a rest day moves to
 * the day after the rest ends (第二百零三条) [M: the article does not say which counting rules apply; the 民法典's
 * are the ones for 时效].
 *
 * Because the period can be interrupted (a demand that reaches the debtor, the debtor agreeing to pay or paying
 * part), this date is only "when it would end without interruption"; the app never says the period has run.
 */
import { addMonths, compareDates, toDayNumber } from '../../calendar/plainDate'
import { defaultHolidayCalendar, type HolidayCalendar } from '../../calendar/holidayCalendar'
import { rollForward } from '../../deadlines/periodEnd'

export const ENFORCEMENT_PERIOD_MONTHS = 24
export const ENFORCEMENT_PERIOD_BASIS = ['民事诉讼法第二百五十条', '民诉法解释第四百八十一条'] as const

/**
 * The last day a creditor may apply for enforcement without an interruption, counted from the last day of
 * the performance period the judgment set.
 * @example enforcementPeriodEndsOn('2024-06-10') // '2026-06-10' (a Wednesday)
 * @example enforcementPeriodEndsOn('2024-10-03') // '2026-10-08' (2026-10-03 falls in the National Day rest)
 */
export function enforcementPeriodEndsOn(performanceDue: string, calendar: HolidayCalendar = defaultHolidayCalendar()): string {
  return rollForward(toDayNumber(addMonths(performanceDue, ENFORCEMENT_PERIOD_MONTHS)), calendar).due
}

/**
 * Whether an application made on `appliedOn` came after the uninterrupted period: the objection of 民诉法解释
 * 第四百八十一条 can then be raised (the court still decides whether the period was interrupted).
 * @example appliedAfterPeriod('2024-06-10', '2026-08-01') // true
 */
export function appliedAfterPeriod(performanceDue: string, appliedOn: string, calendar?: HolidayCalendar): boolean {
  return compareDates(appliedOn, enforcementPeriodEndsOn(performanceDue, calendar)) > 0
}
