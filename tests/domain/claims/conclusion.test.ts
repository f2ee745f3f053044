/**
 * The conclusion the claim check opens with: the limitation defence first (it can defeat the whole claim), then the
 * amount above the cap in yuan, then the principal not received; an empty or half-filled check says what was not
 * checked and never reads as "the claim is fine".
 */
import { checkClaim } from '../../../src/domain/claims/claimCheck'
import { claimConclusion } from '../../../src/domain/claims/conclusion'

const base = { claimKind: 'financial_loan' as const, procedure: 'simple' as const, repayments: [] }

describe('claimConclusion', () => {
  test('nothing typed: nothing checked, and every check is listed as not done', () => {
    expect(claimConclusion(checkClaim({ ...base, claimed: {} }))).toEqual({
      lead: 'nothing_checked', lines: [], unchecked: ['received', 'cap', 'limitation', 'repayments', 'disclosure'],
    })
  })

  test('the issue-17 example opens with the 1,800.00 above 24%, as 参考', () => {
    const findings = checkClaim({ ...base, received: { on: '2021-01-10', fen: 1_000_000 }, claimed: { principal: 1_000_000, interest: 900_000 }, claimedAsOf: '2024-01-10' })
    expect(claimConclusion(findings).lines[0]).toEqual({ code: 'cap_excess', excessFen: 180_000, capRate: 0.24, reference: true })
  })

  test('a limitation that may have run comes before the cap and the principal not received', () => {
    const findings = checkClaim({
      ...base, received: { on: '2021-01-10', fen: 950_000 }, contractAmountFen: 1_000_000, claimed: { principal: 1_000_000, interest: 900_000 }, claimedAsOf: '2024-01-10',
      termsExplained: 'unsure', limitation: { lastDueOn: '2021-07-10', filedOn: '2025-03-01' },
    })
    expect(claimConclusion(findings).lines.map((l) => l.code)).toEqual(['limitation_may_have_run', 'cap_excess', 'received_less', 'other_points'])
  })

  test('checked and nothing found: none_found, with what was not checked still listed', () => {
    const findings = checkClaim({ ...base, received: { on: '2025-01-01', fen: 1_000_000 }, claimed: { principal: 1_000_000, interest: 100_000 }, claimedAsOf: '2026-01-01' })
    expect(claimConclusion(findings)).toEqual({ lead: 'none_found', lines: [], unchecked: ['limitation', 'repayments', 'disclosure'] })
  })

  test('a filing date that decides the limitation is itself a finding: the user is asked for it', () => {
    const findings = checkClaim({ ...base, claimed: {}, limitation: { lastDueOn: '2022-12-20', filedNoEarlierThan: '2025-01-01', filedNoLaterThan: '2026-11-20' } })
    expect(claimConclusion(findings)).toMatchObject({ lead: 'found', lines: [{ code: 'limitation_depends_on_filing_date', ranOn: '2025-12-22' }] })
  })
})
