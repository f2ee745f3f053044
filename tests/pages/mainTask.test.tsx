import { findByTestId } from '../support/taroApp'
import { detailOf, expectText, openAt, seed, served0916 } from './helpers'

// 一个文件一个测试：内容多的详情页在同一个 jsdom 的后续测试里会被前一个应用的 hash 路由卸掉（见 secondInstance.test.tsx）。
describe('the answer, not the optional objection, is the main task on the case page', () => {
  test('the page opens with the next step, the first card is the answer, and the objection that ends the same day follows it marked optional', async () => {
    seed(served0916)
    await openAt(detailOf('case-1'))
    await expectText('next-step', '提交答辩状：最晚 2026年10月8日')
    const order = [...document.querySelectorAll('[data-testid="next-step"], [data-testid="stages"], [data-testid^="deadline-"]')].map((el) => el.getAttribute('data-testid'))
    expect(order.slice(0, 4)).toEqual(['next-step', 'stages', 'deadline-answer', 'deadline-jurisdiction_objection'])
    expect((await findByTestId('deadline-jurisdiction_objection')).querySelector('.card__title')?.textContent).toBe('提出管辖权异议（可选）')
    await expectText('todo-jurisdiction_objection', '这一步是可选的，主要的事是按时交答辩状')
  })
})
