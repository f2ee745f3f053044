/** 写进度摘要（清单页、详情页）和删除案件时去掉它。只在分包里用，见 prepProgress.ts。 */
import type { KeyValueStore } from '@/adapters/storage'
import { PREP_PROGRESS_KEY, readPrepProgressRows, type PrepProgress } from './prepProgress'

export function writePrepProgress(store: KeyValueStore, caseId: string, progress: PrepProgress, nowMs: number): void {
  const rows = readPrepProgressRows(store, nowMs)
  const old = rows.find((r) => r.id === caseId)
  if (old && old.ready === progress.ready && old.total === progress.total) return
  store.set(PREP_PROGRESS_KEY, { version: 1, cases: [...rows.filter((r) => r.id !== caseId), { id: caseId, ready: progress.ready, total: progress.total }] })
}

export function forgetPrepProgress(store: KeyValueStore, caseId: string, nowMs: number): void {
  const rows = readPrepProgressRows(store, nowMs)
  if (rows.some((r) => r.id === caseId)) store.set(PREP_PROGRESS_KEY, { version: 1, cases: rows.filter((r) => r.id !== caseId) })
}
