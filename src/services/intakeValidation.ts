/**
 * 表单校验：每一步各自校验，错误落到具体的输入项上（field + code），文案由 i18n 翻译成白话。
 * 日期是否存在、开庭是否早于送达，交给期限引擎的 parseCaseFacts，避免两套规则说法不一。
 */
import { parseCaseFacts } from '@/domain/deadlines'
import { parseCaseNumber } from '@/domain/case/caseNumber'
import { parseYuanInput, type YuanInputIssueCode } from '@/domain/money/yuanInput'
import { claimFields, type CaseFactsFields } from '@/storage/caseRecord'
import { dateQuestions, normalizeDateInput, normalizeTimeInput, type IntakeForm } from './intakeForm'

export type FormField = Exclude<keyof IntakeForm, 'caseNumberUnchecked' | 'source'>

/** 第三步问不问审级：案号是“民终”，或者收到了判决书、上诉状副本（二审判决没有上诉期）。 */
export function asksInstance(form: Pick<IntakeForm, 'documents' | 'caseNumber'>): boolean {
  return form.documents.includes('judgment') || form.documents.includes('appeal_petition') || suggestInstanceFromNumber(form.caseNumber) === 'second'
}

/** 案号的类型代字是“民终”（二审）时建议 second；其他返回 null。 */
export function suggestInstanceFromNumber(caseNumber: string): 'second' | null {
  const parsed = caseNumber.trim() ? parseCaseNumber(caseNumber) : null
  return parsed?.ok && parsed.value.typeCode === '民终' ? 'second' : null
}

export const intakeIssueCodes = [
  'required', 'not_chosen', 'invalid_date', 'not_a_real_date', 'year_out_of_range', 'in_future', 'hearing_before_service',
  'evidence_before_service', 'invalid_time', 'not_an_integer', 'days_out_of_range', 'case_number_unparsed', 'too_long',
  'invalid_amount', 'amount_negative', 'amount_too_many_decimals', 'amount_too_large',
  'answer_days_over_limit', 'performance_days_out_of_range'
] as const
export type IntakeIssueCode = (typeof intakeIssueCodes)[number]
export type IntakeIssue = { field: FormField; code: IntakeIssueCode }

/**
 * 各项在页面上从上到下的顺序：校验失败时把用户带到“第一处”错误，指的是看得见的第一处，
 * 不是校验代码先发现的那一处。
 */
export const fieldOrder: readonly FormField[] = [
  'documents', 'serviceMethod', 'servedOn', 'publicNoticeOn', 'hearingDate', 'hearingTime', 'evidenceMode',
  'evidenceDeadline', 'evidenceDays', 'judgmentServedOn', 'rulingServedOn', 'performanceDays', 'appealServedOn', 'mediationStartedOn',
  'foreignParty', 'court', 'caseNumber', 'instance', 'procedure', 'lenderKey', 'lenderOther', ...claimFields
]

/** 页面上最靠上的那处错误；没有错误为 null。 */
export function firstIssueField(issues: readonly IntakeIssue[]): FormField | null {
  const fields = new Set(issues.map((i) => i.field))
  return fieldOrder.find((f) => fields.has(f)) ?? null
}

/**
 * 文字项的长度上限。法院全称最长的也不过二十几个字；超过上限多半是把别的内容粘贴进来了。
 * 输入框本身不截断（截断是悄悄改掉用户写的东西），超过就在这一项下面说出来。
 */
export const TEXT_LIMITS = { court: 100, caseNumber: 100, lenderOther: 100 } as const

const AMOUNT_CODES: Record<YuanInputIssueCode, IntakeIssueCode> = {
  not_a_number: 'invalid_amount',
  negative: 'amount_negative',
  too_many_decimals: 'amount_too_many_decimals',
  too_large: 'amount_too_large'
}

/** 金额项的错误代码；能读懂（或没填）为 null。 */
export function amountIssue(text: string): IntakeIssueCode | null {
  const parsed = parseYuanInput(text)
  return parsed.ok ? null : AMOUNT_CODES[parsed.code]
}

