import { buildTimeline, engineInput, nextDeadline } from '@/services/timeline'
import { listCases } from '@/services/cases'
import { saveIntake } from '@/services/intakeSave'
import { emptyIntakeForm } from '@/services/intakeForm'
import { suggestProcedure, startIntake } from '@/services/intakeSession'
import { createMemoryStore } from '@/storage/memoryStore'
import { saveCase } from '@/storage/caseStore'
import { makeCase, NOW_MS } from '../storage/fixtures'

describe('the case timeline', () => {
  test('served on 2026-09-16: the answer deadline rolls over National Day to 2026-10-08', () => {
    const record = makeCase(0, { procedure: 'ordinary', facts: { servedOn: '2026-09-16', serviceMethod: 'direct' } })
    const { deadlines } = buildTimeline(record, '2026-09-20')
    const answer = deadlines.find((d) => d.kind === 'answer')
    expect(answer).toMatchObject({ due: '2026-10-08', safeDue: '2026-10-01', rolledOver: true, daysLeft: 18 })
    expect(answer?.basis).toContain('民事诉讼法第一百二十八条')
  })

  test('an unsure procedure keeps the appeal and assumes the shortest evidence period, and says so', () => {
    const record = makeCase(0, { procedure: 'unsure', facts: { servedOn: '2026-09-16' } })
    expect(engineInput(record).assumptions).toEqual(['unsure_ordinary', 'unsure_evidence_7_days'])
    const evidence = buildTimeline(record, '2026-09-20').deadlines.find((d) => d.kind === 'evidence')
    expect(evidence?.safeDue).toBe('2026-09-23')
  })

  test('an unsure procedure with a payment order in hand is treated as a payment order', () => {
    const record = makeCase(0, { procedure: 'unsure', documents: ['payment_order'], facts: { servedOn: '2026-09-16' } })
    expect(buildTimeline(record, '2026-09-20').deadlines.map((d) => d.kind)).toEqual(['payment_order_objection'])
  })

  test('the next deadline is the answer, not the optional jurisdiction objection ending the same day (第一百二十八条, 第一百三十条)', () => {
    const record = makeCase(0, { procedure: 'ordinary', facts: { servedOn: '2026-09-16' } })
    const timeline = buildTimeline(record, '2026-09-20')
    expect(timeline.deadlines.map((d) => d.kind)).toEqual(['jurisdiction_objection', 'answer'])
    expect(nextDeadline(timeline.deadlines)?.kind).toBe('answer')
  })

  test('the next deadline is the first one not yet passed, or the last one when all passed', () => {
    const record = makeCase(0, { procedure: 'ordinary', facts: { servedOn: '2026-09-16', hearingAt: '2026-12-01T09:30' } })
    expect(nextDeadline(buildTimeline(record, '2026-11-25').deadlines)?.kind).toBe('hearing')
    expect(nextDeadline(buildTimeline(record, '2026-12-25').deadlines)?.daysLeft).toBe(-24)
  })
})

describe('case use-cases', () => {
  test('the list puts the nearest upcoming deadline first and passed ones after', () => {
    const store = createMemoryStore()
    saveCase(store, makeCase(1, { procedure: 'ordinary', facts: { servedOn: '2026-11-01' } }), NOW_MS) // 答辩期 11-16：已过
    saveCase(store, makeCase(2, { procedure: 'ordinary', facts: { hearingAt: '2026-12-20T09:00' } }), NOW_MS)
    saveCase(store, makeCase(3, { procedure: 'ordinary', facts: { hearingAt: '2026-12-01T09:00' } }), NOW_MS)
    expect(listCases(store, NOW_MS, '2026-11-25').cases.map((c) => c.record.id)).toEqual(['case-3', 'case-2', 'case-1'])
  })

  test('saving the intake form stores a normalised case number and the entry source, then clears the draft', () => {
    const store = createMemoryStore()
    const form = { ...emptyIntakeForm(), documents: ['complaint'], serviceMethod: 'mail', servedOn: '2026/9/16', caseNumber: '(2026)浙0192民初1234号', procedure: 'ordinary', lenderKey: 'alipay', principal: '10000', source: 'art0308' }
    const id = saveIntake(store, form, { id: null, nowMs: NOW_MS, lenderName: '重庆蚂蚁消费金融有限公司' })
    const [summary] = listCases(store, NOW_MS, '2026-09-20').cases
    expect(summary.record).toMatchObject({ id, caseNumber: '（2026）浙0192民初1234号', source: 'art0308', facts: { servedOn: '2026-09-16', serviceMethod: 'mail' }, claim: { principal: 1_000_000 } })
    expect(startIntake(store, NOW_MS, {}).restored).toBe(false)
  })

  test('a recognised 民督 case number suggests the payment-order procedure', () => {
    expect(suggestProcedure({ ...emptyIntakeForm(), caseNumber: '（2026）渝0192民督88号' })).toBe('payment_order')
    expect(suggestProcedure({ ...emptyIntakeForm(), caseNumber: '(2024)浙02民诉前调595号' })).toBe('pre_litigation_mediation')
    expect(suggestProcedure({ ...emptyIntakeForm(), caseNumber: '(2026)浙0192民初1号' })).toBeNull()
  })
})
