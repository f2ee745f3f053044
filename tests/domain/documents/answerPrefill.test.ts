/**
 * The claim check's findings fill the 要素式 answer (documents.md §1: items the claim check supports are
 * pre-filled): 利息 有异议 with the annual cost against the reference cap, 还款情况 with the repayments
 * listed, 提示说明 for credit cards; the 证据清单 comes from the evidence checklist.
 */
import { claimPointSentence } from '../../../src/i18n/claimPoints'
import { creditCardForm, financialLoanForm, guaranteeInsuranceForm } from '../../../src/domain/documents/answerForms'
import { prefillAnswers } from '../../../src/domain/documents/answerPrefill'
import { cardFindingsFixture, evidenceFixture, findingsFixture } from './fixtures'

const prefill = (form = financialLoanForm, findings = findingsFixture, evidence = evidenceFixture) => prefillAnswers(form, { findings, evidence, sentenceOf: claimPointSentence })

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

  it('lists every repayment under 还款情况', () => {
    const text = prefill().answers.repayments.text ?? ''
    expect(prefill().answers.repayments.stance).toBe('object')
    expect(text).toContain('答辩人已还款2笔，共计2,000.00元')
    expect(text).toContain('还款明细：2025年2月10日还款1,000.00元；2025年3月10日还款1,000.00元。')
  })

  it('disputes the total when a money item is disputed, and cites only rules that are not [M]/[S] as 法律规定', () => {
    const p = prefill()
    expect(p.answers.total.stance).toBe('object')
    expect(p.answers['basis.law'].text).toBe('民法典第六百七十条；民法典第五百六十条')
  })

  it('fills the 证据清单 from the evidence checklist, numbered, with purpose and copies', () => {
    const p = prefill()
    expect(p.answers.evidence.text).toBe('1.借款合同及借款记录截图（证明目的：证明实际到手金额为9,000元；1份）\n2.还款记录（证明目的：证明已还款2,000元）')
    expect(p.sources.evidence).toBe('evidence')
    expect(p.answers.evidence.stance).toBeUndefined()
  })

  it('puts the credit-card 提示说明 point under item 3 of the card form', () => {
    const p = prefill(creditCardForm, cardFindingsFixture, [])
    expect(p.answers.disclosure).toEqual({ stance: 'object', text: expect.stringContaining('未就利息、复利、费用、违约金等格式条款向答辩人作出提示和说明') })
    expect(p.answers.total).toBeUndefined()
  })

  it('maps every answer element to an item that exists in each form', () => {
    for (const form of [financialLoanForm, creditCardForm, guaranteeInsuranceForm]) {
      const ids = new Set([...form.defence, ...form.facts].map((i) => i.id))
      for (const id of Object.values(form.elementItem)) expect(ids).toContain(id)
    }
  })

  it('fills nothing without findings or evidence', () => {
    expect(prefillAnswers(financialLoanForm, { findings: null, evidence: [], sentenceOf: claimPointSentence })).toEqual({ answers: {}, sources: {}, reference: {} })
  })

  it('does not mutate the findings', () => {
    const copy = JSON.parse(JSON.stringify(findingsFixture))
    prefill()
    expect(findingsFixture).toEqual(copy)
  })
})
