/**
 * The claim check's findings fill the 要素式 answer (documents.md §1: items the claim check supports are
 * pre-filled): 利息 有异议 with the annual cost against the reference cap, or with the excess over the cap as
 * courts apply it; the limitation defence in 有无其他免责/减责事由 (诉讼时效规定第三条: raise it at first
 * instance); 还款情况 only disputed when the complaint did not deduct the repayments; 提示说明 for credit cards;
 * the 证据清单 comes from the evidence checklist.
 */
import type { ClaimFindings } from '../../../src/domain/claims/findings'
import { claimPointSentence } from '../../../src/i18n/claimPoints'
import { creditCardForm, financialLoanForm, guaranteeInsuranceForm, privateLoanForm, recourseForm, smallLoanForm } from '../../../src/domain/documents/answerForms'
import { prefillAnswers, type PrefillInput } from '../../../src/domain/documents/answerPrefill'
import { cardFindingsFixture, evidenceFixture, findingsFixture, limitationCapFindings } from './fixtures'

const prefill = (form = financialLoanForm, findings: ClaimFindings | null = findingsFixture, evidence = evidenceFixture, extra: Partial<PrefillInput> = {}) =>
  prefillAnswers(form, { findings, evidence, sentenceOf: claimPointSentence, ...extra })

describe('prefillAnswers', () => {
  it('objects to the interest with the IRR annual cost against the 24% reference cap, marked as reference', () => {
    const p = prefill()
    expect(p.answers.interest).toEqual({ stance: 'object', text: expect.stringContaining('年化综合成本约为27.49%（按月复利折算的实际年利率约31.27%）') })
    expect(p.answers.interest.text).toContain('超过年利率24.00%')
    expect(p.reference.interest).toBe(true)
    expect(p.sources.interest).toBe('claim_check')
  })

  it('objects to the principal when less was received, citing what reached the borrower', () => {
    expect(prefill().answers.principal.text).toContain('实际到手金额为9,000.00元，少于原告主张的本金10,000.00元')
    expect(prefill().reference.principal).toBeUndefined()
  })

  it('lists the repayments under 还款情况 without ticking a box until the user says whether the complaint deducted them', () => {
    const p = prefill()
    expect(p.answers.repayments.stance).toBeUndefined()
    expect(p.answers.repayments.text).toBe('还款明细：2025年2月10日还款1,000.00元；2025年3月10日还款1,000.00元。')
    expect(p.sources.repayments).toBe('claim_check')
  })

  it('disputes 还款情况 with 「应扣除」 only when the complaint did not deduct the repayments', () => {
    const text = prefill(financialLoanForm, findingsFixture, [], { repaymentsReflected: 'no' }).answers.repayments
    expect(text.stance).toBe('object')
    expect(text.text).toContain('答辩人已还款2笔，共计2,000.00元（2025年2月10日至2025年3月10日），原告的请求应扣除已还款项。')
    expect(prefill(financialLoanForm, findingsFixture, [], { repaymentsReflected: 'yes' }).answers.repayments.stance).toBeUndefined()
    expect(prefill(financialLoanForm, findingsFixture, [], { repaymentsReflected: 'unsure' }).answers.repayments.stance).toBe('unsure')
  })

  it('disputes the total when a money item is disputed, and cites only rules that are not [M]/[S] as 法律规定', () => {
    const p = prefill()
    expect(p.answers.total.stance).toBe('object')
    expect(p.answers['basis.law'].text).toBe('民法典第六百七十条')
    expect(prefill(financialLoanForm, findingsFixture, [], { repaymentsReflected: 'no' }).answers['basis.law'].text).toBe('民法典第六百七十条；民法典第五百六十条')
  })

  it('prefills the limitation defence in 有无其他免责/减责事由, in the form of each kind of claim', () => {
    for (const form of [financialLoanForm, creditCardForm, guaranteeInsuranceForm, privateLoanForm, smallLoanForm, recourseForm]) {
      const p = prefill(form, limitationCapFindings, [])
      expect(p.answers.exemption).toEqual({ stance: 'object', text: expect.stringContaining('答辩人提出诉讼时效抗辩') })
      expect(p.points.exemption).toEqual(['limitation_may_have_run'])
    }
    expect(prefill(financialLoanForm, limitationCapFindings, []).answers.exemption.text).toContain('本案债务最后一期履行期限届满之日为2021年6月10日，至原告起诉时已超过三年诉讼时效期间（2024年6月11日届满）')
  })

  it('objects to the interest with the excess over the cap as courts apply it, in yuan', () => {
    const p = prefill(financialLoanForm, limitationCapFindings, [])
    expect(p.answers.interest.stance).toBe('object')
    expect(p.answers.interest.text).toContain('不应超过7,200.00元（年利率24.00%）；原告已收取和主张的共计9,000.00元，超出1,800.00元')
    expect(p.answers.total.stance).toBe('object')
    expect(p.answers['basis.law'].text).toBe('民法典第一百八十八条；民法典第一百九十二条；诉讼时效规定第三条')
  })

  it('fills the 证据清单 from the evidence checklist, numbered, with purpose and copies', () => {
    const p = prefill()
    expect(p.answers.evidence.text).toBe('1.借款合同及借款记录截图（证明目的：证明实际到手金额为9,000元；1份）\n2.还款记录（证明目的：证明已还款2,000元）')
    expect(p.sources.evidence).toBe('evidence')
    expect(p.answers.evidence.stance).toBeUndefined()
  })

  it('does not print 「。；」 when the purpose ends with a full stop', () => {
    const p = prefill(financialLoanForm, null, [{ name: '律师费发票', purpose: '证明原告未实际支出律师费等费用。', copies: 2 }])
    expect(p.answers.evidence.text).toBe('1.律师费发票（证明目的：证明原告未实际支出律师费等费用；2份）')
  })

  it('puts the credit-card 提示说明 point under item 3 of the card form', () => {
    const p = prefill(creditCardForm, cardFindingsFixture, [])
    expect(p.answers.disclosure).toEqual({ stance: 'object', text: expect.stringContaining('未就利息、复利、费用、违约金等格式条款向答辩人作出提示和说明') })
    expect(p.answers.total).toBeUndefined()
  })

  it('maps every answer element to an item that exists in each form', () => {
    for (const form of [financialLoanForm, creditCardForm, guaranteeInsuranceForm, privateLoanForm, smallLoanForm, recourseForm]) {
      const ids = new Set([...form.defence, ...form.facts].map((i) => i.id))
      for (const id of Object.values(form.elementItem)) expect(ids).toContain(id)
    }
  })

  it('fills nothing without findings or evidence', () => {
    expect(prefillAnswers(financialLoanForm, { findings: null, evidence: [], sentenceOf: claimPointSentence })).toEqual({ answers: {}, sources: {}, reference: {}, points: {} })
  })

  it('does not mutate the findings', () => {
    const copy = JSON.parse(JSON.stringify(findingsFixture))
    prefill()
    expect(findingsFixture).toEqual(copy)
  })
})
