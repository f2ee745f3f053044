import { findByTestId, tap, waitFor } from '../support/taroApp'
import { absent, expectText, openAt, seed, served0916, tapId } from './helpers'
import { setPhotoFilesForTests } from '@/adapters/photoFiles'
import { taroStore } from '@/adapters/storage'
import { loadEvidence, saveEvidence } from '@/storage/evidenceStore'
import { loadCases } from '@/storage/caseStore'
import { readPrepProgress } from '@/storage/prepProgress'
import { createFakePhotoFiles } from '../support/fakePhotoFiles'
import { makeCase, NOW_MS } from '../storage/fixtures'
import { saveClaimCheckForm } from '@/storage/claimCheckStore'
import { emptyClaimCheckForm } from '@/services/claimCheckForm'
import { emptyLimitationForm } from '@/services/limitationForm'

const checklistOf = (id: string) => `/prepare/pages/checklist/index?id=${id}`

/** Taro's Input on H5 emits an input event with detail.value. */
async function typeNote(code: string, value: string): Promise<void> {
  const input = await findByTestId(`note-${code}`, 10_000)
  input.dispatchEvent(new CustomEvent('input', { bubbles: true, detail: { value } }))
}

beforeEach(() => setPhotoFilesForTests(createFakePhotoFiles()))
afterEach(() => setPhotoFilesForTests(null))

describe('the evidence checklist page', () => {
  test('the 2026-09-16 case lists its 12 items in three groups, in the answer period', async () => {
    seed(served0916)
    await openAt(checklistOf('case-1'))
    await expectText('progress-count', '已准备 0/12')
    await expectText('stage', '现在是答辩期')
    await expectText('claim-kind-name', '金融借款合同纠纷（按原告推断）')
    for (const group of ['evidence', 'court_papers', 'hearing_day']) await findByTestId(`group-${group}`)
    await expectText('copies-hearing_evidence_set', '准备 2 份')
    await expectText('next-deadline', '下一个期限：提交答辩状 · 2026年10月8日')
    await expectText('received-court_papers', '你登记收到的：起诉状副本')
    await expectText('pending-hearing_summons', '还没有收到传票')
  })

  test('an item opens to what it is, why (naming the answer-form item) and how to get it; status and note are saved', async () => {
    seed(served0916)
    await openAt(checklistOf('case-1'))
    await tapId('item-head-loan_agreement')
    await expectText('why-loan_agreement', '「借款金额」')
    await expectText('item-body-loan_agreement', '合同与协议')
    await expectText('item-body-loan_agreement', '可能已经变了')
    await tapId('status-loan_agreement-ready')
    await expectText('item-status-loan_agreement', '已准备')
    await expectText('progress-count', '已准备 1/12')
    await typeNote('loan_agreement', '服务费条款在第 3 页')
    await waitFor(() => expect(loadEvidence(taroStore, 'case-1', NOW_MS).items.loan_agreement).toMatchObject({ status: 'ready', note: '服务费条款在第 3 页' }))
    await tapId('item-head-hardship_proof')
    await tapId('status-hardship_proof-not_applicable')
    await expectText('progress-count', '已准备 1/11')
    expect(readPrepProgress(taroStore, NOW_MS)['case-1']).toEqual({ ready: 1, total: 11 })
  })

  test('saved statuses and notes are there when the page opens again', async () => {
    seed(served0916)
    saveEvidence(taroStore, 'case-1', { items: {
      loan_agreement: { status: 'ready', note: '第 3 页', photos: [] },
      loan_records: { status: 'ready', note: '', photos: [] },
    } })
    await openAt(checklistOf('case-1'))
    await expectText('progress-count', '已准备 2/12')
    await expectText('item-status-loan_records', '已准备')
    await tapId('item-head-loan_agreement')
    expect((await findByTestId('note-loan_agreement')).getAttribute('value')).toBe('第 3 页')
  })

  test('the 案由 can be changed: a credit card case asks for the card agreement and statements, and the choice is stored', async () => {
    seed(served0916)
    await openAt(checklistOf('case-1'))
    await tapId('claim-kind-change')
    await tapId('claim-kind-credit_card')
    await findByTestId('item-card_agreement')
    await findByTestId('item-card_statements')
    expect(absent('item-loan_agreement')).toBe(true)
    await expectText('claim-kind-name', '信用卡纠纷')
    expect(loadCases(taroStore, NOW_MS).cases[0].claimKind).toBe('credit_card')
    await tapId('claim-kind-change')
    await tapId('claim-kind-reset')
    await expectText('claim-kind-name', '（按原告推断）')
    expect(loadCases(taroStore, NOW_MS).cases[0].claimKind).toBeUndefined()
  })

  test('two opposing parties: three copies of the answer and the evidence', async () => {
    seed(served0916)
    await openAt(checklistOf('case-1'))
    await tapId('parties-more')
    await expectText('parties-count', '2')
    await expectText('copies-hearing_answer_copies', '准备 3 份')
  })

  test('free help is one tap away: 12348 and 12368', async () => {
    seed(served0916)
    await openAt(checklistOf('case-1'))
    await expectText('call-12348', '12348')
    await expectText('call-12368', '12368')
  })

  test('when the limitation may have run, the evidence of when the last demand reached the user is asked for', async () => {
    seed(makeCase(1, { ...served0916, caseNumber: '（2026）京0105民初12345号' }))
    saveClaimCheckForm(taroStore, 'case-1', { ...emptyClaimCheckForm(), limitation: { ...emptyLimitationForm(), lastDueOn: '2022-03-05', lastDemand: { choice: 'none', on: '' } } })
    await openAt(checklistOf('case-1'))
    await expectText('limitation-line-may_have_run', '诉讼时效可能已经过了')
    await expectText('progress-count', '已准备 0/13')
    tap(await findByTestId('item-head-demand_records'))
    await expectText('why-demand_records', '要由原告举证')
  })

  test('a case that no longer exists says so', async () => {
    await openAt(checklistOf('gone'))
    await expectText('case-missing', '没有找到这个案件')
  })
})

describe('reaching the checklist', () => {
  test('the timeline shows 证据已准备 n/m and opens the checklist', async () => {
    seed(served0916)
    saveEvidence(taroStore, 'case-1', { items: { loan_agreement: { status: 'ready', note: '', photos: [] } } })
    await openAt('/case/pages/detail/index?id=case-1')
    await expectText('prepare-progress', '证据已准备 1/12')
    tap(await findByTestId('open-checklist'))
    await expectText('progress-count', '已准备 1/12')
  })

  test('the limitation questions are one tap away, and say it must be raised at first instance', async () => {
    seed(served0916)
    await openAt(checklistOf('case-1'))
    await expectText('limitation-line-unanswered', '得在一审答辩时提')
    tap(await findByTestId('open-limitation'))
    await findByTestId('section-limitation')
    await waitFor(() => expect(window.location.hash).toContain('section=limitation'))
  })
})
