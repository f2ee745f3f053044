/**
 * 要素式民事答辩状的项目（最高人民法院、司法部、全国律协 示范文本：法〔2024〕46号 试行，2025 年版）。
 * Items exactly as documents.md §1.1–1.3 lists them [S: the fact sheet read them from reposts of the
 * 2025 text; the SPC original was not retrieved]. 答辩事项 items are asked as 「无□ 有□ 事实和理由：」;
 * 事实和理由 items as 「无异议□ 有异议□ 事实和理由：」, except the free-text ones (答辩依据, 其他, 证据清单).
 */
import type { ClaimKind } from '../claims/claimKind'
import type { AnswerElement, ClaimedItems } from '../claims/findings'

export type AnswerItem = {
  id: string
  heading: string
  /** stance: 无/有异议 + 事实和理由; text: only text (with labelled parts, e.g. 合同约定：/法律规定：). */
  kind: 'stance' | 'text'
  parts?: readonly { id: string; label: string }[]
  /** The claimed amounts this item answers (printed as 「原告主张：…」 above the boxes). */
  claimed?: readonly (keyof ClaimedItems)[]
}

export type AnswerForm = {
  claimKind: ClaimKind
  /** 案由 as printed in the title: 民事答辩状（金融借款合同纠纷） */
  caseType: string
  defence: readonly AnswerItem[]
  facts: readonly AnswerItem[]
  /** Which item a claim-check point on each element fills (findings.ts: AnswerElement). */
  elementItem: Record<AnswerElement, string>
}

const stance = (id: string, heading: string, claimed?: (keyof ClaimedItems)[]): AnswerItem => ({ id, heading, kind: 'stance', claimed })
const text = (id: string, heading: string, parts?: { id: string; label: string }[]): AnswerItem => ({ id, heading, kind: 'text', parts })

/** 担保 items shared by 1.1 (10–16) and 1.2 (7–13). */
const securityFacts: AnswerItem[] = [
  stance('realSecurity', '是否签订物的担保合同'),
  stance('securityProviders', '担保人、担保物'),
  stance('maxMortgage', '最高额抵押担保'),
  stance('registration', '是否办理抵押/质押登记'),
  stance('guaranteeContract', '是否签订保证合同/保函'),
  stance('guaranteeMode', '保证方式'),
  stance('otherSecurity', '其他担保方式'),
]

const closingFacts: AnswerItem[] = [
  text('basis', '答辩依据', [{ id: 'contract', label: '合同约定：' }, { id: 'law', label: '法律规定：' }]),
  text('otherNotes', '其他需要说明的内容（可另附页）'),
  text('evidence', '证据清单（可另附页）'),
]

/** §1.1 民事答辩状（金融借款合同纠纷）. */
export const financialLoanForm: AnswerForm = {
  claimKind: 'financial_loan',
  caseType: '金融借款合同纠纷',
  defence: [
    stance('principal', '对本金有无异议', ['principal']),
    stance('interest', '对利息（期内利息、复利、罚息）有无异议', ['interest', 'penalty']),
    stance('acceleration', '对提前还款或解除合同有无异议'),
    stance('securityClaims', '对担保权利诉请有无异议'),
    stance('costs', '对实现债权的费用有无异议', ['enforcementCosts']),
    stance('otherClaims', '对其他请求有无异议', ['liquidatedDamages', 'serviceFees', 'other']),
    stance('total', '对标的总额有无异议', ['total']),
  ],
  facts: [
    stance('contract', '合同签订情况（名称、编号、签订时间、地点等）'),
    stance('parties', '合同主体'),
    stance('loanAmount', '借款金额'),
    stance('loanTerm', '借款期限'),
    stance('rate', '借款利率'),
    stance('disbursement', '借款发放时间'),
    stance('repaymentMethod', '还款方式'),
    stance('repayments', '还款情况'),
    stance('overdue', '是否逾期还款'),
    ...securityFacts,
    stance('exemption', '有无其他免责/减责事由'),
    ...closingFacts,
  ],
  elementItem: {
    principal: 'principal', interest: 'interest', liquidatedDamages: 'otherClaims', fees: 'otherClaims', costs: 'costs',
    total: 'total', loanAmount: 'loanAmount', rate: 'rate', repayments: 'repayments', disclosure: 'contract', exemptions: 'exemption',
  },
}

