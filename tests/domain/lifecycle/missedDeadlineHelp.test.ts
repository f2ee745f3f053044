import { deadlineKinds } from '../../../src/domain/deadlines'
import { helpKinds, missedDeadlineHelp } from '../../../src/domain/lifecycle/missedDeadlineHelp'

const codes = (kind: Parameters<typeof missedDeadlineHelp>[0]) => missedDeadlineHelp(kind).map((i) => i.code)
const basisOf = (kind: Parameters<typeof missedDeadlineHelp>[0], code: string) => missedDeadlineHelp(kind).find((i) => i.code === code)?.basis

describe('what can still be done after a deadline has passed', () => {
  test('every kind the engine emits has help, each item with at least one citation', () => {
    for (const kind of deadlineKinds) expect(missedDeadlineHelp(kind).length).toBeGreaterThan(0)
    for (const kind of helpKinds) for (const item of missedDeadlineHelp(kind)) expect(item.basis.length).toBeGreaterThan(0)
  })

  test('a missed answer can still be handed in: 第一百二十八条第二款「不提出答辩状的，不影响人民法院审理」; attend (第一百四十七条)', () => {
    expect(codes('answer').slice(0, 2)).toEqual(['answer_still_accepted', 'attend_hearing_anyway'])
    expect(basisOf('answer', 'answer_still_accepted')).toEqual(['民事诉讼法第一百二十八条'])
    expect(basisOf('answer', 'attend_hearing_anyway')).toEqual(['民事诉讼法第一百四十七条'])
  })

  test('late evidence: reasons (解释第一百零一条), consequences (解释第一百零二条), extension in writing before the end next time (解释第一百条)', () => {
    expect(basisOf('evidence', 'late_evidence_reasons')).toEqual(['民诉法解释第一百零一条'])
    expect(basisOf('evidence', 'late_evidence_consequences')).toEqual(['民诉法解释第一百零二条'])
    expect(basisOf('evidence', 'evidence_extension_next_time')).toContain('民诉法解释第一百条')
  })

  test('a lost jurisdiction objection: 第一百三十条第二款 accepts the court, except 级别/专属管辖; the court transfers on its own (解释第三十五条)', () => {
    expect(codes('jurisdiction_objection')).toEqual(['jurisdiction_deemed_accepted', 'jurisdiction_level_or_exclusive', 'jurisdiction_court_transfers', 'period_extension_after_obstacle'])
    expect(basisOf('jurisdiction_objection', 'jurisdiction_court_transfers')).toContain('民诉法解释第三十五条')
  })

  test('第八十六条 顺延 after an obstacle is offered for ordinary periods but not for the fixed retrial period (解释第一百二十七条)', () => {
    for (const kind of ['answer', 'evidence', 'payment_order_objection', 'appeal_judgment', 'appeal_ruling', 'appeal_answer'] as const) expect(basisOf(kind, 'period_extension_after_obstacle')).toEqual(['民事诉讼法第八十六条'])
    expect(codes('retrial')).not.toContain('period_extension_after_obstacle')
    expect(basisOf('retrial', 'retrial_fixed_period')).toEqual(['民诉法解释第一百二十七条'])
  })

  test('a missed appeal: the judgment is effective (第一百五十八条); retrial within 6 months (第二百一十六条), a fixed period', () => {
    expect(basisOf('appeal_judgment', 'judgment_effective')).toEqual(['民事诉讼法第一百五十八条'])
    expect(basisOf('appeal_judgment', 'retrial_six_months')).toEqual(['民事诉讼法第二百一十六条', '民诉法解释第一百二十七条'])
  })

  test('a missed payment-order objection: the order is enforceable (第二百二十七条; late objection void, 解释第四百三十一条)', () => {
    expect(basisOf('payment_order_objection', 'payment_order_enforceable')).toEqual(['民事诉讼法第二百二十七条', '民诉法解释第四百三十一条'])
  })

  test('a missed performance period: double interest (第二百六十四条) and enforcement (第二百五十条)', () => {
    expect(basisOf('performance', 'late_performance_double_interest')).toContain('民事诉讼法第二百六十四条')
    expect(basisOf('performance', 'enforcement_can_start')).toContain('民事诉讼法第二百五十条')
  })

  test('a missed small-claims objection (解释第二百七十九条: before the hearing) leaves the retrial at the original court (解释第四百二十四条)', () => {
    expect(basisOf('small_claims_objection', 'small_claims_retrial_wrong_procedure')).toEqual(['民诉法解释第四百二十四条'])
  })
})
