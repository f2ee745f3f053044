/**
 * 各类期限的规则。Each builder cites the 2023 民事诉讼法 numbering (解释 = 2022 民诉法解释, whose own
 * cross-references use the 2021 numbers). Fact sheet: shared/context/legal-rules.md.
 */
import type { CaseFacts } from './caseFacts'
import { explain, type Explanation } from './explanation'
import type { HolidayCalendar } from '../calendar/holidayCalendar'
import { endOfPeriod, type Period, rollForward } from './periodEnd'
import { addDays, toDayNumber } from '../calendar/plainDate'
import { lastWorkingDayOnOrBefore, periodActBy } from './actBy'

export const deadlineKinds = [
  'answer', 'jurisdiction_objection', 'evidence', 'hearing', 'payment_order_objection',
  'appeal_judgment', 'appeal_ruling', 'retrial', 'mediation_end',
  /** 对对方上诉的答辩 (第一百七十四条). */
  'appeal_answer',
  /** 判决写明的履行期限. */
  'performance',
  /** 对适用小额诉讼程序的异议，开庭前提出 (第一百六十九条第二款; 解释第二百七十九条). */
  'small_claims_objection',
] as const
export type DeadlineKind = (typeof deadlineKinds)[number]

export type Deadline = {
  kind: DeadlineKind
  /** 法定最后一日 (after roll-over). */
  due: string
  /** The raw last day of the period, before roll-over (a rest day when `rolledOver`). */
  safeDue: string
  /**
   * 建议最晚行动日: the day we tell people to act by, never a rest day: the last working day on or before
   * `safeDue` (see actBy.ts); the hearing day for a hearing.
   */
  actBy: string
  rolledOver: boolean
  /** True when a year without a published 放假安排 decided the date. */
  provisional: boolean
  /** The day the period counts from (not itself counted); null for a date that is not a period. */
  startsFrom: string | null
  period: Period | null
  /** The hearing's start, 'YYYY-MM-DDTHH:mm' Beijing time. */
  at?: string
  /** Citations, e.g. '民事诉讼法第一百二十八条'. */
  basis: string[]
  explanation: Explanation[]
  /** due − today in days, when `today` was given. */
  daysLeft?: number
}

const ART_85 = '民事诉讼法第八十五条'
/** 民法典第二百零二条: a month period ends on the corresponding day, or the month's last day (addMonths). */
const CIVIL_CODE_202 = '民法典第二百零二条'
const PUBLIC_NOTICE_DAYS = 30 // 第九十五条: 自发出公告之日起，经过三十日，即视为送达
const FOREIGN_PUBLIC_NOTICE_DAYS = 60 // 第二百八十三条第二款: 自发出公告之日起，经过六十日，即视为送达
const ANSWER_DAYS = 15 // 第一百二十八条第一款
const SMALL_CLAIMS_MAX_ANSWER_DAYS = 15 // 解释第二百七十五条第二款
/** 在中华人民共和国领域内没有住所的当事人: answer (第二百八十五条), appeal and answer to an appeal (第二百八十六条). */
export const FOREIGN_PARTY_DAYS = 30

/** A deadline that ends a period (第八十五条), citing the rule's articles and 第八十五条 itself. */
export function periodDeadline(kind: DeadlineKind, startsFrom: string, period: Period, basis: string[], notes: Explanation[], calendar: HolidayCalendar): Deadline {
  const end = endOfPeriod(startsFrom, period, calendar)
  return {
    kind, due: end.due, safeDue: end.safeDue, actBy: periodActBy(startsFrom, end.safeDue, end.due, calendar), rolledOver: end.rolledOver, provisional: end.provisional,
    startsFrom, period, basis: period.unit === 'month' ? [...basis, ART_85, CIVIL_CODE_202] : [...basis, ART_85], explanation: [...notes, ...end.explanation],
  }
}

/** How the complaint copy was served: the effective date, and whether 公告送达 decided it. */
type Service = { on: string; publicNotice: boolean; notes: Explanation[]; basis: string[] }
const PUBLIC_NOTICE_BASIS = ['民事诉讼法第九十五条', '民诉法解释第一百三十八条']
/** 公告送达 to a party without a domicile in the PRC: 60 days (第二百八十三条第二款), published per 解释第一百三十八条. */
const FOREIGN_PUBLIC_NOTICE_BASIS = ['民事诉讼法第二百八十三条', '民诉法解释第一百三十八条']

/**
 * The effective service date of the complaint copy. 公告送达 is deemed effective 30 days after the
 * last posting or publication (第九十五条; 解释第一百三十八条): published on D, served on D+30, so the
 * answer period runs D+31 … D+45 [S: fact sheet §2, inferred from 第八十五条 + 第九十五条]. When the
 * user also gives an actual service date, service is complete on whichever came first, so the
 * earlier date governs (taking the later one would show a deadline later than the real one).
 */
