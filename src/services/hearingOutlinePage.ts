/**
 * 庭审提纲页的用例：提纲文书（经文书用例渲染，和 Word 文件同一份内容）、页面要说的几件事（答辩状填了没有、是不是
 * 互联网法院、通知上写的是不是在线），以及记下「通知上写的是在线开庭吗」的回答。
 */
import type { KeyValueStore } from '@/adapters/storage'
import type { SummonsMode } from '@/domain/hearing/outline'
import { updateDraft } from './documentDrafts'
import { openDocument, type OpenDocument } from './documents'
import { loadHearingOutline, type OutlineState } from './hearingOutline'

export type OutlinePage = { doc: OpenDocument; state: OutlineState }

export function openHearingOutline(store: KeyValueStore, caseId: string, nowMs: number, today: string): OutlinePage | null {
  const doc = openDocument(store, caseId, 'hearing_outline', nowMs, today)
  return doc ? { doc, state: loadHearingOutline(store, doc.record, nowMs, today) } : null
}

/** Saves the answer to 「通知上写的是在线开庭吗」 (null clears it). */
export function setSummonsMode(store: KeyValueStore, caseId: string, mode: SummonsMode | null, nowMs: number): void {
  updateDraft(store, caseId, 'hearing_outline', (d) => ({ ...d, choices: { ...d.choices, hearingMode: mode ? [mode] : [] } }), nowMs)
}
