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

  test('a missed appeal: the judgment is effective (第一百五十八条); retrial at the higher court (第二百一十条) within 6 months (第二百一十六条), a fixed period, and it does not stop enforcement', () => {
    expect(basisOf('appeal_judgment', 'judgment_effective')).toEqual(['民事诉讼法第一百五十八条'])
    expect(basisOf('appeal_judgment', 'retrial_at_higher_court')).toEqual(['民事诉讼法第二百一十条', '民诉法解释第三百七十四条', '民事诉讼法第二百一十六条', '民诉法解释第一百二十七条'])
    expect(basisOf('appeal_judgment', 'retrial_does_not_stop_enforcement')).toEqual(['民事诉讼法第二百一十条', '民事诉讼法第二百一十七条'])
  })

  test('a missed hearing in ordinary or simple procedure leaves the appeal from the default judgment (第一百七十一条)', () => {
    for (const procedure of ['ordinary', 'simple'] as const) {
      expect(missedDeadlineHelp('hearing', { procedure }).map((i) => i.code)).toEqual(['hearing_default_judgment', 'appeal_after_default_judgment', 'no_summons_retrial_ground'])
    }
  })

  test('a missed small-claims hearing never offers an appeal (第一百六十五条): retrial at the original court (解释第四百二十四条), which does not stop enforcement (第二百一十条)', () => {
    const help = missedDeadlineHelp('hearing', { procedure: 'small_claims' })
    expect(help.map((i) => i.code)).toEqual(['hearing_default_judgment', 'small_claims_default_final', 'retrial_at_original_court', 'no_summons_retrial_ground', 'retrial_does_not_stop_enforcement'])
    expect(help.find((i) => i.code === 'retrial_at_original_court')?.basis).toContain('民诉法解释第四百二十四条')
    expect(help.find((i) => i.code === 'no_summons_retrial_ground')?.basis).toEqual(['民事诉讼法第二百一十一条'])
  })

  test('a missed 二审 hearing: withdrawn appeal or default judgment (第一百八十一条 with 第一百四十六、一百四十七条), final (第一百八十二条), retrial at the higher court', () => {
    const help = missedDeadlineHelp('hearing', { procedure: 'ordinary', instance: 'second' })
    expect(help.map((i) => i.code)).toEqual(['second_instance_hearing_missed', 'second_instance_default_final', 'retrial_at_higher_court', 'no_summons_retrial_ground', 'retrial_does_not_stop_enforcement'])
    expect(help[0].basis).toEqual(['民事诉讼法第一百八十一条', '民事诉讼法第一百四十六条', '民事诉讼法第一百四十七条'])
    expect(help.map((i) => i.code)).not.toContain('appeal_after_default_judgment')
  })

  test('only the hearing help depends on the procedure and instance', () => {
    for (const kind of helpKinds.filter((k) => k !== 'hearing')) {
      expect(missedDeadlineHelp(kind, { procedure: 'small_claims' })).toEqual(missedDeadlineHelp(kind))
      expect(missedDeadlineHelp(kind, { procedure: 'ordinary', instance: 'second' })).toEqual(missedDeadlineHelp(kind))
    }
  })

  test('the 级别/专属管辖 exception and the court transferring on its own are marked as detail, folded below what everyone needs', () => {
    expect(missedDeadlineHelp('jurisdiction_objection').filter((i) => i.detail).map((i) => i.code)).toEqual(['jurisdiction_level_or_exclusive', 'jurisdiction_court_transfers'])
  })

  test('a missed payment-order objection: the order is enforceable (第二百二十七条; late objection void, 解释第四百三十一条)', () => {
    expect(basisOf('payment_order_objection', 'payment_order_enforceable')).toEqual(['民事诉讼法第二百二十七条', '民诉法解释第四百三十一条'])
  })

  test('a missed performance period: double interest (第二百六十四条) and enforcement (第二百五十条; a late application is still accepted, 解释第四百八十一条)', () => {
    expect(basisOf('performance', 'late_performance_double_interest')).toContain('民事诉讼法第二百六十四条')
    expect(basisOf('performance', 'enforcement_can_start')).toEqual(['民事诉讼法第二百四十七条', '民事诉讼法第二百五十条', '民诉法解释第四百八十一条'])
  })

  test('a missed small-claims objection (解释第二百七十九条: before the hearing) leaves the retrial at the original court (解释第四百二十四条)', () => {
    expect(basisOf('small_claims_objection', 'small_claims_retrial_wrong_procedure')).toEqual(['民诉法解释第四百二十四条'])
  })
})
