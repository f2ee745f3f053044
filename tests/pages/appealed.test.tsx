import { findByTestId } from '../support/taroApp'
import { absent, detailOf, expectText, openAt, seed } from './helpers'
import { makeCase, NOW_MS } from '../storage/fixtures'

/** 一审判决 11 月 2 日送达，原告上诉，上诉状副本 11 月 20 日送达；“今天”11 月 25 日。 */
const appealed = makeCase(9, {
  procedure: 'ordinary',
  documents: ['judgment', 'appeal_petition'],
  facts: { judgmentServedOn: '2026-11-02', appealServedOn: '2026-11-20', performanceDays: 10 }
})

// 一个文件一个测试：内容多的详情页在同一个 jsdom 的后续测试里会被前一个应用的 hash 路由卸掉（见 secondInstance.test.tsx）。
describe('the other side appealed', () => {
  test('the case is at 二审, the next step is the answer to the appeal (第一百七十四条), and no performance date is given yet', async () => {
    seed(appealed)
    await openAt(detailOf('case-9'), NOW_MS)
    await findByTestId('deadline-appeal_answer', 10_000)
    expect((await findByTestId('stage-appeal_or_effective')).textContent).toBe('现在：二审')
    await expectText('next-step', '最晚 2026年12月7日（周一）')
    await expectText('after-effect', '对方已经上诉：一审判决暂不生效')
    expect(absent('after-performance')).toBe(true)
  })
})
