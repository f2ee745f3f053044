/**
 * 要素式民事答辩状的项目（最高人民法院、司法部、全国律协 示范文本：法〔2024〕46号 试行，2025 年版）。
 * 1.1–1.3 exactly as documents.md lists them [S: the fact sheet read them from reposts of the 2025 text; the
 * SPC original was not retrieved]. 民间借贷纠纷 as a public configuration of the 2025 set of 67 forms
 * (法〔2025〕82号) prints it [S]: that configuration matches documents.md item for item on 金融借款 and
 * 保证保险, and puts 「对诉讼费负担有无异议」 sixth, before 其他请求 and 标的总额, and 其他需要说明的内容
 * before 答辩依据 — not after the seven 1.1 items as the fact sheet's one line suggested.
 */
import { closingFacts, evidenceItem, basisItem, otherNotesItem, securityFacts, stance, type AnswerForm } from './answerItems'

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

/** 民事答辩状（民间借贷纠纷）, in the 2025 order [S] (see the head of this file). */
export const privateLoanForm: AnswerForm = {
  claimKind: 'private_loan',
  caseType: '民间借贷纠纷',
  defence: [
    stance('principal', '对本金有无异议', ['principal']),
    stance('interest', '对利息有无异议', ['interest', 'penalty']),
    stance('acceleration', '对提前还款或解除合同有无异议'),
    stance('securityClaims', '对担保权利诉请有无异议'),
    stance('costs', '对实现债权的费用有无异议', ['enforcementCosts']),
    stance('courtFees', '对诉讼费负担有无异议'),
    stance('otherClaims', '对其他请求有无异议', ['liquidatedDamages', 'serviceFees', 'other']),
    stance('total', '对标的总额有无异议', ['total']),
  ],
  facts: [
    stance('contract', '合同签订情况（名称、编号、签订时间、地点等）'),
    stance('parties', '签订主体'),
    stance('loanAmount', '借款金额'),
    stance('loanTerm', '借款期限'),
    stance('rate', '借款利率'),
    stance('disbursement', '借款提供时间'),
    stance('repaymentMethod', '还款方式'),
    stance('repayments', '还款情况'),
    stance('overdue', '是否逾期还款'),
    stance('realSecurity', '是否签订物的担保合同'),
    stance('securityProviders', '担保人、担保物'),
    stance('maxMortgage', '最高额担保（抵押、质押）'),
    stance('registration', '是否办理抵押/质押登记'),
    stance('guaranteeContract', '是否签订保证合同'),
    stance('guaranteeMode', '保证方式'),
    stance('otherSecurity', '其他担保方式'),
    stance('exemption', '有无其他免责/减责事由'),
    otherNotesItem,
    basisItem,
    evidenceItem,
  ],
  elementItem: financialLoanForm.elementItem,
}
