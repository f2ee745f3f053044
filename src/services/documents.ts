/**
 * 文书的用例：一个案件能写哪些（按紧急程度）、打开一份文书（草稿 + 预填 + 渲染）、生成纯文本和 Word 文件。
 * 只在 documents 分包里用。
 */
import type { KeyValueStore } from '@/adapters/storage'
import { mainTask, offerDocuments, OPTIONAL_KINDS, type DocOffer } from '@/domain/documents/catalogue'
import type { DocKind } from '@/domain/documents/docKinds'
import { documentToDocx } from '@/domain/documents/docx/docx'
import type { DraftIssue } from '@/domain/documents/draftFields'
import { documentToText } from '@/domain/documents/plainText'
import { renderDocument, type RenderInput } from '@/domain/documents/render'
import type { RenderedDocument } from '@/domain/documents/rendered'
import { templateFor } from '@/domain/documents/templates'
import type { Prefill } from '@/domain/documents/answerPrefill'
import type { ClaimKind } from '@/domain/claims/claimKind'
import type { ClaimedItems } from '@/domain/claims/findings'
import type { AnswerValues } from '@/domain/documents/template'
import type { CaseRecord } from '@/storage/caseRecord'
import type { CaseDocuments, DocDraft, PartyDraft } from '@/storage/documentStore'
import type { JurisdictionChance } from '@/domain/documents/jurisdiction'
import { findCase, listCases } from './cases'
import { loadDocumentInputs } from './documentInputs'
import { loadDocuments, partyFromOtherCases } from './documentDrafts'
import { guidanceFor, jurisdictionViewOf, type DocumentGuidance } from './documentGuidance'
import { claimedOf, claimKindFor, defaultsFor, documentValues, effectiveDraft, filedAnswer, withExtraDefaults } from './documentValues'
import { appealAmountFen } from './afterAnswerValues'
import { documentExtras } from './documentExtras'
import { currentHolidayCalendar } from './holidayUpdates'
import { limitationForCase } from './limitation'
import { buildTimeline } from './timeline'

export type DocListEntry = DocOffer & {
  startedAt: number | null
  /** The one main task of the case (the primary button). */
  main: boolean
  /** Offered as optional (the jurisdiction objection), with its chance in this case. */
  optional: boolean
  chance?: JurisdictionChance
}

/** The documents of a case, most urgent first, with when each draft was last touched. */
export function listDocuments(store: KeyValueStore, caseId: string, nowMs: number, today: string): { record: CaseRecord; entries: DocListEntry[] } | null {
  const record = findCase(store, caseId, nowMs)
  if (!record) return null
  const { deadlines } = buildTimeline(record, today, currentHolidayCalendar(store))
  const docs = loadDocuments(store, caseId, nowMs)
  const claimFen = appealAmountFen(docs.drafts.appeal, claimedOf(record).total)
  const offers = offerDocuments({ procedure: record.procedure, deadlines, claimFen })
  const main = mainTask(offers)
  const entries = offers.map((o): DocListEntry => ({
    ...o, startedAt: docs.drafts[o.kind]?.updatedAt ?? null, main: o.kind === main, optional: OPTIONAL_KINDS.has(o.kind),
    ...(o.kind === 'jurisdiction_objection' ? { chance: jurisdictionViewOf(record, docs.drafts[o.kind], docs.party).assessment.chance } : {}),
  }))
  return { record, entries }
}

export type OpenDocument = {
  record: CaseRecord
  kind: DocKind
  offer: DocOffer | null
  docs: CaseDocuments
  /** The party details to show (this case's, else another case's kept ones). */
  party: PartyDraft
  /** What the form shows: the draft over the defaults from the case. */
  form: ReturnType<typeof effectiveDraft> & { claimKind: DocDraft['claimKind'] }
  prefill: Prefill | null
  /** The answer form's items as shown: pre-fill under the user's edits (answer only). */
  answers: AnswerValues
  claimed: ClaimedItems
  claimKind: ClaimKind
  issues: DraftIssue[]
  /** The typed values the document was rendered from (e.g. the computed installment plan). */
  fields: RenderInput['fields']
  rendered: RenderedDocument
  /** What the page says before and around the document (limitation warning, jurisdiction chance, objection scope). */
  guidance: DocumentGuidance
}

/** Opens one document of a case: its draft, pre-fill, issues and the rendered result. */
export function openDocument(store: KeyValueStore, caseId: string, kind: DocKind, nowMs: number, today: string): OpenDocument | null {
  const record = findCase(store, caseId, nowMs)
  if (!record) return null
  const { deadlines } = buildTimeline(record, today, currentHolidayCalendar(store))
  const docs = loadDocuments(store, caseId, nowMs)
  const draft = docs.drafts[kind]
  const others = listCases(store, nowMs, today).cases.map((c) => c.record.id).filter((id) => id !== caseId)
  const party = docs.party ?? (docs.keepParty ? partyFromOtherCases(store, others, nowMs) : undefined) ?? {}
  const claimKind = claimKindFor(record, draft)
  const template = templateFor(kind, claimKind)
  const inputs = loadDocumentInputs(store, record, nowMs)
  const limitation = limitationForCase(store, caseId, nowMs)
  const suggestedReasons = kind === 'jurisdiction_objection' ? jurisdictionViewOf(record, draft, party).assessment.suggested : undefined
  // The appeal's reasons start from the answer as it would be filed (issue 21).
  const answer = kind === 'appeal' ? filedAnswer(record, docs.drafts.answer, inputs) : undefined
  const context = { limitation, suggestedReasons, answer }
  const extra = documentExtras(store, record, kind, nowMs, today)
  const { values, issues, prefill } = documentValues({ kind, template, record, draft, party, deadlines, inputs, context, extra })
  const claimFen = kind === 'appeal' ? appealAmountFen(draft, claimedOf(record).total) : undefined
  const offer = offerDocuments({ procedure: record.procedure, deadlines, claimFen }).find((o) => o.kind === kind) ?? null
  const form = { ...effectiveDraft(draft, withExtraDefaults(defaultsFor(kind, record, deadlines, context), extra.defaults)), claimKind: draft?.claimKind }
  return {
    record, kind, offer, docs, party, prefill, issues, claimKind, form,
    answers: values.answers ?? {}, claimed: values.claimed ?? {}, fields: values.fields,
    rendered: renderDocument(template, values),
    guidance: guidanceFor({ kind, record, draft, party, limitation, choices: form.choices }),
  }
}

/** The text to copy. */
export const documentText = (doc: RenderedDocument): string => documentToText(doc)

/**
 * The Word file's bytes (built on the phone, no server). The app's notice stays on screen: a paper handed to a judge
 * or sent to a lender carries the user's words only (issue 17): the rendered document has no notice at all.
 */
export const documentDocx = (doc: RenderedDocument): Uint8Array => documentToDocx(doc)

/**
 * A file name a phone and a print shop can handle: the title and the 案号, without characters file
 * systems refuse. 民事答辩状（金融借款合同纠纷）（2026）浙0192民初1234号.docx
 */
export function documentFileName(doc: RenderedDocument, record: CaseRecord): string {
  const base = `${doc.title}${record.caseNumber ?? ''}`.replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 60)
  return `${base || 'document'}.docx`
}
