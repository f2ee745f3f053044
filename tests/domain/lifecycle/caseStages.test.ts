import { computeDeadlines, type CaseFacts } from '../../../src/domain/deadlines'
import { caseStages, currentStage, type Stage } from '../../../src/domain/lifecycle/caseStages'
import type { LifecycleDeadline, LifecycleFacts } from '../../../src/domain/lifecycle/lifecycleFacts'

const deadlinesOf = (facts: CaseFacts): LifecycleDeadline[] => computeDeadlines(facts)
const summary = (stages: Stage[]) => stages.map((s) => `${s.code}:${s.status}${s.variant ? `(${s.variant})` : ''}`)
const current = (facts: LifecycleFacts, deadlines: LifecycleDeadline[], today: string) => currentStage(caseStages(facts, deadlines, today))

describe(`case stages (TZ=${process.env.TZ ?? 'unset'})`, () => {
  const served: CaseFacts = { procedure: 'ordinary', servedOn: '2026-09-16' }

  test('a case without any date is at 收到材料 and everything after it is upcoming', () => {
    expect(summary(caseStages({ procedure: 'ordinary' }, [], '2026-09-20'))).toEqual([
      'received:current', 'answer_and_evidence:upcoming', 'hearing:upcoming', 'judgment:upcoming', 'appeal_or_effective:upcoming', 'performance:upcoming',
    ])
  })

  test('inside the answer period (第一百二十八条: 15 days from 2026-09-16, rolled to 10月8日) the case is at 答辩与举证', () => {
    expect(current(served, deadlinesOf(served), '2026-10-08').code).toBe('answer_and_evidence')
  })

  test('the day after the answer period ends, with no hearing known, the case is at 开庭 (waiting for the summons)', () => {
    const stages = caseStages(served, deadlinesOf(served), '2026-10-09')
    expect(summary(stages).slice(0, 3)).toEqual(['received:done', 'answer_and_evidence:done', 'hearing:current'])
  })

  test('an open evidence period keeps the case at 答辩与举证 after the answer period (解释第九十九条)', () => {
    const facts: CaseFacts = { ...served, evidenceDeadline: '2026-10-20' }
    expect(current(facts, deadlinesOf(facts), '2026-10-12').code).toBe('answer_and_evidence')
  })

  test('after the hearing day and before a judgment is entered, the case waits at 判决', () => {
    const facts: CaseFacts = { ...served, hearingAt: '2026-11-03T09:00' }
    expect(current(facts, deadlinesOf(facts), '2026-11-04').code).toBe('judgment')
    expect(current(facts, deadlinesOf(facts), '2026-11-03').code).toBe('hearing')
  })

  test('a first-instance judgment in its appeal period (第一百七十一条: 15 days) is at 上诉或生效, appeal period', () => {
    const facts: CaseFacts = { ...served, judgmentServedOn: '2026-12-01' }
    expect(current(facts, deadlinesOf(facts), '2026-12-10')).toEqual({ code: 'appeal_or_effective', status: 'current', variant: 'appeal_period' })
  })

  test('when the appeal period has passed with no appeal known the judgment is effective (第一百五十八条) and the case is at 履行与执行', () => {
    const facts: CaseFacts = { ...served, judgmentServedOn: '2026-12-01' }
    const stages = caseStages(facts, deadlinesOf(facts), '2026-12-17')
    expect(summary(stages).slice(4)).toEqual(['appeal_or_effective:done(effective)', 'performance:current'])
  })

  test('a small-claims judgment is effective on service: first instance is final (第一百六十五条)', () => {
    const facts: CaseFacts = { procedure: 'small_claims', servedOn: '2026-09-16', judgmentServedOn: '2026-11-02' }
    expect(current(facts, deadlinesOf(facts), '2026-11-02').code).toBe('performance')
  })

  test('a second-instance (民终) judgment is final on service (第一百八十二条): 上诉 stage is 二审, done; 履行 is current', () => {
    const facts: LifecycleFacts = { procedure: 'ordinary', instance: 'second', judgmentServedOn: '2026-06-04' }
    const stages = caseStages(facts, [{ kind: 'retrial', due: '2026-12-04' }], '2026-06-05')
    expect(summary(stages).slice(4)).toEqual(['appeal_or_effective:done(effective)', 'performance:current'])
  })

  test('民终 papers before the 二审 judgment put the case at 二审', () => {
    const facts: LifecycleFacts = { procedure: 'ordinary', instance: 'second', hearingAt: '2026-07-01T09:00' }
    expect(current(facts, [{ kind: 'hearing', due: '2026-07-01', at: '2026-07-01T09:00' }], '2026-06-10')).toEqual({ code: 'appeal_or_effective', status: 'current', variant: 'second_instance' })
  })

  test('when the other side appealed (上诉状副本 served, 第一百七十四条) the first-instance judgment is not effective: the case is at 二审', () => {
    const facts: LifecycleFacts = { procedure: 'ordinary', judgmentServedOn: '2026-12-01', appealServedOn: '2026-12-20' }
    expect(current(facts, [{ kind: 'appeal_answer', due: '2027-01-04' }], '2027-02-01').variant).toBe('second_instance')
  })

  test('a payment order has its own short path; after the objection period (第二百二十七条) it is at 履行与执行', () => {
    const facts: CaseFacts = { procedure: 'payment_order', servedOn: '2026-09-16' }
    expect(summary(caseStages(facts, deadlinesOf(facts), '2026-10-08'))).toEqual(['received:done', 'payment_order_objection:current', 'performance:upcoming'])
    expect(summary(caseStages(facts, deadlinesOf(facts), '2026-10-09'))).toEqual(['received:done', 'payment_order_objection:done', 'performance:current'])
  })

  test('pre-litigation mediation has its own short path (特邀调解规定第二十七条: 30 days)', () => {
    const facts: CaseFacts = { procedure: 'pre_litigation_mediation', mediationStartedOn: '2026-03-01' }
    expect(summary(caseStages(facts, deadlinesOf(facts), '2026-03-31'))).toEqual(['received:done', 'mediation:current', 'litigation:upcoming'])
    expect(current(facts, deadlinesOf(facts), '2026-04-01').code).toBe('litigation')
  })

  test('every path has exactly one current stage and does not mutate its input', () => {
    const facts: CaseFacts = { ...served, hearingAt: '2026-11-03T09:00', judgmentServedOn: '2026-12-01' }
    const deadlines = deadlinesOf(facts)
    const before = JSON.stringify([facts, deadlines])
    for (const today of ['2026-09-01', '2026-10-01', '2026-11-03', '2026-12-10', '2027-06-01']) {
      expect(caseStages(facts, deadlines, today).filter((s) => s.status === 'current')).toHaveLength(1)
    }
    expect(JSON.stringify([facts, deadlines])).toBe(before)
  })

  test('a small-claims case never shows an appeal stage ahead: 判决生效（不能上诉）(第一百六十五条)', () => {
    const facts: CaseFacts = { procedure: 'small_claims', servedOn: '2026-09-16' }
    expect(summary(caseStages(facts, deadlinesOf(facts), '2026-09-20'))[4]).toBe('appeal_or_effective:upcoming(final)')
    const judged: CaseFacts = { ...facts, judgmentServedOn: '2026-11-02' }
    expect(summary(caseStages(judged, deadlinesOf(judged), '2026-11-03'))[4]).toBe('appeal_or_effective:done(effective)')
  })

  test('an ordinary case keeps 上诉或生效 open before the judgment', () => {
    expect(summary(caseStages(served, deadlinesOf(served), '2026-09-20'))[4]).toBe('appeal_or_effective:upcoming')
  })
})
