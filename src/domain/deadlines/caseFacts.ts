/**
 * 案件事实（用户从法院文书上抄下的日期）的校验。Never throws: every rejection names the field and
 * a stable code the form turns into Chinese. Empty strings and null count as "not filled in",
 * because forms send them; missing facts only mean fewer deadlines.
 */
import { isValidPlainDate, toDayNumber } from '../calendar/plainDate'

export const procedures = ['ordinary', 'simple', 'small_claims', 'payment_order', 'pre_litigation_mediation'] as const
export type Procedure = (typeof procedures)[number]

export const serviceMethods = ['direct', 'mail', 'electronic', 'left_at_residence', 'public_notice'] as const
export type ServiceMethod = (typeof serviceMethods)[number]

/** 审级：一审 (民初) or 二审 (民终); absent = first. Inferring it from the 案号 is the intake's job. */
export const instances = ['first', 'second'] as const
export type Instance = (typeof instances)[number]

export type CaseFacts = {
  procedure: Procedure
  /** 送达日：签收日 / 回执上的收件日 (第九十一条) / 电子送达到达日 (第九十条). */
  servedOn?: string
  serviceMethod?: ServiceMethod
  /** 公告发出日 (最后张贴或刊登日, 解释第一百三十八条); deemed served 30 days later (第九十五条). */
  publicNoticeOn?: string
  /** 法院指定的答辩期（天）. */
  answerDays?: number
  /** 举证通知书：自送达起 N 天 … */
  evidenceDays?: number
  /** … 或写明的截止日. */
  evidenceDeadline?: string
  /** 开庭时间 'YYYY-MM-DDTHH:mm', Beijing time. */
  hearingAt?: string
  judgmentServedOn?: string
  rulingServedOn?: string
  mediationStartedOn?: string
  /** 审级; absent = 'first'. A 二审 judgment is final on service (第一百八十二条, 第一百五十八条). */
  instance?: Instance
  /** 用户在中华人民共和国领域内没有住所 (第二百八十五条, 第二百八十六条). Absent = false. */
  foreignParty?: boolean
  /** 对方上诉状副本的送达日 → 答辩 within 15 days (第一百七十四条). */
  appealServedOn?: string
  /** 判决写明的履行期间（天），e.g. 10 for 「判决生效之日起十日内」; 1..365. */
  performanceDays?: number
}

export const caseFactsIssueCodes = [
  'not_an_object', 'required', 'unknown_procedure', 'unknown_service_method', 'invalid_date', 'not_a_real_date',
  'not_an_integer', 'out_of_range', 'hearing_before_service', 'evidence_before_service',
  /** answerDays above the statutory 15 days of ordinary procedure (30 for a foreign party). */
  'answer_days_over_limit',
  'unknown_instance', 'not_a_boolean',
] as const
export type CaseFactsIssueCode = (typeof caseFactsIssueCodes)[number]
export type CaseFactsIssue = { field: string; code: CaseFactsIssueCode }
export type ParseCaseFactsResult = { ok: true; value: CaseFacts } | { ok: false; issues: CaseFactsIssue[] }

/** Years the calendar and the lunar fallback are meant for; outside is almost surely a typo. */
const MIN_YEAR = 2000
const MAX_YEAR = 2100
const DATE_FIELDS = ['servedOn', 'publicNoticeOn', 'evidenceDeadline', 'judgmentServedOn', 'rulingServedOn', 'mediationStartedOn', 'appealServedOn'] as const
const FIELDS = ['procedure', 'serviceMethod', 'hearingAt', 'answerDays', 'evidenceDays', 'instance', 'foreignParty', 'performanceDays', ...DATE_FIELDS] as const
/** 第一百二十八条: 15 days, statutory; 第二百八十五条: 30 days for a party without a domicile in the PRC. */
const ORDINARY_ANSWER_DAYS = 15
const FOREIGN_ANSWER_DAYS = 30
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/
const DATE_TIME_SHAPE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/

const isAbsent = (v: unknown): boolean => v === undefined || v === null || v === ''

function checkDate(value: unknown): CaseFactsIssueCode | null {
  if (typeof value !== 'string' || !DATE_SHAPE.test(value)) return 'invalid_date'
  if (!isValidPlainDate(value)) return 'not_a_real_date'
  const year = Number(value.slice(0, 4))
  return year < MIN_YEAR || year > MAX_YEAR ? 'out_of_range' : null
}

function checkDateTime(value: unknown): CaseFactsIssueCode | null {
  const match = typeof value === 'string' ? DATE_TIME_SHAPE.exec(value) : null
  if (!match) return 'invalid_date'
  if (Number(match[2]) > 23 || Number(match[3]) > 59) return 'not_a_real_date'
  return checkDate(match[1])
}

