import { findByTestId, waitFor } from '../support/taroApp'
import { absent, expectText, openAt, tapId, typeInto } from './helpers'
import { loadCases } from '@/storage/caseStore'
import { taroStore } from '@/adapters/storage'
import { DRAFT_KEY } from '@/storage/draftStore'

const INTAKE = '/case/pages/intake/index'

/** 第一步选材料，进入第二步。 */
async function toDates(...docs: string[]): Promise<void> {
  await openAt(INTAKE)
  for (const doc of docs) await tapId(`doc-${doc}`)
  await tapId('next')
  await findByTestId('step-1')
}

describe('intake asks for the lifecycle facts only when they matter', () => {
  test('a complaint alone asks about living abroad but not about a judgment, a performance period or an appeal', async () => {
    await toDates('complaint')
    await expectText('field-foreignParty', '我在中国境内没有住所（例如长期在国外工作生活）')
    expect(absent('field-performanceDays')).toBe(true)
    expect(absent('field-appealServedOn')).toBe(true)
  })

  test('a mediation notice alone does not ask about living abroad (no answer or appeal period follows from it)', async () => {
    await toDates('mediation_notice')
    await findByTestId('field-mediationStartedOn')
    expect(absent('field-foreignParty')).toBe(true)
  })

  test('the performance period is asked only once the judgment date is entered', async () => {
    await toDates('judgment')
    await findByTestId('field-judgmentServedOn')
    expect(absent('field-performanceDays')).toBe(true)
    await typeInto('judgmentServedOn', '2026-09-01')
    await expectText('field-performanceDays', '判决生效之日起 __ 日内')
  })

  test("the other side's appeal copy asks for its service date, and a missing date is reported at that field", async () => {
    await toDates('appeal_petition')
    await expectText('field-appealServedOn', '15 天内可以交答辩状')
    await tapId('next')
    await expectText('error-appealServedOn', '「收到对方上诉状副本的日期」还没有填')
  })

  test('a 民终 案号 pre-selects 二审 with a visible note; a 民初 案号 without a judgment does not ask', async () => {
    await toDates('complaint')
    await tapId('method-mail')
    await typeInto('servedOn', '2026-09-16')
    await tapId('next')
    await findByTestId('step-2')
    await typeInto('caseNumber', '(2026)浙0192民初1234号')
    await findByTestId('case-number-recognised')
    expect(absent('field-instance')).toBe(true)
    await typeInto('caseNumber', '(2026)浙01民终1234号')
    await expectText('field-instance', '案号里是“民终”，已为你预选“二审”')
    expect((await findByTestId('instance-second')).getAttribute('aria-checked')).toBe('true')
    await tapId('instance-first')
    await waitFor(async () => expect((await findByTestId('instance-first')).getAttribute('aria-checked')).toBe('true'))
  })

  test('the 不确定 note says the appeal period appears only once a judgment date is entered (issue 11 item 12)', async () => {
    await toDates('complaint')
    await tapId('method-mail')
    await typeInto('servedOn', '2026-09-16')
    await tapId('next')
    await findByTestId('step-2')
    await tapId('procedure-unsure')
    const note = (await findByTestId('unsure-note')).textContent ?? ''
    expect(note).toContain('上诉期现在还不会出现')
    expect(note).toContain('收到判决书后，回来填上收到的日期，就会列出上诉期')
    expect(note).not.toContain('判决后的上诉期也列出来')
  })

  test('the new answers are saved with the case: abroad, performance days, second instance', async () => {
    await toDates('judgment')
    await typeInto('judgmentServedOn', '2026-09-01')
    await typeInto('performanceDays', '10')
    await tapId('foreign-party-yes')
    await tapId('next')
    await findByTestId('step-2')
    await typeInto('caseNumber', '(2026)浙01民终1234号')
    await tapId('procedure-ordinary')
    await tapId('next')
    await findByTestId('step-3')
    await tapId('lender-alipay')
    await tapId('save')
    await waitFor(() => expect(loadCases(taroStore, Date.now()).cases).toHaveLength(1), { timeout: 10_000 })
    expect(loadCases(taroStore, Date.now()).cases[0].facts).toMatchObject({ judgmentServedOn: '2026-09-01', performanceDays: 10, foreignParty: true, instance: 'second' })
  })

  test('a draft saved before these questions existed is restored, not thrown away', async () => {
    taroStore.set(DRAFT_KEY, {
      version: 1, editingId: null, step: 1,
      form: { documents: ['complaint'], servedOn: '2026-09-16', serviceMethod: 'mail', publicNoticeOn: '', hearingDate: '', hearingTime: '', evidenceMode: '', evidenceDeadline: '', evidenceDays: '', judgmentServedOn: '', rulingServedOn: '', mediationStartedOn: '', court: '', caseNumber: '', caseNumberUnchecked: false, procedure: '', lenderKey: '', lenderOther: '', principal: '', interest: '', penalty: '', liquidatedDamages: '', otherFees: '', source: '' }
    })
    await openAt(INTAKE)
    await findByTestId('draft-restored')
    await findByTestId('field-foreignParty')
  })
})

describe('intake: the optional assignment question (issue 17)', () => {
  test('a card debt asks whether the plaintiff is the original lender; an online lender does not; the answer is saved', async () => {
    await toDates('complaint')
    await tapId('method-mail')
    await typeInto('servedOn', '2026-09-16')
    await tapId('next')
    await findByTestId('step-2')
    await tapId('procedure-ordinary')
    await tapId('next')
    await findByTestId('step-3')
    await tapId('lender-alipay')
    expect(absent('field-assignment')).toBe(true)
    await tapId('lender-card')
    await expectText('field-assignment', '资产管理公司')
    await tapId('assignment-assigned')
    await tapId('save')
    await waitFor(() => expect(loadCases(taroStore, Date.now()).cases).toHaveLength(1), { timeout: 10_000 })
    expect(loadCases(taroStore, Date.now()).cases[0]).toMatchObject({ lender: { key: 'card' }, assignment: 'assigned' })
  })
})
