/**
 * 文书测试用的数据：一个填得很全的案件和一个几乎什么都没填的案件，每种文书各一份草稿，
 * 以及手工构造的 ClaimFindings（核对诉讼请求还在另一个分支上开发，这里只依赖 findings.ts 的形状）。
 */
import type { ClaimFindings } from '../../../src/domain/claims/findings'
import type { DocKind } from '../../../src/domain/documents/docKinds'
import type { DraftFields } from '../../../src/domain/documents/draftFields'
import { afterAnswerFullDrafts } from './afterAnswerFixtures'

/** The case served on 2026-09-16 in the E2E, with every party detail. */
export const fullCommon = {
  name: '张三', gender: '男', birthDate: '1990-01-02', ethnicity: '汉族', address: '浙江省杭州市西湖区文三路1号',
  phone: '13800000000', serviceAddress: '浙江省杭州市西湖区文三路1号', eService: '是', eServiceContact: '短信 13800000000',
  plaintiff: '重庆蚂蚁消费金融有限公司', court: '杭州互联网法院', caseNumber: '（2026）浙0192民初1234号',
  caseType: '金融借款合同纠纷', servedOn: '2026-09-16', signedOn: '2026-09-20',
}

/** A case with only a lender typed in: no court, no case number, no dates, no party details. */
export const minimalCommon = { plaintiff: '李四', caseType: '民间借贷纠纷' }

export const fullDrafts: Record<DocKind, DraftFields> = {
  answer: { fields: {}, choices: {} },
  jurisdiction_objection: { fields: { targetCourt: '杭州市西湖区人民法院', reasonText: '借款时页面没有任何关于管辖的提示。' }, choices: { reasons: ['standard_clause_not_alerted', 'no_real_connection', 'defendant_domicile'] } },
  payment_order_objection: { fields: { repaidFen: '3,000', reasonText: '申请人未提供还款明细。' }, choices: { reasons: ['amount_wrong', 'already_repaid', 'principal_not_received', 'charges_too_high', 'not_my_debt'] } },
  evidence_extension: { fields: { evidenceDue: '2026-10-08', requestedUntil: '2026-10-30', evidenceNames: '银行流水、还款记录', reasonText: '' }, choices: { reasons: ['records_from_lender', 'bank_statements'] } },
  period_extension: { fields: { missedDue: '2026-10-08', obstacleEndedOn: '2026-10-20', requestedUntil: '2026-10-30', obstacleText: '期间一直住院。' }, choices: { period: ['answer'], obstacles: ['hospital'] } },
  fee_relief: { fields: { feeFen: '1,415.25', proofs: '低保证、收入证明', reasonText: '' }, choices: { mode: ['waive'], grounds: ['subsistence_allowance', 'other_hardship'] } },
  small_claims_objection: { fields: { reasonText: '原告主张的服务费如何计算需要核对。' }, choices: { reasons: ['amount_over_limit', 'not_simple'] } },
  installment_letter: { fields: { accountInfo: '借呗，合同编号 JB2025-001', totalFen: '12,345.67', months: '12', firstDueOn: '2026-10-31', proofs: '失业证明', hardshipText: '' }, choices: { hardships: ['job_loss', 'family_burden'] } },
  penalty_waiver_letter: { fields: { accountInfo: '花呗', principalFen: '10000', waiveFen: '2345.67', payBy: '2026-12-31', proofs: '诊断证明' }, choices: { hardships: ['illness'] } },
  repayment_plan: { fields: { principalFen: '10000', proposedFen: '10,000', months: '6', firstDueOn: '2026-11-15', hardshipText: '被告目前每月收入约三千元。' }, choices: { mode: ['installments'] } },
  hearing_outline: { fields: { hearingText: '2026年11月20日 9:30' }, choices: {} },
  collection_record: { fields: { period: '2026年9月1日至2026年9月18日' }, choices: {} },
  collection_letter: { fields: { debtRef: '借呗，合同编号 JB2025-001', mailAddress: '浙江省杭州市西湖区文三路1号', contactHours: '工作日9时至18时', recordLine: '自2026年9月1日至2026年9月18日，本人记录到贵司或者贵司委托的催收人员联系本人或者他人共5次；记录和截图由本人保存。' }, choices: { thirdParties: ['family', 'employer', 'contacts'], conduct: ['threats', 'false_authority', 'abuse', 'harassment', 'debt_disclosed'], channels: ['mail', 'phone', 'app'] } },
  collection_complaint: { fields: { authority: '国家金融监督管理总局', agency: '某某信息咨询公司，0571-88886666', debtRef: '借呗，合同编号 JB2025-001', recordLine: '投诉人记录到催收共5次。' }, choices: { thirdParties: ['family', 'colleagues'], conduct: ['threats', 'harassment'] } },
  ...afterAnswerFullDrafts,
}

