/**
 * 写承诺还款的文书之前的时效提醒。诉讼时效可能已过、要看立案日、或者用户还没回答时效问题时，先说清楚：
 * - 时效期间届满后，同意履行（包括书面承诺、提出分期或还款计划）就不能再以时效抗辩，已经自愿还的也要不回来
 *   （民法典第一百九十二条第二款；诉讼时效规定第十九条第一款）；
 * - 时效期间还没届满时，分期履行、请求延期、制定清偿计划等是「同意履行义务」，三年重新计算
 *   （民法典第一百九十五条第二项；诉讼时效规定第十四条）。
 * The user must acknowledge it before the document is made; an acknowledgement holds for the assessment it
 * was given for, so answering the limitation questions differently asks again.
 */
import { needsPromiseWarning, type LimitationAssessment } from '../claims/limitation'
import { promisesPayment, type DocKind } from './docKinds'

export type WarnedStatus = Exclude<LimitationAssessment['status'], 'not_run'>
export type PromiseWarning = { status: WarnedStatus; acknowledged: boolean; basis: readonly string[] }

export const PROMISE_WARNING_BASIS = ['民法典第一百九十二条', '诉讼时效规定第十九条', '民法典第一百九十五条', '诉讼时效规定第十四条'] as const

/**
 * The warning due before a document, or null when the document promises nothing or the period clearly has not run.
 * @example promiseWarningFor('installment_letter', { status: 'unanswered' }) // { status: 'unanswered', acknowledged: false, basis: [...] }
 * @example promiseWarningFor('answer', { status: 'unanswered' }) // null
 */
export function promiseWarningFor(kind: DocKind, assessment: LimitationAssessment, acknowledgedFor?: string): PromiseWarning | null {
  if (!promisesPayment[kind] || !needsPromiseWarning(assessment) || assessment.status === 'not_run') return null
  return { status: assessment.status, acknowledged: acknowledgedFor === assessment.status, basis: PROMISE_WARNING_BASIS }
}
