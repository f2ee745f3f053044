// One test per file: an app mounted earlier in the same file still answers hash changes (see detailEdit.test.tsx).
/** The timeline links each deadline to the document it serves, and the per-case list puts the answer first as the one main task, the jurisdiction objection after it as optional (issue 17). */
import { findByTestId } from '../support/taroApp'
import { detailOf, expectText, openAt, seed, served0916, tapId } from './helpers'

describe('documents', () => {
  test('the timeline links each deadline to its document, and the list puts the answer first with the only primary button', async () => {
    seed(served0916)
    await openAt(detailOf('case-1'))
    await findByTestId('doc-link-answer-answer', 10_000)
    await findByTestId('doc-link-jurisdiction_objection-jurisdiction_objection')
    await tapId('open-documents')
    const list = await findByTestId('document-list', 10_000)
    const order = [...list.querySelectorAll('[data-testid^="doc-entry-"]')].map((e) => e.getAttribute('data-testid'))
    expect(order.slice(0, 2)).toEqual(['doc-entry-answer', 'doc-entry-jurisdiction_objection'])
    await expectText('doc-due-answer', '2026年10月8日')
    await findByTestId('doc-main-answer')
    await expectText('doc-optional-jurisdiction_objection', '可选')
    await expectText('doc-chance-jurisdiction_objection', '要先回答几个问题')
    expect(list.querySelectorAll('.btn--primary')).toHaveLength(1)
    expect(document.querySelector('[data-testid="open-doc-answer"]')?.className).toContain('btn--primary')
  })
})
