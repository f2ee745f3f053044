/**
 * checkClaim against hand-worked cases (tests/domain/golden/claimCheck.golden.ts, each citing its source)
 * and estimateFee against the fact sheet's fee examples (legal-rules.md §13).
 */
import { checkClaim, estimateFee } from '../../../src/domain/claims/claimCheck'
import { claimGoldens } from '../golden/claimCheck.golden'

describe('checkClaim goldens', () => {
  test.each(claimGoldens.map((g) => [g.name, g] as const))('%s', (_name, golden) => {
    const findings = checkClaim(golden.input)
    expect(findings.points.map((p) => p.code)).toEqual(golden.points)
    if (golden.expect) expect(findings).toMatchObject(golden.expect)
    for (const note of golden.notes ?? []) expect(findings.notes).toContain(note)
  })

  test('a schedule\'s IRR is compared with the cap by its nominal figure, and both figures are reported', () => {
    const findings = checkClaim({ claimKind: 'financial_loan', procedure: 'simple', repayments: [], received: { on: '2025-01-01', fen: 1_000_000 }, schedule: { count: 1, installmentFen: 1_300_000, firstDueOn: '2026-01-01' }, claimed: {} })
    expect(findings.annualCost).toMatchObject({ compared: 'nominal', source: 'schedule' })
    expect(findings.annualCost!.effective).toBeCloseTo(0.3, 10)
    expect(findings.annualCost!.nominal).toBeCloseTo(12 * (1.3 ** (1 / 12) - 1), 10)
    expect(findings.annualCost!.flows).toEqual([{ on: '2025-01-01', fen: 1_000_000 }, { on: '2026-01-01', fen: -1_300_000 }])
  })

  test('the IRR of a claim is reported but never compared with the cap: the cap test of a claim is simple interest', () => {
    const findings = checkClaim({ claimKind: 'financial_loan', procedure: 'simple', repayments: [], received: { on: '2021-01-10', fen: 1_000_000 }, claimed: { principal: 1_000_000, interest: 900_000 }, claimedAsOf: '2024-01-10' })
    // 1.9 over 1,095 days: 23.86% effective, 21.59% nominal (12 × (1.9^(1/36) − 1)) — below 24% by IRR, 1,800 above it as courts count.
    expect(findings.costs!.claim!.nominal).toBeCloseTo(0.2159, 4)
    expect(findings.annualCost).toBeNull()
    expect(findings.cap!.excessFen).toBe(180_000)
  })

  test('律师费 are left out of the rate: the claim flow is the total less the costs', () => {
    const findings = checkClaim({ claimKind: 'financial_loan', procedure: 'simple', repayments: [], received: { on: '2025-01-01', fen: 1_000_000 }, claimed: { total: 1_350_000, enforcementCosts: 50_000 }, claimedAsOf: '2026-01-01' })
    expect(findings.costs!.claim!.flows[1]).toEqual({ on: '2026-01-01', fen: -1_300_000 })
  })

  test('with nothing entered there are no points, no cost and no fee, and the notes say what is missing', () => {
    const findings = checkClaim({ claimKind: 'financial_loan', procedure: 'ordinary', repayments: [], claimed: {} })
    expect(findings).toMatchObject({ points: [], annualCost: null, fee: null, repaidFen: 0 })
    expect(findings.notes).toContain('cost_needs_received')
  })

  test('an assumed "counted to" date is reported, so the page can say which date it used', () => {
    const findings = checkClaim({ claimKind: 'financial_loan', procedure: 'ordinary', repayments: [], received: { on: '2025-01-01', fen: 1_000_000 }, claimed: { total: 1_100_000 }, claimedAsOf: '2026-01-01', claimedAsOfAssumed: true })
    expect(findings.notes).toContain('claim_as_of_assumed')
  })

  test('a 违约金 without a stated rate or overdue date is not judged, and a note says what is missing', () => {
    const findings = checkClaim({ claimKind: 'financial_loan', procedure: 'ordinary', repayments: [], claimed: { principal: 1_000_000, liquidatedDamages: 500_000 } })
    expect(findings.damages).toBeNull()
    expect(findings.notes).toContain('damages_needs_rate_and_date')
  })

  test('does not mutate its input', () => {
    const input = { claimKind: 'financial_loan' as const, procedure: 'simple' as const, repayments: [{ on: '2025-06-01', fen: 1 }, { on: '2025-03-01', fen: 2 }], claimed: { total: 5 } }
    const copy = JSON.parse(JSON.stringify(input))
    checkClaim(input)
    expect(input).toEqual(copy)
  })
})

describe('estimateFee (诉讼费用交纳办法; fact sheet §13 examples)', () => {
  test.each([
    ['20,000 ordinary: 第十三条第一项', 2_000_000, 'ordinary', 30_000, false],
    ['20,000 simple: 第十六条 halves it', 2_000_000, 'simple', 15_000, true],
    ['20,000 not sure: the full fee, the safe figure', 2_000_000, 'unsure', 30_000, false],
    ['20,000 payment order: 第十四条第三项 one third', 2_000_000, 'payment_order', 10_000, false],
    ['64,610 small claims: 707.625 → 707.63 (rounding [M])', 6_461_000, 'small_claims', 70_763, true],
    ['5,000: flat 50 yuan per case', 500_000, 'ordinary', 5_000, false],
  ] as const)('%s', (_name, claimFen, procedure, amountFen, halved) => {
    expect(estimateFee(claimFen, procedure)).toMatchObject({ claimFen, amountFen, halved })
  })

  test('the full fee is always given too, and the loser-pays rule is cited', () => {
    expect(estimateFee(6_461_000, 'small_claims')).toMatchObject({ fullFen: 141_525, procedure: 'small_claims', basis: expect.arrayContaining(['诉讼费用交纳办法第二十九条', '诉讼费用交纳办法第十六条']) })
  })

  test('nothing claimed, no fee', () => {
    expect(estimateFee(0, 'ordinary')).toBeNull()
  })
})

