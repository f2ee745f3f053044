/**
 * The hearing outline is built from the answer the user filled: each item's position, the first line of its reason
 * and the exhibits that back it; the two points to raise when they apply; what to bring; the online section only for
 * an internet court or a notice that says 在线. Rules: domain/hearing/outline.ts.
 */
import { creditCardForm, financialLoanForm } from '../../../src/domain/documents/answerForms'
import type { ClaimPoint } from '../../../src/domain/claims/findings'
import { positionOf, reasonLine } from '../../../src/domain/hearing/answerPositions'
import { isInternetCourt } from '../../../src/domain/hearing/internetCourt'
import { buildHearingOutline, type OutlineInput } from '../../../src/domain/hearing/outline'

const base: OutlineInput = {
  form: financialLoanForm, answers: {}, exhibits: [], points: [], limitation: { status: 'unanswered' }, bring: [],
  court: '杭州市西湖区人民法院', caseNumber: '（2026）浙0106民初55号',
}

const limitationPoint: ClaimPoint = {
  element: 'exemptions', code: 'limitation_may_have_run', basis: ['民法典第一百八十八条'], reference: false,
  params: { event: 'last_due', latestOn: '2022-09-05', ranOn: '2025-09-05', filingDateKnown: 1 },
}
const capPoint: ClaimPoint = {
  element: 'interest', code: 'interest_above_cap_as_applied', basis: ['法发〔2017〕22号'], reference: true,
  params: { capRate: 0.24, allowedFen: 720_000, chargedFen: 900_000, excessFen: 180_000, asOf: '2026-09-01' },
}

