/**
 * 每个案由用哪一份要素式答辩状。官方表格（answerFormsOfficial.ts）之外的两个案由，我们没有找到能核实的
 * 专用要素式表格，就用最接近的官方表格的项目，表头和「案由」一栏写真正的案由，页面上说明这一点：
 * - 小额借款合同纠纷（小额贷款公司起诉；互联网法院规定第二条第三项把它与金融借款合同纠纷并列）：
 *   小额贷款公司是金融机构（法释〔2020〕27号），借款要素与金融借款相同 → 金融借款合同纠纷的表格；
 * - 追偿权纠纷（融资担保公司等代偿后起诉借款人）：代偿、再追索，与保证保险的结构相同 → 保证保险合同纠纷的表格。
 */
import type { ClaimKind } from '../claims/claimKind'
import type { AnswerForm } from './answerItems'
import { creditCardForm, financialLoanForm, guaranteeInsuranceForm, privateLoanForm } from './answerFormsOfficial'

export type { AnswerForm, AnswerItem } from './answerItems'
export { creditCardForm, financialLoanForm, guaranteeInsuranceForm, privateLoanForm } from './answerFormsOfficial'

export const smallLoanForm: AnswerForm = { ...financialLoanForm, claimKind: 'small_loan', caseType: '小额借款合同纠纷', basedOn: 'financial_loan' }
export const recourseForm: AnswerForm = { ...guaranteeInsuranceForm, claimKind: 'recourse', caseType: '追偿权纠纷', basedOn: 'guarantee_insurance' }

export const answerForms: Record<ClaimKind, AnswerForm> = {
  financial_loan: financialLoanForm,
  credit_card: creditCardForm,
  guarantee_insurance: guaranteeInsuranceForm,
  private_loan: privateLoanForm,
  small_loan: smallLoanForm,
  recourse: recourseForm,
}

/**
 * The element form for a claim kind.
 * @example answerFormFor('credit_card').facts[2].heading // '原告就合约主要条款进行提示注意、说明的情况'
 * @example answerFormFor('small_loan').basedOn // 'financial_loan'
 */
export function answerFormFor(kind: ClaimKind): AnswerForm {
  return answerForms[kind]
}
