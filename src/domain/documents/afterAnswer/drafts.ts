/**
 * 答辩之后的文书由别的值算出的部分，和只有它们才有的填写问题（readDraftFields 的 complete 调用这里）。
 */
import type { DocKind } from '../docKinds'
import type { DraftFields, DraftIssue, Fields } from '../draftFields'
import { enforcementPeriodEndsOn } from './enforcementPeriod'

/**
 * applied_within_period: the enforcement application the user typed came inside the two years — no time-bar
 * objection then (民事诉讼法第二百五十条); it is shown at the field rather than printed as a false claim.
 */
export const afterAnswerIssueCodes = ['applied_within_period'] as const

/**
 * Fills computed values and adds the issues of the after-answer documents.
 * @example
 * const fields = { performanceDue: '2024-06-10', appliedOn: '2026-08-01' }
 * completeAfterAnswer('late_enforcement_objection', fields, { fields: {}, choices: {} }, [])
 * fields.periodEndsOn // '2026-06-10'
 */
export function completeAfterAnswer(kind: DocKind, fields: Fields, draft: DraftFields, issues: DraftIssue[]): void {
  if (kind === 'online_hearing' && draft.choices.onlinePosition?.[0] !== 'object') delete fields.onlineObjections
  if (kind === 'late_enforcement_objection' && typeof fields.performanceDue === 'string') {
    fields.periodEndsOn = enforcementPeriodEndsOn(fields.performanceDue)
    if (typeof fields.appliedOn === 'string' && fields.appliedOn <= fields.periodEndsOn) issues.push({ field: 'appliedOn', code: 'applied_within_period' })
  }
}
