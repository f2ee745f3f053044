import { findByTestId, waitFor } from '../support/taroApp'
import { absent, expectText, fillHappyPath, openAt, tapId, typeInto } from './helpers'
import { loadCases } from '@/storage/caseStore'
import { taroStore } from '@/adapters/storage'
import { DRAFT_KEY } from '@/storage/draftStore'

const INTAKE = '/case/pages/intake/index'

describe('the intake form', () => {
  test('the happy path saves the case and opens its timeline with the answer deadline', async () => {
    await openAt(INTAKE)
    await fillHappyPath()
    await tapId('save')
    await waitFor(() => expect(window.location.hash).toContain('/case/pages/detail/index'))
    await expectText('deadline-answer', '2026年10月8日')
    const [saved] = loadCases(taroStore, Date.now()).cases
    expect(saved).toMatchObject({ caseNumber: '（2026）浙0192民初1234号', court: '杭州互联网法院', lender: { key: 'alipay' }, claim: { principal: 1_000_000 } })
    expect(taroStore.get(DRAFT_KEY)).toBeUndefined()
  })

  test('step 1 without any document asks the user to choose (选), not to fill in (填)', async () => {
    await openAt(INTAKE)
    await tapId('next')
    await expectText('error-documents', '「收到的材料」还没有选')
  })

  test('a date that does not exist is reported at the service date and the typed text stays', async () => {
    await openAt(INTAKE)
    await tapId('doc-complaint')
    await tapId('next')
    await tapId('method-direct')
    await typeInto('servedOn', '2026-02-30')
    await tapId('next')
    await expectText('error-servedOn', '「送达日期」这一天不存在')
    expect((await findByTestId('input-servedOn')).getAttribute('value')).toBe('2026-02-30')
    await typeInto('servedOn', '2026-09-16')
    await waitFor(() => expect(absent('error-servedOn')).toBe(true))
  })

  test('a malformed date, a future date and a missing method each get their own message', async () => {
    await openAt(INTAKE)
    await tapId('doc-complaint')
    await tapId('next')
    await typeInto('servedOn', '9月16号')
    await tapId('next')
    await expectText('error-servedOn', '写成“年-月-日”')
    await expectText('error-serviceMethod', '「送达方式」还没有选')
    await typeInto('servedOn', '2026-12-01')
    await tapId('next')
    await expectText('error-servedOn', '晚于今天')
  })

  test('a future service date is reported at the service date only, not also at a correct hearing date', async () => {
    await openAt(INTAKE)
    await tapId('doc-summons')
    await tapId('next')
    await tapId('method-direct')
    await typeInto('servedOn', '2026-12-01') // 今天是 9 月 20 日：送达日期写错了
    await typeInto('hearingDate', '2026-10-20')
    await typeInto('hearingTime', '09:30')
    await tapId('next')
    await expectText('error-servedOn', '晚于今天')
    expect(absent('error-hearingDate')).toBe(true)
  })

  test('a hearing before service is reported at the hearing date', async () => {
    await openAt(INTAKE)
    await tapId('doc-summons')
    await tapId('next')
    await tapId('method-direct')
    await typeInto('servedOn', '2026-09-16')
    await typeInto('hearingDate', '2026-09-01')
    await typeInto('hearingTime', '09:30')
    await tapId('next')
    await expectText('error-hearingDate', '开庭日期早于送达日期')
  })

  test('an unparsed case number can be fixed or kept as typed with “continue without checking”', async () => {
    await openAt(INTAKE)
    await tapId('doc-complaint')
    await tapId('next')
    await tapId('method-direct')
    await typeInto('servedOn', '2026-09-16')
    await tapId('next')
    await typeInto('caseNumber', '浙江 1234')
    await tapId('procedure-ordinary')
    await tapId('next')
    await expectText('error-caseNumber', '没认出这个案号')
    await tapId('continue-without-case-number')
    await tapId('next')
    await findByTestId('step-3')
    await tapId('lender-other')
    await tapId('save')
    await expectText('error-lenderOther', '「原告名称」还没有填')
    await typeInto('lenderOther', '某某小额贷款有限公司')
    await tapId('save')
    await waitFor(() => expect(window.location.hash).toContain('/case/pages/detail/index'))
    expect(loadCases(taroStore, Date.now()).cases[0]).toMatchObject({ caseNumber: '浙江 1234', caseNumberUnchecked: true, lender: { key: 'other', name: '某某小额贷款有限公司' } })
  })

  test('a 民督 case number pre-selects the payment-order procedure', async () => {
    await openAt(INTAKE)
    await tapId('doc-payment_order')
    await tapId('next')
    await tapId('method-mail')
    await typeInto('servedOn', '2026-09-16')
    await tapId('next')
    await typeInto('caseNumber', '(2026)渝0192民督88号')
    await expectText('case-number-recognised', '（2026）渝0192民督88号')
    await waitFor(async () => expect((await findByTestId('procedure-payment_order')).getAttribute('aria-checked')).toBe('true'))
  })

  test('an amount typed the way people write it is shown back normalised, and saved in fen', async () => {
    await openAt(INTAKE)
    await fillHappyPath()
    await typeInto('principal', '12,345.67元')
    await expectText('amount-understood-principal', '记为 12,345.67 元')
    await typeInto('interest', '１.２万')
    await expectText('amount-understood-interest', '记为 12,000.00 元')
    await tapId('save')
    await waitFor(() => expect(window.location.hash).toContain('/case/pages/detail/index'))
    expect(loadCases(taroStore, Date.now()).cases[0].claim).toMatchObject({ principal: 1_234_567, interest: 1_200_000 })
  })

  test('letters and a minus sign in an amount are refused at that amount, and the text stays as typed', async () => {
    await openAt(INTAKE)
    await fillHappyPath()
    await typeInto('principal', '12,345.67元abc')
    await typeInto('penalty', '-100')
    await tapId('save')
    await expectText('error-principal', '认不出的字')
    await expectText('error-penalty', '不能是负数')
    expect((await findByTestId('input-principal')).getAttribute('value')).toBe('12,345.67元abc')
    expect((await findByTestId('input-penalty')).getAttribute('value')).toBe('-100')
    expect(absent('amount-understood-principal')).toBe(true)
    expect(loadCases(taroStore, Date.now()).cases).toEqual([])
  })

  test('a 500-character court name is refused with a message, not cut to 100 characters', async () => {
    await openAt(INTAKE)
    await fillHappyPath()
    await tapId('previous')
    await findByTestId('step-2')
    const long = '某某'.repeat(250)
    await typeInto('court', long)
    await tapId('next')
    await expectText('error-court', '「法院」太长了')
    expect((await findByTestId('input-court')).getAttribute('value')).toBe(long)
    await openAt(INTAKE) // 草稿原样保存了 500 个字，重开还在
    expect((await findByTestId('input-court')).getAttribute('value')).toBe(long)
  })

  test('不确定 is the first procedure, and the field says a single judge does not rule out 普通程序', async () => {
    await openAt(INTAKE)
    await tapId('doc-complaint')
    await tapId('next')
    await tapId('method-mail')
    await typeInto('servedOn', '2026-09-16')
    await tapId('next')
    await findByTestId('step-2')
    const options = [...(await findByTestId('field-procedure')).querySelectorAll('[role="radio"]')].map((o) => o.getAttribute('data-testid'))
    expect(options[0]).toBe('procedure-unsure')
    await expectText('field-procedure', '只有一位法官审理，也可能是普通程序')
    expect((await findByTestId('procedure-ordinary')).textContent).not.toContain('合议庭')
  })

  test('a bad amount is reported at that amount', async () => {
    await openAt(INTAKE)
    await fillHappyPath()
    await typeInto('interest', '12.345')
    await tapId('save')
    await expectText('error-interest', '最多两位小数')
  })

  test('what was typed survives the app being killed and reopened (the draft)', async () => {
    await openAt(INTAKE)
    await tapId('doc-complaint')
    await tapId('next')
    await typeInto('servedOn', '2026-09-1')
    await openAt(INTAKE) // 重新挂载整个应用 = 小程序被杀后重开
    await findByTestId('draft-restored')
    await findByTestId('step-1')
    expect((await findByTestId('input-servedOn')).getAttribute('value')).toBe('2026-09-1')
  })

  test('a restored draft can be thrown away to start from an empty form', async () => {
    await openAt(INTAKE)
    await tapId('doc-summons')
    await openAt(INTAKE)
    await tapId('start-over')
    await findByTestId('step-0')
    await waitFor(async () => expect((await findByTestId('doc-summons')).getAttribute('aria-checked')).toBe('false'))
    expect(taroStore.get(DRAFT_KEY)).toBeUndefined()
  })
})

