/**
 * annualRate: XIRR on actual days / 365 (中国人民银行公告〔2021〕第3号, IRR method; documents.md §3).
 */
import fc from 'fast-check'
import { annualRate, type CashFlow } from '../../../src/domain/annualRate'
import { addDays, addMonths } from '../../../src/domain/calendar/plainDate'

/** Σ fen / (1 + r)^(days / 365), the quantity the rate must make zero. */
function presentValue(flows: readonly CashFlow[], rate: number): number {
  const first = [...flows].map((f) => f.on).sort()[0]
  const days = (on: string) => (Date.parse(`${on}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000
  return flows.reduce((sum, f) => sum + f.fen / (1 + rate) ** (days(f.on) / 365), 0)
}

describe('annualRate goldens', () => {
  test('the PBoC example: 100,000 lent, 1,000 fee up front (99,000 net), 12 × 8,833.30 monthly → nominal ≈ 12.80%, effective ≈ 13.58%', () => {
    // 中国人民银行公告〔2021〕第3号: monthly IRR 1.0670%, × 12 = 12.80%, compounded 13.58%. Actual days
    // instead of equal months move the figures by a few hundredths of a point.
    const flows: CashFlow[] = [{ on: '2024-01-01', fen: 9_900_000 }]
    for (let i = 1; i <= 12; i++) flows.push({ on: addMonths('2024-01-01', i), fen: -883_330 })
    const rate = annualRate(flows)
    expect(rate).not.toBeNull()
    expect(rate!.nominal).toBeCloseTo(0.128, 3)
    expect(rate!.effective).toBeCloseTo(0.1358, 3)
  })

  test('a single payment one 365-day year later: 10,000 → 11,000 is exactly 10% effective', () => {
    const rate = annualRate([{ on: '2025-01-01', fen: 1_000_000 }, { on: '2026-01-01', fen: -1_100_000 }])
    expect(rate!.effective).toBeCloseTo(0.1, 12)
    expect(rate!.nominal).toBeCloseTo(12 * (1.1 ** (1 / 12) - 1), 12)
  })

  test('counts actual days over 365: across 29 February 2024 the same 10% takes 366 days, so the rate is a little lower', () => {
    const rate = annualRate([{ on: '2024-01-01', fen: 1_000_000 }, { on: '2025-01-01', fen: -1_100_000 }])
    expect(rate!.effective).toBeCloseTo(1.1 ** (365 / 366) - 1, 12)
  })

  test('partial repayments: 1,000 after one year and 11,000 after two on 10,000 lent is 10% a year', () => {
    const rate = annualRate([
      { on: '2025-01-01', fen: 1_000_000 }, { on: '2026-01-01', fen: -100_000 }, { on: '2027-01-01', fen: -1_100_000 },
    ])
    expect(rate!.effective).toBeCloseTo(0.1, 10)
  })

  test('repaying exactly what was received in two parts is a rate of zero', () => {
    const rate = annualRate([{ on: '2026-01-01', fen: 1_000_000 }, { on: '2026-04-11', fen: -500_000 }, { on: '2026-10-28', fen: -500_000 }])
    expect(Math.abs(rate!.effective)).toBeLessThan(1e-12)
  })

  test('repaying less than was received gives a negative rate', () => {
    expect(annualRate([{ on: '2026-01-01', fen: 1_000_000 }, { on: '2027-01-01', fen: -900_000 }])!.effective).toBeCloseTo(-0.1, 12)
  })

  test('a 7-day loan costing 30% is finite and exact: (1.3)^(365/7) − 1', () => {
    const rate = annualRate([{ on: '2026-01-01', fen: 1_000_000 }, { on: '2026-01-08', fen: -1_300_000 }])
    expect(rate!.effective / (1.3 ** (365 / 7) - 1)).toBeCloseTo(1, 9)
  })

  test('a 1-day loan costing 30% is still a number: (1.3)^365 − 1', () => {
    const rate = annualRate([{ on: '2026-01-01', fen: 1_000_000 }, { on: '2026-01-02', fen: -1_300_000 }])
    expect(rate!.effective / (1.3 ** 365 - 1)).toBeCloseTo(1, 6)
  })

  test('the order of the flows and same-day splits do not matter', () => {
    const a = annualRate([{ on: '2027-01-01', fen: -1_100_000 }, { on: '2026-01-01', fen: 600_000 }, { on: '2026-01-01', fen: 400_000 }])
    expect(a!.effective).toBeCloseTo(0.1, 12)
  })

  test('does not mutate the input', () => {
    const flows = [{ on: '2026-01-01', fen: 1_000_000 }, { on: '2025-01-01', fen: -10 }]
    const copy = JSON.parse(JSON.stringify(flows))
    annualRate(flows)
    expect(flows).toEqual(copy)
  })
})

describe('annualRate returns null when no rate exists', () => {
  test.each([
    ['no flows', []],
    ['one flow', [{ on: '2026-01-01', fen: 100 }]],
    ['all received', [{ on: '2026-01-01', fen: 100 }, { on: '2026-02-01', fen: 50 }]],
    ['all paid', [{ on: '2026-01-01', fen: -100 }, { on: '2026-02-01', fen: -50 }]],
    ['both signs on one day only', [{ on: '2026-01-01', fen: 100 }, { on: '2026-01-01', fen: -120 }]],
    ['only zero amounts', [{ on: '2026-01-01', fen: 0 }, { on: '2026-02-01', fen: 0 }]],
  ])('%s', (_name, flows) => {
    expect(annualRate(flows as CashFlow[])).toBeNull()
  })

  test('a malformed date is a programmer error, not a silent null', () => {
    expect(() => annualRate([{ on: '2026-02-30', fen: 100 }, { on: '2026-03-01', fen: -120 }])).toThrow(TypeError)
  })
})

describe('annualRate property', () => {
  const day0 = '2020-01-01'
  const loan = fc.record({
    received: fc.integer({ min: 10_000, max: 1_000_000_000 }),
    payments: fc.array(fc.record({ after: fc.integer({ min: 1, max: 3_650 }), share: fc.integer({ min: 1, max: 1_000 }) }), { minLength: 1, maxLength: 60 }),
    // Loans that cost something (repaid ≥ received). A loan repaid at a loss within days has a rate
    // below -99.9999999999%, which a double cannot hold (null, see the doc comment).
    repaidPercent: fc.integer({ min: 100, max: 400 }),
  })

  test('the flows discounted at `effective` sum to zero within a fen', () => {
    fc.assert(fc.property(loan, ({ received, payments, repaidPercent }) => {
      const shares = payments.reduce((a, p) => a + p.share, 0)
      const repaid = Math.round((received * repaidPercent) / 100)
      const flows: CashFlow[] = [{ on: day0, fen: received }, ...payments.map((p) => ({ on: addDays(day0, p.after), fen: -Math.max(1, Math.round((repaid * p.share) / shares)) }))]
      const rate = annualRate(flows)
      expect(rate).not.toBeNull()
      expect(Math.abs(presentValue(flows, rate!.effective))).toBeLessThanOrEqual(1)
      const nominal = 12 * ((1 + rate!.effective) ** (1 / 12) - 1)
      expect(Math.abs(rate!.nominal - nominal)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(nominal)))
    }), { numRuns: 300 })
  })

  // With several sign changes the discount factors at extreme rates reach 10^8 and more, and no
  // double arithmetic (ours or this check's) is exact to a fen; real loans stay well inside this range.
  test('with borrowing and repaying mixed, any rate between -50% and 1,000% makes the flows sum to zero within a fen', () => {
    const flow = fc.record({ after: fc.integer({ min: 0, max: 2_000 }), fen: fc.integer({ min: -50_000_000, max: 50_000_000 }) })
    fc.assert(fc.property(fc.array(flow, { minLength: 2, maxLength: 30 }), (raw) => {
      const flows = raw.map((f) => ({ on: addDays(day0, f.after), fen: f.fen }))
      const rate = annualRate(flows)
      if (rate === null || rate.effective < -0.5 || rate.effective > 10) return
      expect(Math.abs(presentValue(flows, rate.effective))).toBeLessThanOrEqual(1)
    }), { numRuns: 300 })
  })
})