describe('buildHearingOutline', () => {
  it('lists the answered items in the form\'s order, each with the position and the first line of the reason the user wrote', () => {
    const outline = buildHearingOutline({ ...base, answers: {
      total: { stance: 'object', text: '应扣除已还款项。' },
      principal: { stance: 'agree' },
      interest: { stance: 'object', text: '利率超过法律保护的上限。\n请求调减。' },
    } })
    expect(outline.items.map((i) => [i.id, i.position, i.reason, i.more])).toEqual([
      ['principal', 'accept', null, false],
      ['interest', 'dispute', '利率超过法律保护的上限。', true],
      ['total', 'dispute', '应扣除已还款项。', false],
    ])
  })

  it('reads a third choice (not sure, the plaintiff must prove it) as put to proof, and never an unknown one as an admission', () => {
    const outline = buildHearingOutline({ ...base, answers: { loanAmount: { stance: 'unsure' as never }, rate: { stance: 'some_future_choice' as never } } })
    expect(outline.items.map((i) => [i.id, i.position])).toEqual([['loanAmount', 'put_to_proof'], ['rate', 'put_to_proof']])
  })

  it('keeps an item with reasons but no box ticked, marked open, so the user settles it before the hearing', () => {
    expect(buildHearingOutline({ ...base, answers: { repayments: { text: '还过两笔。' } } }).items).toEqual([
      { id: 'repayments', heading: '还款情况', position: 'open', reason: '还过两笔。', more: false, exhibits: [] },
    ])
  })

  it('names the exhibits backing a disputed item by the number the answer\'s evidence list gives them, and none for an accepted one', () => {
    const exhibits = [
      { n: 1, code: 'loan_agreement' as const, elements: ['loanAmount', 'rate'] as const },
      { n: 2, code: 'loan_records' as const, elements: ['loanAmount', 'repayments'] as const },
      { n: 3, code: 'repayment_receipts' as const, elements: ['repayments'] as const },
    ]
    const outline = buildHearingOutline({ ...base, exhibits, answers: { loanAmount: { stance: 'agree' }, rate: { stance: 'object' }, repayments: { stance: 'object', text: '已还款2笔' } } })
    expect(outline.items.map((i) => [i.id, i.exhibits])).toEqual([['loanAmount', []], ['rate', [1]], ['repayments', [2, 3]]])
    expect(outline.originals).toEqual([1, 2, 3])
  })

  it('lists what was left empty, leaving the 担保 items to one line (consumer loans rarely have security)', () => {
    const outline = buildHearingOutline({ ...base, answers: { principal: { stance: 'agree' } } })
    expect(outline.unanswered.map((u) => u.id)).toContain('interest')
    expect(outline.unanswered.map((u) => u.id)).not.toContain('realSecurity')
    expect(outline.securityLeftEmpty).toBe(true)
    expect(outline.unanswered.map((u) => u.id)).not.toContain('basis')
  })

  it('follows the credit-card form when the case is a card debt', () => {
    const outline = buildHearingOutline({ ...base, form: creditCardForm, answers: { disclosure: { stance: 'object', text: '请原告举证已提示说明。' } } })
    expect(outline.items[0]).toMatchObject({ id: 'disclosure', heading: '原告就合约主要条款进行提示注意、说明的情况', position: 'dispute' })
  })

  it('puts the limitation defence among the points to raise when the claim check found it may have run (民法典第一百九十三条: the court will not raise it)', () => {
    expect(buildHearingOutline({ ...base, points: [limitationPoint] }).raise).toEqual([
      { code: 'limitation', event: 'last_due', latestOn: '2022-09-05', ranOn: '2025-09-05', filingDateKnown: true },
    ])
  })

  it('takes the limitation point from the case\'s own assessment when the claim check holds no point', () => {
    const raise = buildHearingOutline({ ...base, limitation: { status: 'may_have_run', latest: { event: 'last_repayment', on: '2022-01-10' }, ranOn: '2025-01-10', demandsUnknown: true, filingDateKnown: false } }).raise
    expect(raise).toEqual([{ code: 'limitation', event: 'last_repayment', latestOn: '2022-01-10', ranOn: '2025-01-10', filingDateKnown: false }])
  })

  it('raises nothing about limitation when the three years have not run or nothing was answered', () => {
    expect(buildHearingOutline({ ...base, limitation: { status: 'not_run', latest: { event: 'last_due', on: '2025-01-01' }, ranOn: '2028-01-01' } }).raise).toEqual([])
    expect(buildHearingOutline(base).raise).toEqual([])
  })

  it('puts the cap point with its excess in fen, and marks it as reference when its rule is [M]', () => {
    expect(buildHearingOutline({ ...base, points: [capPoint] }).raise).toEqual([
      { code: 'cap', capRate: 0.24, allowedFen: 720_000, chargedFen: 900_000, excessFen: 180_000, asOf: '2026-09-01', reference: true },
    ])
  })

  it('adds the online-hearing section for an internet court, by name or by the court code in the 案号', () => {
    expect(buildHearingOutline({ ...base, court: '杭州互联网法院' }).online).toBe('internet_court')
    expect(buildHearingOutline({ ...base, court: undefined, caseNumber: '(2026)京0491民初7号' }).online).toBe('internet_court')
  })

  it('adds it for another court only when the user says the notice says 在线, not when unsure or in person', () => {
    expect(buildHearingOutline({ ...base, summons: 'online' }).online).toBe('summons')
    expect(buildHearingOutline({ ...base, summons: 'unsure' }).online).toBeNull()
    expect(buildHearingOutline({ ...base, summons: 'in_person' }).online).toBeNull()
    expect(buildHearingOutline(base).online).toBeNull()
  })

  it('does not change the answers it is given', () => {
    const answers = { interest: { stance: 'object' as const, text: '过高。' } }
    const copy = JSON.parse(JSON.stringify(answers))
    buildHearingOutline({ ...base, answers })
    expect(answers).toEqual(copy)
  })
})

describe('positionOf and reasonLine', () => {
  it('read nothing answered as null and an empty reason as null', () => {
    expect(positionOf(undefined)).toBeNull()
    expect(positionOf({ stance: undefined, text: '  ' })).toBeNull()
    expect(reasonLine('\n  \n')).toBeNull()
  })
})

describe('isInternetCourt', () => {
  it.each([
    [{ court: '北京互联网法院' }, true],
    [{ caseNumber: '（2026）粤0192民初88号' }, true],
    [{ caseNumber: '(2026) 浙0192 民初 1234 号' }, true],
    [{ court: '广州市天河区人民法院', caseNumber: '（2026）粤0106民初88号' }, false],
    [{ caseNumber: '不是案号' }, false],
    [{}, false],
  ])('%j → %s', (c, expected) => {
    expect(isInternetCourt(c)).toBe(expected)
  })
})
