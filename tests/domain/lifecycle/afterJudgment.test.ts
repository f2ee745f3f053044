import { computeDeadlines, type CaseFacts } from '../../../src/domain/deadlines'
import { afterJudgment } from '../../../src/domain/lifecycle/afterJudgment'

describe(`after judgment (TZ=${process.env.TZ ?? 'unset'})`, () => {
  test('no judgment, no after-judgment section', () => {
    expect(afterJudgment({ procedure: 'ordinary', servedOn: '2026-09-16' }, [])).toBeNull()
  })

  test('a first-instance judgment takes effect when the appeal period ends (第一百五十八条), citing that the other side counts its own (解释第二百四十四条)', () => {
    const facts: CaseFacts = { procedure: 'ordinary', judgmentServedOn: '2026-12-01' }
    const after = afterJudgment(facts, computeDeadlines(facts))
    expect(after).toMatchObject({ effect: 'after_appeal_period', effectiveOn: '2026-12-17', performanceDue: null })
    expect(after?.basis).toEqual(['民事诉讼法第一百五十八条', '民事诉讼法第一百七十一条', '民诉法解释第二百四十四条'])
  })

  test('a 民终 judgment is effective on service (第一百八十二条) and its performance deadline is shown', () => {
    const after = afterJudgment({ procedure: 'ordinary', instance: 'second', judgmentServedOn: '2026-06-04' }, [{ kind: 'performance', due: '2026-06-15' }])
    expect(after).toMatchObject({ effect: 'on_service', effectiveOn: '2026-06-04', performanceDue: '2026-06-15' })
    expect(after?.basis[0]).toBe('民事诉讼法第一百八十二条')
  })

  test('a small-claims judgment is effective on service (第一百六十五条: 一审终审)', () => {
    expect(afterJudgment({ procedure: 'small_claims', judgmentServedOn: '2026-11-02' }, [])).toMatchObject({ effect: 'on_service', effectiveOn: '2026-11-02' })
  })

  test('when the other side appealed, the judgment has no effective date yet (第一百七十四条)', () => {
    expect(afterJudgment({ procedure: 'ordinary', judgmentServedOn: '2026-12-01', appealServedOn: '2026-12-20' }, [])).toMatchObject({ effect: 'appealed', effectiveOn: null })
  })

  test('enforcement in order: 2-year application (第二百五十条), double interest (第二百六十四条), 失信 conditions, 限高, 执行和解 (第二百四十一条), credit repair', () => {
    const after = afterJudgment({ procedure: 'small_claims', judgmentServedOn: '2026-11-02' }, [])
    expect(after?.enforcement.map((e) => e.code)).toEqual(['enforcement_application_two_years', 'late_performance_double_interest', 'dishonest_list_conditions', 'consumption_restriction', 'settlement_in_enforcement', 'credit_repair'])
    expect(after?.enforcement[0].basis).toContain('民事诉讼法第二百五十条')
    expect(after?.enforcement[1].basis).toContain('民事诉讼法第二百六十四条')
    expect(after?.enforcement[4].basis).toEqual(['民事诉讼法第二百四十一条'])
  })

  test('the 2-year application cites 解释第四百八十一条 (a late application is accepted; the debtor must object)', () => {
    const after = afterJudgment({ procedure: 'ordinary', instance: 'second', judgmentServedOn: '2026-06-04' }, [])
    expect(after?.enforcement[0].basis).toEqual(['民事诉讼法第二百四十七条', '民事诉讼法第二百五十条', '民诉法解释第四百八十一条'])
  })

  test('失信 cites its grounds and terms (失信规定第一、二、三、十条) and credit repair the 5-year keeping (征信业管理条例第十六条)', () => {
    const after = afterJudgment({ procedure: 'small_claims', judgmentServedOn: '2026-11-02' }, [])
    const basis = (code: string) => after?.enforcement.find((e) => e.code === code)?.basis
    expect(basis('dishonest_list_conditions')).toEqual(['民诉法解释第五百一十六条', '失信被执行人名单规定第一条', '失信被执行人名单规定第二条', '失信被执行人名单规定第三条', '失信被执行人名单规定第十条'])
    expect(basis('credit_repair')).toEqual(['限制高消费规定第九条', '失信被执行人名单规定第十条', '征信业管理条例第十六条', '征信业管理条例第二十五条'])
  })

  test('payment orders and mediation have no judgment section', () => {
    expect(afterJudgment({ procedure: 'payment_order', judgmentServedOn: '2026-11-02' }, [])).toBeNull()
  })
})