/** Findings as the claim check would report them for a 10,000 yuan 借呗 loan received as 9,000. */
export const findingsFixture: ClaimFindings = {
  claimKind: 'financial_loan',
  claimed: { principal: 1_000_000, interest: 123_456, penalty: 50_000, serviceFees: 30_000, enforcementCosts: 200_000, total: 1_403_456 },
  received: { on: '2025-01-10', fen: 900_000 },
  repayments: [{ on: '2025-02-10', fen: 100_000 }, { on: '2025-03-10', fen: 100_000 }],
  repaidFen: 200_000,
  annualCost: {
    effective: 0.3127, nominal: 0.2749, compared: 'effective',
    cap: { rate: 0.24, kind: 'financial_24', basis: ['法发〔2017〕22号'], reference: true }, exceeds: true,
  },
  fee: { amountFen: 1_500_000, claimFen: 140_345_600, halved: true, basis: ['诉讼费用交纳办法第十三条'] },
  points: [
    { element: 'principal', code: 'received_less_than_principal', params: { principalFen: 1_000_000, receivedFen: 900_000, differenceFen: 100_000 }, basis: ['民法典第六百七十条'], reference: false },
    { element: 'interest', code: 'annual_cost_above_financial_cap', params: { effective: 0.3127, nominal: 0.2749, capRate: 0.24 }, basis: ['法发〔2017〕22号'], reference: true },
    { element: 'repayments', code: 'repayments_made', params: { count: 2, repaidFen: 200_000, firstOn: '2025-02-10', lastOn: '2025-03-10' }, basis: ['民法典第五百六十条'], reference: false },
    { element: 'costs', code: 'enforcement_costs_need_proof', params: { costsFen: 200_000 }, basis: [], reference: true },
  ],
}

/** A credit-card case: the bank never pointed out the fee terms. */
export const cardFindingsFixture: ClaimFindings = {
  claimKind: 'credit_card', claimed: { principal: 500_000, interest: 80_000 }, repayments: [], repaidFen: 0, annualCost: null, fee: null,
  points: [{ element: 'disclosure', code: 'card_terms_not_explained', params: {}, basis: ['银行卡规定第二条'], reference: false }],
}

export const evidenceFixture = [
  { name: '借款合同及借款记录截图', purpose: '证明实际到手金额为9,000元', copies: 1 },
  { name: '还款记录', purpose: '证明已还款2,000元' },
]

/**
 * Hand-made findings carrying the two claim points of issue 17 (the claim check that emits them is built on
 * another branch): a 10,000 yuan loan received 2022-03-01, nothing repaid, 9,000 interest claimed as of
 * 2025-03-01 — above 24% simple interest by 1,800 yuan — and a last instalment due 2021-06-10, more than three
 * years before the filing.
 */
export const limitationCapFindings: ClaimFindings = {
  claimKind: 'financial_loan',
  claimed: { principal: 1_000_000, interest: 900_000, total: 1_900_000 },
  received: { on: '2022-03-01', fen: 1_000_000 },
  repayments: [],
  repaidFen: 0,
  annualCost: null,
  fee: null,
  points: [
    { element: 'interest', code: 'interest_above_cap_as_applied', params: { capRate: 0.24, allowedFen: 720_000, chargedFen: 900_000, excessFen: 180_000, asOf: '2025-03-01' }, basis: ['法发〔2017〕22号'], reference: true },
    { element: 'exemptions', code: 'limitation_may_have_run', params: { event: 'last_due', latestOn: '2021-06-10', ranOn: '2024-06-11', filingDateKnown: 1 }, basis: ['民法典第一百八十八条', '民法典第一百九十二条', '诉讼时效规定第三条'], reference: false },
  ],
}
