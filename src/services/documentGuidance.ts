/**
 * 文书页面要先说清楚的事：承诺还款的文书之前的时效提醒、管辖权异议在本案有没有用（以及该写哪个法院）、
 * 支付令异议只针对一部分时的后果。都从案件、草稿里的回答和时效核对算出，页面只负责显示。
 */
import type { LimitationAssessment } from '@/domain/claims/limitation'
import type { DocKind } from '@/domain/documents/docKinds'
import { assessJurisdiction, type AgreedCourt, type JurisdictionAssessment, type JurisdictionFacts, type Tri } from '@/domain/documents/jurisdiction'
import { internetCourtCity, lenderSeatCity } from '@/domain/documents/lenderSeats'
import { paymentOrderScope, type PaymentOrderScope } from '@/domain/documents/paymentOrderScope'
import { promiseWarningFor, type PromiseWarning } from '@/domain/documents/promiseWarning'
import type { CaseRecord } from '@/storage/caseRecord'
import type { DocDraft, PartyDraft } from '@/storage/documentStore'
import { plaintiffName } from './documentValues'

export type JurisdictionView = {
  assessment: JurisdictionAssessment
  /** The plaintiff's seat as public reports give it, for the known lenders [S]. */
  lenderSeat: { name: string; city: string } | null
  /** An internet court and its city (互联网法院规定第二条), to compare with the lender's seat. */
  internetCourt: { name: string; city: string } | null
  smallClaims: boolean
}
export type DocumentGuidance = {
  limitation: LimitationAssessment
  promiseWarning: PromiseWarning | null
  jurisdiction: JurisdictionView | null
  paymentOrder: PaymentOrderScope | null
}

const TRI: readonly string[] = ['yes', 'no', 'unsure']
const AGREED: readonly string[] = ['this_court', 'other_court', 'none', 'unsure']
const pick = <T extends string>(draft: DocDraft | undefined, key: string, allowed: readonly string[]): T | undefined => {
  const v = draft?.choices[key]?.[0]
  return v && allowed.includes(v) ? (v as T) : undefined
}

/** The jurisdiction questions as answered in the objection's draft, with what the case and the party details tell. */
export function jurisdictionFactsOf(record: CaseRecord, draft: DocDraft | undefined, party: PartyDraft | undefined): JurisdictionFacts {
  return {
    courtAtHome: pick<Tri>(draft, 'courtAtHome', TRI),
    courtAtLenderSeat: pick<Tri>(draft, 'courtAtLenderSeat', TRI),
    agreedCourt: pick<AgreedCourt>(draft, 'agreedCourt', AGREED),
    clauseAlerted: pick<Tri>(draft, 'clauseAlerted', TRI),
    hasHabitualResidence: (party?.habitualResidence ?? '').trim() !== '',
    internetCourt: internetCourtCity(draft?.fields.court ?? record.court) !== null,
  }
}

/** The jurisdiction view for a case (also used by the documents list to show the objection's chance). */
export function jurisdictionViewOf(record: CaseRecord, draft: DocDraft | undefined, party: PartyDraft | undefined): JurisdictionView {
  const city = lenderSeatCity[record.lender.key]
  const court = draft?.fields.court ?? record.court
  const courtCity = internetCourtCity(court)
  return {
    assessment: assessJurisdiction(jurisdictionFactsOf(record, draft, party)),
    lenderSeat: city ? { name: plaintiffName(record), city } : null,
    internetCourt: court && courtCity ? { name: court, city: courtCity } : null,
    smallClaims: record.procedure === 'small_claims',
  }
}

/**
 * Everything a document's page says before and around the document. `choices` are the draft's choices over
 * the defaults (what the form shows), so a reason ticked by default counts.
 */
export function guidanceFor(input: {
  kind: DocKind; record: CaseRecord; draft: DocDraft | undefined; party: PartyDraft | undefined
  limitation: LimitationAssessment; choices: Readonly<Record<string, readonly string[]>>
}): DocumentGuidance {
  const { kind, record, draft, party, limitation, choices } = input
  return {
    limitation,
    promiseWarning: promiseWarningFor(kind, limitation, draft?.limitationAck),
    jurisdiction: kind === 'jurisdiction_objection' ? jurisdictionViewOf(record, draft, party) : null,
    paymentOrder: kind === 'payment_order_objection' ? paymentOrderScope(choices.disputed ?? [], choices.reasons ?? []) : null,
  }
}
