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

  test('the days-left colour follows urgency: overdue, within 3 days, within 7 days, later', async () => {
    seed(
      makeCase(1, { procedure: 'ordinary', facts: { hearingAt: '2026-09-10T09:00' } }), // 已过期
      makeCase(2, { procedure: 'ordinary', facts: { hearingAt: '2026-09-23T09:00' } }), // 3 天
      makeCase(3, { procedure: 'ordinary', facts: { hearingAt: '2026-09-26T09:00' } }), // 6 天
      makeCase(4, { procedure: 'ordinary', facts: { hearingAt: '2026-10-20T09:00' } }) // 30 天
    )
    await openAt(HOME)
    await expectText('left-case-1', '已过期')
    await expectText('left-case-2', '还剩 3 天')
    await expectText('left-case-3', '还剩 6 天')
    await expectText('left-case-4', '还剩 30 天')
    const urgency = async (id: string) => (await findByTestId(`left-${id}`, 10_000)).className
    expect([await urgency('case-1'), await urgency('case-2'), await urgency('case-3'), await urgency('case-4')]).toEqual([
      'case-left case-left--overdue', 'case-left case-left--within3', 'case-left case-left--within7', 'case-left case-left--later'
    ])
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
    // 答辩和可选的管辖权异议同一天到期：首页写的是答辩（第一百二十八条），不是异议。
    await expectText('next-case-1', '提交答辩状')
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
    expect((await findByTestId('case-case-1')).getAttribute('role')).toBe('button') // 读屏要知道卡片能点
    await tapId('case-case-1')
    await expectText('due-answer', '2026年10月8日')
  })

  test('微信提醒设置 stays reachable after the last case is deleted when the server may still hold reminders', async () => {
    await openAt(HOME)
    await findByTestId('new-case')
    expect(absent('open-reminders')).toBe(true) // 从没用过提醒、也没有案件：不打扰新用户
    taroStore.set('yingsu.reminderSession', { token: 't', expiresAt: 0 }) // 用过提醒（会话已过期也算）
    await openAt(HOME)
    await findByTestId('open-reminders')
    expect(absent('case-list')).toBe(true)
  })

  test('新建案件 opens the intake form', async () => {
    await openAt(HOME)
    await tapId('new-case')
    await findByTestId('step-0')
  })
})
