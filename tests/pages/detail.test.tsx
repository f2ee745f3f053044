import { findByTestId, tap } from '../support/taroApp'
import { absent, detailOf, expectText, openAt, seed, served0916, tapId } from './helpers'
import { makeCase } from '../storage/fixtures'

describe('the case detail timeline', () => {
  test('served on 2026-09-16 shows the answer deadline 2026-10-08, the roll-over line, the safe date and days left', async () => {
    seed(served0916)
    await openAt(detailOf('case-1'))
    await expectText('due-answer', '2026年10月8日（周四）')
    await expectText('rollover-answer', '10月1日是国庆节假期，顺延至10月8日')
    await expectText('safe-answer', '建议最晚在 2026年9月30日（周三） 办好（之后是休息日，法院不办公）')
    await expectText('days-left-answer', '还剩 18 天')
    await expectText('todo-answer', '答辩状')
    expect(absent('provisional-answer')).toBe(true)
  })

  test('tapping a citation shows the article text (the citations are folded under 依据 first)', async () => {
    seed(served0916)
    await openAt(detailOf('case-1'))
    await findByTestId('fold-basis-answer')
    expect(absent('basis-answer-0')).toBe(true)
    await tapId('fold-basis-answer')
    const citation = await findByTestId('basis-answer-0')
    expect(citation.textContent).toBe('《民事诉讼法第一百二十八条》')
    tap(citation)
    await expectText('law-text-answer-0', '被告应当在收到之日起十五日内提出答辩状')
  })

  test('a deadline in a year without a published holiday arrangement carries the provisional notice', async () => {
    seed(makeCase(2, { procedure: 'ordinary', documents: ['complaint'], facts: { servedOn: '2026-12-20', serviceMethod: 'direct' } }))
    await openAt(detailOf('case-2'), Date.UTC(2026, 11, 21, 2))
    await expectText('provisional-answer', '2027年的放假安排国务院还没有公布')
  })

  test('a payment order says the objection must be written and an oral one is void', async () => {
    seed(makeCase(3, { procedure: 'payment_order', documents: ['payment_order'], facts: { servedOn: '2026-09-16', serviceMethod: 'mail' } }))
    await openAt(detailOf('case-3'))
    await expectText('todo-payment_order_objection', '书面异议')
    await expectText('deadline-payment_order_objection', '口头异议（打电话、当面说）无效')
  })

  test('an unsure procedure lists the assumptions it made', async () => {
    seed(makeCase(4, { procedure: 'unsure', documents: ['complaint'], facts: { servedOn: '2026-09-16', serviceMethod: 'mail' } }))
    await openAt(detailOf('case-4'))
    await expectText('assumptions', '最短的 7 天')
    await findByTestId('deadline-evidence')
  })

  test('a passed deadline says how many days ago', async () => {
    seed(served0916)
    await openAt(detailOf('case-1'), Date.UTC(2026, 9, 10, 2)) // 10 月 10 日
    await expectText('days-left-answer', '已过期 2 天')
  })

  test('the days-left colour follows urgency: 6 days left is not shown as calm as a month away', async () => {
    seed(makeCase(5, { procedure: 'ordinary', documents: ['complaint', 'summons'], facts: { servedOn: '2026-09-16', serviceMethod: 'mail', hearingAt: '2026-09-26T09:30' } }))
    await openAt(detailOf('case-5'))
    await expectText('days-left-hearing', '还剩 6 天')
    expect((await findByTestId('days-left-hearing')).className).toContain('timeline__left--within7')
    expect((await findByTestId('days-left-answer')).className).toContain('timeline__left--later')
  })

  test('a date is one unbreakable piece on the card, weekday bracket included', async () => {
    seed(served0916)
    await openAt(detailOf('case-1'))
    await expectText('due-answer', '2026年10月8日（周四）')
    const dates = [...(await findByTestId('due-answer')).querySelectorAll('.no-break-date')].map((d) => d.textContent)
    expect(dates).toEqual(['2026年10月8日（周四）'])
    const safe = [...(await findByTestId('safe-answer')).querySelectorAll('.no-break-date')].map((d) => d.textContent)
    expect(safe).toEqual(['2026年9月30日（周三）'])
  })

  test('案件信息 shows the service date and method, the hearing, and the claim with thousands separators', async () => {
    seed(makeCase(6, { procedure: 'ordinary', documents: ['complaint', 'summons'], facts: { servedOn: '2026-09-16', serviceMethod: 'mail', hearingAt: '2026-10-20T09:30' }, claim: { principal: 1_000_000, interest: 234_567 } }))
    await openAt(detailOf('case-6'))
    await expectText('case-info-served', '送达日期：2026年9月16日（周三）（邮寄）')
    await expectText('case-info-hearing', '开庭：2026年10月20日（周二） 09:30')
    await expectText('case-info-claim', '起诉金额合计 12,345.67 元')
  })

  test('an unknown case id says the case was not found instead of crashing', async () => {
    await openAt(detailOf('nope'))
    await expectText('case-missing', '没有找到这个案件')
  })
})
