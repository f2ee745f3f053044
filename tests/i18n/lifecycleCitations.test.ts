import { afterJudgment, helpKinds, missedDeadlineHelp } from '@/domain/lifecycle/lifecycle'
import type { LifecycleFacts } from '@/domain/lifecycle/lifecycle'
import { legalTexts } from '@/i18n/legalTexts'

/** Every citation the lifecycle module can emit, enumerated from the module itself. */
function lifecycleCitations(): Set<string> {
  const all = new Set<string>()
  for (const kind of helpKinds) for (const item of missedDeadlineHelp(kind)) item.basis.forEach((b) => all.add(b))
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
  return all
}

describe('lifecycle citations', () => {
  test('every citation the lifecycle module can emit has an article text to show when tapped', () => {
    const citations = [...lifecycleCitations()]
    expect(citations.length).toBeGreaterThan(25)
    expect(citations.filter((c) => !legalTexts[c])).toEqual([])
  })

  test('the verified texts say what the help says: 第一百三十条 keeps the 级别/专属管辖 exception, 解释第四百二十四条 the wrong-procedure retrial', () => {
    expect(legalTexts['民事诉讼法第一百三十条'].text).toContain('但违反级别管辖和专属管辖规定的除外')
    expect(legalTexts['民诉法解释第四百二十四条'].text).toContain('以不应按小额诉讼案件审理为由')
    expect(legalTexts['民事诉讼法第八十六条'].text).toContain('在障碍消除后的十日内')
  })
})
