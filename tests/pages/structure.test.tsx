import { findByTestId, tap, waitFor } from '../support/taroApp'
import { detailOf, expectText, openAt, seed, served0916, tapId } from './helpers'

// Issue 20: headings with levels, whole checklist cards as the button with a visible cue, terms explained in place.
describe('page structure for readers and screen readers', () => {
  test('the case page: the page title is level 1, the next step and card titles level 2; a tappable card is a button with a ›, not a heading', async () => {
    seed(served0916)
    await openAt(detailOf('case-1'))
    await findByTestId('deadline-answer')
    const title = document.querySelector('.page__title') as HTMLElement
    expect([title.getAttribute('role'), title.getAttribute('aria-level')]).toEqual(['heading', '1'])
    const answerTitle = (await findByTestId('deadline-answer')).querySelector('.card__title') as HTMLElement
    expect([answerTitle.getAttribute('role'), answerTitle.getAttribute('aria-level')]).toEqual(['heading', '2'])
    const next = (await findByTestId('next-step')).querySelector('[role="heading"]')
    expect(next?.getAttribute('aria-level')).toBe('2')
    expect(document.querySelector('[data-conclusion]')?.textContent).toContain('答辩')
  })

  test('the home page: a case card is one button with a › cue', async () => {
    seed(served0916)
    await openAt('/pages/index/index')
    const card = await findByTestId('case-case-1')
    expect(card.getAttribute('role')).toBe('button')
    expect(card.querySelector('.card__chevron')?.textContent).toBe('›')
    expect(card.querySelector('[role="heading"]')).toBeNull()
  })

  test('the checklist: a closed card is one button naming its title and state, with 展开 written on it', async () => {
    seed(served0916)
    await openAt('/prepare/pages/checklist/index?id=case-1')
    const head = await findByTestId('item-head-loan_agreement')
    expect(head.getAttribute('aria-expanded')).toBe('false')
    expect(head.getAttribute('aria-label')).toMatch(/^借款合同.*，未准备，展开$/)
    expect(head.querySelector('[data-testid="item-status-loan_agreement"]')).not.toBeNull()
    await expectText('item-cue-loan_agreement', '展开')
    await tapId('item-head-loan_agreement')
    await expectText('item-cue-loan_agreement', '收起')
    expect((await findByTestId('note-loan_agreement')).getAttribute('aria-label')).toBe('笔记（只存在你的手机上）')
  })

  test('the deadline card says to act by the working day before 国庆 and explains 管辖权异议 in place', async () => {
    seed(served0916)
    await openAt(detailOf('case-1'))
    await expectText('safe-jurisdiction_objection', '2026年9月30日（周三）')
    // The page is in the DOM twice here (jsdom keeps the router's first mount): tap the live, first one.
    const term = document.querySelector('[data-testid="todo-jurisdiction_objection"] [data-testid="term-jurisdiction_objection"]') as HTMLElement
    tap(term)
    await waitFor(() => expect(document.querySelector('[data-testid="term-explain-jurisdiction_objection"]')?.textContent).toContain('要在答辩期内提'))
    expect(term.getAttribute('aria-expanded')).toBe('true')
  })
})
