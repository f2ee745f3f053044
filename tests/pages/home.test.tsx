import { findByTestId } from '../support/taroApp'
import { absent, expectText, openAt, seed, tapId } from './helpers'
import { casesKey } from '@/storage/caseRecord'
import { taroStore } from '@/adapters/storage'
import { makeCase } from '../storage/fixtures'

const HOME = '/pages/index/index'

describe('the home page', () => {
  test('with no cases it explains the app in two sentences and offers 新建案件', async () => {
    await openAt(HOME)
    await expectText('new-case', '新建案件')
    const lead = document.querySelector('.page__lead')?.textContent ?? ''
    expect(lead.split(/[。？]/).filter(Boolean)).toHaveLength(2)
    expect(absent('case-list')).toBe(true)
    expect(absent('quarantine-notice')).toBe(true)
  })

  test('each case shows its next deadline with 今天 / 明天 / 还剩 N 天 / 已过期 N 天, nearest first', async () => {
    seed(
      makeCase(1, { procedure: 'ordinary', facts: { servedOn: '2026-09-16', serviceMethod: 'mail' } }),
      makeCase(2, { procedure: 'ordinary', facts: { hearingAt: '2026-09-21T09:00' } }),
      makeCase(3, { procedure: 'ordinary', facts: { hearingAt: '2026-09-20T14:30' } }),
      makeCase(4, { procedure: 'ordinary', facts: { hearingAt: '2026-09-10T09:00' } }),
      makeCase(5, { procedure: 'ordinary', facts: {} })
    )
    await openAt(HOME)
    await expectText('left-case-3', '今天')
    await expectText('left-case-2', '明天')
    await expectText('left-case-1', '还剩 18 天')
    await expectText('next-case-1', '2026年10月8日（周四）')
    await expectText('left-case-4', '已过期 10 天')
    await expectText('next-case-5', '还算不出期限')
    const order = [...document.querySelectorAll('[data-testid^="case-case-"]')].map((el) => el.getAttribute('data-testid'))
    expect(order).toEqual(['case-case-3', 'case-case-2', 'case-case-1', 'case-case-4', 'case-case-5'])
  })

  test('a corrupt stored record is reported in a notice, not silently dropped', async () => {
    taroStore.set(casesKey(2), { version: 2, cases: [makeCase(1), { id: 'broken' }] })
    await openAt(HOME)
    await expectText('quarantine-notice', '有 1 条案件记录读不出来')
    await findByTestId('case-case-1')
  })

  test('tapping a case opens its timeline', async () => {
    seed(makeCase(1, { procedure: 'ordinary', facts: { servedOn: '2026-09-16' } }))
    await openAt(HOME)
    await tapId('case-case-1')
    await expectText('due-answer', '2026年10月8日')
  })

  test('新建案件 opens the intake form', async () => {
    await openAt(HOME)
    await tapId('new-case')
    await findByTestId('step-0')
  })
})
