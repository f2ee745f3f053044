import { assessLimitation, limitationEndsOn, needsPromiseWarning } from '../../../src/domain/claims/limitation'

// Scenarios written from 民法典第一百八十八条、第一百八十九条、第一百九十五条、第二百零一至二百零三条 and
// 诉讼时效规定（法释〔2020〕17号）第八条、第十条、第十四条; each names its article.
describe(`the three-year limitation check (TZ=${process.env.TZ ?? 'unset'})`, () => {
  const none = { known: false, reason: 'none' } as const

  test('the three years end on the corresponding day three years on (第二百零一条、第二百零二条)', () => {
    expect(limitationEndsOn('2021-03-15')).toBe('2024-03-15')
  })

  test('a 29 February ends on the last day of February, here a Sunday, so the Monday (第二百零二条、第二百零三条)', () => {
    expect(limitationEndsOn('2024-02-29')).toBe('2027-03-01') // 2027-02-28 is a Sunday
  })

  test('a last day on a Saturday moves to the Monday (第二百零三条)', () => {
    expect(limitationEndsOn('2023-03-21')).toBe('2026-03-23') // 2026-03-21 Saturday
  })

  test('no last due date: nothing to count from, so no conclusion', () => {
    expect(assessLimitation({ filedOn: '2025-01-20' })).toEqual({ status: 'unanswered' })
  })

  test('an instalment loan last due 2021-06-10, no demand remembered, filed 2025-01-20: may have run (第一百八十九条)', () => {
    expect(assessLimitation({ lastDueOn: '2021-06-10', lastDemand: none, filedOn: '2025-01-20' })).toEqual({
      status: 'may_have_run', latest: { event: 'last_due', on: '2021-06-10' }, ranOn: '2024-06-11', demandsUnknown: true, filingDateKnown: true,
    })
  })

  test('a demand that reached the user in 2023 restarts the three years (第一百九十五条第一项，诉讼时效规定第八条)', () => {
    const result = assessLimitation({ lastDueOn: '2021-06-10', lastDemand: { known: true, on: '2023-02-01' }, filedOn: '2025-01-20' })
    expect(result).toEqual({ status: 'not_run', latest: { event: 'last_demand', on: '2023-02-01' }, ranOn: '2026-02-02' })
  })

  test('a part payment restarts it too (诉讼时效规定第十四条: 部分履行 = 同意履行)', () => {
    const result = assessLimitation({ lastDueOn: '2020-12-01', lastRepayment: { known: true, on: '2022-08-15' }, lastDemand: none, filedOn: '2025-06-01' })
    expect(result.status).toBe('not_run')
  })

  test('a promise to pay restarts it (第一百九十五条第二项，诉讼时效规定第十四条)', () => {
    const result = assessLimitation({ lastDueOn: '2020-12-01', lastPromise: { known: true, on: '2023-01-10' }, filedOn: '2025-06-01' })
    expect(result).toMatchObject({ status: 'not_run', latest: { event: 'last_promise' } })
  })

  test('filed on the last day of the three years is in time (以上/以内 include the day, 第一千二百五十九条)', () => {
    expect(assessLimitation({ lastDueOn: '2021-03-15', filedOn: '2024-03-15' }).status).toBe('not_run')
    expect(assessLimitation({ lastDueOn: '2021-03-15', filedOn: '2024-03-16' }).status).toBe('may_have_run')
  })

  test('filed on the Monday after a Saturday last day is in time (第二百零三条)', () => {
    expect(assessLimitation({ lastDueOn: '2023-03-21', filedOn: '2026-03-23' }).status).toBe('not_run')
  })

  test('filing date unknown but the 案号 year starts after the three years ran: may have run, filing date not known', () => {
    const result = assessLimitation({ lastDueOn: '2020-05-01', filedNoEarlierThan: '2025-01-01', filedNoLaterThan: '2025-03-10' })
    expect(result).toMatchObject({ status: 'may_have_run', filingDateKnown: false, demandsUnknown: true })
  })

  test('filing date unknown and the three years ran between the 案号 year start and service: depends on the filing date', () => {
    const result = assessLimitation({ lastDueOn: '2022-02-10', filedNoEarlierThan: '2025-01-01', filedNoLaterThan: '2025-03-10' })
    expect(result).toEqual({ status: 'depends_on_filing_date', latest: { event: 'last_due', on: '2022-02-10' }, ranOn: '2025-02-10' })
  })

  test('filing date unknown and still within three years at service: not run', () => {
    expect(assessLimitation({ lastDueOn: '2023-06-01', filedNoLaterThan: '2025-03-10' }).status).toBe('not_run')
  })

  test('a promise-to-pay document needs the warning unless the period has clearly not run (第一百九十二条第二款)', () => {
    expect(needsPromiseWarning({ status: 'unanswered' })).toBe(true)
    expect(needsPromiseWarning(assessLimitation({ lastDueOn: '2021-06-10', filedOn: '2025-01-20' }))).toBe(true)
    expect(needsPromiseWarning(assessLimitation({ lastDueOn: '2023-06-01', filedOn: '2025-01-20' }))).toBe(false)
  })

  test('does not mutate its input', () => {
    const facts = Object.freeze({ lastDueOn: '2021-06-10', lastDemand: Object.freeze(none), filedOn: '2025-01-20' })
    expect(() => assessLimitation(facts)).not.toThrow()
  })
})
