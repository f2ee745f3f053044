import type { CaseRecord } from '@/storage/caseRecord'

/** 2026-11-25 10:00 北京时间，所有存储测试的“现在”。 */
export const NOW_MS = Date.UTC(2026, 10 /* Nov */, 25, 2, 0)

/** 一个合法的第 2 版案件；i 让每条都不同（送达日在 2026 年 9 月内变化）。 */
export function makeCase(i = 0, overrides: Partial<CaseRecord> = {}): CaseRecord {
  const day = String((i % 28) + 1).padStart(2, '0')
  return {
    id: `case-${i}`,
    createdAt: NOW_MS - i * 60_000,
    updatedAt: NOW_MS - i * 60_000,
    documents: ['complaint', 'summons'],
    procedure: i % 3 === 0 ? 'unsure' : 'ordinary',
    facts: { servedOn: `2026-09-${day}`, serviceMethod: 'mail', hearingAt: '2026-12-01T09:30' },
    court: '杭州互联网法院',
    caseNumber: `(2026)浙0192民初${1000 + i}号`,
    lender: { key: 'alipay', name: '重庆蚂蚁消费金融有限公司' },
    claim: { principal: 1_000_000 + i, interest: 12_345 },
    ...overrides
  }
}
