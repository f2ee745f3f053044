/**
 * 庭审提纲的用例：从这个案件的答辩状（草稿压在预填上，和打印出来的一样）、核对诉讼请求的结果、诉讼时效、证据清单
 * 和「通知上写的是在线开庭吗」这一问，算出提纲（domain/hearing/outline.ts），再写成表格的行。
 */
import type { KeyValueStore } from '@/adapters/storage'
import { answerFormFor } from '@/domain/documents/answerForms'
import type { Fields } from '@/domain/documents/draftFields'
import { documentDate } from '@/domain/documents/format'
import { hearingOutlineRows } from '@/domain/documents/templates/hearingOutlineRows'
import { templateFor } from '@/domain/documents/templates'
import type { EvidenceItemCode } from '@/domain/evidence/checklist'
import { isInternetCourt } from '@/domain/hearing/internetCourt'
import { buildHearingOutline, type Exhibit, type HearingOutline, type SummonsMode } from '@/domain/hearing/outline'
import { evidenceItemText } from '@/i18n/evidenceItems'
import type { CaseRecord } from '@/storage/caseRecord'
import { loadCaseDocuments } from '@/storage/documentStore'
import { loadDocumentInputs } from './documentInputs'
import { claimKindFor, documentValues } from './documentValues'
import { loadChecklistSkeleton } from './evidenceProgress'
import { currentHolidayCalendar } from './holidayUpdates'
import { limitationForCase } from './limitation'
import { buildTimeline } from './timeline'

/** Items of the answer's 证据清单 (services/evidence.ts preparedEvidenceList leaves identity out the same way). */
const NOT_EVIDENCE: readonly EvidenceItemCode[] = ['identity_proof']
export const summonsModes: readonly SummonsMode[] = ['online', 'in_person', 'unsure']

export type OutlineState = {
  outline: HearingOutline
  /** The user has started the answer (a saved draft); otherwise the outline shows only what was pre-filled. */
  answerStarted: boolean
  internetCourt: boolean
  summons: SummonsMode | null
  exhibits: Exhibit[]
}

/** The outline of a case from everything stored for it. */
export function loadHearingOutline(store: KeyValueStore, record: CaseRecord, nowMs: number, today: string): OutlineState {
  const docs = loadCaseDocuments(store, record.id, nowMs)
  const draft = docs.drafts.answer
  const claimKind = claimKindFor(record, draft)
  const { deadlines } = buildTimeline(record, today, currentHolidayCalendar(store))
  const inputs = loadDocumentInputs(store, record, nowMs)
  const { values } = documentValues({ kind: 'answer', template: templateFor('answer', claimKind), record, draft, party: undefined, deadlines, inputs })
  const checklist = loadChecklistSkeleton(store, record, nowMs)
  const exhibits = checklist.rows
    .filter((r) => r.item.group === 'evidence' && r.state.status === 'ready' && !NOT_EVIDENCE.includes(r.item.code))
    .map((r, i): Exhibit => ({ n: i + 1, code: r.item.code, elements: r.item.elements }))
  const bring = checklist.rows.filter((r) => r.item.group === 'hearing_day').map((r) => ({ code: r.item.code, ...(r.item.copies ? { copies: r.item.copies } : {}) }))
  const chosen = docs.drafts.hearing_outline?.choices.hearingMode?.[0]
  const summons = summonsModes.find((m) => m === chosen) ?? null
  const outline = buildHearingOutline({
    form: answerFormFor(claimKind), answers: values.answers ?? {}, exhibits, points: inputs.findings?.points ?? [],
    limitation: limitationForCase(store, record.id, nowMs), bring, court: record.court, caseNumber: record.caseNumber, summons: summons ?? undefined,
  })
  return { outline, answerStarted: draft !== undefined, internetCourt: isInternetCourt({ court: record.court, caseNumber: record.caseNumber }), summons, exhibits }
}

/** 2026年11月20日 9:00 */
export function hearingText(record: CaseRecord): string | undefined {
  const at = record.facts.hearingAt
  return at ? `${documentDate(at.slice(0, 10))} ${Number(at.slice(11, 13))}:${at.slice(14, 16)}` : undefined
}

/** The outline document's computed fields: the hearing time and the table. */
export function outlineFields(record: CaseRecord, state: OutlineState): Fields {
  const byN = new Map(state.exhibits.map((e) => [e.n, e.code]))
  const rows = hearingOutlineRows(state.outline, {
    exhibit: (n) => `证据${n} ${evidenceItemText[byN.get(n) as EvidenceItemCode]?.title ?? ''}`.trim(),
    item: (code) => evidenceItemText[code].title,
  })
  const text = hearingText(record)
  return { outlineRows: rows, ...(text ? { hearingText: text } : {}) }
}
