import { findByTestId } from '../support/taroApp'
import { absent, detailOf, expectText, openAt, seed } from './helpers'
import { makeCase, NOW_MS } from '../storage/fixtures'

/** 二审（民终）判决 2026-11-20 送达，判决写明生效后 10 日内履行。 */
const secondInstance = makeCase(8, {
  procedure: 'ordinary',
  documents: ['judgment'],
  caseNumber: '(2026)浙01民终1234号',
  facts: { judgmentServedOn: '2026-11-20', instance: 'second', performanceDays: 10 }
})

// 一个文件一个测试：同一个 jsdom 里先后挂载的几个应用共用 hash 路由，内容多的页面在后面的测试里会被前一个应用的路由卸掉。
describe('a second-instance (民终) case', () => {
  test('a 民终 case shows no appeal card, says why, and explains performance and enforcement after the judgment', async () => {
    seed(secondInstance)
    await openAt(detailOf('case-8'), NOW_MS)
    await expectText('second-instance-note', '二审判决是终审判决，不能再上诉')
    await findByTestId('deadline-retrial')
    expect(absent('deadline-appeal_judgment')).toBe(true)
    expect((await findByTestId('stage-appeal_or_effective')).textContent).toBe('判决已生效')
    await expectText('after-effect', '送达就生效：2026年11月20日（周五）')
    await expectText('enforcement-enforcement_application_two_years', '申请期限是 2 年')
    await expectText('enforcement-late_performance_double_interest', '每日万分之一点七五')
    await expectText('enforcement-credit_repair', '征信报告')
  })

})