function serviceOf(facts: CaseFacts): Service | null {
  if (facts.publicNoticeOn) {
    const foreign = facts.foreignParty === true
    const days = foreign ? FOREIGN_PUBLIC_NOTICE_DAYS : PUBLIC_NOTICE_DAYS
    const deemed = addDays(facts.publicNoticeOn, days)
    if (!facts.servedOn || deemed <= facts.servedOn) {
      const notes = [foreign
        ? explain('foreign_public_notice_deemed_served', { publishedOn: facts.publicNoticeOn, deemedServedOn: deemed, days })
        : explain('public_notice_deemed_served', { publishedOn: facts.publicNoticeOn, deemedServedOn: deemed })]
      if (facts.procedure === 'simple') notes.push(explain('public_notice_excludes_simple_procedure'))
      if (facts.procedure === 'small_claims') notes.push(explain('public_notice_excludes_small_claims'))
      return { on: deemed, publicNotice: true, notes, basis: foreign ? FOREIGN_PUBLIC_NOTICE_BASIS : PUBLIC_NOTICE_BASIS }
    }
  }
  return facts.servedOn ? { on: facts.servedOn, publicNotice: false, notes: [], basis: [] } : null
}

/**
 * 答辩期 (第一百二十八条), 管辖权异议 within it (第一百三十条), 举证期限 and 开庭.
 * @example litigationDeadlines({ procedure: 'ordinary', servedOn: '2026-03-06' }, calendar).map((d) => d.due) // ['2026-03-23', '2026-03-23']
 */
export function litigationDeadlines(facts: CaseFacts, calendar: HolidayCalendar): Deadline[] {
  const out: Deadline[] = []
  const service = serviceOf(facts)
  const small = facts.procedure === 'small_claims'
  if (service) {
    const notes = [...service.notes]
    const basis = ['民事诉讼法第一百二十八条', ...service.basis]
    // Simple procedure without a court-set period: the 15 days of 第一百二十八条 are the usual
    // default (解释第二百六十六条 sets no cap) [M]. A party without a domicile in the PRC has 30
    // days (第二百八十五条, verified); a court-set number still wins, being on the court's notice.
    let days = ANSWER_DAYS
    if (facts.foreignParty === true) {
      days = FOREIGN_PARTY_DAYS
      basis.push('民事诉讼法第二百八十五条')
      if (facts.answerDays === undefined) notes.push(explain('foreign_party_period', { days }))
    }
    if (facts.answerDays !== undefined) {
      days = facts.answerDays
      notes.push(explain('court_set_answer_period', { days }))
      if (facts.procedure === 'simple') basis.push('民诉法解释第二百六十六条')
    }
    if (small) {
      basis.push('民诉法解释第二百七十五条')
      // Capping picks the earlier, safer date when the form says more than the rule allows.
      if (days > SMALL_CLAIMS_MAX_ANSWER_DAYS) notes.push(explain('small_claims_answer_capped', { requested: days, applied: SMALL_CLAIMS_MAX_ANSWER_DAYS }))
      days = Math.min(days, SMALL_CLAIMS_MAX_ANSWER_DAYS)
    }
    const period: Period = { unit: 'day', amount: days }
    out.push(periodDeadline('answer', service.on, period, basis, notes, calendar))
    const objectionNotes = [explain('jurisdiction_objection_within_answer_period'), explain('answer_on_merits_accepts_jurisdiction')]
    const objectionBasis = ['民事诉讼法第一百三十条', ...service.basis, ...(facts.foreignParty === true ? ['民事诉讼法第二百八十五条'] : [])]
    // Small claims: the ruling on the objection takes effect at once, no appeal (解释第二百七十六条).
    if (small) objectionNotes.push(explain('small_claims_jurisdiction_ruling_final'))
    if (small) objectionBasis.push('民诉法解释第二百七十六条')
    out.push(periodDeadline('jurisdiction_objection', service.on, period, objectionBasis, objectionNotes, calendar))
  }
  const evidence = evidenceDeadline(facts, service, calendar)
  if (evidence) out.push(evidence)
  if (facts.hearingAt) out.push(hearingDeadline(facts.hearingAt))
  if (facts.hearingAt && small) out.push(smallClaimsObjection(facts.hearingAt, calendar))
  return out
}

/**
 * 举证期限: a date on the 举证通知书, or N days from service. After 公告送达 the N days count from the
 * day after the public-notice period ends (证据规定第五十五条第五项), i.e. from the deemed service date.
 */
