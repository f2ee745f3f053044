import { buildTimeline } from '@/services/timeline'
import { createMemoryStore } from '@/storage/memoryStore'
import { loadCases } from '@/storage/caseStore'
import { casesKey, CURRENT_VERSION, type CaseRecord } from '@/storage/caseRecord'
import { makeCase, NOW_MS } from './fixtures'

/** Writes a raw envelope the way an older build left it on the phone. */
function storeRaw(cases: unknown[]) {
  const store = createMemoryStore()
  store.set(casesKey(CURRENT_VERSION), { version: CURRENT_VERSION, cases })
  return store
}

describe('case records and the lifecycle facts (issue 10)', () => {
  test('a current-version record saved before instance/foreignParty/appealServedOn/performanceDays existed loads unchanged', () => {
    const old = makeCase(1, { procedure: 'ordinary', facts: { servedOn: '2026-09-16', serviceMethod: 'mail', judgmentServedOn: '2026-11-02' } })
    const { cases, quarantined } = loadCases(storeRaw([old]), NOW_MS)
    expect(quarantined).toBe(0)
    expect(cases).toEqual([old])
    expect(buildTimeline(cases[0], '2026-11-25').deadlines.map((d) => d.kind)).toContain('appeal_judgment')
  })

  test('a record with the new facts round-trips', () => {
    const record = makeCase(2, { procedure: 'ordinary', documents: ['judgment', 'appeal_petition'], facts: { judgmentServedOn: '2026-11-02', appealServedOn: '2026-11-20', foreignParty: true, instance: 'first', performanceDays: 10 } })
    expect(loadCases(storeRaw([record]), NOW_MS).cases).toEqual([record])
  })

  test('a record saved with answerDays 20 under ordinary procedure (now refused, 第一百二十八条) loads and is not quarantined', () => {
    const raw = makeCase(3, { procedure: 'ordinary', facts: { servedOn: '2026-09-16', serviceMethod: 'mail', answerDays: 20 } as CaseRecord['facts'] })
    const { cases, quarantined } = loadCases(storeRaw([raw]), NOW_MS)
    expect(quarantined).toBe(0)
    expect(cases).toHaveLength(1)
    // The stored schema never held answerDays: the statutory 15 days apply (10月1日 → 10月8日).
    expect(buildTimeline(cases[0], '2026-09-20').deadlines.find((d) => d.kind === 'answer')?.due).toBe('2026-10-08')
  })

  test('facts the engine now refuses are dropped with a note for the page, never a crash', () => {
    const record = makeCase(4, { procedure: 'ordinary', facts: { servedOn: '2026-09-16', serviceMethod: 'mail', answerDays: 20 } as CaseRecord['facts'] })
    const timeline = buildTimeline(record, '2026-09-20')
    expect(timeline.stale).toEqual([{ field: 'answerDays', code: 'answer_days_over_limit', value: 20 }])
    expect(timeline.deadlines.find((d) => d.kind === 'answer')?.due).toBe('2026-10-08')
  })
})

describe('case records and the assignment answer (issue 17)', () => {
  test('a record without the answer (every record before issue 17) loads unchanged', () => {
    const old = makeCase(3)
    expect('assignment' in old).toBe(false)
    expect(loadCases(storeRaw([old]), NOW_MS)).toEqual({ cases: [old], quarantined: 0 })
  })

  test('a record with the answer round-trips; an unknown answer quarantines that record only', () => {
    const record: CaseRecord = makeCase(4, { lender: { key: 'card', name: '银行信用卡中心' }, assignment: 'assigned' })
    expect(loadCases(storeRaw([record]), NOW_MS).cases).toEqual([record])
    const { cases, quarantined } = loadCases(storeRaw([record, { ...makeCase(5), assignment: 'bought' }]), NOW_MS)
    expect([cases.map((c) => c.id), quarantined]).toEqual([['case-4'], 1])
  })
})
