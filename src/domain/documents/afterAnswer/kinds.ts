/**
 * 答辩之后的文书（issue 21）：开庭前的证据申请和庭审安排、开庭用的质证意见、判决后的上诉、执行阶段的异议和申请。
 * Listed in the order a user meets them; docKinds.ts appends them, so a tie on the same deadline keeps this order
 * (书证提出命令 and 调查取证 on the evidence period; 在线庭审、延期开庭、质证意见 on the hearing).
 * Each names the deadline it is written for (null: none of its own) and the party details it prints.
 */
import type { DeadlineKind } from '../../deadlines'
import type { PartyField } from '../docKinds'

export const afterAnswerKinds = [
  /** 申请书（申请责令对方当事人提交书证）: 民诉法解释第一百一十二条; 证据规定第四十五至四十八条. */
  'document_production',
  /** 申请书（申请人民法院调查收集证据）: 民事诉讼法第六十七条第二款; 证据规定第二十条; 解释第九十四条. */
  'evidence_collection',
  /** 对在线庭审的意见（同意或不同意）: 人民法院在线诉讼规则第四条、第五条、第二十一条. */
  'online_hearing',
  /** 申请书（申请延期开庭审理）: 民事诉讼法第一百四十九条. */
  'hearing_postponement',
  /** 质证意见: 民事诉讼法第七十一条; 解释第一百零三条、第一百零四条; 证据规定第六十条. */
  'evidence_opinion',
  /** 民事上诉状: 民事诉讼法第一百七十一至一百七十三条. */
  'appeal',
  /** 执行异议书（对申请执行时效提出异议）: 民事诉讼法第二百五十条; 解释第四百八十一条. */
  'late_enforcement_objection',
  /** 执行异议书（对执行行为提出异议）: 民事诉讼法第二百三十六条. */
  'enforcement_objection',
  /** 申请书（申请解除限制消费令）: 限制高消费规定第九条. */
  'lift_consumption_restriction',
] as const
export type AfterAnswerKind = (typeof afterAnswerKinds)[number]

export const isAfterAnswerKind = (kind: string): kind is AfterAnswerKind => (afterAnswerKinds as readonly string[]).includes(kind)

export const afterAnswerDeadline: Record<AfterAnswerKind, DeadlineKind | null> = {
  // 解释第一百一十二条、证据规定第二十条: in writing, before the evidence period ends.
  document_production: 'evidence',
  evidence_collection: 'evidence',
  // Before the hearing (在线诉讼规则第五条第二款: a change of mind 「在开展相应诉讼活动前的合理期限内提出」).
  online_hearing: 'hearing',
  hearing_postponement: 'hearing',
  // 质证 happens at the hearing (民事诉讼法第七十一条); a written opinion is handed in before or at it.
  evidence_opinion: 'hearing',
  appeal: 'appeal_judgment',
  // No period of their own: an objection to an enforcement act is raised before the enforcement ends
  // (执行异议和复议规定第六条), the others whenever their ground arises.
  late_enforcement_objection: null,
  enforcement_objection: null,
  lift_consumption_restriction: null,
}

const IDENTITY: PartyField[] = ['name', 'gender', 'birthDate', 'ethnicity', 'address', 'phone']

export const afterAnswerPartyFields: Record<AfterAnswerKind, readonly PartyField[]> = {
  document_production: IDENTITY,
  evidence_collection: IDENTITY,
  online_hearing: ['name', 'phone'],
  hearing_postponement: IDENTITY,
  evidence_opinion: ['name'],
  appeal: IDENTITY,
  late_enforcement_objection: IDENTITY,
  enforcement_objection: IDENTITY,
  lift_consumption_restriction: IDENTITY,
}

/**
 * None of these promises payment (promiseWarning.ts): the 限制消费 lift states a payment already made, and the
 * time-bar objection warns against paying first (filing.ts).
 */
export const afterAnswerPromisesPayment: Record<AfterAnswerKind, boolean> = {
  document_production: false,
  evidence_collection: false,
  online_hearing: false,
  hearing_postponement: false,
  evidence_opinion: false,
  appeal: false,
  late_enforcement_objection: false,
  enforcement_objection: false,
  lift_consumption_restriction: false,
}
