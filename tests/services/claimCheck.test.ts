import { createMemoryStore } from '@/storage/memoryStore'
import { saveCase } from '@/storage/caseStore'
import { saveClaimCheckForm } from '@/storage/claimCheckStore'
import { loadClaimCheck, loadClaimFindings, runClaimCheck } from '@/services/claimCheck'
import { emptyClaimCheckForm } from '@/services/claimCheckForm'
import { emptyLimitationForm } from '@/services/limitationForm'
import { makeCase } from '../storage/fixtures'

const SEPT_20 = Date.UTC(2026, 8 /* Sep */, 20, 2, 0)
const record = makeCase(1, { procedure: 'simple', documents: ['complaint'], facts: { servedOn: '2026-09-16', serviceMethod: 'mail' }, claim: { principal: 1_000_000, interest: 250_000 } })

function setup() {
  const store = createMemoryStore()
  saveCase(store, record, SEPT_20)
  return store
}

describe('the claim check use-cases', () => {
  test('a case never checked: the form is filled from the complaint amounts, and there are no findings for the documents', () => {
    const store = setup()
    expect(loadClaimCheck(store, 'case-1', SEPT_20)).toMatchObject({ saved: false, claimKind: 'financial_loan', form: { principal: '10000', interest: '2500' } })
    expect(loadClaimFindings(store, 'case-1', SEPT_20)).toBeNull()
  })

  test('a saved but empty form is still "nothing entered"', () => {
    const store = setup()
    saveClaimCheckForm(store, 'case-1', emptyClaimCheckForm())
    expect(loadClaimFindings(store, 'case-1', SEPT_20)).toBeNull()
  })

  test('running the check saves the input and the documents get the same findings', () => {
    const store = setup()
    const form = { ...emptyClaimCheckForm(), receivedAmount: '9,500', receivedOn: '2025-09-16', contractAmount: '10000', principal: '10000', interest: '2500', claimedAsOf: '2026-09-01' }
    const run = runClaimCheck(store, 'case-1', form, SEPT_20)!
    expect(run.issues).toEqual([])
    expect(run.findings.points.map((p) => p.code)).toEqual(['received_less_than_principal', 'interest_above_cap_as_applied'])
    // 9,500 × 24% × 350 days / 365 = 2,186.30 allowed; 12,500 − 9,500 = 3,000 charged: 813.70 above.
    expect(run.findings.cap).toMatchObject({ allowedFen: 218_630, chargedFen: 300_000, excessFen: 81_370 })
    // 12,500 yuan: 12,500 × 2.5% − 200 = 112.50 (第十三条第一项), halved for simple procedure (第十六条).
    expect(run.findings.fee).toMatchObject({ claimFen: 1_250_000, amountFen: 5_625, halved: true })
    expect(loadClaimFindings(store, 'case-1', SEPT_20)).toEqual(run.findings)
    expect(loadClaimCheck(store, 'case-1', SEPT_20)).toMatchObject({ saved: true, form: { receivedAmount: '9,500' } })
  })

  test('a field typed wrong is reported and left out; the rest is still checked for the documents', () => {
    const store = setup()
    const run = runClaimCheck(store, 'case-1', { ...emptyClaimCheckForm(), principal: '10000', interest: '两千五' }, SEPT_20)!
    expect(run.issues).toEqual([{ field: 'interest', code: 'not_a_number' }])
    expect(loadClaimFindings(store, 'case-1', SEPT_20)!.claimed).toEqual({ principal: 1_000_000 })
  })

  test('the limitation answers are saved with the form and reach the findings, with the case\'s filing-date bounds', () => {
    const store = setup()
    const limitation = { ...emptyLimitationForm(), lastDueOn: '2022-03-05', lastDemand: { choice: 'none' as const, on: '' } }
    const run = runClaimCheck(store, 'case-1', { ...emptyClaimCheckForm(), principal: '10000', limitation }, SEPT_20)!
    // The fixture's 案号 is of 2026 and it was served 2026-09-16: filed in between; 2022-03-05 + 3 years ran before 2026.
    expect(run.input.limitation).toEqual({ filedNoEarlierThan: '2026-01-01', filedNoLaterThan: '2026-09-16', lastDueOn: '2022-03-05', lastDemand: { known: false, reason: 'none' } })
    expect(run.findings.limitation).toMatchObject({ status: 'may_have_run', ranOn: '2025-03-05', filingDateKnown: false })
    expect(loadClaimFindings(store, 'case-1', SEPT_20)!.limitation).toEqual(run.findings.limitation)
  })

  test('only limitation answers, no amounts: the form is not empty, so the documents get the findings', () => {
    const store = setup()
    runClaimCheck(store, 'case-1', { ...emptyClaimCheckForm(), limitation: { ...emptyLimitationForm(), lastDueOn: '2021-01-05', filedOn: '2026-08-01' } }, SEPT_20)
    expect(loadClaimFindings(store, 'case-1', SEPT_20)!.points.map((p) => p.code)).toEqual(['limitation_may_have_run'])
  })

  test('a mistyped limitation date is reported at its question and left out', () => {
    const store = setup()
    const run = runClaimCheck(store, 'case-1', { ...emptyClaimCheckForm(), limitation: { ...emptyLimitationForm(), lastDemand: { choice: 'date', on: '2023-02-30' } } }, SEPT_20)!
    expect(run.issues).toEqual([{ field: 'limitation.lastDemand', code: 'not_a_real_date' }])
    expect(run.input.limitation?.lastDemand).toBeUndefined()
  })

  test('no such case: nothing', () => {
    expect(loadClaimCheck(setup(), 'nope', SEPT_20)).toBeNull()
    expect(runClaimCheck(setup(), 'nope', emptyClaimCheckForm(), SEPT_20)).toBeNull()
    expect(loadClaimFindings(setup(), 'nope', SEPT_20)).toBeNull()
  })
})