function checkDays(value: unknown, min: number, max: number): CaseFactsIssueCode | null {
  if (typeof value !== 'number' || !Number.isInteger(value)) return 'not_an_integer'
  return value < min || value > max ? 'out_of_range' : null
}

function answerDaysLimit(raw: Record<string, unknown>): CaseFactsIssueCode | null {
  if (raw.procedure !== 'ordinary') return null
  const limit = raw.foreignParty === true ? FOREIGN_ANSWER_DAYS : ORDINARY_ANSWER_DAYS
  return (raw.answerDays as number) > limit ? 'answer_days_over_limit' : null
}

const notAnObject = (): ParseCaseFactsResult => ({ ok: false, issues: [{ field: '', code: 'not_an_object' }] })

/**
 * Validates untrusted case facts (a form, storage, an HTTP body) into {@link CaseFacts}.
 * Returns a new object with only the known fields; the input is not mutated.
 * @example
 * parseCaseFacts({ procedure: 'ordinary', servedOn: '2026-02-30' })
 * // { ok: false, issues: [{ field: 'servedOn', code: 'not_a_real_date' }] }
 */
export function parseCaseFacts(input: unknown): ParseCaseFactsResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return notAnObject()
  const raw: Record<string, unknown> = {}
  try {
    // Read each known field once, so a getter cannot pass validation with one value and return another.
    for (const field of FIELDS) raw[field] = (input as Record<string, unknown>)[field]
  } catch {
    // Only a hostile object gets here (a getter or Proxy trap that throws): still a value, never a throw.
    return notAnObject()
  }
  return parseFields(raw)
}

function parseFields(raw: Record<string, unknown>): ParseCaseFactsResult {
  const issues: CaseFactsIssue[] = []
  const value: Record<string, unknown> = {}
  const keep = (field: string, code: CaseFactsIssueCode | null): void => {
    if (code) issues.push({ field, code })
    else value[field] = raw[field]
  }

  if (isAbsent(raw.procedure)) issues.push({ field: 'procedure', code: 'required' })
  else keep('procedure', (procedures as readonly unknown[]).includes(raw.procedure) ? null : 'unknown_procedure')
  if (!isAbsent(raw.serviceMethod)) keep('serviceMethod', (serviceMethods as readonly unknown[]).includes(raw.serviceMethod) ? null : 'unknown_service_method')
  for (const field of DATE_FIELDS) if (!isAbsent(raw[field])) keep(field, checkDate(raw[field]))
  if (!isAbsent(raw.hearingAt)) keep('hearingAt', checkDateTime(raw.hearingAt))
  if (!isAbsent(raw.instance)) keep('instance', (instances as readonly unknown[]).includes(raw.instance) ? null : 'unknown_instance')
  if (!isAbsent(raw.foreignParty)) keep('foreignParty', typeof raw.foreignParty === 'boolean' ? null : 'not_a_boolean')
  // 答辩期: a court-set period under 1 or over 30 days is not something a court writes (issue 3).
  // Ordinary procedure: the period is statutory, not court-set — 15 days (第一百二十八条), 30 for a
  // party without a domicile in the PRC (第二百八十五条); more is refused at the field with its own
  // code (answer_days_over_limit), so the form can say why. Other procedures keep the generic
  // 1..30 bounds ('out_of_range'): simple procedure lets the court set it (解释第二百六十六条), and
  // small claims caps it at 15 in the engine with an explanation (解释第二百七十五条).
  if (!isAbsent(raw.answerDays)) keep('answerDays', checkDays(raw.answerDays, 1, 30) ?? answerDaysLimit(raw))
  // 履行期间: a judgment states days; over a year is almost surely a typo [M].
  if (!isAbsent(raw.performanceDays)) keep('performanceDays', checkDays(raw.performanceDays, 1, 365))
  // 举证期限: no statutory maximum for ordinary procedure; 90 days catches typos [M].
  if (!isAbsent(raw.evidenceDays)) keep('evidenceDays', checkDays(raw.evidenceDays, 1, 90))

  // Nothing can be heard or fall due before the papers were served. With 公告送达 the check uses the
  // publication day, not the deemed service day 30 days later (第九十五条): a hearing the notice
  // itself fixes inside those 30 days would be irregular, but the user must still attend it.
  const serviceDays = [value.servedOn, value.publicNoticeOn].filter((d): d is string => typeof d === 'string').map(toDayNumber)
  if (serviceDays.length > 0) {
    const served = Math.min(...serviceDays)
    if (typeof value.hearingAt === 'string' && toDayNumber(value.hearingAt.slice(0, 10)) < served) issues.push({ field: 'hearingAt', code: 'hearing_before_service' })
    if (typeof value.evidenceDeadline === 'string' && toDayNumber(value.evidenceDeadline) < served) issues.push({ field: 'evidenceDeadline', code: 'evidence_before_service' })
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: value as CaseFacts }
}
