/**
 * 期限引擎的公共入口：案件事实 → 带法条依据的期限列表。
 * Pure: no clock, no time zone; `today` is a parameter. Public API names are fixed (issue 3).
 */
import type { CaseFacts } from './deadlines/caseFacts'
import { litigationDeadlines, mediationDeadlines, paymentOrderDeadlines, type Deadline } from './deadlines/deadlineRules'
import { postJudgmentDeadlines } from './deadlines/judgmentRules'
import { defaultHolidayCalendar, type HolidayCalendar } from './calendar/holidayCalendar'
import { toDayNumber } from './calendar/plainDate'

export { parseCaseFacts, procedures, serviceMethods, instances, caseFactsIssueCodes } from './deadlines/caseFacts'
export type { CaseFacts, CaseFactsIssue, CaseFactsIssueCode, Instance, ParseCaseFactsResult, Procedure, ServiceMethod } from './deadlines/caseFacts'
export { deadlineKinds } from './deadlines/deadlineRules'
export type { Deadline, DeadlineKind } from './deadlines/deadlineRules'
export { explanationCodes } from './deadlines/explanation'
export type { Explanation, ExplanationCode } from './deadlines/explanation'
export type { Period } from './deadlines/periodEnd'

export type ComputeDeadlinesOptions = {
  /** Defaults to the bundled 2023–2026 State Council arrangements. */
  calendar?: HolidayCalendar
  /** Beijing 'YYYY-MM-DD' (see `beijingToday`); adds `daysLeft` to each deadline. */
  today?: string
}

const KIND_ORDER: Record<Deadline['kind'], number> = {
  small_claims_objection: 0, hearing: 1, payment_order_objection: 2, jurisdiction_objection: 3, answer: 4, evidence: 5,
  appeal_answer: 6, appeal_ruling: 7, appeal_judgment: 8, performance: 9, mediation_end: 10, retrial: 11,
}

/**
 * Computes every deadline the facts support, sorted by `due` (then hearing time, then kind).
 * Missing facts yield fewer deadlines; facts must come from {@link parseCaseFacts}.
 * @example
 * computeDeadlines({ procedure: 'ordinary', servedOn: '2026-09-16' })[0]
 * // { kind: 'jurisdiction_objection', due: '2026-10-08', safeDue: '2026-10-01', rolledOver: true, … }
 */
export function computeDeadlines(facts: CaseFacts, options: ComputeDeadlinesOptions = {}): Deadline[] {
  const calendar = options.calendar ?? defaultHolidayCalendar()
  let deadlines: Deadline[]
  switch (facts.procedure) {
    case 'payment_order':
      deadlines = paymentOrderDeadlines(facts, calendar)
      break
    case 'pre_litigation_mediation':
      deadlines = mediationDeadlines(facts, calendar)
      break
    default:
      deadlines = [...litigationDeadlines(facts, calendar), ...postJudgmentDeadlines(facts, calendar)]
  }
  if (options.today !== undefined) {
    const today = toDayNumber(options.today)
    for (const d of deadlines) d.daysLeft = toDayNumber(d.due) - today
  }
  return deadlines.sort(byDue)
}

function byDue(a: Deadline, b: Deadline): number {
  if (a.due !== b.due) return a.due < b.due ? -1 : 1
  const at = (a.at ?? '') < (b.at ?? '') ? -1 : (a.at ?? '') > (b.at ?? '') ? 1 : 0
  return at || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]
}
