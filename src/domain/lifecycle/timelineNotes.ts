/**
 * 下一步下面的补充几行：诉讼时效（要在一审答辩里提出）和债权转让（原告不是原出借方）。
 * Only while the defence can still be raised: before a first-instance judgment, in a payment order's objection
 * period, or in pre-litigation mediation (before anything is promised).
 */
import type { LimitationAssessment } from '../claims/limitation'
import type { AssignmentStatus } from './assignment'
import { caseStages, currentStage, type StageCode } from './caseStages'
import type { LifecycleDeadline, LifecycleFacts } from './lifecycleFacts'

export const timelineNoteCodes = [
  'limitation_raise_in_answer', 'limitation_raise_in_objection', 'limitation_before_promising', 'limitation_enter_filing_date',
  'assignment_ask_for_proof', 'assignment_check_plaintiff',
] as const
export type TimelineNoteCode = (typeof timelineNoteCodes)[number]
export type TimelineNote = { code: TimelineNoteCode; basis: readonly string[] }
export type TimelineNoteInputs = { limitation?: LimitationAssessment; assignment?: AssignmentStatus }

type Window = 'answer' | 'objection' | 'mediation' | null

/** Where the user still can raise a defence: the first-instance answer, a payment-order objection, or mediation. */
function windowOf(facts: LifecycleFacts, stage: StageCode): Window {
  if (facts.procedure === 'payment_order') return stage === 'received' || stage === 'payment_order_objection' ? 'objection' : null
  if (facts.procedure === 'pre_litigation_mediation') return stage === 'received' || stage === 'mediation' ? 'mediation' : null
  if (facts.instance === 'second') return null
  return stage === 'received' || stage === 'answer_and_evidence' || stage === 'hearing' ? 'answer' : null
}

const note = (code: TimelineNoteCode, ...basis: string[]): TimelineNote => ({ code, basis })

function limitationNote(window: Exclude<Window, null>, limitation: LimitationAssessment | undefined): TimelineNote | null {
  if (!limitation) return null
  if (limitation.status === 'may_have_run') {
    // 民法典第一百九十三条: the court does not apply it on its own; 诉讼时效规定第三条: not raised at first instance →
    // not supported on appeal (save new evidence) nor in retrial. 民法典第一百九十五条: a demand that reached you restarts it.
    if (window === 'answer') return note('limitation_raise_in_answer', '诉讼时效规定第三条', '民法典第一百九十三条', '民法典第一百九十五条')
    // 第二百二十八条: an objection that holds ends the payment order and the case goes to litigation, where the defence
    // must again be raised at first instance (诉讼时效规定第三条).
    if (window === 'objection') return note('limitation_raise_in_objection', '民事诉讼法第二百二十八条', '诉讼时效规定第三条', '民法典第一百九十三条')
  }
  // 民法典第一百九十二条第二款, 诉讼时效规定第十九条: agreeing to pay after the period ran ends the defence.
  if (window === 'mediation' && (limitation.status === 'may_have_run' || limitation.status === 'depends_on_filing_date')) {
    return note('limitation_before_promising', '民法典第一百九十二条', '诉讼时效规定第十九条')
  }
  // 诉讼时效规定第十条: the filing interrupts the period, so the filing date decides.
  if (limitation.status === 'depends_on_filing_date' && window !== 'mediation') return note('limitation_enter_filing_date', '诉讼时效规定第十条')
  return null
}

function assignmentNote(assignment: AssignmentStatus | undefined): TimelineNote | null {
  // 民法典第五百四十六条 (notice), 第五百四十八条 (defences against the assignor hold against the assignee),
  // 合同编通则解释第四十八条 (payments before notice count; without notice the assignment binds from service of the
  // complaint copy, minus the costs the missing notice caused).
  if (assignment === 'assigned') return note('assignment_ask_for_proof', '民法典第五百四十六条', '民法典第五百四十八条', '合同编通则解释第四十八条')
  if (assignment === 'likely' || assignment === 'unsure') return note('assignment_check_plaintiff', '民法典第五百四十六条')
  return null
}

/**
 * The extra lines under the next step: the limitation defence (from the claim check's answers) and an assigned debt.
 * @example timelineNotes({ procedure: 'ordinary', servedOn: '2026-11-28' }, [{ kind: 'answer', due: '2026-12-14' }], '2026-12-01',
 *   { limitation: { status: 'may_have_run', latest: { event: 'last_due', on: '2022-09-05' }, ranOn: '2025-09-05', demandsUnknown: true, filingDateKnown: true } })
 * // [{ code: 'limitation_raise_in_answer', basis: ['诉讼时效规定第三条', '民法典第一百九十三条', '民法典第一百九十五条'] }]
 */
export function timelineNotes(facts: LifecycleFacts, deadlines: readonly LifecycleDeadline[], today: string, inputs: TimelineNoteInputs): TimelineNote[] {
  const window = windowOf(facts, currentStage(caseStages(facts, deadlines, today)).code)
  if (!window) return []
  return [limitationNote(window, inputs.limitation), assignmentNote(inputs.assignment)].filter((n): n is TimelineNote => n !== null)
}