/** 已经发生的送达/收到日期：晚于今天一定是填错了。 */
const PAST_DATE_FIELDS = ['servedOn', 'publicNoticeOn', 'judgmentServedOn', 'rulingServedOn', 'mediationStartedOn', 'appealServedOn'] as const

/** 按当前显示的题目，把表单文本变成期限引擎的事实（隐藏的题目不带进去）。 */
export function factsFromForm(form: IntakeForm): CaseFactsFields & Record<string, unknown> {
  const q = dateQuestions(form)
  const facts: Record<string, unknown> = {}
  const put = (key: string, text: string) => { if (text.trim() !== '') facts[key] = normalizeDateInput(text) }
  if (q.service && form.serviceMethod) facts.serviceMethod = form.serviceMethod
  if (q.servedOn) put('servedOn', form.servedOn)
  if (q.publicNoticeOn) put('publicNoticeOn', form.publicNoticeOn)
  if (q.hearing && form.hearingDate.trim() !== '') facts.hearingAt = `${normalizeDateInput(form.hearingDate)}T${normalizeTimeInput(form.hearingTime)}`
  if (q.evidence && form.evidenceMode === 'date') put('evidenceDeadline', form.evidenceDeadline)
  if (q.evidence && form.evidenceMode === 'days' && form.evidenceDays.trim() !== '') {
    const text = form.evidenceDays.trim()
    facts.evidenceDays = /^\d+$/.test(text) ? Number(text) : text
  }
  if (q.judgment) { put('judgmentServedOn', form.judgmentServedOn); put('rulingServedOn', form.rulingServedOn) }
  if (q.performance && form.performanceDays.trim() !== '') {
    const text = form.performanceDays.trim()
    facts.performanceDays = /^\d+$/.test(text) ? Number(text) : text
  }
  if (q.appeal) put('appealServedOn', form.appealServedOn)
  if (q.foreignParty && form.foreignParty) facts.foreignParty = true
  if (asksInstance(form) && (form.instance === 'first' || form.instance === 'second')) facts.instance = form.instance
  if (q.mediation) put('mediationStartedOn', form.mediationStartedOn)
  return facts as CaseFactsFields & Record<string, unknown>
}

function checkDates(form: IntakeForm, today: string): IntakeIssue[] {
  const q = dateQuestions(form)
  const issues: IntakeIssue[] = []
  const blank = (text: string) => text.trim() === ''
  if (q.service && form.serviceMethod === '') issues.push({ field: 'serviceMethod', code: 'not_chosen' })
  if (q.servedOn && blank(form.servedOn)) issues.push({ field: 'servedOn', code: 'required' })
  if (q.publicNoticeOn && blank(form.publicNoticeOn)) issues.push({ field: 'publicNoticeOn', code: 'required' })
  if (q.hearing && blank(form.hearingDate)) issues.push({ field: 'hearingDate', code: 'required' })
  if (q.hearing && blank(form.hearingTime)) issues.push({ field: 'hearingTime', code: 'required' })
  else if (q.hearing && !/^([01]\d|2[0-3]):[0-5]\d$/.test(normalizeTimeInput(form.hearingTime))) issues.push({ field: 'hearingTime', code: 'invalid_time' })
  if (q.evidence && form.evidenceMode === '') issues.push({ field: 'evidenceMode', code: 'not_chosen' })
  if (q.evidence && form.evidenceMode === 'date' && blank(form.evidenceDeadline)) issues.push({ field: 'evidenceDeadline', code: 'required' })
  if (q.evidence && form.evidenceMode === 'days' && blank(form.evidenceDays)) issues.push({ field: 'evidenceDays', code: 'required' })
  if (q.judgment && blank(form.judgmentServedOn) && blank(form.rulingServedOn)) issues.push({ field: 'judgmentServedOn', code: 'required' })
  if (q.appeal && blank(form.appealServedOn)) issues.push({ field: 'appealServedOn', code: 'required' })
  if (q.mediation && blank(form.mediationStartedOn)) issues.push({ field: 'mediationStartedOn', code: 'required' })

  const facts = factsFromForm(form)
  const parsed = parseCaseFacts({ ...facts, procedure: 'ordinary' })
  const timeBad = issues.some((i) => i.field === 'hearingTime')
  if (!parsed.ok) {
    for (const issue of parsed.issues) {
      const field = (issue.field === 'hearingAt' ? 'hearingDate' : issue.field) as FormField
      if (field === 'hearingDate' && timeBad && issue.code !== 'hearing_before_service') continue
      issues.push({ field, code: mapFactsCode(issue.field, issue.code) })
    }
  }
  for (const field of PAST_DATE_FIELDS) {
    const value = facts[field]
    if (typeof value === 'string' && !issues.some((i) => i.field === field) && value > today) issues.push({ field, code: 'in_future' })
  }
  // 送达日期本身写错了（比如晚于今天），拿它来比的开庭日、举证截止日并没有错：只在送达日期下面说。
  const serviceWrong = issues.some((i) => i.field === 'servedOn' || i.field === 'publicNoticeOn')
  return serviceWrong ? issues.filter((i) => i.code !== 'hearing_before_service' && i.code !== 'evidence_before_service') : issues
}

