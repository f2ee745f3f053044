/**
 * 一个案件的诉讼时效核对：用户在「核对诉讼请求」里回答的日期 + 案件里已知的立案日范围。
 * Pages and documents read `limitationForCase`; the answers' storage belongs to the claim check.
 */
import type { KeyValueStore } from '@/adapters/storage'
import { parseCaseNumber } from '@/domain/case/caseNumber'
import { assessLimitation, type LimitationAssessment, type LimitationFacts } from '@/domain/claims/limitation'
import type { CaseRecord } from '@/storage/caseRecord'
import { findCase } from './cases'

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
 * The user's answers to the limitation questions, or null when none were given.
 * PLACEHOLDER until the claim check stores the answers (issue 17, claims half): returns null.
 */
function loadLimitationAnswers(_store: KeyValueStore, _caseId: string, _nowMs: number): Omit<LimitationFacts, 'filedNoEarlierThan' | 'filedNoLaterThan'> | null {
  return null
}

/** 这个案件的时效结论；没有案件或没回答为 `unanswered`。 */
export function limitationForCase(store: KeyValueStore, caseId: string, nowMs: number): LimitationAssessment {
  const record = findCase(store, caseId, nowMs)
  const answers = record ? loadLimitationAnswers(store, caseId, nowMs) : null
  if (!record || !answers) return { status: 'unanswered' }
  return assessLimitation({ ...filingBoundsOf(record), ...answers })
}
