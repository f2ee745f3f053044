import fc from 'fast-check'
import { baseLitigationFee, litigationFee } from '../../src/domain/claims/litigationFee'
import { goldenFees } from './golden/fees.golden'

describe('litigationFee golden table', () => {
  it.each(goldenFees.map((g) => [g.amount, g.options?.procedure ?? 'ordinary', g] as const))('%d yuan, %s', (_a, _p, golden) => {
    expect(baseLitigationFee(golden.amount)).toBe(golden.base)
    expect(litigationFee(golden.amount, golden.options)).toBe(golden.fee)
  })

  it('is continuous at every bracket boundary and never decreases', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 30_000_000 }), fc.integer({ min: 1, max: 100_000 }), (a, step) => {
      expect(baseLitigationFee(a + step)).toBeGreaterThanOrEqual(baseLitigationFee(a))
    }))
    for (const edge of [10_000, 100_000, 200_000, 500_000, 1_000_000, 2_000_000, 5_000_000, 10_000_000, 20_000_000]) {
      expect(baseLitigationFee(edge + 0.01) - baseLitigationFee(edge)).toBeLessThanOrEqual(0.01)
    }
  })

  it('throws on a negative or non-finite amount (a programmer error: the form validates first)', () => {
    expect(() => litigationFee(-1)).toThrow(RangeError)
    expect(() => litigationFee(Number.NaN)).toThrow(RangeError)
  })
})
