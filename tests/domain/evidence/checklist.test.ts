/**
 * The evidence checklist for every claim kind × procedure × stage, and goldens for the common cases.
 */
import { claimKinds } from '../../../src/domain/claims/claimKind'
import { procedures } from '../../../src/domain/deadlines'
import { caseStages } from '../../../src/domain/evidence/caseStage'
import { evidenceChecklist, type EvidenceItemCode } from '../../../src/domain/evidence/checklist'

const AGREEMENT = { financial_loan: 'loan_agreement', credit_card: 'card_agreement', guarantee_insurance: 'insurance_policy', private_loan: 'iou', small_loan: 'loan_agreement', recourse: 'insurance_policy' } as const
const RECORDS = {
  financial_loan: ['loan_records'], credit_card: ['card_statements'], guarantee_insurance: ['loan_records', 'insurer_payout_notice'], private_loan: ['private_transfers'],
  small_loan: ['loan_records'], recourse: ['loan_records', 'insurer_payout_notice'],
} as const
const HEARING: EvidenceItemCode[] = ['hearing_id_original', 'hearing_summons', 'hearing_answer_copies', 'hearing_evidence_set']

const combos = claimKinds.flatMap((claimKind) => procedures.flatMap((procedure) => caseStages.map((stage) => ({ claimKind, procedure, stage }))))

describe('evidenceChecklist for each claim kind × procedure × stage', () => {
  test.each(combos.map((c) => [`${c.claimKind} / ${c.procedure} / ${c.stage}`, c] as const))('%s', (_name, c) => {
    const items = evidenceChecklist(c)
    const codes = items.map((i) => i.code)
    const litigation = ['ordinary', 'simple', 'small_claims'].includes(c.procedure)
    const afterJudgment = c.stage === 'after_judgment'
    const appealable = c.procedure === 'ordinary' || c.procedure === 'simple'
    const dispute = !afterJudgment || appealable

    expect(new Set(codes).size).toBe(codes.length)
    // Always: what was repaid, what was said, hardship, who you are.
    expect(codes).toEqual(expect.arrayContaining(['repayment_receipts', 'negotiation_records', 'hardship_proof', 'identity_proof']))
    // The contract and the records carry the kind's own names, while the claim can still be disputed.
    expect(codes.includes(AGREEMENT[c.claimKind])).toBe(dispute)
    for (const record of RECORDS[c.claimKind]) expect(codes.includes(record)).toBe(dispute)
    for (const other of Object.values(AGREEMENT).filter((a) => a !== AGREEMENT[c.claimKind])) expect(codes).not.toContain(other)
    // 提示说明 only for standard-form lenders, not between private persons.
    expect(codes.includes('disclosure_pages')).toBe(dispute && c.claimKind !== 'private_loan')
    // A hearing only in litigation, and not after judgment.
    for (const h of HEARING) expect(codes.includes(h)).toBe(litigation && !afterJudgment)
    // What the court sent matches the procedure.
    expect(codes.includes('court_papers')).toBe(litigation)
    expect(codes.includes('payment_order_papers')).toBe(c.procedure === 'payment_order')
    expect(codes.includes('mediation_papers')).toBe(c.procedure === 'pre_litigation_mediation')
    expect(codes.includes('judgment_papers')).toBe(afterJudgment && c.procedure !== 'payment_order')
    expect(codes.includes('post_judgment_payments')).toBe(afterJudgment)
    // Groups come in page order: evidence, then court papers, then the hearing day.
    const order = { evidence: 0, court_papers: 1, hearing_day: 2 }
    const groups = items.map((i) => order[i.group])
    expect([...groups].sort((a, b) => a - b)).toEqual(groups)
  })
})