describe('every date-step message appears at the field that caused it', () => {
  test.each([
    ['a hearing time that is not a time', ['summons'], null, { servedOn: '2026-09-16', hearingDate: '2026-10-20', hearingTime: '25:00' }, 'hearingTime', '「开庭时间」请写成“时:分”'],
    ['an evidence deadline before service', ['evidence_notice'], 'date', { servedOn: '2026-09-16', evidenceDeadline: '2026-09-01' }, 'evidenceDeadline', '举证截止日期早于送达日期'],
    ['evidence days outside 1–90', ['evidence_notice'], 'days', { servedOn: '2026-09-16', evidenceDays: '400' }, 'evidenceDays', '应在 1 到 90 天之间'],
    ['a year that is surely a typo', ['complaint'], null, { servedOn: '1926-09-16' }, 'servedOn', '「送达日期」的年份不对'],
    ['a judgment with no date', ['judgment'], null, {}, 'judgmentServedOn', '「收到判决书的日期」还没有填'],
    ['a mediation notice with no date', ['mediation_notice'], null, {}, 'mediationStartedOn', '「调解开始日期」还没有填']
  ] as const)('%s', async (_name, documents, evidenceMode, inputs, field, message) => {
    await openAt(INTAKE)
    for (const doc of documents) await tapId(`doc-${doc}`)
    await tapId('next')
    await findByTestId('step-1')
    if (documents.some((d) => d !== 'judgment' && d !== 'mediation_notice')) await tapId('method-direct')
    if (evidenceMode) await tapId(`evidence-mode-${evidenceMode}`)
    for (const [id, value] of Object.entries(inputs)) await typeInto(id, value)
    await tapId('next')
    await expectText(`error-${field}`, message)
    // 写错的内容原样留在输入框里。
    const typed = (inputs as Record<string, string>)[field]
    if (typed) expect((await findByTestId(`input-${field}`)).getAttribute('value')).toBe(typed)
  })

  test('public notice asks for the notice date, and says so when it is missing', async () => {
    await openAt(INTAKE)
    await tapId('doc-complaint')
    await tapId('next')
    await tapId('method-public_notice')
    await findByTestId('input-publicNoticeOn')
    expect(absent('input-servedOn')).toBe(true)
    await tapId('next')
    await expectText('error-publicNoticeOn', '「公告日期」还没有填')
  })
})
