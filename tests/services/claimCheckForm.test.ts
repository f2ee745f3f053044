import { claimFormFromCase, claimInputFromForm, emptyClaimCheckForm, isEmptyClaimForm, parseDateField, parseRateField, type ClaimCheckForm } from '@/services/claimCheckForm'
import { makeCase } from '../storage/fixtures'

const ctx = { claimKind: 'financial_loan' as const, procedure: 'simple' as const, today: '2026-09-20', servedOn: '2026-09-16' }
const form = (patch: Partial<ClaimCheckForm>): ClaimCheckForm => ({ ...emptyClaimCheckForm(), ...patch })

describe('reading what the user typed into the claim check', () => {
  test('amounts with commas, 元 and full-width digits are read; the typed text is not changed', () => {
    const typed = form({ receivedAmount: '９,５００元', receivedOn: '2025/3/1', principal: '10,000.00', total: '1.2万' })
    const { input, issues } = claimInputFromForm(typed, ctx)
    expect(issues).toEqual([])
    expect(input).toMatchObject({ received: { on: '2025-03-01', fen: 950_000 }, claimed: { principal: 1_000_000, total: 1_200_000 } })
    expect(typed.receivedAmount).toBe('９,５００元')
  })

  test('letters, negatives, three decimals and a zero received amount are refused at their field', () => {
    const { input, issues } = claimInputFromForm(form({ receivedAmount: '0', receivedOn: '2025-03-01', principal: 'abc', interest: '-5', penalty: '1.234' }), ctx)
    expect(issues).toEqual([
      { field: 'receivedAmount', code: 'zero' },
      { field: 'principal', code: 'not_a_number' },
      { field: 'interest', code: 'negative' },
      { field: 'penalty', code: 'too_many_decimals' },
    ])
    expect(input.claimed).toEqual({})
    expect(input.received).toBeUndefined()
  })

  test('impossible, malformed and future dates are refused, never moved to a nearby day', () => {
    expect(parseDateField('2026-02-30', '2026-09-20')).toEqual({ ok: false, code: 'not_a_real_date' })
    expect(parseDateField('下周一', '2026-09-20')).toEqual({ ok: false, code: 'bad_date' })
    expect(parseDateField('2026-09-21', '2026-09-20')).toEqual({ ok: false, code: 'future_date' })
    expect(parseDateField('２０２６年９月１６日', '2026-09-20')).toEqual({ ok: true, value: '2026-09-16' })
  })

  test('an amount without its date (and the other way round) asks for the missing half', () => {
    expect(claimInputFromForm(form({ receivedAmount: '9500' }), ctx).issues).toEqual([{ field: 'receivedOn', code: 'needs_date' }])
    expect(claimInputFromForm(form({ repayments: [{ on: '2025-04-01', amount: '' }] }), ctx).issues).toEqual([{ field: 'repayments.0.amount', code: 'needs_amount' }])
  })

  test('a repayment before the money arrived is refused at that row', () => {
    const { issues, input } = claimInputFromForm(form({ receivedAmount: '9500', receivedOn: '2025-03-01', repayments: [{ on: '2025-02-01', amount: '100' }, { on: '2025-04-01', amount: '100' }] }), ctx)
    expect(issues).toEqual([{ field: 'repayments.0.on', code: 'before_received' }])
    expect(input.repayments).toEqual([{ on: '2025-04-01', fen: 10_000 }])
  })

  test('empty repayment rows are ignored', () => {
    expect(claimInputFromForm(form({ repayments: [{ on: '', amount: '' }] }), ctx)).toMatchObject({ issues: [], input: { repayments: [] } })
  })

  test('a schedule needs all three parts', () => {
    expect(claimInputFromForm(form({ scheduleCount: '12' }), ctx).issues.map((i) => i.field)).toEqual(['scheduleInstallment', 'scheduleFirstDue'])
    expect(claimInputFromForm(form({ receivedAmount: '9900', receivedOn: '2024-01-01', scheduleCount: '12期', scheduleInstallment: '883.30', scheduleFirstDue: '2024-02-01' }), ctx).input.schedule).toEqual({ count: 12, installmentFen: 88_330, firstDueOn: '2024-02-01' })
  })

  test('rates: 18 a year, 1.5 a month, 0.05 a day (× 365) and a percent sign all read as yearly fractions', () => {
    expect(parseRateField('18', 'year')).toEqual({ ok: true, value: 0.18 })
    expect(parseRateField('1.5%', 'month')).toEqual({ ok: true, value: 0.18 })
    expect(parseRateField('０.０５％', 'day')).toEqual({ ok: true, value: 0.1825 })
    expect(parseRateField('十八', 'year')).toEqual({ ok: false, code: 'bad_rate' })
    expect(parseRateField('5', 'day')).toEqual({ ok: false, code: 'rate_too_large' })
  })

  test('without a "counted to" date the service date stands in, and is flagged as assumed', () => {
    const { input } = claimInputFromForm(form({ receivedAmount: '9500', receivedOn: '2025-03-01', total: '12000' }), ctx)
    expect(input).toMatchObject({ claimedAsOf: '2026-09-16', claimedAsOfAssumed: true })
    const typed = claimInputFromForm(form({ claimedAsOf: '2026-08-31' }), ctx).input
    expect(typed.claimedAsOf).toBe('2026-08-31')
    expect(typed.claimedAsOfAssumed).toBeUndefined()
  })

  test('a new form is filled from what intake recorded from the complaint', () => {
    const record = makeCase(1, { claim: { principal: 1_000_000, interest: 12_345, otherFees: 500 } })
    expect(claimFormFromCase(record)).toMatchObject({ principal: '10000', interest: '123.45', other: '5', total: '' })
  })

  test('an untouched form is empty; one typed character is not', () => {
    expect(isEmptyClaimForm(emptyClaimCheckForm())).toBe(true)
    expect(isEmptyClaimForm(form({ rateUnit: 'day' }))).toBe(true)
    expect(isEmptyClaimForm(form({ repayments: [{ on: '', amount: '1' }] }))).toBe(false)
  })
})
