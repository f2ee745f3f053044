/** 文书种类 → 模板。 */
import type { ClaimKind } from '../../claims/claimKind'
import type { DocKind } from '../docKinds'
import type { Template } from '../template'
import { afterAnswerTemplates } from './afterAnswer'
import { answerTemplate } from './answer'
import { evidenceExtensionTemplate } from './evidenceExtension'
import { feeReliefTemplate } from './feeRelief'
import { installmentLetterTemplate } from './installmentLetter'
import { jurisdictionObjectionTemplate } from './jurisdictionObjection'
import { paymentOrderObjectionTemplate } from './paymentOrderObjection'
import { penaltyWaiverLetterTemplate } from './penaltyWaiverLetter'
import { periodExtensionTemplate } from './periodExtension'
import { repaymentPlanTemplate } from './repaymentPlan'
import { smallClaimsObjectionTemplate } from './smallClaimsObjection'
import { collectionComplaintTemplate } from './collectionComplaint'
import { collectionLetterTemplate } from './collectionLetter'
import { collectionRecordTemplate } from './collectionRecord'
import { hearingOutlineTemplate } from './hearingOutline'

const fixed: Record<Exclude<DocKind, 'answer'>, Template> = {
  jurisdiction_objection: jurisdictionObjectionTemplate,
  payment_order_objection: paymentOrderObjectionTemplate,
  evidence_extension: evidenceExtensionTemplate,
  period_extension: periodExtensionTemplate,
  fee_relief: feeReliefTemplate,
  small_claims_objection: smallClaimsObjectionTemplate,
  installment_letter: installmentLetterTemplate,
  penalty_waiver_letter: penaltyWaiverLetterTemplate,
  repayment_plan: repaymentPlanTemplate,
  hearing_outline: hearingOutlineTemplate,
  collection_record: collectionRecordTemplate,
  collection_letter: collectionLetterTemplate,
  collection_complaint: collectionComplaintTemplate,
  ...afterAnswerTemplates,
}

/**
 * The template of a document; the answer's depends on the claim kind (its 要素式 form).
 * @example templateFor('answer', 'credit_card').id // 'answer_credit_card'
 */
export function templateFor(kind: DocKind, claimKind: ClaimKind): Template {
  return kind === 'answer' ? answerTemplate(claimKind) : fixed[kind]
}
