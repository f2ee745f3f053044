/**
 * 诉讼时效（三年）核对：借款人能不能提出「诉讼时效已过」的抗辩。
 *
 * 民法典第一百八十八条第一款：「向人民法院请求保护民事权利的诉讼时效期间为三年。」
 * 民法典第一百八十九条：「当事人约定同一债务分期履行的，诉讼时效期间自最后一期履行期限届满之日起计算。」
 * 民法典第一百九十五条：履行请求（催收）、义务人同意履行、起诉 → 中断，「诉讼时效期间重新计算」。
 * 诉讼时效规定（法释〔2020〕17号）第八条：催收的信件或数据电文「到达或者应当到达」才中断；金融机构从账户扣款也算；
 * 第十条：起诉状提交之日起中断；第十四条：分期履行、部分履行、请求延期、制定清偿计划 = 同意履行。
 * 民法典第一百九十二条第二款 + 诉讼时效规定第十九条：期满后同意履行或自愿履行的，不得再以时效抗辩。
 * 民法典第一百九十三条：法院不主动适用；诉讼时效规定第三条：一审不提，二审、再审一般不再支持。
 *
 * We only ever say 「可能已过」: the lender may hold proof of a demand that reached the user (an SMS counts,
 * 银行卡规定第三条), which restarts the three years, and the burden of that proof is the lender's. So the
 * answer is "the latest of the dates the user knows is more than three years before the filing", never more.
 */
import { addMonths, compareDates, toDayNumber } from '../calendar/plainDate'
import { defaultHolidayCalendar, type HolidayCalendar } from '../calendar/holidayCalendar'
import { rollForward } from '../deadlines/periodEnd'

/** A date the user may or may not remember. */
export type RememberedDate = { known: true; on: string } | { known: false; reason: 'none' | 'unsure' }

export type LimitationFacts = {
  /** 最后一期的还款日（分期，第一百八十九条）；信用卡填最后一期账单的到期还款日。 */
  lastDueOn?: string
  /** 最后一次还款（含自动扣款，诉讼时效规定第八条第一款第三项、第十四条）。 */
  lastRepayment?: RememberedDate
  /** 最后一次出借人或催收方的催款「到达」你（短信、电话、信、App 消息，第八条）。 */
  lastDemand?: RememberedDate
  /** 你最后一次书面或口头同意还款、申请分期或延期（第十四条）。 */
  lastPromise?: RememberedDate
  /** 立案（提交起诉状）日期，受理通知书上有（诉讼时效规定第十条）；支付令为申请日（第十一条第一项）。 */
  filedOn?: string
  /** 不知道立案日时的下限：案号年份的 1 月 1 日（案件在那一年收案）。 */
  filedNoEarlierThan?: string
  /** 不知道立案日时的上限：法院文书的送达日（立案在送达之前）。 */
  filedNoLaterThan?: string
}

export type LimitationEvent = 'last_due' | 'last_repayment' | 'last_demand' | 'last_promise'

export type LimitationAssessment =
  /** No last due date: nothing to count from. */
  | { status: 'unanswered' }
  /** The latest known event is more than three years before the filing (or before the earliest it can be). */
  | { status: 'may_have_run'; latest: { event: LimitationEvent; on: string }; ranOn: string; demandsUnknown: boolean; filingDateKnown: boolean }
  /** Depends on the filing date, which the user has not entered: between the bounds. */
  | { status: 'depends_on_filing_date'; latest: { event: LimitationEvent; on: string }; ranOn: string }
  /** Within three years at filing: say when it would have run. */
  | { status: 'not_run'; latest: { event: LimitationEvent; on: string }; ranOn: string }

/** The three years end on the corresponding day (民法典第二百零二条); counting starts the next day (第二百零一条). */
export const LIMITATION_MONTHS = 36

/**
 * The last day of the three years counted from `on`: the day itself is not counted (民法典第二百零一条), the
 * period ends on the corresponding day (第二百零二条), and a last day on a rest day moves to the day after the
 * rest ends (第二百零三条).
 * @example limitationEndsOn('2021-03-15') // '2024-03-15' (a Friday)
 * @example limitationEndsOn('2023-03-21') // '2026-03-23' (2026-03-21 is a Saturday)
 */
export function limitationEndsOn(on: string, calendar: HolidayCalendar = defaultHolidayCalendar()): string {
  return rollForward(toDayNumber(addMonths(on, LIMITATION_MONTHS)), calendar).due
}

function latestEvent(facts: LimitationFacts): { event: LimitationEvent; on: string } | null {
  const candidates: { event: LimitationEvent; on: string }[] = []
  if (facts.lastDueOn) candidates.push({ event: 'last_due', on: facts.lastDueOn })
  const add = (event: LimitationEvent, d: RememberedDate | undefined) => {
    if (d?.known) candidates.push({ event, on: d.on })
  }
  add('last_repayment', facts.lastRepayment)
  add('last_demand', facts.lastDemand)
  add('last_promise', facts.lastPromise)
  if (candidates.length === 0) return null
  return candidates.reduce((a, b) => (compareDates(b.on, a.on) > 0 ? b : a))
}

/**
 * Whether the limitation defence may be open, from the dates the user remembers.
 * The period runs from the latest of: the last due date, the last repayment, the last demand that reached the
 * user, the last promise to pay (each one restarts it: 民法典第一百八十九条、第一百九十五条; 诉讼时效规定第八条、第十四条).
 * It "may have run" only if that is more than three years before the filing (诉讼时效规定第十条).
 * @example
 * assessLimitation({ lastDueOn: '2021-06-10', lastDemand: { known: false, reason: 'none' }, filedOn: '2025-01-20' })
 * // { status: 'may_have_run', latest: { event: 'last_due', on: '2021-06-10' }, ranOn: '2024-06-10', demandsUnknown: true, filingDateKnown: true }
 */
export function assessLimitation(facts: LimitationFacts): LimitationAssessment {
  if (!facts.lastDueOn) return { status: 'unanswered' }
  const latest = latestEvent(facts)!
  const ranOn = limitationEndsOn(latest.on)
  const demandsUnknown = !facts.lastDemand?.known
  const ranBefore = (date: string | undefined): boolean => date !== undefined && compareDates(date, ranOn) > 0
  if (facts.filedOn) {
    return ranBefore(facts.filedOn)
      ? { status: 'may_have_run', latest, ranOn, demandsUnknown, filingDateKnown: true }
      : { status: 'not_run', latest, ranOn }
  }
  if (ranBefore(facts.filedNoEarlierThan)) return { status: 'may_have_run', latest, ranOn, demandsUnknown, filingDateKnown: false }
  if (facts.filedNoLaterThan !== undefined && !ranBefore(facts.filedNoLaterThan)) return { status: 'not_run', latest, ranOn }
  return { status: 'depends_on_filing_date', latest, ranOn }
}

/**
 * A document in which the user promises or plans to pay can end the defence once the period has run
 * (民法典第一百九十二条第二款, 诉讼时效规定第十九条) and restarts the three years before that (第十四条).
 * So the warning is due whenever the defence may be open or we do not know.
 * @example needsPromiseWarning({ status: 'unanswered' }) // true
 */
export function needsPromiseWarning(assessment: LimitationAssessment): boolean {
  return assessment.status !== 'not_run'
}
