/**
 * 案件现在处在哪个阶段：决定证据清单里有什么、先做什么。
 * - before_answer: the answer period (or the payment-order objection period, or mediation) is still running;
 * - before_hearing: the answer period has passed and no judgment has arrived (evidence can still be
 *   handed in until the evidence period ends, and the hearing is ahead);
 * - after_judgment: a judgment was received, or a payment order's objection period has passed
 *   without an objection, so the order is enforceable (民事诉讼法第二百二十七条第二款、第三款).
 */
import type { Procedure } from '../deadlines/caseFacts'

export const caseStages = ['before_answer', 'before_hearing', 'after_judgment'] as const
export type CaseStage = (typeof caseStages)[number]

export type StageInput = {
  procedure: Procedure
  documents: readonly string[]
  judgmentServedOn?: string
  /** The case's deadlines (services/timeline.ts), only kind and legal last day are read. */
  deadlines: readonly { kind: string; due: string }[]
  today: string
}

/**
 * @example caseStage({ procedure: 'ordinary', documents: ['complaint'], deadlines: [{ kind: 'answer', due: '2026-10-08' }], today: '2026-09-20' }) // 'before_answer'
 * @example caseStage({ procedure: 'ordinary', documents: ['complaint'], deadlines: [{ kind: 'answer', due: '2026-10-08' }], today: '2026-10-09' }) // 'before_hearing'
 */
export function caseStage(input: StageInput): CaseStage {
  if (input.documents.includes('judgment') || input.judgmentServedOn) return 'after_judgment'
  const due = (kind: string) => input.deadlines.find((d) => d.kind === kind)?.due
  if (input.procedure === 'payment_order') {
    const objectionDue = due('payment_order_objection')
    return objectionDue !== undefined && input.today > objectionDue ? 'after_judgment' : 'before_answer'
  }
  if (input.procedure === 'pre_litigation_mediation') return 'before_answer'
  const answerDue = due('answer')
  if (answerDue !== undefined) return input.today > answerDue ? 'before_hearing' : 'before_answer'
  // Only a summons (no complaint copy yet): the hearing is what is ahead.
  return due('hearing') !== undefined ? 'before_hearing' : 'before_answer'
}
