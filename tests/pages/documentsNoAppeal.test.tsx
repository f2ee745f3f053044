// One test per file: an app mounted earlier in the same file still answers hash changes (see detailEdit.test.tsx).
/** A small-claims judgment is final (民事诉讼法第一百六十五条): the documents list offers no appeal and no appeal fee, and no answer (the trial is over). */
import { findByTestId } from '../support/taroApp'
import { absent, openAt, seed } from './helpers'
import { makeCase } from '../storage/fixtures'

describe('documents', () => {
  test('a small-claims judgment offers no appeal in the documents list', async () => {
    seed(makeCase(1, { procedure: 'small_claims', documents: ['judgment'], facts: { judgmentServedOn: '2026-09-16' } }))
    await openAt('/documents/pages/list/index?id=case-1')
    await findByTestId('document-list', 10_000)
    await findByTestId('doc-entry-installment_letter')
    expect(absent('doc-entry-answer')).toBe(true)
    expect(absent('doc-entry-appeal')).toBe(true)
    expect(absent('doc-fee-appeal')).toBe(true)
    expect(absent('doc-entry-fee_relief')).toBe(true)
  })
})
