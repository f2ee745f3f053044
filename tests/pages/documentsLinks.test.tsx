// One test per file: an app mounted earlier in the same file still answers hash changes (see detailEdit.test.tsx).
/** The timeline links each deadline to the document it serves, and the per-case list puts the jurisdiction objection before the answer while the answer period runs (民事诉讼法第一百三十条第二款). */
import { findByTestId } from '../support/taroApp'
import { detailOf, expectText, openAt, seed, served0916, tapId } from './helpers'

describe('documents', () => {
  test('the timeline links each deadline to its document, and the list puts the jurisdiction objection before the answer', async () => {
    seed(served0916)
    await openAt(detailOf('case-1'))
    await findByTestId('doc-link-answer-answer', 10_000)
    await findByTestId('doc-link-jurisdiction_objection-jurisdiction_objection')
    await tapId('open-documents')
    const list = await findByTestId('document-list', 10_000)
    const order = [...list.querySelectorAll('[data-testid^="doc-entry-"]')].map((e) => e.getAttribute('data-testid'))
    expect(order.slice(0, 2)).toEqual(['doc-entry-jurisdiction_objection', 'doc-entry-answer'])
    await expectText('doc-due-answer', '2026年10月8日')
  })
})
