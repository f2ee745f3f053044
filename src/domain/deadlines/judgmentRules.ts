/**
 * 判决、裁定之后的期限：上诉 (第一百七十一条; 境外当事人 第二百八十六条)、对上诉的答辩 (第一百七十四条)、
 * 再审 (第二百一十六条) 和履行期限. 2023 民事诉讼法 numbering; 解释 = 2022 民诉法解释. Every article
 * cited here was checked against the 2023 text (src/domain/README.md, "Fact-sheet entries verified
 * for issue 10").
 */
import type { CaseFacts } from './caseFacts'
import { explain, type Explanation } from './explanation'
import type { HolidayCalendar } from '../calendar/holidayCalendar'
import type { Period } from './periodEnd'
import { addDays } from '../calendar/plainDate'
import { type Deadline, FOREIGN_PARTY_DAYS, periodDeadline } from './deadlineRules'

/** 第一百七十一条: 判决 15 days, 裁定 10 days; 第二百八十六条: 30 days for both for a party abroad. */
const APPEAL_JUDGMENT_DAYS = 15
const APPEAL_RULING_DAYS = 10
/** 第一百七十四条: 对方当事人在收到之日起十五日内提出答辩状; 第二百八十六条: 三十日 for a party abroad. */
const APPEAL_ANSWER_DAYS = 15
const SIX_MONTHS: Period = { unit: 'month', amount: 6 }
const RETRIAL_BASIS = ['民事诉讼法第二百一十六条', '民诉法解释第一百二十七条']
const ART_286 = '民事诉讼法第二百八十六条'

/**
 * A judgment that cannot be appealed and so takes effect on service (第一百五十八条): 小额诉讼 实行一审终审
 * (第一百六十五条); 二审判决、裁定是终审的 (第一百八十二条). The lifecycle module asks the same question.
 */
export function isFinalOnService(facts: Pick<CaseFacts, 'procedure' | 'instance'>): boolean {
  return facts.procedure === 'small_claims' || facts.instance === 'second'
}

/** Why a judgment cannot be appealed, or null when it can. */
function finality(facts: CaseFacts): Explanation[] | null {
  if (!isFinalOnService(facts)) return null
  if (facts.procedure === 'small_claims') return [explain('small_claims_no_appeal'), explain('small_claims_retrial_original_court')]
  return [explain('second_instance_final')]
}

function finalBasis(facts: CaseFacts): string[] {
  if (facts.procedure === 'small_claims') return ['民事诉讼法第一百六十五条', '民诉法解释第四百二十四条']
  return ['民事诉讼法第一百八十二条', '民事诉讼法第一百五十八条']
}

/**
 * 上诉、再审、履行. A final judgment (small claims, 第一百六十五条; second instance, 第一百八十二条)
 * is effective on service (第一百五十八条), so there is no appeal and the retrial period counts from
 * service. A first-instance judgment is assumed effective the day after the user's appeal period
 * ends; the other side's period may end later (解释第二百四十四条), hence [M] on that date. When the
 * other side has appealed (appealServedOn at first instance), the first-instance judgment does not
 * take effect then at all, so no retrial or performance date is derived from it.
 * @example postJudgmentDeadlines({ procedure: 'ordinary', instance: 'second', judgmentServedOn: '2026-06-04' }, calendar)[0].safeDue // '2026-12-04'
 */
