import { computeDeadlines, type CaseFacts } from '../../../src/domain/deadlines'
import { nextStep } from '../../../src/domain/lifecycle/nextStep'
import type { LifecycleDeadline, LifecycleFacts } from '../../../src/domain/lifecycle/lifecycleFacts'

const step = (facts: CaseFacts, today: string) => nextStep(facts, computeDeadlines(facts), today)

describe(`the next step at the top of the timeline (TZ=${process.env.TZ ?? 'unset'})`, () => {
  const served: CaseFacts = { procedure: 'ordinary', servedOn: '2026-09-16' }

  test('no dates yet: fill them in', () => {
    expect(step({ procedure: 'ordinary' }, '2026-09-20')).toEqual({ code: 'fill_in_dates', params: {} })
  })

  test('inside the answer period: act before the earliest open deadline; the answer (第一百二十八条) before the optional objection on the same 10月8日 (第一百三十条)', () => {
    expect(step(served, '2026-09-20')).toEqual({ code: 'act_before', params: { kind: 'answer', due: '2026-10-08' } })
  })

  test('an evidence period ending before the answer period is the next step', () => {
    expect(step({ ...served, evidenceDeadline: '2026-09-30' }, '2026-09-20')).toEqual({ code: 'act_before', params: { kind: 'evidence', due: '2026-09-30' } })
  })

  test('answer period passed, hearing ahead: an answer is still accepted (第一百二十八条第二款), attend the hearing', () => {
    expect(step({ ...served, hearingAt: '2026-11-03T09:00' }, '2026-10-20')).toEqual({ code: 'answer_late_attend_hearing', params: { date: '2026-11-03', time: '09:00' } })
  })

  test('answer period passed, no hearing known: answer anyway and wait for the summons', () => {
    expect(step(served, '2026-10-20').code).toBe('answer_late_await_hearing')
  })

  test('every date passed before a judgment: wait for the judgment', () => {
    expect(step({ ...served, hearingAt: '2026-11-03T09:00' }, '2026-12-20').code).toBe('await_judgment')
  })

  test('a small-claims hearing over: wait for a judgment that is final on service, never an appeal period (第一百六十五条)', () => {
    expect(step({ procedure: 'small_claims', servedOn: '2026-09-16', hearingAt: '2026-11-03T09:00' }, '2026-11-10').code).toBe('await_final_judgment')
  })

  test('a 二审 hearing over: wait for the final judgment (第一百八十二条); before it, wait for the notice', () => {
    const facts: CaseFacts = { procedure: 'ordinary', instance: 'second', hearingAt: '2026-11-03T09:00' }
    expect(step(facts, '2026-11-10').code).toBe('await_second_instance_judgment')
    expect(step({ procedure: 'ordinary', instance: 'second' }, '2026-11-10').code).toBe('await_second_instance')
  })

  test('a judgment in its appeal period (第一百七十一条): appeal by the last day or it takes effect the day after (第一百五十八条)', () => {
    // served 2026-12-01 + 15 days = 12月16日 (Wednesday), effective 12月17日.
    expect(step({ ...served, judgmentServedOn: '2026-12-01' }, '2026-12-05')).toEqual({ code: 'appeal_or_accept', params: { due: '2026-12-16', effectiveOn: '2026-12-17' } })
  })

  test('an effective judgment without a known performance period: perform or agree instalments', () => {
    expect(step({ ...served, judgmentServedOn: '2026-12-01' }, '2027-01-10')).toEqual({ code: 'judgment_effective', params: { effectiveOn: '2026-12-17' } })
  })

  const effectiveWithPerformance: LifecycleDeadline[] = [{ kind: 'performance', due: '2026-06-14' }, { kind: 'retrial', due: '2026-12-04', startsFrom: '2026-06-04' }]
  const second: LifecycleFacts = { procedure: 'ordinary', instance: 'second', judgmentServedOn: '2026-06-04' }

  test('a 民终 judgment with a performance period: perform by its last day (第一百八十二条: effective on service)', () => {
    expect(nextStep(second, effectiveWithPerformance, '2026-06-05')).toEqual({ code: 'perform_before', params: { due: '2026-06-14' } })
  })

  test('the performance period passed: enforcement and double interest are possible (第二百六十四条)', () => {
    expect(nextStep(second, effectiveWithPerformance, '2026-06-15').code).toBe('performance_overdue')
  })

  test('the other side appealed: answer the appeal within 15 days (第一百七十四条), then wait for the 二审', () => {
    const facts: LifecycleFacts = { procedure: 'ordinary', judgmentServedOn: '2026-12-01', appealServedOn: '2026-12-20' }
    const deadlines: LifecycleDeadline[] = [{ kind: 'appeal_judgment', due: '2026-12-16' }, { kind: 'appeal_answer', due: '2027-01-04' }]
    expect(nextStep(facts, deadlines, '2026-12-21')).toEqual({ code: 'act_before', params: { kind: 'appeal_answer', due: '2027-01-04' } })
    expect(nextStep(facts, deadlines, '2027-01-05').code).toBe('await_second_instance')
  })

  test('a payment order after its objection period is enforceable (第二百二十七条)', () => {
    expect(step({ procedure: 'payment_order', servedOn: '2026-09-16' }, '2026-10-09').code).toBe('payment_order_effective')
  })

  test('mediation over: the lender may file suit', () => {
    expect(step({ procedure: 'pre_litigation_mediation', mediationStartedOn: '2026-03-01' }, '2026-04-01').code).toBe('mediation_over')
  })

  test('there is a next step on every day, even long after every date has passed', () => {
    const facts: CaseFacts = { ...served, hearingAt: '2026-11-03T09:00', evidenceDays: 15, judgmentServedOn: '2026-12-01', rulingServedOn: '2026-10-01' }
    for (const today of ['2026-09-01', '2026-10-09', '2026-11-04', '2026-12-10', '2030-01-01']) expect(step(facts, today).code).toBeTruthy()
  })
})
