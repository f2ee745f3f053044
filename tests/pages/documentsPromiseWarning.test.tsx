// One test per file: an app mounted earlier in the same file still answers hash changes (see detailEdit.test.tsx).
/**
 * Before a 分期 letter on a case whose limitation is unanswered, the warning comes first (民法典第一百九十二条第二款;
 * 诉讼时效规定第十四条、第十九条): no form and no document until the user acknowledges it; then the letter is
 * written as conditional on the lender's written agreement.
 */
import { findByTestId, waitFor } from '../support/taroApp'
import { absent, expectText, openAt, seed, served0916, tapId } from './helpers'
import { taroStore } from '@/adapters/storage'
import { documentsKey } from '@/storage/documentStore'

describe('documents', () => {
  test('the 分期 letter shows the limitation warning first and the form only after it is acknowledged', async () => {
    seed(served0916)
    await openAt('/documents/pages/edit/index?id=case-1&doc=installment_letter')
    await findByTestId('promise-warning-unanswered', 10_000)
    await expectText('promise-warning', '就不能再用时效抗辩')
    expect(absent('party-form')).toBe(true)
    expect(absent('to-preview')).toBe(true)
    await tapId('promise-warning-acknowledge')
    await findByTestId('party-form', 10_000)
    await expectText('promise-warning-read', '你已看过时效提醒')
    await waitFor(() => expect(JSON.stringify(taroStore.get(documentsKey('case-1')))).toContain('"limitationAck":"unanswered"'))
  })
})
