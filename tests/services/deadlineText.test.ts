import { computeDeadlines, explanationCodes, parseCaseFacts, type Deadline } from '@/domain/deadlines'
import { deadlineKindName, deadlineTodo, explanationText } from '@/i18n/deadlineText'
import { legalTexts } from '@/i18n/legalTexts'

/** 覆盖引擎各条规则的一组事实（2026 年已公布假期，2027 年暂定）。 */
const factsList = [
  { procedure: 'ordinary', servedOn: '2026-09-16', evidenceDays: 15, hearingAt: '2026-11-02T09:30', judgmentServedOn: '2026-12-01', rulingServedOn: '2026-12-01' },
  { procedure: 'simple', publicNoticeOn: '2026-08-01', answerDays: 10, evidenceDeadline: '2026-10-01' },
  { procedure: 'small_claims', publicNoticeOn: '2026-08-01', answerDays: 20, judgmentServedOn: '2026-12-20' },
  { procedure: 'small_claims', servedOn: '2026-01-30', hearingAt: '2026-02-26T09:30' },
  { procedure: 'ordinary', instance: 'second', judgmentServedOn: '2026-06-04', performanceDays: 10, appealServedOn: '2026-05-10' },
  { procedure: 'ordinary', foreignParty: true, publicNoticeOn: '2026-03-01', judgmentServedOn: '2026-03-02', performanceDays: 10 },
  { procedure: 'payment_order', servedOn: '2026-12-14' },
  { procedure: 'ordinary', servedOn: '2026-12-20' },
  { procedure: 'payment_order', servedOn: '2026-09-16' },
  { procedure: 'pre_litigation_mediation', mediationStartedOn: '2026-09-01' }
]

function allDeadlines(): Deadline[] {
  return factsList.flatMap((raw) => {
    const parsed = parseCaseFacts(raw)
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
    return computeDeadlines(parsed.value, { today: '2026-09-20' })
  })
}

describe('the Chinese text for engine output', () => {
  const deadlines = allDeadlines()

  test('the sample facts exercise every deadline kind', () => {
    expect(new Set(deadlines.map((d) => d.kind))).toEqual(new Set(Object.keys(deadlineKindName)))
  })

  test('every explanation the engine gives renders without a missing parameter', () => {
    const rendered = deadlines.flatMap((d) => d.explanation.map((e) => explanationText[e.code](e.params)))
    expect(rendered.length).toBeGreaterThan(20)
    for (const text of rendered) expect(text).not.toMatch(/undefined|NaN|\[object/)
  })

  test('the sample facts exercise most explanation codes, so the texts above are really checked', () => {
    const seen = new Set(deadlines.flatMap((d) => d.explanation.map((e) => e.code)))
    expect(seen.size).toBeGreaterThanOrEqual(explanationCodes.length - 3)
  })

  test('every citation the engine gives has an article text to show', () => {
    const citations = new Set(deadlines.flatMap((d) => d.basis))
    expect([...citations].filter((c) => !(c in legalTexts))).toEqual([])
  })

  test('the National Day roll-over reads as one plain line', () => {
    const answer = deadlines.find((d) => d.kind === 'answer' && d.safeDue === '2026-10-01')
    const rolled = answer?.explanation.find((e) => e.code === 'rolled_over')
    expect(rolled && explanationText.rolled_over(rolled.params)).toBe('10月1日是国庆节假期，顺延至10月8日')
  })

  test('the payment-order advice says the objection must be written and an oral one does not count', () => {
    expect(deadlineTodo.payment_order_objection).toMatch(/书面异议/)
    expect(deadlineTodo.payment_order_objection).toMatch(/口头.*无效/)
  })
})
