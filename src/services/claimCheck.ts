/**
 * 核对诉讼请求的用例：读写用户的输入（原文），核对，给文书用的结果（loadClaimFindings）。
 */
import type { KeyValueStore } from '@/adapters/storage'
import { beijingToday } from '@/domain/calendar/plainDate'
import { checkClaim } from '@/domain/claims/claimCheck'
import type { ClaimCheckInput } from '@/domain/claims/claimCheckInput'
import { claimKindOf, type ClaimKind } from '@/domain/claims/claimKind'
import type { ClaimFindings } from '@/domain/claims/findings'
import type { CaseRecord } from '@/storage/caseRecord'
import { loadClaimCheckForm, saveClaimCheckForm, type ClaimCheckForm } from '@/storage/claimCheckStore'
import { findCase } from './cases'
import { claimFormFromCase, claimInputFromForm, isEmptyClaimForm, type ClaimFormIssue } from './claimCheckForm'
import { filingBoundsOf } from './limitation'
import { limitationFactsFromForm } from './limitationForm'

export type ClaimCheckState = {
  record: CaseRecord
  claimKind: ClaimKind
  claimKindInferred: boolean
  form: ClaimCheckForm
  /** False when the form was just filled from the case and nothing was saved yet. */
  saved: boolean
}

export type ClaimCheckRun = { issues: ClaimFormIssue[]; input: ClaimCheckInput; findings: ClaimFindings }

/** 页面打开时：保存过的输入，没有就用案件里记下的起诉金额预填。案件不存在为 null。 */
export function loadClaimCheck(store: KeyValueStore, caseId: string, nowMs: number): ClaimCheckState | null {
  const record = findCase(store, caseId, nowMs)
  if (!record) return null
  const saved = loadClaimCheckForm(store, caseId, nowMs)
  return { record, claimKind: claimKindOf(record), claimKindInferred: record.claimKind === undefined, form: saved ?? claimFormFromCase(record), saved: saved !== null }
}

/** 每次输入都保存原文（写错的也保存，不丢）。 */
export function saveClaimCheckDraft(store: KeyValueStore, caseId: string, form: ClaimCheckForm): void {
  saveClaimCheckForm(store, caseId, form)
}

function run(record: CaseRecord, form: ClaimCheckForm, nowMs: number): ClaimCheckRun {
  const today = beijingToday(nowMs)
  const { input, issues } = claimInputFromForm(form, { claimKind: claimKindOf(record), procedure: record.procedure, today, servedOn: record.facts.servedOn })
  // The limitation answers with the case's filing-date bounds: unanswered questions still give a result ('unanswered').
  const limitation = limitationFactsFromForm(form, today)
  const withLimitation: ClaimCheckInput = { ...input, limitation: { ...filingBoundsOf(record), ...(limitation.facts ?? {}) } }
  return { issues: [...issues, ...limitation.issues], input: withLimitation, findings: checkClaim(withLimitation) }
}

/** 核对：保存输入，返回每一项的错误（写在出错的那一项下面）和能算出的全部结果。 */
export function runClaimCheck(store: KeyValueStore, caseId: string, form: ClaimCheckForm, nowMs: number): ClaimCheckRun | null {
  const record = findCase(store, caseId, nowMs)
  if (!record) return null
  saveClaimCheckForm(store, caseId, form)
  return run(record, form, nowMs)
}

/**
 * 给要素式答辩状用：用户做过核对（保存过非空的输入）时的结果，否则 null。写错的项不参与计算。
 */
export function loadClaimFindings(store: KeyValueStore, caseId: string, nowMs: number): ClaimFindings | null {
  const record = findCase(store, caseId, nowMs)
  const form = record ? loadClaimCheckForm(store, caseId, nowMs) : null
  if (!record || !form || isEmptyClaimForm(form)) return null
  return run(record, form, nowMs).findings
}
