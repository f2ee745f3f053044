import { caseStage } from '../../../src/domain/evidence/caseStage'

const answer = { kind: 'answer', due: '2026-10-08' }

describe('caseStage', () => {
  test('before the answer deadline (the 2026-09-16 case on 2026-09-20), on its last day too', () => {
    expect(caseStage({ procedure: 'ordinary', documents: ['complaint'], deadlines: [answer], today: '2026-09-20' })).toBe('before_answer')
    expect(caseStage({ procedure: 'ordinary', documents: ['complaint'], deadlines: [answer], today: '2026-10-08' })).toBe('before_answer')
  })

  test('the day after the answer deadline the hearing is what is ahead', () => {
    expect(caseStage({ procedure: 'ordinary', documents: ['complaint'], deadlines: [answer], today: '2026-10-09' })).toBe('before_hearing')
  })

  test('only a summons: before the hearing', () => {
    expect(caseStage({ procedure: 'simple', documents: ['summons'], deadlines: [{ kind: 'hearing', due: '2026-12-01' }], today: '2026-11-01' })).toBe('before_hearing')
  })

  test('nothing dated yet: start at the beginning', () => {
    expect(caseStage({ procedure: 'ordinary', documents: [], deadlines: [], today: '2026-11-01' })).toBe('before_answer')
  })

  test('a judgment received, by document or by date, is after judgment', () => {
    expect(caseStage({ procedure: 'ordinary', documents: ['judgment'], deadlines: [answer], today: '2026-09-20' })).toBe('after_judgment')
    expect(caseStage({ procedure: 'ordinary', documents: [], judgmentServedOn: '2026-11-02', deadlines: [], today: '2026-11-03' })).toBe('after_judgment')
  })

  test('a payment order: the objection period, then an enforceable order (民事诉讼法第二百二十七条)', () => {
    const deadlines = [{ kind: 'payment_order_objection', due: '2026-10-09' }]
    expect(caseStage({ procedure: 'payment_order', documents: ['payment_order'], deadlines, today: '2026-10-09' })).toBe('before_answer')
    expect(caseStage({ procedure: 'payment_order', documents: ['payment_order'], deadlines, today: '2026-10-10' })).toBe('after_judgment')
  })

  test('pre-litigation mediation is before any answer', () => {
    expect(caseStage({ procedure: 'pre_litigation_mediation', documents: ['mediation_notice'], deadlines: [{ kind: 'mediation_end', due: '2026-10-30' }], today: '2026-11-30' })).toBe('before_answer')
  })
})