describe('checkClaim when an amount is probably missing', () => {
  test('less coming back than was received gives a negative rate and a note asking to check the amounts', () => {
    const findings = checkClaim({ claimKind: 'financial_loan', procedure: 'simple', repayments: [{ on: '2025-10-16', fen: 100_000 }], received: { on: '2025-09-16', fen: 950_000 }, claimed: { interest: 250_000 }, claimedAsOf: '2026-09-01' })
    expect(findings.costs!.claim!.effective).toBeLessThan(0)
    expect(findings.notes).toContain('cost_negative')
    expect(findings.annualCost).toBeNull()
    expect(findings.cap).toBeNull()
    expect(findings.unchecked).toContain('cap')
  })
})

describe('checkClaim: the limitation defence and what was not checked', () => {
  const input = { claimKind: 'financial_loan' as const, procedure: 'simple' as const, repayments: [], claimed: { principal: 1_000_000 } }

  test('no limitation facts: no limitation result at all, and the check says the limitation was not looked at', () => {
    const findings = checkClaim(input)
    expect(findings.limitation).toBeUndefined()
    expect(findings.unchecked).toContain('limitation')
  })

  test('only filing-date bounds, no last due date: unanswered, no point, still listed as not checked', () => {
    const findings = checkClaim({ ...input, limitation: { filedNoEarlierThan: '2026-01-01', filedNoLaterThan: '2026-11-20' } })
    expect(findings.limitation).toEqual({ status: 'unanswered' })
    expect(findings.points.map((p) => p.code)).not.toContain('limitation_may_have_run')
    expect(findings.unchecked).toContain('limitation')
  })

  test('a last due date within three years of the filing: not run, no point, and the limitation counts as checked', () => {
    const findings = checkClaim({ ...input, limitation: { lastDueOn: '2024-03-12', filedOn: '2026-11-10' } })
    expect(findings.limitation).toMatchObject({ status: 'not_run', ranOn: '2027-03-12' }) // a Friday
    expect(findings.points).toEqual([])
    expect(findings.unchecked).not.toContain('limitation')
  })

  test('the filing date unknown and the 案号 year too early to tell: depends on the filing date, no point', () => {
    const findings = checkClaim({ ...input, limitation: { lastDueOn: '2022-12-20', filedNoEarlierThan: '2025-01-01', filedNoLaterThan: '2026-11-20' } })
    expect(findings.limitation).toMatchObject({ status: 'depends_on_filing_date', ranOn: '2025-12-22' })
    expect(findings.points).toEqual([])
  })

  test('a promise to pay after the last due date restarts the three years (民法典第一百九十五条第二项): the point cites it', () => {
    const findings = checkClaim({ ...input, limitation: { lastDueOn: '2019-05-01', lastPromise: { known: true, on: '2020-02-03' }, filedOn: '2026-11-10' } })
    expect(findings.points).toEqual([expect.objectContaining({ code: 'limitation_may_have_run', params: expect.objectContaining({ event: 'last_promise', latestOn: '2020-02-03' }), basis: expect.arrayContaining(['民法典第一百九十五条']) })])
  })

  test('a user who says they never repaid is not asked for repayments; a 违约金 without rate and date is listed', () => {
    const findings = checkClaim({ ...input, termsExplained: 'yes', claimed: { principal: 1_000_000, liquidatedDamages: 50_000 }, limitation: { lastDueOn: '2024-05-01', lastRepayment: { known: false, reason: 'none' } } })
    expect(findings.unchecked).toEqual(['received', 'cap', 'damages'])
  })

  test('with nothing entered, every check is listed as not done', () => {
    expect(checkClaim({ claimKind: 'credit_card', procedure: 'unsure', repayments: [], claimed: {} }).unchecked).toEqual(['received', 'cap', 'limitation', 'repayments', 'disclosure'])
  })
})

describe('checkClaim: the 提示说明 point', () => {
  const base = { claimKind: 'financial_loan' as const, procedure: 'simple' as const, repayments: [], claimed: {} }

  test.each([['no'], ['unsure']] as const)('an answer of %s raises it, citing the lender\'s burden (合同编通则解释第十条第三款)', (answer) => {
    const [point] = checkClaim({ ...base, termsExplained: answer }).points
    expect(point).toMatchObject({ code: 'terms_not_explained', element: 'disclosure', params: { answer }, basis: ['民法典第四百九十六条第二款', '合同编通则解释第十条第三款'] })
  })

  test('「有」 raises nothing, and a private loan (no standard terms) never does', () => {
    expect(checkClaim({ ...base, termsExplained: 'yes' }).points).toEqual([])
    expect(checkClaim({ ...base, claimKind: 'private_loan', termsExplained: 'no' }).points).toEqual([])
  })
})
