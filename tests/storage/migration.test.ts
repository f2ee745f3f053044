import { createMemoryStore } from '@/storage/memoryStore'
import { loadCases } from '@/storage/caseStore'
import { casesKey } from '@/storage/caseRecord'
import { readQuarantine } from '@/storage/quarantine'
import { slashDateToIso } from '@/storage/legacyV1'
import { NOW_MS } from './fixtures'

/** 测试版（第 1 版）真实存过的样子：平铺字段、斜杠日期、中文枚举、金额是元。 */
const v1Fixture = {
  version: 1,
  cases: [
    { id: 'a1', created: '2026/09/20 21:14', court: '杭州互联网法院', caseNo: '（2026）浙0192民初1234号', lenderName: '重庆蚂蚁消费金融有限公司',
      servedDate: '2026/9/16', serviceWay: '邮寄', hearing: '2026/10/20 9:30', evidenceDate: '2026/10/9', procedure: '普通', principal: '12,000.5' },
    { id: 'a2', created: '2026/10/02', lenderName: '某某小贷', servedDate: '2026/10/1', serviceWay: '公告', procedure: '不清楚' },
    { id: 'a3', created: '2026/10/03', lenderName: '招联消费金融', servedDate: '2026/2/30' },
    { id: 'a4', lenderName: '马上消费金融' }
  ]
}

describe('migrating stored cases from version 1', () => {
  test('a version-1 record becomes a version-2 record with ISO dates, enum keys and amounts in fen', () => {
    const store = createMemoryStore({ [casesKey(1)]: v1Fixture })
    const [first] = loadCases(store, NOW_MS).cases
    expect(first).toEqual({
      id: 'a1',
      createdAt: Date.UTC(2026, 8 /* Sep */, 19, 16, 0),
      updatedAt: Date.UTC(2026, 8 /* Sep */, 19, 16, 0),
      documents: ['complaint', 'summons', 'evidence_notice'],
      procedure: 'ordinary',
      facts: { servedOn: '2026-09-16', serviceMethod: 'mail', hearingAt: '2026-10-20T09:30', evidenceDeadline: '2026-10-09' },
      court: '杭州互联网法院',
      caseNumber: '（2026）浙0192民初1234号',
      lender: { key: 'alipay', name: '重庆蚂蚁消费金融有限公司' },
      claim: { principal: 1_200_050 }
    })
  })

  test('a public-notice date stored as the service date moves to publicNoticeOn and 不清楚 becomes unsure', () => {
    const store = createMemoryStore({ [casesKey(1)]: v1Fixture })
    const second = loadCases(store, NOW_MS).cases[1]
    expect(second.facts).toEqual({ publicNoticeOn: '2026-10-01', serviceMethod: 'public_notice' })
    expect(second.procedure).toBe('unsure')
    expect(second.lender).toEqual({ key: 'other', name: '某某小贷' })
  })

  test('records that cannot be migrated are quarantined with a reason and the version-1 key is removed after the rewrite', () => {
    const store = createMemoryStore({ [casesKey(1)]: v1Fixture })
    const loaded = loadCases(store, NOW_MS)
    expect(loaded.cases.map((c) => c.id)).toEqual(['a1', 'a2'])
    expect(loaded.quarantined).toBe(2)
    // 隔离区里保存的是用户原来的 v1 记录，能原样找回。
    expect(readQuarantine(store).map((e) => [e.reason, e.raw])).toEqual([
      ['v1_shape', v1Fixture.cases[3]],
      ['facts:servedOn/not_a_real_date', v1Fixture.cases[2]]
    ])
    expect(store.get(casesKey(1))).toBeUndefined()
    expect((store.get(casesKey(2)) as { version: number; cases: unknown[] }).cases).toHaveLength(2)
  })

  test('the current version wins when both keys exist (a migration interrupted after writing)', () => {
    const store = createMemoryStore({ [casesKey(1)]: v1Fixture, [casesKey(2)]: { version: 2, cases: [] } })
    expect(loadCases(store, NOW_MS).cases).toEqual([])
  })

  test('slash dates are padded but not validated here', () => {
    expect(slashDateToIso('2026/9/6')).toBe('2026-09-06')
    expect(slashDateToIso('2026-09-06')).toBeNull()
  })
})
