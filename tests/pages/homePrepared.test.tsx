import { absent, expectText, openAt, seed } from './helpers'
import { taroStore } from '@/adapters/storage'
import { writePrepProgress } from '@/storage/prepProgressWrite'
import { makeCase, NOW_MS } from '../storage/fixtures'

describe('the home list and the evidence checklist', () => {
  test('a case whose checklist was opened shows 证据已准备 n/m; one never opened shows nothing yet', async () => {
    seed(makeCase(1, { procedure: 'ordinary', facts: { servedOn: '2026-09-16', serviceMethod: 'mail' } }), makeCase(2, { procedure: 'ordinary', facts: { servedOn: '2026-09-17', serviceMethod: 'mail' } }))
    writePrepProgress(taroStore, 'case-1', { ready: 6, total: 11 }, NOW_MS)
    await openAt('/pages/index/index')
    await expectText('prepared-case-1', '证据已准备 6/11')
    await expectText('next-case-2', '2026年10月8日')
    expect(absent('prepared-case-2')).toBe(true)
  })
})
