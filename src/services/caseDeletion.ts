/**
 * 删除一个案件和它在手机上的一切：证据清单和笔记、核对诉讼请求的输入、进度摘要、照片、文书草稿和生成的 Word 文件。
 * 只有详情页引用这里（cases.ts 在主包里，首页用它，不能把照片存储带进主包）。
 *
 * Each feature that keeps per-case data adds one entry to `perCaseCleanups`.
 * The case record itself goes last: if the app is killed half way, the case is still listed and
 * deleting it again finishes the job, instead of data being left behind with no case to reach it.
 */
import { removeCaseDocumentFiles } from '@/adapters/documentFile'
import { photoFiles } from '@/adapters/photoFiles'
import type { KeyValueStore } from '@/adapters/storage'
import { loadCases } from '@/storage/caseStore'
import { deleteClaimCheckForm } from '@/storage/claimCheckStore'
import { deleteCollection } from '@/storage/collectionStore'
import { deleteEvidence } from '@/storage/evidenceStore'
import { forgetPrepProgress } from '@/storage/prepProgressWrite'
import { readQuarantine } from '@/storage/quarantine'
import { removeCase } from './cases'
import { deleteDocumentsOfCase } from './documentDrafts'

export type CaseCleanup = {
  /** For the report when a cleanup fails. */
  name: string
  run: (store: KeyValueStore, caseId: string, nowMs: number) => void | Promise<void>
}

export const perCaseCleanups: CaseCleanup[] = [
  { name: 'photos', run: (_store, caseId) => photoFiles().removeCase(caseId) },
  { name: 'evidence', run: (store, caseId) => deleteEvidence(store, caseId) },
  { name: 'claim-check', run: (store, caseId) => deleteClaimCheckForm(store, caseId) },
  { name: 'prep-progress', run: (store, caseId, nowMs) => forgetPrepProgress(store, caseId, nowMs) },
  { name: 'documents', run: (store, caseId) => deleteDocumentsOfCase(store, caseId) },
  // The .docx files written for opening and sharing (weapp: USER_DATA_PATH/documents/<case>/).
  { name: 'document-files', run: (_store, caseId) => removeCaseDocumentFiles(caseId) },
  // The collection record; its screenshots live in the case's photo folder, removed by 'photos' above.
  { name: 'collection', run: (store, caseId) => deleteCollection(store, caseId) },
]

/**
 * Photo folders of cases that no longer exist (a deletion interrupted before), removed quietly.
 * A case that is only quarantined (unreadable, kept for recovery) keeps its photos.
 */
async function sweepOrphanPhotos(store: KeyValueStore, nowMs: number): Promise<void> {
  const live = new Set(loadCases(store, nowMs).cases.map((c) => c.id))
  for (const entry of readQuarantine(store)) {
    const raw = entry.raw as { id?: unknown; cases?: unknown } | null
    const records = Array.isArray(raw?.cases) ? raw.cases as { id?: unknown }[] : [raw]
    for (const r of records) if (typeof r?.id === 'string') live.add(r.id)
  }
  for (const caseId of await photoFiles().caseIds()) if (!live.has(caseId)) await photoFiles().removeCase(caseId)
}

/**
 * Deletes the case's own data, then the case. A cleanup that fails does not stop the others or
 * the deletion; its name comes back so the page can say so.
 */
export async function deleteCaseAndData(store: KeyValueStore, caseId: string, nowMs: number): Promise<{ failed: string[] }> {
  const failed: string[] = []
  for (const cleanup of perCaseCleanups) {
    try {
      await cleanup.run(store, caseId, nowMs)
    } catch {
      failed.push(cleanup.name)
    }
  }
  removeCase(store, caseId, nowMs)
  await sweepOrphanPhotos(store, nowMs).catch(() => undefined)
  return { failed }
}
