import { findByTestId, waitFor } from '../support/taroApp'
import { absent, expectText, openAt, seed, tapId, typeInto } from './helpers'
import { taroStore } from '@/adapters/storage'
import { loadClaimCheckForm } from '@/storage/claimCheckStore'
import { makeCase, NOW_MS } from '../storage/fixtures'

const claimCheckOf = (id: string) => `/prepare/pages/claim-check/index?id=${id}`
/** Simple procedure, served 2026-09-16, the complaint's principal and interest recorded at intake. */
const record = makeCase(1, { procedure: 'simple', documents: ['complaint'], facts: { servedOn: '2026-09-16', serviceMethod: 'mail' }, claim: { principal: 1_000_000, interest: 250_000 } })

const valueOf = async (testId: string) => (await findByTestId(`input-${testId}`)).getAttribute('value')

describe('the claim check page', () => {
  test('starts from the amounts recorded at intake', async () => {
    seed(record)
    await openAt(claimCheckOf('case-1'))
    expect(await valueOf('principal')).toBe('10000')
    expect(await valueOf('interest')).toBe('2500')
    expect(absent('results')).toBe(true)
  })

  test('bad input gets a plain message at its field, what was typed is kept, and no results are shown until it is fixed', async () => {
    seed(record)
    await openAt(claimCheckOf('case-1'))
    await typeInto('receivedAmount', '九千五')
    await typeInto('receivedOn', '2025-02-30')
    await typeInto('interest', '-2500')
    await typeInto('penalty', '12.345')
    await tapId('run-check')
    await expectText('error-receivedAmount', '「实际到手金额（元）」只能填金额')
    await expectText('error-receivedOn', '这一天不存在')
    await expectText('error-interest', '不能是负数')
    await expectText('error-penalty', '最多写到分')
    await expectText('fix-first', '改好后再点“核对”')
    expect(absent('results')).toBe(true)
    expect(await valueOf('receivedAmount')).toBe('九千五')
    expect(loadClaimCheckForm(taroStore, 'case-1', NOW_MS)).toMatchObject({ receivedAmount: '九千五', receivedOn: '2025-02-30', interest: '-2500' })
  })

  test('a future date and a repayment before the money arrived are refused at their own row', async () => {
    seed(record)
    await openAt(claimCheckOf('case-1'))
    await typeInto('receivedAmount', '9500')
    await typeInto('receivedOn', '2026-09-21')
    await tapId('add-repayment')
    await typeInto('repay-on-0', '2020-01-01')
    await typeInto('repay-amount-0', '500')
    await tapId('run-check')
    await expectText('error-receivedOn', '以后的日期')
    await typeInto('receivedOn', '2025-09-16')
    await tapId('run-check')
    await expectText('error-repay-on-0', '早于到账日期')
  })

  test('commas, 元 and full-width digits are read, and the reading is shown', async () => {
    seed(record)
    await openAt(claimCheckOf('case-1'))
    await typeInto('receivedAmount', '９,５００元')
    await expectText('read-as-receivedAmount', '按 9,500.00 元计算')
  })

  test('a valid claim shows the annual cost (nominal compared, 24% as 参考), the fee, and how each was computed', async () => {
    seed(record)
    await openAt(claimCheckOf('case-1'))
    await typeInto('receivedAmount', '9,500')
    await typeInto('receivedOn', '2025-09-16')
    await typeInto('contractAmount', '10000')
    await typeInto('claimedAsOf', '2026-09-01')
    await tapId('run-check')
    await expectText('cost-claim-nominal', '名义年利率')
    await expectText('cost-claim-nominal', '和上限比较的是这个')
    await expectText('cost-claim-compare', '高于 24.00%')
    await expectText('cost-claim-reference', '参考')
    await tapId('how-toggle-cost-claim')
    await expectText('how-body-cost-claim', '一年按 365 天')
    await expectText('how-body-cost-claim', '算头不算尾')
    await expectText('cost-claim-flow-0', '2025年9月16日，拿到 9,500.00 元')
    await expectText('cost-claim-flow-1', '2026年9月1日，付出 12,500.00 元')
    // 12,500 yuan: 12,500 × 2.5% − 200 = 112.50, halved for simple procedure (诉讼费用交纳办法第十三条、第十六条).
    await expectText('fee-amount', '56.25 元')
    await tapId('how-toggle-fee')
    await expectText('fee-base', '按起诉金额 12,500.00 元计算，全额是 112.50 元')
    await findByTestId('point-received_less_than_principal')
    await expectText('point-annual_cost_above_financial_cap', '请求对利息、复利、罚息、违约金和其他费用总计超过年利率24.00%的部分予以调减')
  })

  test('saved input shows its results again when the page reopens', async () => {
    seed(record)
    taroStore.set('yingsu:claim-check:v1:case-1', { version: 1, form: {
      receivedAmount: '9500', receivedOn: '2025-09-16', contractAmount: '', contractOn: '', statedRate: '', rateUnit: 'year',
      scheduleCount: '', scheduleInstallment: '', scheduleFirstDue: '', repayments: [], principal: '10000', interest: '2500', penalty: '',
      liquidatedDamages: '', serviceFees: '', enforcementCosts: '', other: '', total: '', claimedAsOf: '', overdueSince: '', termsExplained: '', interestOnFees: '',
    } })
    await openAt(claimCheckOf('case-1'))
    await findByTestId('results')
    await expectText('note-claim_as_of_assumed', '按你收到起诉状的日期')
    await waitFor(() => expect(absent('fix-first')).toBe(true))
  })
})
