import { findByTestId, waitFor } from '../support/taroApp'
import { absent, expectText, openAt, seed, tapId, typeInto } from './helpers'
import { taroStore } from '@/adapters/storage'
import { loadClaimCheckForm } from '@/storage/claimCheckStore'
import { makeCase, NOW_MS } from '../storage/fixtures'

const claimCheckOf = (id: string) => `/prepare/pages/claim-check/index?id=${id}`
/** Simple procedure, served 2026-09-16, the complaint's principal and interest recorded at intake. */
const record = makeCase(1, { procedure: 'simple', documents: ['complaint'], facts: { servedOn: '2026-09-16', serviceMethod: 'mail' }, claim: { principal: 1_000_000, interest: 250_000 } })

/** Tests that type a dozen fields and read the results: under load (2 shared cores) they need more than the default. */
const SLOW = 90_000

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

  test('a valid claim opens with its conclusion; the cap as courts apply it, the IRR labelled as the disclosed rate, and the fee, each with how it was computed', async () => {
    seed(record)
    await openAt(claimCheckOf('case-1'))
    await typeInto('receivedAmount', '9,500')
    await typeInto('receivedOn', '2025-09-16')
    await typeInto('contractAmount', '10000')
    await typeInto('claimedAsOf', '2026-09-01')
    await tapId('run-check')
    // 9,500 × 24% × 350 / 365 = 2,186.30 allowed; 12,500 − 9,500 = 3,000 charged.
    await expectText('conclusion-headline', '利息、费用比上限多 813.70 元')
    await expectText('conclusion-received_less', '到手的钱比起诉的本金少 500.00 元')
    await expectText('cap-result', '超过上限 813.70 元')
    await expectText('cap-reference', '参考')
    await tapId('how-toggle-cap')
    await expectText('cap-period-0', '2025年9月16日到2026年9月1日：本金 9,500.00 元 × 24.00% × 350 天 ÷ 365 = 2,186.30 元')
    await expectText('cap-charged', '已还 0.00 元 + 起诉状要的 12,500.00 元（不含律师费、保全费）− 到手的本金 9,500.00 元 = 3,000.00 元')
    await expectText('how-body-cap', '先抵上限以内的利息、费用，再抵本金')
    // 24% and where it comes from are in the fold too, with 法发〔2017〕22号 tappable.
    await expectText('cap-rates', '法发〔2017〕22号')
    await tapId('term-fafa_2017_22')
    await expectText('term-explain-fafa_2017_22', '金融审判工作的若干意见')
    // The annual rate (内部收益率法) is folded: it does not decide the cap.
    expect(absent('cost-claim')).toBe(true)
    await tapId('how-toggle-costs')
    await expectText('cost-claim-nominal', '名义年利率')
    await expectText('cost-claim-not-cap', '不用它判断是否超过上限')
    expect(absent('cost-claim-compare')).toBe(true)
    await tapId('how-toggle-cost-claim')
    await expectText('how-body-cost-claim', '一年按 365 天')
    await expectText('cost-claim-flow-1', '2026年9月1日，付出 12,500.00 元')
    // 12,500 yuan: 12,500 × 2.5% − 200 = 112.50, halved for simple procedure (诉讼费用交纳办法第十三条、第十六条).
    await expectText('fee-amount', '56.25 元')
    await findByTestId('point-received_less_than_principal')
    await expectText('point-interest_above_cap_as_applied', '超出813.70元。答辩人请求对超出部分予以调减')
  }, SLOW)

  test('the issue-17 example: 9,000 interest on 10,000 received 1,095 days earlier shows 1,800.00 above 24%', async () => {
    seed(record)
    await openAt(claimCheckOf('case-1'))
    await typeInto('receivedAmount', '10000')
    await typeInto('receivedOn', '2021-01-10')
    await typeInto('interest', '9000')
    await typeInto('claimedAsOf', '2024-01-10')
    await tapId('run-check')
    await expectText('conclusion-headline', '利息、费用比上限多 1,800.00 元')
    await expectText('cap-line', '本金以外的部分共 9,000.00 元；按上限最多 7,200.00 元')
    // The limitation was not answered: the card says so, asks for the dates, and still says what restarts it.
    await expectText('limitation-unanswered', '没法判断诉讼时效')
    await expectText('limitation-answer', '去填诉讼时效的几个日期')
    await expectText('limitation-always-0', '三年就重新算')
  }, SLOW)

  test('a card debt last due four years ago with no demand received: the limitation point, the burden on the lender, raise it at first instance', async () => {
    seed(makeCase(1, { procedure: 'simple', documents: ['complaint'], caseNumber: '（2026）京0105民初12345号', lender: { key: 'card', name: '某银行信用卡中心' }, facts: { servedOn: '2026-09-16', serviceMethod: 'mail' }, claim: { principal: 2_000_000 } }))
    await openAt(claimCheckOf('case-1'))
    await typeInto('limitation-lastDueOn', '2022-09-05')
    await tapId('limitation-lastRepayment-none')
    await tapId('limitation-lastDemand-none')
    await tapId('limitation-lastPromise-none')
    await tapId('run-check')
    await expectText('conclusion-headline', '诉讼时效可能已经过了')
    await expectText('limitation-may_have_run', '三年在2025年9月5日届满')
    await expectText('limitation-always-0', '要由原告拿出证据证明')
    await expectText('limitation-always-1', '一审答辩时提出')
    await expectText('limitation-promise-warning', '可能让你失去这个抗辩')
    await expectText('point-limitation_may_have_run', '答辩人提出诉讼时效抗辩')
    expect(loadClaimCheckForm(taroStore, 'case-1', NOW_MS)?.limitation).toMatchObject({ lastDueOn: '2022-09-05', lastDemand: { choice: 'none' } })
  }, SLOW)

  test('an empty check says what it could not check, never that nothing is wrong', async () => {
    seed(makeCase(1, { procedure: 'simple', documents: ['complaint'], facts: { servedOn: '2026-09-16', serviceMethod: 'mail' }, claim: {} }))
    await openAt(claimCheckOf('case-1'))
    await tapId('run-check')
    await expectText('conclusion-headline', '还没有可以核对的内容')
    await expectText('unchecked-received', '到手金额')
    await expectText('unchecked-limitation', '最后一期的还款日')
    for (const code of ['cap', 'repayments', 'disclosure']) expect(absent(`unchecked-${code}`)).toBe(false)
    expect(document.body.textContent).not.toContain('没有发现明显对不上的地方')
  }, SLOW)

  test('"unsure" about the 提示说明 asks the plaintiff to prove it, and says a tick box or pop-up alone is not enough', async () => {
    seed(record)
    await openAt(claimCheckOf('case-1'))
    await expectText('field-termsExplained', '只有勾选框或弹窗，不等于已经提示、说明')
    await tapId('terms-unsure')
    await tapId('run-check')
    await expectText('point-terms_not_explained', '请原告举证证明其已履行提示说明义务')
    await tapId('citations-toggle-point-0')
    await expectText('law-point-0-1', '仅以采取了设置勾选、弹窗等方式为由')
  }, SLOW)

  test('a mistyped limitation date is refused at its question and kept as typed', async () => {
    seed(record)
    await openAt(claimCheckOf('case-1'))
    await tapId('limitation-lastDemand-date')
    await typeInto('limitation-lastDemand-on', '2023-02-30')
    await tapId('run-check')
    await expectText('error-limitation-lastDemand', '这一天不存在')
    expect(absent('results')).toBe(true)
  }, SLOW)

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
