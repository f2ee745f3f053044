import { findByTestId } from '../support/taroApp'
import { detailOf, expectText, openAt, seed } from './helpers'
import { makeCase } from '../storage/fixtures'

/** 二审（民终）判决 2026-11-20 送达，生效后 10 日内履行（到 11 月 30 日）；“今天”12 月 10 日，履行期已过。 */
const overdue = makeCase(13, {
  procedure: 'ordinary',
  documents: ['judgment'],
  caseNumber: '(2026)浙01民终1234号',
  facts: { judgmentServedOn: '2026-11-20', instance: 'second', performanceDays: 10 }
})

// 一个文件一个测试（见 secondInstance.test.tsx）。
describe('an effective judgment whose performance period has passed', () => {
  test('opens with what now (pay or settle; enforcement), then what the judgment means, then retrial as a choice, then the missed period', async () => {
    seed(overdue)
    await openAt(detailOf('case-13'), Date.UTC(2026, 11 /* Dec */, 10, 2))
    await expectText('next-step', '判决的履行期已过')
    await findByTestId('retrial-guide')
    const order = [...document.querySelectorAll('[data-testid="next-step"], [data-testid="after-judgment"], [data-testid="deadline-retrial"], [data-testid="timeline-passed"]')]
      .map((el) => el.getAttribute('data-testid'))
    expect(order.slice(-4)).toEqual(['next-step', 'after-judgment', 'deadline-retrial', 'timeline-passed'])
    await expectText('retrial-guide', '上一级法院申请再审')
    await expectText('deadline-retrial', '判决送达就生效：11月20日')
  })
})