function tooLong(form: IntakeForm, field: keyof typeof TEXT_LIMITS): IntakeIssue[] {
  return [...form[field].trim()].length > TEXT_LIMITS[field] ? [{ field, code: 'too_long' }] : []
}

function mapFactsCode(field: string, code: string): IntakeIssueCode {
  if (code === 'out_of_range') return field === 'evidenceDays' ? 'days_out_of_range' : field === 'performanceDays' ? 'performance_days_out_of_range' : 'year_out_of_range'
  if (code === 'answer_days_over_limit') return code
  // 审级、住所是选项：读不出来就当没选，请用户点一下。
  if (code === 'unknown_instance' || code === 'not_a_boolean') return 'not_chosen'
  if (code === 'invalid_date' || code === 'not_a_real_date' || code === 'hearing_before_service' || code === 'evidence_before_service' || code === 'not_an_integer') return code
  return 'invalid_date'
}

/** 校验某一步（0–3）。today 是北京时间的今天。 */
export function validateStep(step: number, form: IntakeForm, today: string): IntakeIssue[] {
  switch (step) {
    case 0:
      return form.documents.length === 0 ? [{ field: 'documents', code: 'not_chosen' }] : []
    case 1:
      return checkDates(form, today)
    case 2: {
      const issues: IntakeIssue[] = [...tooLong(form, 'court'), ...tooLong(form, 'caseNumber')]
      const text = form.caseNumber.trim()
      if (issues.every((i) => i.field !== 'caseNumber') && text !== '' && !form.caseNumberUnchecked && !parseCaseNumber(text).ok) issues.push({ field: 'caseNumber', code: 'case_number_unparsed' })
      if (form.procedure === '') issues.push({ field: 'procedure', code: 'not_chosen' })
      return issues
    }
    default: {
      const issues: IntakeIssue[] = []
      if (form.lenderKey === '') issues.push({ field: 'lenderKey', code: 'not_chosen' })
      if (form.lenderKey === 'other' && form.lenderOther.trim() === '') issues.push({ field: 'lenderOther', code: 'required' })
      if (form.lenderKey === 'other') issues.push(...tooLong(form, 'lenderOther'))
      for (const field of claimFields) {
        const code = amountIssue(form[field])
        if (code) issues.push({ field, code })
      }
      return issues
    }
  }
}

/** 第一处有错的步骤和它的全部错误；全部通过返回 null。 */
export function firstInvalidStep(form: IntakeForm, today: string): { step: number; issues: IntakeIssue[] } | null {
  for (let step = 0; step < 4; step++) {
    const issues = validateStep(step, form, today)
    if (issues.length > 0) return { step, issues }
  }
  return null
}
