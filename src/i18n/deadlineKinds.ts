/** 期限的名称（首页也用，所以单独一个小文件，不把整套说明文字带进主包）。 */
import type { DeadlineKind } from '@/domain/deadlines'

export const deadlineKindName: Record<DeadlineKind, string> = {
  answer: '提交答辩状',
  jurisdiction_objection: '提出管辖权异议（可选）',
  evidence: '提交证据（举证期限）',
  hearing: '开庭',
  payment_order_objection: '对支付令提出书面异议',
  appeal_judgment: '对判决上诉',
  appeal_ruling: '对裁定上诉',
  retrial: '申请再审',
  mediation_end: '诉前调解期满',
  appeal_answer: '对上诉提交答辩状',
  performance: '履行判决（履行期限）',
  small_claims_objection: '对适用小额诉讼程序提出异议'
}