function evidenceDeadline(facts: CaseFacts, service: Service | null, calendar: HolidayCalendar): Deadline | null {
  const basis = ['民事诉讼法第六十八条', '民诉法解释第九十九条']
  // Simple procedure: at most 15 days (解释第二百六十六条); small claims: generally at most 7 (解释第二百七十五条).
  if (facts.procedure === 'simple') basis.push('民诉法解释第二百六十六条')
  if (facts.procedure === 'small_claims') basis.push('民诉法解释第二百七十五条')
  const extension = explain('evidence_extension_in_writing')
  const servedOn = service?.on ?? null
  if (facts.evidenceDeadline) {
    // A court-fixed last day ends a court-set period, so 第八十五条 roll-over applies to it as well [M].
    const end = rollForward(toDayNumber(facts.evidenceDeadline), calendar)
    return {
      kind: 'evidence', due: end.due, safeDue: end.safeDue, actBy: periodActBy(servedOn, end.safeDue, end.due, calendar), rolledOver: end.rolledOver, provisional: end.provisional,
      startsFrom: servedOn, period: null, basis: [...basis, ART_85],
      explanation: [explain('evidence_date_from_notice', { date: facts.evidenceDeadline }), extension, ...end.explanation],
    }
  }
  if (facts.evidenceDays === undefined || !service) return null
  const period: Period = { unit: 'day', amount: facts.evidenceDays }
  if (service.publicNotice) basis.push(...service.basis, '民事诉讼证据规定第五十五条')
  const deemed = service.notes.filter((n) => n.code === 'public_notice_deemed_served' || n.code === 'foreign_public_notice_deemed_served')
  const notes = [...deemed, explain('evidence_days_from_service', { days: facts.evidenceDays }), extension]
  return periodDeadline('evidence', service.on, period, basis, notes, calendar)
}

/** 开庭: not a period; absence without good reason allows a default judgment (第一百四十七条). */
function hearingDeadline(at: string): Deadline {
  const day = at.slice(0, 10)
  return {
    kind: 'hearing', due: day, safeDue: day, actBy: day, rolledOver: false, provisional: false, startsFrom: null, period: null, at,
    basis: ['民事诉讼法第一百四十七条'], explanation: [explain('hearing_absence_default_judgment')],
  }
}

/**
 * 对适用小额诉讼程序的异议: 「当事人对按照小额诉讼案件审理有异议的，应当在开庭前提出」
 * (解释第二百七十九条, verified; the right itself: 第一百六十九条第二款). Not a period, so no roll-over.
 * Legal last day: the hearing day, before it opens; advised: the day before, in writing [M: "开庭前"
 * read as "before the hearing starts"; raising it at the opening of the hearing is a risk].
 */
function smallClaimsObjection(at: string, calendar: HolidayCalendar): Deadline {
  const day = at.slice(0, 10)
  return {
    kind: 'small_claims_objection', due: day, safeDue: addDays(day, -1), actBy: lastWorkingDayOnOrBefore(addDays(day, -1), calendar), rolledOver: false, provisional: false, startsFrom: null, period: null, at,
    basis: ['民诉法解释第二百七十九条', '民事诉讼法第一百六十九条'], explanation: [explain('small_claims_objection_before_hearing', { hearingAt: at })],
  }
}

/**
 * 支付令: pay or object IN WRITING within 15 days of receipt (第二百二十七条; 解释第四百三十六条: an oral
 * objection is void and "cannot pay now" is no objection; 解释第四百三十一条: a late objection counts as none).
 * @example paymentOrderDeadlines({ procedure: 'payment_order', servedOn: '2026-09-16' }, calendar)[0].due // '2026-10-08'
 */
export function paymentOrderDeadlines(facts: CaseFacts, calendar: HolidayCalendar): Deadline[] {
  if (!facts.servedOn) return []
  const notes = [
    explain('payment_order_written_objection_only'), explain('payment_order_oral_objection_void'),
    explain('payment_order_inability_not_objection'), explain('payment_order_late_objection_void'),
  ]
  return [periodDeadline('payment_order_objection', facts.servedOn, { unit: 'day', amount: 15 }, ['民事诉讼法第二百二十七条', '民诉法解释第四百三十六条', '民诉法解释第四百三十一条'], notes, calendar)]
}

/**
 * 诉前委派调解 30 days (特邀调解规定第二十七条; 在线调解规则第二十四条); roll-over applied [M].
 * @example mediationDeadlines({ procedure: 'pre_litigation_mediation', mediationStartedOn: '2026-03-01' }, calendar)[0].due // '2026-03-31'
 */
export function mediationDeadlines(facts: CaseFacts, calendar: HolidayCalendar): Deadline[] {
  if (!facts.mediationStartedOn) return []
  const notes = [explain('mediation_extendable_by_consent'), explain('mediation_failure_leads_to_filing')]
  return [periodDeadline('mediation_end', facts.mediationStartedOn, { unit: 'day', amount: 30 }, ['特邀调解规定第二十七条', '人民法院在线调解规则第二十四条'], notes, calendar)]
}