export function postJudgmentDeadlines(facts: CaseFacts, calendar: HolidayCalendar): Deadline[] {
  const out: Deadline[] = []
  const final = finality(facts)
  const foreign = facts.foreignParty === true
  const appealed = facts.appealServedOn !== undefined && final === null
  if (facts.judgmentServedOn && final) {
    const effectiveOn = facts.judgmentServedOn
    const basis = finalBasis(facts)
    // onService: a final judgment takes effect on service, not on an assumption that nobody appealed.
    const notes = [...final, explain('judgment_effective_on', { effectiveOn, onService: 1 }), explain('fixed_period')]
    out.push(periodDeadline('retrial', effectiveOn, SIX_MONTHS, [...RETRIAL_BASIS, ...basis], notes, calendar))
    if (facts.performanceDays !== undefined) out.push(performanceDeadline(facts.performanceDays, effectiveOn, basis, final, calendar))
  } else if (facts.judgmentServedOn) {
    const days = foreign ? FOREIGN_PARTY_DAYS : APPEAL_JUDGMENT_DAYS
    const appealNotes = [explain('appeal_requires_written_petition'), ...(foreign ? [explain('foreign_party_period', { days })] : [])]
    const appeal = periodDeadline('appeal_judgment', facts.judgmentServedOn, { unit: 'day', amount: days }, ['民事诉讼法第一百七十一条', ...(foreign ? [ART_286] : [])], appealNotes, calendar)
    out.push(appeal)
    if (!appealed) {
      // Effective the day after the appeal period ends when nobody appeals (第一百五十八条) [M].
      const effectiveOn = addDays(appeal.due, 1)
      const assumed = [explain('judgment_effective_on', { effectiveOn }), explain('other_party_appeal_period_may_differ')]
      out.push(inheritProvisional(periodDeadline('retrial', effectiveOn, SIX_MONTHS, [...RETRIAL_BASIS, '民诉法解释第二百四十四条'], [...assumed, explain('fixed_period')], calendar), appeal))
      if (facts.performanceDays !== undefined) {
        out.push(inheritProvisional(performanceDeadline(facts.performanceDays, effectiveOn, ['民诉法解释第二百四十四条'], assumed, calendar), appeal))
      }
    }
  }
  if (facts.rulingServedOn && !final) {
    const days = foreign ? FOREIGN_PARTY_DAYS : APPEAL_RULING_DAYS
    const notes = [explain('appeal_ruling_limited_kinds'), explain('appeal_requires_written_petition'), ...(foreign ? [explain('foreign_party_period', { days })] : [])]
    out.push(periodDeadline('appeal_ruling', facts.rulingServedOn, { unit: 'day', amount: days }, ['民事诉讼法第一百七十一条', '民事诉讼法第一百五十七条', ...(foreign ? [ART_286] : [])], notes, calendar))
  }
  const answer = appealAnswerDeadline(facts, calendar)
  if (answer) out.push(answer)
  return out
}

/**
 * 对上诉的答辩: 15 days from service of the 上诉状副本 (第一百七十四条), 30 for a party abroad
 * (第二百八十六条); not answering does not stop the appeal (第一百七十四条). Small claims have no
 * appeal (第一百六十五条), so no answer to one either.
 */
function appealAnswerDeadline(facts: CaseFacts, calendar: HolidayCalendar): Deadline | null {
  if (!facts.appealServedOn || facts.procedure === 'small_claims') return null
  const foreign = facts.foreignParty === true
  const days = foreign ? FOREIGN_PARTY_DAYS : APPEAL_ANSWER_DAYS
  const notes = [explain('appeal_answer_optional'), ...(foreign ? [explain('foreign_party_period', { days })] : [])]
  return periodDeadline('appeal_answer', facts.appealServedOn, { unit: 'day', amount: days }, ['民事诉讼法第一百七十四条', ...(foreign ? [ART_286] : [])], notes, calendar)
}

/**
 * 履行期限: the N days the judgment states (「判决生效之日起十日内」), counted from the day after it
 * takes effect (第八十五条: the start day is not counted) [M: no statute fixes the period; fact sheet
 * §11]. Missing it costs double interest for the delay (第二百六十四条) and lets the lender apply for
 * enforcement within two years from its last day (第二百五十条).
 */
function performanceDeadline(days: number, effectiveOn: string, basis: string[], notes: Explanation[], calendar: HolidayCalendar): Deadline {
  const all = [explain('performance_from_effective_date', { days, effectiveOn }), ...notes, explain('late_performance_consequences')]
  const cited = ['民事诉讼法第一百五十八条', ...basis.filter((b) => b !== '民事诉讼法第一百五十八条'), '民事诉讼法第二百六十四条', '民事诉讼法第二百五十条']
  return periodDeadline('performance', effectiveOn, { unit: 'day', amount: days }, cited, all, calendar)
}

/**
 * A deadline that starts from another one's legal last day depends on every calendar year that
 * decided that day: an appeal period rolled over in an unpublished year makes the retrial period
 * that follows it provisional too, even when the retrial's own last day falls in a published year.
 */
function inheritProvisional(deadline: Deadline, from: Deadline): Deadline {
  if (!from.provisional) return deadline
  const isCalendarNote = (e: Explanation): boolean => e.code === 'provisional_calendar' || e.code === 'next_year_unpublished'
  const seen = new Set(deadline.explanation.filter(isCalendarNote).map((e) => `${e.code}:${e.params.year}`))
  const inherited = from.explanation.filter((e) => isCalendarNote(e) && !seen.has(`${e.code}:${e.params.year}`))
  return { ...deadline, provisional: true, explanation: [...deadline.explanation, ...inherited] }
}
