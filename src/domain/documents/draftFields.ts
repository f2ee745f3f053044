/**
 * 草稿（用户敲的原文）→ 模板的值。每个字段按模板声明的类型读：日期要是真实的日期，金额按
 * money/yuanInput 读，期数是 1–60 的整数；读不了的给出 { field, code }，页面在那一项下面提示，
 * 原文保留在草稿里。分期计划、申请方式的名称等由这里算出。
 */
import { isValidPlainDate } from '../calendar/plainDate'
import { acknowledgingPhrases } from '../collection/acknowledgement'
import { planInstallments, type InstallmentIssueCode } from '../money/installmentPlan'
import { afterAnswerIssueCodes, completeAfterAnswer } from './afterAnswer/drafts'
import { readExhibits, type ExhibitDraft } from './afterAnswer/exhibits'
import { parseYuanInput } from '../money/yuanInput'
import type { DocKind } from './docKinds'
import { cleanText } from './format'
import { paymentOrderScope, paymentOrderScopeText } from './paymentOrderScope'
import type { FieldKind, FieldValue, Template } from './template'

/** `exhibits`: the 质证意见's list of the other side's evidence (afterAnswer/exhibits.ts), when the draft has one. */
export type DraftFields = { fields: Readonly<Record<string, string>>; choices: Readonly<Record<string, readonly string[]>>; exhibits?: readonly ExhibitDraft[] }
export const draftIssueCodes = ['invalid_date', 'invalid_amount', 'invalid_count', 'until_not_after_due', ...(['total_not_positive', 'months_out_of_range', 'first_due_invalid', 'total_too_small'] satisfies InstallmentIssueCode[]),
  /** Words that admit the debt or promise to pay, typed into a collection letter or complaint (collection/acknowledgement.ts). */
  'acknowledges_debt', ...afterAnswerIssueCodes] as const
export type DraftIssueCode = (typeof draftIssueCodes)[number]
export type DraftIssue = { field: string; code: DraftIssueCode }
export type Fields = Record<string, FieldValue<FieldKind>>

const MODE_NAMES: Record<string, string> = { waive: '免交', reduce: '减交', defer: '缓交' }
const PERIOD_NAMES: Record<string, string> = { answer: '提交答辩状', evidence: '举证', appeal: '上诉', payment_order_objection: '对支付令提出异议' }

function readOne(kind: FieldKind, raw: string): { ok: true; value?: FieldValue<FieldKind> } | { ok: false; code: DraftIssueCode } {
  const text = raw.trim()
  if (text === '') return { ok: true }
  switch (kind) {
    case 'text': return { ok: true, value: cleanText(raw) }
    case 'date': return isValidPlainDate(text) ? { ok: true, value: text } : { ok: false, code: 'invalid_date' }
    case 'amount': {
      const parsed = parseYuanInput(text)
      if (!parsed.ok) return { ok: false, code: 'invalid_amount' }
      return parsed.empty ? { ok: true } : { ok: true, value: parsed.fen }
    }
    case 'count': return /^\d{1,3}$/.test(text) && Number(text) > 0 ? { ok: true, value: Number(text) } : { ok: false, code: 'invalid_count' }
    default: return { ok: true }
  }
}

/**
 * Reads a draft into typed fields, with an issue for each field that cannot be read.
 * @example
 * readDraftFields('evidence_extension', evidenceExtensionTemplate, { fields: { requestedUntil: '2026-10-40' }, choices: {} })
 * // { fields: {}, issues: [{ field: 'requestedUntil', code: 'invalid_date' }] }
 */
export function readDraftFields(kind: DocKind, template: Template, draft: DraftFields): { fields: Fields; issues: DraftIssue[] } {
  const fields: Fields = {}
  const issues: DraftIssue[] = []
  for (const [key, fieldKind] of Object.entries(template.fields)) {
    if (fieldKind === 'choices') { if (draft.choices[key]) fields[key] = [...draft.choices[key]]; continue }
    if (fieldKind === 'exhibits') { fields[key] = readExhibits(draft.exhibits); continue }
    const raw = draft.fields[key]
    if (raw === undefined) continue
    const read = readOne(fieldKind, raw)
    if (!read.ok) issues.push({ field: key, code: read.code })
    else if (read.value !== undefined) fields[key] = read.value
  }
  complete(kind, fields, draft, issues)
  return { fields, issues }
}

/** A collection letter or complaint never admits the debt: typed words that do are left out, and the page says why. */
function dropAcknowledgements(fields: Fields, issues: DraftIssue[]): void {
  for (const key of ['debtRef', 'agency', 'mailAddress', 'contactHours']) {
    const value = fields[key]
    if (typeof value === 'string' && acknowledgingPhrases(value).length > 0) {
      delete fields[key]
      issues.push({ field: key, code: 'acknowledges_debt' })
    }
  }
}

/** Values a document computes from others: the installment plan, the names of chosen modes, what an objection covers. */
function complete(kind: DocKind, fields: Fields, draft: DraftFields, issues: DraftIssue[]): void {
  completeAfterAnswer(kind, fields, draft, issues)
  if (kind === 'collection_letter' || kind === 'collection_complaint') dropAcknowledgements(fields, issues)
  if (kind === 'fee_relief') {
    const mode = draft.choices.mode?.[0]
    if (mode && MODE_NAMES[mode]) fields.modeName = MODE_NAMES[mode]
  }
  if (kind === 'payment_order_objection') {
    fields.disputedScope = paymentOrderScopeText(paymentOrderScope(draft.choices.disputed ?? [], draft.choices.reasons ?? []))
  }
  if (kind === 'period_extension') {
    const period = draft.choices.period?.[0]
    if (period && PERIOD_NAMES[period]) fields.periodName = PERIOD_NAMES[period]
  }
  if (kind === 'evidence_extension' && typeof fields.requestedUntil === 'string' && typeof fields.evidenceDue === 'string' && fields.requestedUntil <= fields.evidenceDue) {
    issues.push({ field: 'requestedUntil', code: 'until_not_after_due' })
  }
  const planned = kind === 'installment_letter' || (kind === 'repayment_plan' && draft.choices.mode?.[0] === 'installments')
  if (!planned) return
  const totalKey = kind === 'installment_letter' ? 'totalFen' : 'proposedFen'
  const total = fields[totalKey]
  const months = fields.months
  const first = fields.firstDueOn
  if (typeof total !== 'number' || typeof months !== 'number' || typeof first !== 'string') return
  const plan = planInstallments({ totalFen: total, months, firstDueOn: first })
  if (!plan.ok) {
    issues.push({ field: plan.code === 'first_due_invalid' ? 'firstDueOn' : plan.code === 'months_out_of_range' ? 'months' : totalKey, code: plan.code })
    return
  }
  fields.installments = plan.plan.installments
  fields.regularFen = plan.plan.regularFen
  fields.lastFen = plan.plan.lastFen
}
