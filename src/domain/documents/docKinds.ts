/**
 * 能生成的文书，以及每一份服务哪个期限、需要哪些个人信息（只问文书需要的）、会不会让用户承诺还钱。
 * Names as the SPC 民事诉讼文书样式 (2016) has them (documents.md §2); the letters have no official form.
 * A new document kind is added to `docKinds` and to every Record below (the compiler lists the ones missing).
 */
import type { DeadlineKind } from '../deadlines'
import { afterAnswerDeadline, afterAnswerKinds, afterAnswerPartyFields, afterAnswerPromisesPayment } from './afterAnswer/kinds'

/** The order of ties in the documents list: the answer is the main task, so it comes first. */
export const docKinds = [
  'answer', 'jurisdiction_objection', 'evidence_extension', 'small_claims_objection', 'payment_order_objection',
  'repayment_plan', 'installment_letter', 'penalty_waiver_letter', 'period_extension', 'fee_relief',
  'hearing_outline',
  // The after-answer filings are court papers: after the outline on the hearing day, before the collection help.
  ...afterAnswerKinds,
  'collection_record', 'collection_letter', 'collection_complaint',
] as const
export type DocKind = (typeof docKinds)[number]

/** The deadline each document is written for (null: none of its own). */
export const docDeadline: Record<DocKind, DeadlineKind | null> = {
  jurisdiction_objection: 'jurisdiction_objection',
  answer: 'answer',
  evidence_extension: 'evidence',
  small_claims_objection: 'hearing',
  payment_order_objection: 'payment_order_objection',
  repayment_plan: 'mediation_end',
  installment_letter: null,
  penalty_waiver_letter: null,
  period_extension: null,
  fee_relief: 'appeal_judgment',
  hearing_outline: 'hearing',
  collection_record: null,
  collection_letter: null,
  collection_complaint: null,
  ...afterAnswerDeadline,
}

/**
 * Documents in which the user promises, proposes or plans to pay. Once the limitation period has run, such a
 * promise ends the limitation defence (民法典第一百九十二条第二款; 诉讼时效规定第十九条); before that it
 * restarts the three years (诉讼时效规定第十四条). The page warns before making one (promiseWarning.ts).
 */
export const promisesPayment: Record<DocKind, boolean> = {
  answer: false,
  jurisdiction_objection: false,
  evidence_extension: false,
  small_claims_objection: false,
  payment_order_objection: false,
  repayment_plan: true,
  installment_letter: true,
  penalty_waiver_letter: true,
  period_extension: false,
  fee_relief: false,
  hearing_outline: false,
  collection_record: false,
  collection_letter: false,
  collection_complaint: false,
  ...afterAnswerPromisesPayment,
}

export const partyFields = ['name', 'gender', 'birthDate', 'ethnicity', 'address', 'habitualResidence', 'phone', 'serviceAddress', 'eService'] as const
export type PartyField = (typeof partyFields)[number]

/** The stored answer to 「是否接受电子送达」 (the form's own words, '是' / '否'), as the answer form prints it. */
export const E_SERVICE_ACCEPTED = '是'

const IDENTITY: PartyField[] = ['name', 'gender', 'birthDate', 'ethnicity', 'address', 'phone']

/** The party details a document prints; the page asks only these. */
export const partyFieldsNeeded: Record<DocKind, readonly PartyField[]> = {
  answer: partyFields,
  jurisdiction_objection: ['name', 'gender', 'birthDate', 'ethnicity', 'address', 'habitualResidence', 'phone'],
  evidence_extension: IDENTITY,
  small_claims_objection: IDENTITY,
  payment_order_objection: IDENTITY,
  period_extension: IDENTITY,
  fee_relief: IDENTITY,
  repayment_plan: IDENTITY,
  installment_letter: ['name', 'phone'],
  penalty_waiver_letter: ['name', 'phone'],
  hearing_outline: [],
  collection_record: ['name', 'phone'],
  collection_letter: ['name', 'phone'],
  collection_complaint: ['name', 'phone'],
  ...afterAnswerPartyFields,
}

/** Court filings are addressed to the court (此致); the letters go to the lender. */
export const isLetter = (kind: DocKind): boolean => kind === 'installment_letter' || kind === 'penalty_waiver_letter' || kind === 'collection_letter'
