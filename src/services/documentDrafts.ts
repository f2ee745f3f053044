/**
 * 文书草稿和当事人信息的用例：边填边存；用户选择不保存个人信息时，只放在内存里（这次打开小程序期间有效），
 * 绝不写进存储；删除案件时一并删除。
 */
import type { KeyValueStore } from '@/adapters/storage'
import type { DocKind } from '@/domain/documents/docKinds'
import { loadCaseDocuments, removeCaseDocuments, saveCaseDocuments, type CaseDocuments, type DocDraft, type PartyDraft } from '@/storage/documentStore'

/** Party details the user chose not to keep: this session only, per case. */
const sessionParty = new Map<string, PartyDraft>()

export const emptyDraft = (nowMs: number): DocDraft => ({ fields: {}, choices: {}, answers: {}, updatedAt: nowMs })

/** A case's documents with the party details wherever they live (storage or this session). */
export function loadDocuments(store: KeyValueStore, caseId: string, nowMs: number): CaseDocuments {
  const docs = loadCaseDocuments(store, caseId, nowMs)
  if (docs.keepParty) return docs
  const party = sessionParty.get(caseId)
  return party ? { ...docs, party } : docs
}

/** Applies one change to a document's draft and saves it at once (nothing typed is lost if WeChat closes). */
export function updateDraft(store: KeyValueStore, caseId: string, kind: DocKind, change: (draft: DocDraft) => DocDraft, nowMs: number): DocDraft {
  const docs = loadCaseDocuments(store, caseId, nowMs)
  const next = { ...change(docs.drafts[kind] ?? emptyDraft(nowMs)), updatedAt: nowMs }
  saveCaseDocuments(store, caseId, { ...docs, party: docs.keepParty ? docs.party : undefined, drafts: { ...docs.drafts, [kind]: next } })
  return next
}

/** Saves the party details, or keeps them in memory only when the user chose not to keep them. */
export function updateParty(store: KeyValueStore, caseId: string, party: PartyDraft, keep: boolean, nowMs: number): void {
  const docs = loadCaseDocuments(store, caseId, nowMs)
  if (keep) sessionParty.delete(caseId)
  else sessionParty.set(caseId, party)
  saveCaseDocuments(store, caseId, { drafts: docs.drafts, keepParty: keep, ...(keep ? { party } : {}) })
}

/**
 * The party details another case kept, to start a new case's form with (the same person, the same phone).
 * Only cases listed by the caller are looked at.
 */
export function partyFromOtherCases(store: KeyValueStore, caseIds: readonly string[], nowMs: number): PartyDraft | undefined {
  for (const id of caseIds) {
    const docs = loadCaseDocuments(store, id, nowMs)
    if (docs.keepParty && docs.party && Object.values(docs.party).some((v) => v && v.trim() !== '')) return docs.party
  }
  return undefined
}

/**
 * Deletes every document draft and the party details of a case (called when the case is deleted).
 * INTEGRATION: the claim-check branch adds a per-case cleanup cascade; fold this call into it.
 */
export function deleteDocumentsOfCase(store: KeyValueStore, caseId: string): void {
  sessionParty.delete(caseId)
  removeCaseDocuments(store, caseId)
}

/**
 * Records that the user read the limitation warning before a document that promises payment
 * (domain/documents/promiseWarning.ts), for the status it was shown for.
 */
export function acknowledgePromiseWarning(store: KeyValueStore, caseId: string, kind: DocKind, status: NonNullable<DocDraft['limitationAck']>, nowMs: number): void {
  updateDraft(store, caseId, kind, (d) => ({ ...d, limitationAck: status }), nowMs)
}
