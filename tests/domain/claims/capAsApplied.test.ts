/**
 * The cap as courts apply it: simple interest at the cap on the principal outstanding over the days it was
 * outstanding (actual days / 365, the start day not counted — 民法典第二百零一条), repayments to the charges allowed
 * so far before the principal (民法典第五百六十一条). Figures worked by hand in each test name.
 */
import { capAsApplied, type CapRate } from '../../../src/domain/claims/capAsApplied'
import { capRatesFor } from '../../../src/domain/claims/capRates'

const AT_24: CapRate[] = [{ from: '2025-01-01', rate: 0.24, standard: 'financial_24' }]

describe('capAsApplied', () => {
  test('10,000 for 73 days at 24%: 480.00 allowed; 600 charged is 120.00 above', () => {
    const result = capAsApplied({ drawings: [{ on: '2025-01-01', fen: 1_000_000 }], repayments: [], claimedFen: 1_060_000, asOf: '2025-03-15', rates: AT_24 })
    expect(result).toMatchObject({ allowedFen: 48_000, chargedFen: 60_000, excessFen: 12_000, outstandingFen: 1_000_000 })
    expect(result.periods).toEqual([{ from: '2025-01-01', to: '2025-03-15', days: 73, principalFen: 1_000_000, rate: 0.24, allowedFen: 48_000 }])
  })

  test('charged below the cap: the excess is 0, never negative', () => {
    expect(capAsApplied({ drawings: [{ on: '2025-01-01', fen: 1_000_000 }], repayments: [], claimedFen: 1_010_000, asOf: '2025-03-15', rates: AT_24 }).excessFen).toBe(0)
  })

  test('a second drawing adds to the principal from its own day (10,000 for 73 days, then 15,000 for 31 days)', () => {
    const result = capAsApplied({ drawings: [{ on: '2025-01-01', fen: 1_000_000 }, { on: '2025-03-15', fen: 500_000 }], repayments: [], claimedFen: 1_500_000, asOf: '2025-04-15', rates: AT_24 })
    // 15,000 × 24% × 31 / 365 = 305.75…
    expect(result.periods.map((p) => [p.days, p.principalFen, p.allowedFen])).toEqual([[73, 1_000_000, 48_000], [31, 1_500_000, 30_575]])
    expect(result).toMatchObject({ drawnFen: 1_500_000, allowedFen: 78_575 })
  })

  test('a repayment larger than charges and principal together stops the clock: nothing accrues on a principal of 0', () => {
    const result = capAsApplied({ drawings: [{ on: '2025-01-01', fen: 1_000_000 }], repayments: [{ on: '2025-03-15', fen: 1_100_000 }], claimedFen: 50_000, asOf: '2025-12-31', rates: AT_24 })
    expect(result.outstandingFen).toBe(0)
    expect(result.allowedFen).toBe(48_000)
    // 11,000 + 500 − 10,000 = 1,500 charged; 480 allowed.
    expect(result).toMatchObject({ chargedFen: 150_000, excessFen: 102_000 })
  })

  test('repayments after the day the claim was counted to are left out, and reported', () => {
    const result = capAsApplied({ drawings: [{ on: '2025-01-01', fen: 1_000_000 }], repayments: [{ on: '2025-04-01', fen: 100_000 }], claimedFen: 1_060_000, asOf: '2025-03-15', rates: AT_24 })
    expect(result).toMatchObject({ repaidFen: 0, laterRepaymentsFen: 100_000, chargedFen: 60_000 })
  })

  test('a new rate applies from its first day: 2020-08-19 is the last day at 24%, 2020-08-20 the first at 12%', () => {
    const rates: CapRate[] = [{ from: '2020-08-01', rate: 0.24, standard: 'private_old_24' }, { from: '2020-08-20', rate: 0.12, standard: 'lpr_4x' }]
    const result = capAsApplied({ drawings: [{ on: '2020-08-01', fen: 3_650_000 }], repayments: [], claimedFen: 3_650_000, asOf: '2020-08-21', rates })
    // 18 days (08-02 … 08-19) at 24% on 36,500 = 432.00; 2 days (08-20, 08-21) at 12% = 24.00.
    expect(result.periods.map((p) => [p.from, p.to, p.days, p.rate, p.allowedFen])).toEqual([['2020-08-01', '2020-08-19', 18, 0.24, 43_200], ['2020-08-19', '2020-08-21', 2, 0.12, 2_400]])
  })

  test('does not mutate its input', () => {
    const input = { drawings: [{ on: '2025-01-01', fen: 1_000_000 }], repayments: [{ on: '2025-06-01', fen: 1 }, { on: '2025-03-01', fen: 2 }], claimedFen: 5, asOf: '2025-12-01', rates: AT_24 }
    const copy = JSON.parse(JSON.stringify(input))
    capAsApplied(input)
    expect(input).toEqual(copy)
  })
})

describe('capRatesFor', () => {
  test('licensed lenders: 24% from the drawing, as 参考 (法发〔2017〕22号 [M])', () => {
    expect(capRatesFor({ claimKind: 'guarantee_insurance', drawnOn: '2024-05-01', filedOn: '2026-01-01' })).toEqual({
      ok: true, notes: [], value: { rates: [{ from: '2024-05-01', rate: 0.24, standard: 'financial_24' }], basis: ['法发〔2017〕22号第二条'], reference: true },
    })
  })

  test('a private loan contracted after 2020-08-20: 4 × the LPR of the contract date, not 参考', () => {
    const result = capRatesFor({ claimKind: 'private_loan', drawnOn: '2022-09-01', contractOn: '2022-08-25', filedOn: '2026-01-01' })
    // LPR 3.65% from 2022-08-22 [S] → 14.6%.
    expect(result).toMatchObject({ ok: true, value: { reference: false, rates: [{ from: '2022-09-01', rate: 0.146, standard: 'lpr_4x' }], lpr: { rate: 0.0365, on: '2022-08-25' } } })
  })

  test('a private loan contracted 2020-08-19 and drawn 2020-09-01: no day before 2020-08-20 to count at 24%, but the LPR is read at filing', () => {
    const result = capRatesFor({ claimKind: 'private_loan', drawnOn: '2020-09-01', contractOn: '2020-08-19', filedOn: '2026-01-01' })
    expect(result).toMatchObject({ ok: true, value: { rates: [{ from: '2020-09-01', rate: 0.12, standard: 'lpr_4x' }], lpr: { on: '2026-01-01' } }, notes: ['lpr_filing_date_rule'] })
  })
})
