import { afterJudgment, helpFacts, helpKinds, missedDeadlineHelp, retrialGuide, timelineNoteCodes, timelineNotes } from '@/domain/lifecycle/lifecycle'
import type { LifecycleFacts } from '@/domain/lifecycle/lifecycle'
import type { LimitationAssessment } from '@/domain/claims/limitation'
import { legalTexts } from '@/i18n/legalTexts'

const RAN: LimitationAssessment = { status: 'may_have_run', latest: { event: 'last_due', on: '2022-09-05' }, ranOn: '2025-09-05', demandsUnknown: true, filingDateKnown: true }
const DEPENDS: LimitationAssessment = { status: 'depends_on_filing_date', latest: { event: 'last_due', on: '2023-10-20' }, ranOn: '2026-10-20' }

/** Every citation the lifecycle module can emit, enumerated from the module itself. */
function lifecycleCitations(): Set<string> {
  const all = new Set<string>()
  for (const facts of helpFacts) {
    for (const kind of helpKinds) for (const item of missedDeadlineHelp(kind, facts)) item.basis.forEach((b) => all.add(b))
    for (const item of retrialGuide(facts)) item.basis.forEach((b) => all.add(b))
  }
  const judgments: LifecycleFacts[] = [
    { procedure: 'ordinary', judgmentServedOn: '2026-12-01' },
    { procedure: 'ordinary', instance: 'second', judgmentServedOn: '2026-12-01' },
    { procedure: 'small_claims', judgmentServedOn: '2026-12-01' },
    { procedure: 'ordinary', judgmentServedOn: '2026-12-01', appealServedOn: '2026-12-20' },
  ]
  for (const facts of judgments) {
    const after = afterJudgment(facts, [])
    after?.basis.forEach((b) => all.add(b))
    after?.enforcement.forEach((e) => e.basis.forEach((b) => all.add(b)))
  }
  // Every note: a first-instance answer period, a payment order, mediation; each limitation status; each assignment.
  const windows: [LifecycleFacts, { kind: 'answer' | 'payment_order_objection' | 'mediation_end'; due: string }][] = [
    [{ procedure: 'ordinary', servedOn: '2026-11-28' }, { kind: 'answer', due: '2026-12-14' }],
    [{ procedure: 'payment_order', servedOn: '2026-11-28' }, { kind: 'payment_order_objection', due: '2026-12-14' }],
    [{ procedure: 'pre_litigation_mediation', mediationStartedOn: '2026-11-28' }, { kind: 'mediation_end', due: '2026-12-28' }],
  ]
  const seen = new Set<string>()
  for (const [facts, deadline] of windows) for (const limitation of [RAN, DEPENDS]) for (const assignment of ['assigned', 'likely'] as const) {
    for (const note of timelineNotes(facts, [deadline], '2026-12-01', { limitation, assignment })) { seen.add(note.code); note.basis.forEach((b) => all.add(b)) }
  }
  expect([...seen].sort()).toEqual([...timelineNoteCodes].sort())
  return all
}

describe('lifecycle citations', () => {
  test('every citation the lifecycle module can emit has an article text to show when tapped', () => {
    const citations = [...lifecycleCitations()]
    expect(citations.length).toBeGreaterThan(45)
    expect(citations.filter((c) => !legalTexts[c])).toEqual([])
  })

  test('the verified texts say what the help says: 第一百三十条 keeps the 级别/专属管辖 exception, 解释第四百二十四条 the wrong-procedure retrial', () => {
    expect(legalTexts['民事诉讼法第一百三十条'].text).toContain('但违反级别管辖和专属管辖规定的除外')
    expect(legalTexts['民诉法解释第四百二十四条'].text).toContain('以不应按小额诉讼案件审理为由')
    expect(legalTexts['民事诉讼法第八十六条'].text).toContain('在障碍消除后的十日内')
  })

  test('issue 17 texts: retrial does not stop enforcement (第二百一十条), late enforcement is accepted (解释第四百八十一条), records kept 5 years (征信业管理条例第十六条)', () => {
    expect(legalTexts['民事诉讼法第二百一十条'].text).toContain('当事人申请再审的，不停止判决、裁定的执行')
    expect(legalTexts['民诉法解释第四百八十一条'].text).toContain('人民法院应予受理')
    expect(legalTexts['征信业管理条例第十六条'].text).toContain('自不良行为或者事件终止之日起为5年')
    expect(legalTexts['诉讼时效规定第三条'].text).toContain('在二审期间提出的，人民法院不予支持')
    expect(legalTexts['民法典第五百四十六条'].text).toContain('未通知债务人的，该转让对债务人不发生效力')
  })

  test('the 2017 失信 text, only available as a repost, is shown as 要点, not as a quotation', () => {
    for (const n of ['一', '二', '三', '十']) expect(legalTexts[`失信被执行人名单规定第${n}条`].kind).toBe('summary')
  })
})
