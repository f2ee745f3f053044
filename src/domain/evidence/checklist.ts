/**
 * 证据清单：从案件生成要准备的材料。Which items depend on the 案由 (what the contract and the records
 * are called), the procedure (a hearing or not, an appeal or not) and the stage. The words (what it
 * is, why it matters, how to get it) are in src/i18n/evidenceItems.ts.
 *
 * Copies for the hearing: one for each opposing party and one for the court (证据规定第十九条:
 * 「依照对方当事人人数提出副本」 [V]; the extra set for the court is usual practice [S]).
 */
import type { AnswerElement } from '../claims/findings'
import type { ClaimKind } from '../claims/claimKind'
import type { Procedure } from '../deadlines/caseFacts'
import type { CaseStage } from './caseStage'

export const evidenceItemCodes = [
  'loan_agreement', 'card_agreement', 'insurance_policy', 'iou',
  'disclosure_pages',
  'loan_records', 'card_statements', 'private_transfers', 'insurer_payout_notice',
  'repayment_receipts', 'demand_records', 'post_judgment_payments', 'negotiation_records', 'hardship_proof', 'identity_proof',
  'court_papers', 'payment_order_papers', 'mediation_papers', 'judgment_papers',
  'hearing_id_original', 'hearing_summons', 'hearing_answer_copies', 'hearing_evidence_set',
] as const
export type EvidenceItemCode = (typeof evidenceItemCodes)[number]

/** evidence: goes to the court with the answer; court_papers: what the court sent, keep it; hearing_day: bring it. */
export type EvidenceGroup = 'evidence' | 'court_papers' | 'hearing_day'

export type EvidenceItem = {
  code: EvidenceItemCode
  group: EvidenceGroup
  /** The answer-form elements the item backs (documents.md §1). */
  elements: AnswerElement[]
  /** Sets to bring (paper copies), for items that go to the court and every opposing party. */
  copies?: number
  /** What the court sent, as recorded with the case (court papers only). */
  received?: string[]
  /** Not received yet (the summons before it arrives): prepare it when it comes. */
  pending?: boolean
}

export type ChecklistInput = {
  claimKind: ClaimKind
  /** The procedure the timeline uses (an 'unsure' choice already resolved, services/timeline.ts). */
  procedure: Procedure
  stage: CaseStage
  /** 对方当事人人数 (plaintiffs and third parties); 1 when unknown. */
  opposingParties?: number
  /** The documents recorded with the case (caseRecord documentKinds). */
  documents?: readonly string[]
  /**
   * The limitation check's status (claims/limitation.ts). 'may_have_run' adds the evidence of when the last demand
   * reached the user — or that none did: the lender must prove a demand that reached the debtor restarted the period
   * (民法典第一百九十五条; 诉讼时效规定第八条), and the borrower's own records are the answer to that proof.
   */
  limitation?: 'unanswered' | 'may_have_run' | 'depends_on_filing_date' | 'not_run'
}

const AGREEMENT: Record<ClaimKind, EvidenceItemCode> = {
  financial_loan: 'loan_agreement', credit_card: 'card_agreement', guarantee_insurance: 'insurance_policy', private_loan: 'iou',
  small_loan: 'loan_agreement', recourse: 'insurance_policy',
}
const RECORDS: Record<ClaimKind, EvidenceItemCode[]> = {
  financial_loan: ['loan_records'], credit_card: ['card_statements'], private_loan: ['private_transfers'],
  guarantee_insurance: ['loan_records', 'insurer_payout_notice'],
  small_loan: ['loan_records'], recourse: ['loan_records', 'insurer_payout_notice'],
}
const ELEMENTS: Partial<Record<EvidenceItemCode, AnswerElement[]>> = {
  loan_agreement: ['loanAmount', 'rate'], card_agreement: ['rate', 'disclosure'], insurance_policy: ['fees', 'disclosure'],
  iou: ['loanAmount', 'rate'], disclosure_pages: ['disclosure'], loan_records: ['loanAmount', 'repayments'],
  card_statements: ['principal', 'interest', 'repayments'], private_transfers: ['loanAmount', 'repayments'],
  insurer_payout_notice: ['principal'], repayment_receipts: ['repayments'], post_judgment_payments: ['repayments'],
  demand_records: ['exemptions'],
}
const LITIGATION: readonly Procedure[] = ['ordinary', 'simple', 'small_claims']
/** Judgments that can be appealed: small claims are final (民事诉讼法第一百六十五条); an effective payment order is enforced. */
const APPEALABLE: readonly Procedure[] = ['ordinary', 'simple']
const MAX_PARTIES = 20

/**
 * The items for a case, in the order the page shows them: evidence first (what backs the answer),
 * then what the court sent, then what to bring on the hearing day.
 * @example
 * evidenceChecklist({ claimKind: 'credit_card', procedure: 'simple', stage: 'before_answer' }).map((i) => i.code)
 * // ['card_agreement', 'disclosure_pages', 'card_statements', 'repayment_receipts', 'negotiation_records',
 * //  'hardship_proof', 'identity_proof', 'court_papers', 'hearing_id_original', 'hearing_summons',
 * //  'hearing_answer_copies', 'hearing_evidence_set']
 */
export function evidenceChecklist(input: ChecklistInput): EvidenceItem[] {
  const parties = Math.min(MAX_PARTIES, Math.max(1, Math.floor(input.opposingParties ?? 1)))
  const copies = parties + 1
  const afterJudgment = input.stage === 'after_judgment'
  const litigation = LITIGATION.includes(input.procedure)
  // After judgment the contract and records matter only if the judgment can still be appealed.
  const disputeEvidence = !afterJudgment || APPEALABLE.includes(input.procedure)

  const codes: EvidenceItemCode[] = []
  if (disputeEvidence) {
    codes.push(AGREEMENT[input.claimKind])
    if (input.claimKind !== 'private_loan') codes.push('disclosure_pages')
    codes.push(...RECORDS[input.claimKind])
  }
  codes.push('repayment_receipts')
  // Raised at first instance only (诉讼时效规定第三条): after judgment it is too late for this evidence.
  if (input.limitation === 'may_have_run' && !afterJudgment) codes.push('demand_records')
  if (afterJudgment) codes.push('post_judgment_payments')
  codes.push('negotiation_records', 'hardship_proof', 'identity_proof')
  const items: EvidenceItem[] = codes.map((code) => ({ code, group: 'evidence', elements: ELEMENTS[code] ?? [] }))

  const papers: EvidenceItemCode[] = []
  if (litigation) papers.push('court_papers')
  if (input.procedure === 'payment_order') papers.push('payment_order_papers')
  if (input.procedure === 'pre_litigation_mediation') papers.push('mediation_papers')
  if (afterJudgment && input.procedure !== 'payment_order') papers.push('judgment_papers')
  const documents = [...(input.documents ?? [])]
  items.push(...papers.map((code): EvidenceItem => ({ code, group: 'court_papers', elements: [], ...(code === 'court_papers' ? { received: documents } : {}) })))

  if (litigation && !afterJudgment) {
    items.push(
      { code: 'hearing_id_original', group: 'hearing_day', elements: [] },
      { code: 'hearing_summons', group: 'hearing_day', elements: [], pending: !documents.includes('summons') },
      { code: 'hearing_answer_copies', group: 'hearing_day', elements: [], copies },
      { code: 'hearing_evidence_set', group: 'hearing_day', elements: [], copies },
    )
  }
  return items
}
