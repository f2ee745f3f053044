/**
 * 案由：决定用哪一份要素式答辩状（documents.md §1）和证据清单。从原告推断，用户可以改。
 * - 持牌机构（消费金融公司、银行、小额贷款公司等）放的贷：金融借款合同纠纷（民间借贷规定第一条第二款、
 *   法释〔2020〕27号批复：它们不适用民间借贷规定）；
 * - 银行信用卡中心：信用卡纠纷；
 * - 赔付后来追偿的保险公司：保证保险合同纠纷；
 * - 小额贷款公司：小额借款合同纠纷（民事案件案由规定列为借款合同纠纷下的一种 [S]；它仍是金融机构，
 *   法释〔2020〕27号，所以利率按金融借款的标准看，claims/annualCost.ts 的 capFor 不需要改）；
 * - 融资担保公司等替你还了钱再来追：追偿权纠纷；
 * - 个人：民间借贷纠纷。
 */

import type { ClaimKind } from './claimKindList'

export { claimKinds } from './claimKindList'
export type { ClaimKind } from './claimKindList'

/** Lender keys as stored with a case (src/storage/caseRecord.ts); kept as strings so the domain has no storage import. */
const BY_LENDER_KEY: Record<string, ClaimKind> = {
  alipay: 'financial_loan', mybank: 'financial_loan', zhaolian: 'financial_loan', mashang: 'financial_loan',
  bocfc: 'financial_loan', cibfc: 'financial_loan', card: 'credit_card',
}

const COMPANY = /公司|银行|中心|集团|机构|合作社|信托|支行|分行|事务所|保险/

/**
 * The claim kind a lender suggests; the user can change it.
 * @example inferClaimKind({ key: 'alipay', name: '重庆蚂蚁消费金融有限公司' }) // 'financial_loan'
 * @example inferClaimKind({ key: 'other', name: '某某财产保险股份有限公司' }) // 'guarantee_insurance'
 * @example inferClaimKind({ key: 'other', name: '某某小额贷款有限公司' }) // 'small_loan'
 * @example inferClaimKind({ key: 'other', name: '张三' }) // 'private_loan'
 */
export function inferClaimKind(lender: { key: string; name: string }): ClaimKind {
  const known = BY_LENDER_KEY[lender.key]
  if (known) return known
  const name = lender.name.trim()
  if (/保险/.test(name)) return 'guarantee_insurance'
  if (/担保/.test(name)) return 'recourse'
  if (/小额贷款|小贷/.test(name)) return 'small_loan'
  if (/信用卡/.test(name)) return 'credit_card'
  if (COMPANY.test(name)) return 'financial_loan'
  // A name without any organisation word is most likely a person: 民间借贷.
  return name === '' ? 'financial_loan' : 'private_loan'
}

/**
 * The claim kind of a stored case: the one the user chose, else the one its lender suggests.
 * @example claimKindOf({ lender: { key: 'card', name: '银行信用卡中心' } }) // 'credit_card'
 */
export function claimKindOf(record: { claimKind?: ClaimKind; lender: { key: string; name: string } }): ClaimKind {
  return record.claimKind ?? inferClaimKind(record.lender)
}
