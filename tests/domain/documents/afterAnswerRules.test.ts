/**
 * The small rules behind the after-answer filings: the two-year enforcement period (民事诉讼法第二百五十条, counted
 * like limitation: 民法典第二百零一至二百零三条), where to file and how many copies (第一百七十三条; 解释第三百一十六条),
 * and the warnings shown before a document that admits or waives something is made.
 */
import { appliedAfterPeriod, enforcementPeriodEndsOn } from '../../../src/domain/documents/afterAnswer/enforcementPeriod'
import { admitsAnything } from '../../../src/domain/documents/afterAnswer/exhibits'
import { afterAnswerWarnings, filingOf } from '../../../src/domain/documents/afterAnswer/filing'

describe('enforcementPeriodEndsOn', () => {
  it('ends two years after the performance period\'s last day, on the corresponding day', () => {
    expect(enforcementPeriodEndsOn('2024-06-10')).toBe('2026-06-10')
  })

  it('moves a last day in the National Day rest to the first working day after it (2026-10-03 → 10-08)', () => {
    expect(enforcementPeriodEndsOn('2024-10-03')).toBe('2026-10-08')
  })

  it('ends on February 28 when the start was February 29', () => {
    expect(enforcementPeriodEndsOn('2024-02-29')).toBe('2026-02-28') // a Saturday, but a 调休 working day in 2026
  })

  it('says an application is late only after the last day', () => {
    expect(appliedAfterPeriod('2024-06-10', '2026-06-10')).toBe(false)
    expect(appliedAfterPeriod('2024-06-10', '2026-06-11')).toBe(true)
  })
})

describe('filingOf', () => {
  it('files the appeal through the original court with a copy for each opposing party', () => {
    expect(filingOf('appeal')).toMatchObject({ place: 'original_court', copies: 2 })
    expect(filingOf('appeal', 3).copies).toBe(4)
  })

  it('files the enforcement documents at the enforcement court, and the hearing requests in one copy', () => {
    expect(filingOf('enforcement_objection').place).toBe('enforcement_court')
    expect(filingOf('lift_consumption_restriction')).toMatchObject({ place: 'enforcement_court', copies: 1 })
    expect(filingOf('hearing_postponement')).toMatchObject({ place: 'trial_court', copies: 1 })
  })
})

describe('afterAnswerWarnings', () => {
  const accepted = [{ name: '借款合同', aspects: { authenticity: { stance: 'accept' as const } } }]
  const unsure = [{ name: '借款合同', aspects: { authenticity: { stance: 'unsure' as const } } }]

  it('warns that a 认可 in the 质证意见 is an admission (证据规定第三条), and only then', () => {
    expect(admitsAnything(accepted)).toBe(true)
    expect(afterAnswerWarnings('evidence_opinion', { exhibits: accepted })).toEqual(['admission'])
    expect(afterAnswerWarnings('evidence_opinion', { exhibits: unsure })).toEqual([])
  })

  it('warns that consenting to an online hearing makes not joining it an absence (在线诉讼规则第二十五条)', () => {
    expect(afterAnswerWarnings('online_hearing', { onlinePosition: ['consent'] })).toEqual(['absence_is_default'])
    expect(afterAnswerWarnings('online_hearing', { onlinePosition: ['object'] })).toEqual([])
  })

  it('warns against paying before the time-bar objection, and about the no-interruption statement when ticked', () => {
    expect(afterAnswerWarnings('late_enforcement_objection', {})).toEqual(['paying_loses_objection'])
    expect(afterAnswerWarnings('late_enforcement_objection', { enforcementFacts: ['no_interruption'] })).toEqual(['paying_loses_objection', 'interruption_must_be_true'])
  })

  it('warns that a limitation ground needs the defence raised at first instance (诉讼时效规定第三条)', () => {
    expect(afterAnswerWarnings('appeal', { appealGrounds: ['limitation_raised'] })).toEqual(['limitation_first_instance_only'])
  })
})
