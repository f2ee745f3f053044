/**
 * 打开表单时该显示什么：恢复草稿、回填要编辑的案件，或带着入口预选的原告开始新的一份。
 * 每次输入都经 persistDraft 存下来。
 */
import type { KeyValueStore } from '@/adapters/storage'
import type { Procedure } from '@/domain/deadlines'
import { parseCaseNumber } from '@/domain/case/caseNumber'
import { clearDraft, loadDraft, saveDraft, type IntakeDraft } from '@/storage/draftStore'
import { findCase } from './cases'
import { emptyIntakeForm, formFromCase, type IntakeForm } from './intakeForm'
import type { Entry } from './entry'

export type IntakeStart = IntakeDraft & { restored: boolean }

export function startIntake(store: KeyValueStore, nowMs: number, options: { editingId?: string | null; entry?: Entry | null }): IntakeStart {
  const editingId = options.editingId ?? null
  const draft = loadDraft(store, nowMs)
  let start: IntakeStart
  if (draft && draft.editingId === editingId) start = { ...draft, restored: true }
  else {
    const record = editingId ? findCase(store, editingId, nowMs) : null
    start = { editingId: record ? editingId : null, step: 0, form: record ? formFromCase(record) : emptyIntakeForm(), restored: false }
  }
  const entry = options.entry
  if (entry && start.editingId === null) {
    if (entry.lender && start.form.lenderKey === '') start.form = { ...start.form, lenderKey: entry.lender }
    if (entry.source && start.form.source === '') start.form = { ...start.form, source: entry.source }
  }
  return start
}

/** 放弃恢复的草稿，从空表单重新开始（保留入口带来的来源，归因不因此丢失）。 */
export function discardDraft(store: KeyValueStore, current: IntakeDraft): IntakeStart {
  clearDraft(store)
  return { editingId: null, step: 0, form: { ...emptyIntakeForm(), source: current.form.source }, restored: false }
}

export function persistDraft(store: KeyValueStore, draft: IntakeDraft): void {
  saveDraft(store, draft)
}

/**
 * 能从已填内容推断的程序：案号的类型代字优先（民督 → 支付令，民诉前调 → 诉前调解），
 * 其次是收到的材料。推断不出返回 null，由用户选。
 */
export function suggestProcedure(form: IntakeForm): Procedure | null {
  const number = form.caseNumber.trim() ? parseCaseNumber(form.caseNumber) : null
  if (number?.ok && number.value.suggestedProcedure) return number.value.suggestedProcedure
  if (form.documents.includes('payment_order')) return 'payment_order'
  if (form.documents.length === 1 && form.documents[0] === 'mediation_notice') return 'pre_litigation_mediation'
  return null
}