/** §1.2 民事答辩状（信用卡纠纷）. */
export const creditCardForm: AnswerForm = {
  claimKind: 'credit_card',
  caseType: '信用卡纠纷',
  defence: [
    stance('principal', '对透支本金有无异议', ['principal']),
    stance('interest', '对利息、罚息、复利、滞纳金、违约金、手续费等有无异议', ['interest', 'penalty', 'liquidatedDamages', 'serviceFees']),
    stance('securityClaims', '对担保权利诉请有无异议'),
    stance('costs', '对实现债权的费用有无异议', ['enforcementCosts']),
    stance('otherClaims', '对其他请求有无异议', ['other']),
    stance('total', '对标的总额有无异议', ['total']),
  ],
  facts: [
    stance('cardIssued', '信用卡办理情况'),
    stance('cardTerms', '信用卡合约的主要约定'),
    stance('disclosure', '原告就合约主要条款进行提示注意、说明的情况'),
    stance('repaid', '被告已还款金额'),
    stance('overdueAmount', '被告逾期未还款金额'),
    stance('collection', '是否向被告进行通知和催收'),
    ...securityFacts,
    stance('exemption', '其他免责/减责事由'),
    ...closingFacts,
  ],
  elementItem: {
    principal: 'principal', interest: 'interest', liquidatedDamages: 'interest', fees: 'interest', costs: 'costs',
    total: 'total', loanAmount: 'principal', rate: 'cardTerms', repayments: 'repaid', disclosure: 'disclosure', exemptions: 'exemption',
  },
}

/** §1.3 民事答辩状（保证保险合同纠纷）: an insurer that paid the lender sues the borrower. */
export const guaranteeInsuranceForm: AnswerForm = {
  claimKind: 'guarantee_insurance',
  caseType: '保证保险合同纠纷',
  defence: [
    stance('principal', '对理赔款有无异议', ['principal']),
    stance('premium', '对保险费、违约金等有无异议', ['interest', 'penalty', 'liquidatedDamages', 'serviceFees']),
    stance('costs', '对实现债权的费用有无异议', ['enforcementCosts']),
    stance('otherClaims', '对其他请求有无异议', ['other']),
    stance('total', '对标的总额有无异议', ['total']),
  ],
  facts: [
    stance('policySigned', '保证保险合同的签订情况'),
    stance('policyTerms', '主要约定'),
    stance('disclosure', '提示注意、说明的情况'),
    stance('loanTerms', '被告借款合同的主要约定'),
    stance('overdue', '被告逾期未还款情况'),
    stance('performance', '保证保险合同的履行情况'),
    stance('recourse', '追索情况'),
    stance('exemption', '其他免责/减责事由'),
    ...closingFacts,
  ],
  elementItem: {
    principal: 'principal', interest: 'premium', liquidatedDamages: 'premium', fees: 'premium', costs: 'costs',
    total: 'total', loanAmount: 'loanTerms', rate: 'loanTerms', repayments: 'overdue', disclosure: 'disclosure', exemptions: 'exemption',
  },
}

/**
 * 民间借贷纠纷: the §1.1 items plus 「对诉讼费负担有无异议」 [S]. Where the official form puts that item
 * is not in the fact sheet; it is added after the seven 1.1 items so their numbers stay as in 1.1.
 */
export const privateLoanForm: AnswerForm = {
  ...financialLoanForm,
  claimKind: 'private_loan',
  caseType: '民间借贷纠纷',
  defence: [...financialLoanForm.defence, stance('courtFees', '对诉讼费负担有无异议')],
}

export const answerForms: Record<ClaimKind, AnswerForm> = {
  financial_loan: financialLoanForm,
  credit_card: creditCardForm,
  guarantee_insurance: guaranteeInsuranceForm,
  private_loan: privateLoanForm,
}

/**
 * The element form for a claim kind.
 * @example answerFormFor('credit_card').facts[2].heading // '原告就合约主要条款进行提示注意、说明的情况'
 */
export function answerFormFor(kind: ClaimKind): AnswerForm {
  return answerForms[kind]
}
