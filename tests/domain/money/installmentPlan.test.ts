import fc from 'fast-check'
import { planInstallments } from '../../../src/domain/money/installmentPlan'

describe('planInstallments', () => {
  it('splits 10,000.00 over 3 months as 3,333 + 3,333 + 3,334 and keeps the day of the month', () => {
    const r = planInstallments({ totalFen: 1_000_000, months: 3, firstDueOn: '2026-10-15' })
    expect(r).toEqual({ ok: true, plan: {
      regularFen: 333_300, lastFen: 333_400, totalFen: 1_000_000,
      installments: [{ n: 1, dueOn: '2026-10-15', fen: 333_300 }, { n: 2, dueOn: '2026-11-15', fen: 333_300 }, { n: 3, dueOn: '2026-12-15', fen: 333_400 }],
    } })
  })

  it('keeps the 31st in long months after a short one (counts each date from the first)', () => {
    const r = planInstallments({ totalFen: 300_000, months: 3, firstDueOn: '2027-01-31' })
    expect(r.ok && r.plan.installments.map((i) => i.dueOn)).toEqual(['2027-01-31', '2027-02-28', '2027-03-31'])
  })

  it('falls back to fen when a whole yuan a month would be zero', () => {
    const r = planInstallments({ totalFen: 250, months: 3, firstDueOn: '2026-10-01' })
    expect(r.ok && r.plan.installments.map((i) => i.fen)).toEqual([83, 83, 84])
  })

  it('always sums exactly to the total, the last installment absorbing the remainder and never smaller than the others', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10_000_000_000 }), fc.integer({ min: 1, max: 60 }), (totalFen, months) => {
      const r = planInstallments({ totalFen, months, firstDueOn: '2026-09-30' })
      if (totalFen < months) return !r.ok && r.code === 'total_too_small'
      if (!r.ok) return false
      const fens = r.plan.installments.map((i) => i.fen)
      const sum = fens.reduce((a, b) => a + b, 0)
      return sum === totalFen && fens.length === months && fens.slice(0, -1).every((f) => f === r.plan.regularFen && f > 0) && r.plan.lastFen >= r.plan.regularFen
    }))
  })

  it.each([
    [{ totalFen: 0, months: 3, firstDueOn: '2026-10-01' }, 'total_not_positive'],
    [{ totalFen: 100, months: 0, firstDueOn: '2026-10-01' }, 'months_out_of_range'],
    [{ totalFen: 100, months: 61, firstDueOn: '2026-10-01' }, 'months_out_of_range'],
    [{ totalFen: 100, months: 2.5, firstDueOn: '2026-10-01' }, 'months_out_of_range'],
    [{ totalFen: 100_000, months: 2, firstDueOn: '2026-02-30' }, 'first_due_invalid'],
  ])('refuses %j with %s', (input, code) => {
    expect(planInstallments(input)).toEqual({ ok: false, code })
  })

  it('does not mutate its input', () => {
    const input = Object.freeze({ totalFen: 100_000, months: 2, firstDueOn: '2026-10-01' })
    expect(() => planInstallments(input)).not.toThrow()
  })
})
