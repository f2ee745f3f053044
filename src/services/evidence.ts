/**
 * 证据清单的用例：读清单、改状态和笔记、对方当事人人数；给文书用的「已准备」证据列表。
 * 照片见 evidencePhotos.ts；进度摘要见 evidenceProgress.ts。
 */
import type { KeyValueStore } from '@/adapters/storage'
import type { CaseRecord } from '@/storage/caseRecord'
import { emptyItemState, loadEvidence, saveEvidence, type EvidenceItemState, type EvidenceState, type EvidenceStatus } from '@/storage/evidenceStore'
import { writePrepProgress } from '@/storage/prepProgressWrite'
import type { EvidenceItemCode } from '@/domain/evidence/checklist'
import { evidenceItemText } from '@/i18n/evidenceItems'
import { findCase } from './cases'
import { loadChecklistSkeleton, progressOf, type ChecklistSkeleton } from './evidenceProgress'

/** The note box's limit: enough for a paragraph, small enough for WeChat's 1 MB per storage key. */
export const NOTE_MAX_CHARS = 1_000

export type ChecklistView = ChecklistSkeleton & { record: CaseRecord }

/** 清单页要显示的一切；案件不存在为 null。 */
export function loadChecklist(store: KeyValueStore, caseId: string, nowMs: number): ChecklistView | null {
  const record = findCase(store, caseId, nowMs)
  return record ? { record, ...loadChecklistSkeleton(store, record, nowMs) } : null
}

/** Applies a change to one item's saved state and returns the refreshed view. */
function updateItem(store: KeyValueStore, view: ChecklistView, code: EvidenceItemCode, change: (s: EvidenceItemState) => EvidenceItemState, nowMs: number): ChecklistView {
  const state: EvidenceState = loadEvidence(store, view.record.id, nowMs)
  const next = change(state.items[code] ?? emptyItemState())
  saveEvidence(store, view.record.id, { ...state, items: { ...state.items, [code]: next } })
  const rows = view.rows.map((r) => (r.item.code === code ? { ...r, state: next } : r))
  const progress = progressOf(rows)
  writePrepProgress(store, view.record.id, progress, nowMs)
  return { ...view, rows, progress }
}

export function setItemStatus(store: KeyValueStore, view: ChecklistView, code: EvidenceItemCode, status: EvidenceStatus, nowMs: number): ChecklistView {
  return updateItem(store, view, code, (s) => ({ ...s, status }), nowMs)
}

/** Saves the note as typed, cut at NOTE_MAX_CHARS (the box does not allow more). */
export function setItemNote(store: KeyValueStore, view: ChecklistView, code: EvidenceItemCode, note: string, nowMs: number): ChecklistView {
  return updateItem(store, view, code, (s) => ({ ...s, note: note.slice(0, NOTE_MAX_CHARS) }), nowMs)
}

/** 对方当事人人数 (1–20): how many copies of the answer and the evidence to bring. */
export function setOpposingParties(store: KeyValueStore, caseId: string, parties: number, nowMs: number): ChecklistView | null {
  const state = loadEvidence(store, caseId, nowMs)
  saveEvidence(store, caseId, { ...state, opposingParties: Math.min(20, Math.max(1, Math.round(parties))) })
  return loadChecklist(store, caseId, nowMs)
}

/** Items that go to the court as evidence; who you are (身份证明) is attached to the answer, not listed as evidence. */
const NOT_EVIDENCE: readonly EvidenceItemCode[] = ['identity_proof']

/**
 * 答辩状的证据清单：标为「已准备」的证据，按清单顺序；每项带名称、证明目的和份数
 * (证据规定第十九条: 来源、证明对象, 按对方当事人人数提出副本; plus one for the court).
 */
export function preparedEvidenceList(store: KeyValueStore, caseId: string, nowMs: number): { name: string; purpose: string; copies?: number }[] {
  const view = loadChecklist(store, caseId, nowMs)
  if (!view) return []
  const copies = view.opposingParties + 1
  return view.rows
    .filter((r) => r.item.group === 'evidence' && r.state.status === 'ready' && !NOT_EVIDENCE.includes(r.item.code))
    .map((r) => ({ name: evidenceItemText[r.item.code].title, purpose: evidenceItemText[r.item.code].purpose, copies }))
}
