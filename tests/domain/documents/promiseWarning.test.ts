/**
 * The warning before a document that promises payment: once the limitation period has run, agreeing to pay ends
 * the defence (民法典第一百九十二条第二款; 诉讼时效规定第十九条); before, it restarts the three years (诉讼时效规定
 * 第十四条). Shown when the period may have run, depends on the filing date, or was not asked; never for a
 * document that promises nothing, nor when it clearly has not run.
 */
import type { LimitationAssessment } from '../../../src/domain/claims/limitation'
import { docKinds, promisesPayment } from '../../../src/domain/documents/docKinds'
import { promiseWarningFor } from '../../../src/domain/documents/promiseWarning'

const mayHaveRun: LimitationAssessment = { status: 'may_have_run', latest: { event: 'last_due', on: '2021-06-10' }, ranOn: '2024-06-11', demandsUnknown: true, filingDateKnown: true }
const notRun: LimitationAssessment = { status: 'not_run', latest: { event: 'last_due', on: '2025-06-10' }, ranOn: '2028-06-12' }
const depends: LimitationAssessment = { status: 'depends_on_filing_date', latest: { event: 'last_due', on: '2023-06-10' }, ranOn: '2026-06-10' }

describe('promiseWarningFor', () => {
  it('names the letters and the plan as the documents that promise payment, and nothing else', () => {
    expect(docKinds.filter((k) => promisesPayment[k])).toEqual(['repayment_plan', 'installment_letter', 'penalty_waiver_letter'])
  })

  it.each([['may_have_run', mayHaveRun], ['depends_on_filing_date', depends], ['unanswered', { status: 'unanswered' } as const]] as const)(
    'warns before each promise document when the limitation is %s', (status, assessment) => {
      for (const kind of ['repayment_plan', 'installment_letter', 'penalty_waiver_letter'] as const) {
        expect(promiseWarningFor(kind, assessment)).toEqual({ status, acknowledged: false, basis: expect.arrayContaining(['民法典第一百九十二条', '诉讼时效规定第十九条', '诉讼时效规定第十四条']) })
      }
    })

  it('does not warn when the period clearly has not run, nor before a document that promises nothing', () => {
    expect(promiseWarningFor('installment_letter', notRun)).toBeNull()
    expect(promiseWarningFor('answer', mayHaveRun)).toBeNull()
    expect(promiseWarningFor('payment_order_objection', { status: 'unanswered' })).toBeNull()
  })

  it('counts an acknowledgement only for the status it was given for', () => {
    expect(promiseWarningFor('installment_letter', { status: 'unanswered' }, 'unanswered')?.acknowledged).toBe(true)
    expect(promiseWarningFor('installment_letter', mayHaveRun, 'unanswered')?.acknowledged).toBe(false)
  })
})
