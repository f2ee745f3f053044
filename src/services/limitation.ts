/**
 * 一个案件的诉讼时效核对：用户在「核对诉讼请求」里回答的日期 + 案件里已知的立案日范围。
 * Pages and documents read `limitationForCase`; the answers are stored with the claim check
 * (storage/claimCheckStore.ts `limitation`, parsed by services/limitationForm.ts).
 *
 * For the documents (17b) and the timeline (17c): `limitationForCase(store, caseId, nowMs)` is the one call.
 * - 'may_have_run': the claim check's findings carry the point `limitation_may_have_run` (element 'exemptions');
 *   warn before any promise to pay (needsPromiseWarning); the timeline says raise it at first instance.
 * - 'unanswered' / 'depends_on_filing_date': the questions are at
 *   `openPage(routes.claimCheck, { id, section: 'limitation' })` (the page scrolls to them; `focus: 'limitation'` works too).
 * - 'not_run': no warning needed.
 */
import type { KeyValueStore } from '@/adapters/storage'
import { beijingToday } from '@/domain/calendar/plainDate'
import { parseCaseNumber } from '@/domain/case/caseNumber'
import { assessLimitation, type LimitationAssessment, type LimitationFacts } from '@/domain/claims/limitation'
import type { CaseRecord } from '@/storage/caseRecord'
import { loadClaimCheckForm } from '@/storage/claimCheckStore'
import { findCase } from './cases'
import { limitationFactsFromForm, type LimitationAnswers } from './limitationForm'

/**
 * Bounds on the filing date when the user has not entered it: the case was accepted in its 案号 year, and
 * filed before anything was served (诉讼时效规定第十条: the filing interrupts the period).
 */
export function filingBoundsOf(record: CaseRecord): Pick<LimitationFacts, 'filedNoEarlierThan' | 'filedNoLaterThan'> {
  const parsed = record.caseNumber && !record.caseNumberUnchecked ? parseCaseNumber(record.caseNumber) : null
  const year = parsed && parsed.ok ? parsed.value.year : undefined
  const served = [record.facts.servedOn, record.facts.publicNoticeOn].filter((d): d is string => !!d).sort()[0]
  return {
    ...(year !== undefined ? { filedNoEarlierThan: `${year}-01-01` } : {}),
    ...(served ? { filedNoLaterThan: served } : {}),
  }
}

/**
 * The user's answers to the limitation questions (as saved in the claim check), or null when none were given.
 * A mistyped date is left out (the claim check shows the message at its field), never guessed; the repayments
 * list and the contract schedule fill in the last repayment and the last due date (services/limitationForm.ts).
 * @example loadLimitationAnswers(store, 'case-1', nowMs) // { lastDueOn: '2022-09-05', lastDemand: { known: false, reason: 'none' } }
 */
export function loadLimitationAnswers(store: KeyValueStore, caseId: string, nowMs: number): LimitationAnswers | null {
  const form = loadClaimCheckForm(store, caseId, nowMs)
  return form ? limitationFactsFromForm(form, beijingToday(nowMs)).facts : null
}

/** The facts the assessment reads for a stored case: the answers plus the filing-date bounds the case gives. */
export function limitationFactsFor(store: KeyValueStore, record: CaseRecord, nowMs: number): LimitationFacts {
  return { ...filingBoundsOf(record), ...(loadLimitationAnswers(store, record.id, nowMs) ?? {}) }
}

/** 这个案件的时效结论（已经读出案件时用）。 */
export function limitationForRecord(store: KeyValueStore, record: CaseRecord, nowMs: number): LimitationAssessment {
  return assessLimitation(limitationFactsFor(store, record, nowMs))
}

/** 这个案件的时效结论；没有案件或没回答为 `unanswered`。 */
export function limitationForCase(store: KeyValueStore, caseId: string, nowMs: number): LimitationAssessment {
  const record = findCase(store, caseId, nowMs)
  return record ? limitationForRecord(store, record, nowMs) : { status: 'unanswered' }
}
