/**
 * 案件的用例：列表（带下一个期限）、读取、保存表单、删除。页面只调这里，不直接碰存储和引擎。
 */
import type { KeyValueStore } from '@/adapters/storage'
import type { Deadline } from '@/domain/deadlines'
import { deleteCase, loadCases, saveCase } from '@/storage/caseStore'
import type { CaseRecord, LenderKey } from '@/storage/caseRecord'
import { claimFields } from '@/storage/caseRecord'
import { clearDraft } from '@/storage/draftStore'
import { factsFromForm } from './intakeValidation'
import { parseYuan, type IntakeForm } from './intakeForm'
import { buildTimeline, nextDeadline } from './timeline'
import { parseCaseNumber } from '@/domain/caseNumber'

export type CaseSummary = { record: CaseRecord; next: Deadline | null }
export type CaseList = { cases: CaseSummary[]; quarantined: number }

/** 没过期的按日期从近到远，其次是已过期的，最后是还没有期限的。 */
function rank(summary: CaseSummary): [number, string] {
  const next = summary.next
  if (!next) return [2, '']
  return [(next.daysLeft ?? 0) >= 0 ? 0 : 1, next.due]
}

export function listCases(store: KeyValueStore, nowMs: number, today: string): CaseList {
  const { cases, quarantined } = loadCases(store, nowMs)
  const summaries = cases.map((record) => ({ record, next: nextDeadline(buildTimeline(record, today).deadlines) }))
  summaries.sort((a, b) => {
    const [ga, da] = rank(a)
    const [gb, db] = rank(b)
    return ga - gb || (da < db ? -1 : da > db ? 1 : 0)
  })
  return { cases: summaries, quarantined }
}

export function findCase(store: KeyValueStore, id: string, nowMs: number): CaseRecord | null {
  return loadCases(store, nowMs).cases.find((c) => c.id === id) ?? null
}

export function removeCase(store: KeyValueStore, id: string, nowMs: number): void {
  deleteCase(store, id, nowMs)
}

/** 新案件的 id：时刻 + 随机数，够在一部手机上唯一。 */
export function newCaseId(nowMs: number, random: () => number = Math.random): string {
  return `c${nowMs.toString(36)}${Math.floor(random() * 36 ** 4).toString(36).padStart(4, '0')}`
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
  saveCase(store, record, options.nowMs)
  clearDraft(store)
  return id
}