describe('evidenceChecklist goldens', () => {
  test('花呗/借呗 sued in simple procedure, before the answer: 12 items, the hearing day last', () => {
    expect(evidenceChecklist({ claimKind: 'financial_loan', procedure: 'simple', stage: 'before_answer' }).map((i) => i.code)).toEqual([
      'loan_agreement', 'disclosure_pages', 'loan_records', 'repayment_receipts', 'negotiation_records', 'hardship_proof',
      'identity_proof', 'court_papers', 'hearing_id_original', 'hearing_summons', 'hearing_answer_copies', 'hearing_evidence_set',
    ])
  })

  test('the answer and the evidence set: one copy for each opposing party and one for the court (证据规定第十九条)', () => {
    const one = evidenceChecklist({ claimKind: 'financial_loan', procedure: 'ordinary', stage: 'before_hearing' })
    expect(one.find((i) => i.code === 'hearing_evidence_set')?.copies).toBe(2)
    expect(one.find((i) => i.code === 'hearing_answer_copies')?.copies).toBe(2)
    const three = evidenceChecklist({ claimKind: 'financial_loan', procedure: 'ordinary', stage: 'before_hearing', opposingParties: 3 })
    expect(three.find((i) => i.code === 'hearing_evidence_set')?.copies).toBe(4)
  })

  test('a nonsense party count is clamped to 1…20, never 0 copies', () => {
    const items = evidenceChecklist({ claimKind: 'financial_loan', procedure: 'ordinary', stage: 'before_answer', opposingParties: 0 })
    expect(items.find((i) => i.code === 'hearing_evidence_set')?.copies).toBe(2)
    expect(evidenceChecklist({ claimKind: 'financial_loan', procedure: 'ordinary', stage: 'before_answer', opposingParties: 500 }).find((i) => i.code === 'hearing_evidence_set')?.copies).toBe(21)
  })

  test('each item names the answer-form elements it backs', () => {
    const items = evidenceChecklist({ claimKind: 'credit_card', procedure: 'simple', stage: 'before_answer' })
    expect(items.find((i) => i.code === 'disclosure_pages')?.elements).toEqual(['disclosure'])
    expect(items.find((i) => i.code === 'card_statements')?.elements).toEqual(['principal', 'interest', 'repayments'])
  })

  test('what the court sent is listed on the court-papers item; without a summons the summons item waits for it', () => {
    const items = evidenceChecklist({ claimKind: 'financial_loan', procedure: 'simple', stage: 'before_answer', documents: ['complaint', 'evidence_notice'] })
    expect(items.find((i) => i.code === 'court_papers')?.received).toEqual(['complaint', 'evidence_notice'])
    expect(items.find((i) => i.code === 'hearing_summons')?.pending).toBe(true)
    const withSummons = evidenceChecklist({ claimKind: 'financial_loan', procedure: 'simple', stage: 'before_answer', documents: ['summons'] })
    expect(withSummons.find((i) => i.code === 'hearing_summons')?.pending).toBe(false)
  })

  test('after a small-claims judgment (一审终审, 民事诉讼法第一百六十五条) the contract no longer matters, payments after it do', () => {
    const codes = evidenceChecklist({ claimKind: 'financial_loan', procedure: 'small_claims', stage: 'after_judgment' }).map((i) => i.code)
    expect(codes).toEqual(['repayment_receipts', 'post_judgment_payments', 'negotiation_records', 'hardship_proof', 'identity_proof', 'court_papers', 'judgment_papers'])
  })

  describe('the limitation defence (民法典第一百九十五条; 诉讼时效规定第三条、第八条)', () => {
    const codesFor = (limitation: 'unanswered' | 'may_have_run' | 'depends_on_filing_date' | 'not_run', stage: 'before_answer' | 'after_judgment' = 'before_answer') =>
      evidenceChecklist({ claimKind: 'credit_card', procedure: 'simple', stage, limitation }).map((i) => i.code)

    test('when it may have run, the evidence of when the last demand reached the user (or not) comes after the repayments, backing 其他免责/减责事由', () => {
      const items = evidenceChecklist({ claimKind: 'credit_card', procedure: 'simple', stage: 'before_answer', limitation: 'may_have_run' })
      const codes = items.map((i) => i.code)
      expect(codes.indexOf('demand_records')).toBe(codes.indexOf('repayment_receipts') + 1)
      expect(items.find((i) => i.code === 'demand_records')).toMatchObject({ group: 'evidence', elements: ['exemptions'] })
    })

    test.each([['unanswered'], ['depends_on_filing_date'], ['not_run']] as const)('%s: no such item', (status) => {
      expect(codesFor(status)).not.toContain('demand_records')
    })

    test('after judgment it is too late to raise (诉讼时效规定第三条): no item', () => {
      expect(codesFor('may_have_run', 'after_judgment')).not.toContain('demand_records')
    })
  })
})
