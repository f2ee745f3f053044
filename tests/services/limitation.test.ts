/**
 * The limitation answers as the claim check stores them, read back for the documents and the timeline
 * (limitationForCase) and for the checklist. Written from 民法典第一百八十八、一百八十九、一百九十五条 and
 * 诉讼时效规定第八、十、十四条 (the assessment itself is tested in tests/domain/claims/limitation.test.ts).
 */
import { createMemoryStore } from '@/storage/memoryStore'
import { saveCase } from '@/storage/caseStore'
import { claimCheckKey, loadClaimCheckForm, saveClaimCheckForm, type ClaimCheckForm } from '@/storage/claimCheckStore'
import { emptyClaimCheckForm } from '@/services/claimCheckForm'
import { limitationForCase, loadLimitationAnswers } from '@/services/limitation'
import { emptyLimitationForm, limitationFactsFromForm } from '@/services/limitationForm'
import { makeCase } from '../storage/fixtures'

const DEC_6 = Date.UTC(2026, 11 /* Dec */, 6, 2, 0)
const TODAY = '2026-12-06'
/** Card debt, 案号 of 2026, served 2026-11-28. */
const record = makeCase(1, { caseNumber: '（2026）京0105民初12345号', facts: { servedOn: '2026-11-28', serviceMethod: 'mail' }, lender: { key: 'card', name: '某银行信用卡中心' } })

function storeWith(form?: ClaimCheckForm) {
  const store = createMemoryStore()
  saveCase(store, record, DEC_6)
  if (form) saveClaimCheckForm(store, 'case-1', form)
  return store
}
const withAnswers = (patch: Partial<ClaimCheckForm['limitation'] & object>, rest: Partial<ClaimCheckForm> = {}): ClaimCheckForm =>
  ({ ...emptyClaimCheckForm(), ...rest, limitation: { ...emptyLimitationForm(), ...patch } })

describe('limitationForCase', () => {
  test('no claim check at all: unanswered (so a promise letter still warns)', () => {
    expect(limitationForCase(storeWith(), 'case-1', DEC_6)).toEqual({ status: 'unanswered' })
  })

  test('a card last due four years ago, no demand: may have run, inferred from the 案号 year', () => {
    const store = storeWith(withAnswers({ lastDueOn: '2022-09-05', lastDemand: { choice: 'none', on: '' } }))
    expect(limitationForCase(store, 'case-1', DEC_6)).toEqual({
      status: 'may_have_run', latest: { event: 'last_due', on: '2022-09-05' }, ranOn: '2025-09-05', demandsUnknown: true, filingDateKnown: false,
    })
  })

  test('a collection SMS that reached the user in 2024 restarts it: not run (民法典第一百九十五条)', () => {
    const store = storeWith(withAnswers({ lastDueOn: '2022-09-05', lastDemand: { choice: 'date', on: '2024-11-01' } }))
    expect(limitationForCase(store, 'case-1', DEC_6)).toMatchObject({ status: 'not_run', latest: { event: 'last_demand' } })
  })

  test('no such case: unanswered', () => {
    expect(limitationForCase(storeWith(), 'nope', DEC_6)).toEqual({ status: 'unanswered' })
  })

  test('a record saved before issue 17 (no limitation field) loads, and counts as unanswered', () => {
    const store = storeWith()
    const { limitation: _none, ...old } = emptyClaimCheckForm() as ClaimCheckForm
    store.set(claimCheckKey('case-1'), { version: 1, form: { ...old, principal: '10000' } })
    expect(loadClaimCheckForm(store, 'case-1', DEC_6)).toMatchObject({ principal: '10000' })
    expect(loadLimitationAnswers(store, 'case-1', DEC_6)).toBeNull()
    expect(limitationForCase(store, 'case-1', DEC_6)).toEqual({ status: 'unanswered' })
  })
})

describe('limitationFactsFromForm', () => {
  test('nothing answered: no facts', () => {
    expect(limitationFactsFromForm(emptyClaimCheckForm(), TODAY)).toEqual({ facts: null, issues: [] })
  })

  test('"unsure" and "none" are kept as such, a typed date as a date', () => {
    const form = withAnswers({ lastDueOn: '2022年9月5日', lastRepayment: { choice: 'unsure', on: '' }, lastDemand: { choice: 'none', on: '' }, lastPromise: { choice: 'date', on: '2023/1/9' } })
    expect(limitationFactsFromForm(form, TODAY).facts).toEqual({
      lastDueOn: '2022-09-05', lastRepayment: { known: false, reason: 'unsure' }, lastDemand: { known: false, reason: 'none' }, lastPromise: { known: true, on: '2023-01-09' },
    })
  })

  test('the latest row of the repayments list counts as the last repayment (部分履行, 诉讼时效规定第十四条)', () => {
    const form = withAnswers({ lastDueOn: '2022-09-05', lastRepayment: { choice: 'date', on: '2022-01-01' } }, { repayments: [{ on: '2022-07-01', amount: '500' }, { on: '2022-03-01', amount: '500' }] })
    expect(limitationFactsFromForm(form, TODAY)).toMatchObject({ facts: { lastRepayment: { known: true, on: '2022-07-01' } }, lastRepaymentFromList: '2022-07-01' })
  })

  test('"never repaid" beside listed repayments is a mistake at that question, and the list wins', () => {
    const form = withAnswers({ lastDueOn: '2022-09-05', lastRepayment: { choice: 'none', on: '' } }, { repayments: [{ on: '2022-07-01', amount: '500' }] })
    const result = limitationFactsFromForm(form, TODAY)
    expect(result.issues).toEqual([{ field: 'limitation.lastRepayment', code: 'repayments_listed' }])
    expect(result.facts?.lastRepayment).toEqual({ known: true, on: '2022-07-01' })
  })

  test('a blank last due date is read from a complete schedule: 12 instalments from 2021-10-15 end 2022-09-15 (民法典第一百八十九条)', () => {
    const form = { ...emptyClaimCheckForm(), scheduleCount: '12', scheduleInstallment: '1000', scheduleFirstDue: '2021-10-15' }
    expect(limitationFactsFromForm(form, TODAY)).toMatchObject({ facts: { lastDueOn: '2022-09-15' }, lastDueFromSchedule: '2022-09-15' })
  })

  test('"I remember the date" without a date, and a future filing date, are mistakes at their questions', () => {
    const form = withAnswers({ lastDemand: { choice: 'date', on: '' }, filedOn: '2027-01-01' })
    expect(limitationFactsFromForm(form, TODAY).issues).toEqual([{ field: 'limitation.lastDemand', code: 'needs_date' }, { field: 'limitation.filedOn', code: 'future_date' }])
  })
})
