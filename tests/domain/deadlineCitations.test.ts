/**
 * Every citation the engine can emit has an article text to show (issue 10). The citations are
 * collected by running the rules themselves over a cross-product of facts — every procedure ×
 * instance × party abroad or not × 公告送达 or not × each optional fact present or absent — not
 * from a list kept beside them, so a new citation in a rule without a text fails here.
 */
import { computeDeadlines, instances, procedures, type CaseFacts } from '../../src/domain/deadlines'
import { legalTexts } from '../../src/i18n/legalTexts'

/** Optional facts, each switched on or off; dates chosen so every builder fires. */
const OPTIONAL: [keyof CaseFacts, CaseFacts[keyof CaseFacts]][] = [
  ['servedOn', '2026-03-10'], ['publicNoticeOn', '2026-03-01'], ['answerDays', 20], ['evidenceDays', 15],
  ['evidenceDeadline', '2026-04-01'], ['hearingAt', '2026-05-06T09:30'], ['judgmentServedOn', '2026-06-04'],
  ['rulingServedOn', '2026-06-04'], ['mediationStartedOn', '2026-03-01'], ['appealServedOn', '2026-06-20'], ['performanceDays', 10],
]

function* allFacts(): Generator<CaseFacts> {
  for (const procedure of procedures) for (const instance of [undefined, ...instances]) for (const foreignParty of [undefined, true, false]) {
    // The rules read serviceMethod only through publicNoticeOn; both shapes are covered.
    for (const serviceMethod of [undefined, 'public_notice'] as const) {
      for (let mask = 0; mask < 1 << OPTIONAL.length; mask++) {
        const facts: Record<string, unknown> = { procedure, instance, foreignParty, serviceMethod }
        OPTIONAL.forEach(([field, value], i) => { if (mask & (1 << i)) facts[field] = value })
        yield facts as CaseFacts
      }
    }
  }
}

describe('citations the engine can emit', () => {
  const emitted = new Map<string, string>()
  for (const facts of allFacts()) for (const d of computeDeadlines(facts)) for (const c of d.basis) if (!emitted.has(c)) emitted.set(c, d.kind)

  it('reaches every rule family, so the enumeration really covers the rules', () => {
    expect(new Set(emitted.values()).size).toBeGreaterThanOrEqual(10)
    expect(emitted.size).toBeGreaterThanOrEqual(35)
  })

  it('each has an article text in src/i18n/legalTexts.ts', () => {
    expect([...emitted.keys()].filter((c) => !(c in legalTexts))).toEqual([])
  })
})
