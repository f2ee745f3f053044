// One test per file: an app mounted earlier in the same file still answers hash changes (see detailEdit.test.tsx).
/**
 * The jurisdiction objection's page asks before it offers: where the user lives, the lender's seat (known for the
 * main lenders [S]), any agreed court; and it states the chance plainly (民诉法解释第十八条第二款: the lender's seat
 * is the place of performance of a money claim; 互联网法院规定第二条).
 */
import { findByTestId } from '../support/taroApp'
import { expectText, openAt, seed, served0916, tapId } from './helpers'

describe('documents', () => {
  test('the objection page asks the questions and says the objection will most likely fail at the lender\'s city internet court', async () => {
    seed({ ...served0916, lender: { key: 'mybank', name: '浙江网商银行（网商贷）' } })
    await openAt('/documents/pages/edit/index?id=case-1&doc=jurisdiction_objection')
    await findByTestId('jurisdiction-chance-unclear', 10_000)
    await expectText('lender-seat', '浙江网商银行的住所在杭州市')
    await expectText('court-city', '杭州互联网法院在杭州市：和原告住所在同一个市')
    await tapId('courtAtHome-no')
    await tapId('courtAtLenderSeat-yes')
    await tapId('agreedCourt-none')
    await findByTestId('jurisdiction-chance-low', 10_000)
    await expectText('jurisdiction-chance-low', '互联网法院规定第二条')
    await tapId('courtAtLenderSeat-no')
    await findByTestId('jurisdiction-chance-real', 10_000)
    await expectText('jurisdiction-target', '户籍地所在区县的基层人民法院')
  })
})
