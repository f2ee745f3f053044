/** 案由的名称（答辩状表格的标题也用它，documents.md §1）。 */
import type { ClaimKind } from '@/domain/claims/claimKind'

export const claimKindName: Record<ClaimKind, string> = {
  financial_loan: '金融借款合同纠纷',
  credit_card: '信用卡纠纷',
  guarantee_insurance: '保证保险合同纠纷',
  private_loan: '民间借贷纠纷',
  small_loan: '小额借款合同纠纷',
  recourse: '追偿权纠纷',
}

/** 选案由时每一项下面的一句话：什么情况选它。 */
export const claimKindHint: Record<ClaimKind, string> = {
  financial_loan: '起诉你的是银行、消费金融公司等（花呗、借呗、网商贷都是）；小额贷款公司起诉的，按起诉状上写的案由选',
  credit_card: '银行或信用卡中心为信用卡欠款起诉你',
  guarantee_insurance: '保险公司替你赔给借款机构后，再来起诉你',
  private_loan: '起诉你的是个人，或者不是放贷机构的公司',
  small_loan: '起诉你的是小额贷款公司，起诉状上的案由写着“小额借款合同纠纷”',
  recourse: '融资担保公司等替你还了钱，再来向你追讨（起诉状上的案由写着“追偿权纠纷”）',
}
