/**
 * 原告是不是当初借钱给你的那一家。资产管理公司、保理公司常买下旧的信用卡和网贷债权再起诉。
 * 民法典第五百四十六条第一款「债权人转让债权，未通知债务人的，该转让对债务人不发生效力。」
 */

/** The user's answer in the intake (optional): the plaintiff lent the money, bought the debt, or the user does not know. */
export const assignmentAnswers = ['original', 'assigned', 'unsure'] as const
export type AssignmentAnswer = (typeof assignmentAnswers)[number]

/**
 * - assigned: the user says the debt was sold to the plaintiff;
 * - likely: not answered, but the plaintiff's name is that of a debt buyer;
 * - unsure: the user does not know;
 * - none: the plaintiff is the original lender, or nothing points the other way.
 */
export type AssignmentStatus = 'assigned' | 'likely' | 'unsure' | 'none'

/** Names that buy consumer debts: the four AMCs and local 资产管理 companies, 商业保理 companies. */
const DEBT_BUYER = /资产管理|资产经营|不良资产|保理/

/**
 * Whether the plaintiff may be an assignee rather than the lender.
 * @example assignmentStatus(undefined, '中国长城资产管理股份有限公司某分公司') // 'likely'
 * @example assignmentStatus('original', '某某资产管理有限公司') // 'none'
 */
export function assignmentStatus(answer: AssignmentAnswer | undefined, plaintiffName: string): AssignmentStatus {
  if (answer === 'assigned') return 'assigned'
  if (answer === 'original') return 'none'
  if (DEBT_BUYER.test(plaintiffName)) return 'likely'
  return answer === 'unsure' ? 'unsure' : 'none'
}
