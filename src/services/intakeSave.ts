/** 保存表单为案件（只在分包的表单页里用，不进主包）。 */
import type { KeyValueStore } from '@/adapters/storage'
import { parseCaseNumber } from '@/domain/case/caseNumber'
import { saveCase } from '@/storage/caseStore'
import { claimFields, type CaseRecord, type LenderKey } from '@/storage/caseRecord'
import { assignmentAnswers, type AssignmentAnswer } from '@/domain/lifecycle/assignment'
import { clearDraft } from '@/storage/draftStore'
import { findCase } from './cases'
import { factsFromForm } from './intakeValidation'
import { parseYuan, type IntakeForm } from './intakeForm'

/** 新案件的 id：时刻 + 随机数，够在一部手机上唯一。 */
export function newCaseId(nowMs: number, random: () => number = Math.random): string {
  return `c${nowMs.toString(36)}${Math.floor(random() * 36 ** 4).toString(36).padStart(4, '0')}`
}

/** 原告可能是买下债权的一方时才问“原告是不是当初借钱给你的那家”：银行信用卡（常被资产管理公司买走）和其他原告。 */
export function assignmentAsked(lenderKey: string): boolean {
  return lenderKey === 'card' || lenderKey === 'other'
}

/**
 * 把（已校验的）表单存成案件，清掉草稿，返回案件 id。
 * lenderName 由页面从 i18n 给出：名字是给人看的，存下来是为了原告改名后旧案件仍显示当时的名字。
 */
export function saveIntake(store: KeyValueStore, form: IntakeForm, options: { id: string | null; nowMs: number; lenderName: string }): string {
  const existing = options.id ? findCase(store, options.id, options.nowMs) : null
  const id = existing?.id ?? newCaseId(options.nowMs)
  const claim: CaseRecord['claim'] = {}
  for (const field of claimFields) {
    const fen = parseYuan(form[field])
    if (typeof fen === 'number') claim[field] = fen
  }
  const caseNumberText = form.caseNumber.trim()
  const parsedNumber = caseNumberText ? parseCaseNumber(caseNumberText) : null
  const record: CaseRecord = {
    id,
    createdAt: existing?.createdAt ?? options.nowMs,
    updatedAt: options.nowMs,
    documents: form.documents as CaseRecord['documents'],
    procedure: form.procedure as CaseRecord['procedure'],
    facts: factsFromForm(form),
    lender: { key: form.lenderKey as LenderKey, name: options.lenderName },
    claim
  }
  if (form.court.trim()) record.court = form.court.trim()
  if (parsedNumber?.ok) record.caseNumber = parsedNumber.value.normalized
  else if (caseNumberText) { record.caseNumber = caseNumberText; record.caseNumberUnchecked = true }
  const source = existing?.source ?? (form.source || undefined)
  if (source) record.source = source
  // 只有可能是买来的债（信用卡、其他原告）才问；换成常见出借方后，不再保留之前的回答。
  if (assignmentAsked(form.lenderKey) && (assignmentAnswers as readonly string[]).includes(form.assignment)) record.assignment = form.assignment as AssignmentAnswer
  saveCase(store, record, options.nowMs)
  clearDraft(store)
  return id
}
