/**
 * 文书页面上每个问题的文字（标题、说明、占位）和选项，以及填错时的提示。documents 分包专用；
 * src/i18n/documents.ts 把它们一并导出。
 */
import type { DraftIssueCode } from '@/domain/documents/draftFields'
import type { AgreedCourt, Tri } from '@/domain/documents/jurisdiction'
import type { PaymentOrderClaim } from '@/domain/documents/paymentOrderScope'
import type { FeeReliefGround, FeeReliefMode } from '@/domain/documents/templates/feeRelief'
import type { Hardship } from '@/domain/documents/templates/hardship'
import type { JurisdictionReason } from '@/domain/documents/templates/jurisdictionObjection'
import type { PaymentOrderReason } from '@/domain/documents/templates/paymentOrderObjection'
import type { MissedPeriod, Obstacle } from '@/domain/documents/templates/periodExtension'
import type { RepaymentMode } from '@/domain/documents/templates/repaymentPlan'
import type { SmallClaimsReason } from '@/domain/documents/templates/smallClaimsObjection'
import type { EvidenceDelayReason } from '@/domain/documents/templates/evidenceExtension'
import { hearingCollectionFieldText, hearingCollectionOptions, type HearingCollectionFieldKey } from './documentsHearingCollection'
import { afterAnswerFieldText, afterAnswerIssueText, afterAnswerOptions, type AfterAnswerFieldKey } from './documentsAfterAnswer'

export type FieldKey =
  | 'plaintiff' | 'court' | 'caseNumber' | 'signedOn' | 'reasons' | 'reasonText' | 'targetCourt' | 'repaidFen' | 'evidenceDue' | 'requestedUntil'
  | 'evidenceNames' | 'period' | 'periodName' | 'missedDue' | 'obstacles' | 'obstacleText' | 'obstacleEndedOn' | 'mode' | 'grounds'
  | 'feeFen' | 'proofs' | 'accountInfo' | 'totalFen' | 'months' | 'firstDueOn' | 'hardships' | 'hardshipText' | 'principalFen'
  | 'waiveFen' | 'payBy' | 'proposedFen' | 'disputed' | 'courtAtHome' | 'courtAtLenderSeat' | 'agreedCourt' | 'clauseAlerted'
  | HearingCollectionFieldKey | AfterAnswerFieldKey
export type FieldText = { label: string; hint?: string; placeholder?: string }

export const fieldText: Record<FieldKey, FieldText> = {
  plaintiff: { label: '原告（出借方）全称', hint: '照起诉状上写的原告名称核对，文书上要写全称。', placeholder: '例如：重庆蚂蚁消费金融有限公司' },
  court: { label: '法院', hint: '案件信息里没有填，写在文书上要用。', placeholder: '例如：杭州互联网法院' },
  caseNumber: { label: '案号', hint: '在传票或起诉状副本的右上角。', placeholder: '例如：(2026)浙0192民初1234号' },
  signedOn: { label: '落款日期（可不填）', hint: '不填就留空，签名时手写。', placeholder: '2026-09-20' },
  reasons: { label: '理由（可多选）' },
  reasonText: { label: '补充理由（可不填）', placeholder: '用自己的话写，一行一段' },
  targetCourt: { label: '应当由哪个法院审理', hint: '写你实际居住地（经常居住地；没有的话是户籍地）所在区县的基层人民法院。上面的判断里写了该选哪一个。', placeholder: '例如：杭州市西湖区人民法院' },
  repaidFen: { label: '已经还了多少钱（元）', placeholder: '例如：3000' },
  evidenceDue: { label: '现在的举证期限到哪一天', hint: '举证通知书上写的日期。' },
  requestedUntil: { label: '申请延长到哪一天' },
  evidenceNames: { label: '还没拿到的证据', placeholder: '例如：银行流水、还款记录' },
  period: { label: '错过的是哪个期限' },
  periodName: { label: '期限名称', placeholder: '例如：提交答辩状' },
  missedDue: { label: '这个期限原来到哪一天' },
  obstacles: { label: '耽误的原因（可多选）' },
  obstacleText: { label: '具体情况', placeholder: '例如：9 月 28 日至 10 月 15 日住院' },
  obstacleEndedOn: { label: '障碍哪一天消除', hint: '从第二天起 10 日内要交申请。' },
  mode: { label: '申请什么' },
  grounds: { label: '困难情况（可多选）' },
  feeFen: { label: '诉讼费金额（元，可不填）', placeholder: '交费通知上写的金额' },
  proofs: { label: '附上的证明材料', placeholder: '例如：低保证、收入证明、诊断证明' },
  accountInfo: { label: '哪一笔欠款', hint: '产品名称、合同编号或借款日期，写对方能认出来的。', placeholder: '例如：借呗，2025年1月10日借款' },
  totalFen: { label: '打算分期还的总额（元）', placeholder: '例如：12345.67' },
  months: { label: '分几期（每月一期）', placeholder: '例如：12' },
  firstDueOn: { label: '第一期哪一天还' },
  hardships: { label: '为什么还不上（可多选，如实写）' },
  hardshipText: { label: '补充说明（可不填）', placeholder: '例如：家里的具体情况' },
  principalFen: { label: '欠款本金（元）' },
  waiveFen: { label: '请求减免的罚息、违约金等（元）' },
  payBy: { label: '对方同意后，打算在哪一天前还清' },
  proposedFen: { label: '愿意还的总额（元）' },
  disputed: { label: '你对支付令上的哪些钱有异议（可多选）', hint: '没有提出异议的部分，15 天后照样生效，对方可以申请强制执行（民诉法解释第四百三十二条）。拿不准就选“全部”。' },
  courtAtHome: { label: '受理的法院，在不在你现在实际住的地方？', hint: '看你住的区县：离开户籍地、在别处连续住满一年的，看那里（经常居住地，住院治病的地方不算）；否则看户籍地。' },
  courtAtLenderSeat: { label: '受理的法院，在不在原告（出借方）的住所地？', hint: '起诉状第一段写着原告的住所。互联网法院的，看原告住所在不在那个市。' },
  agreedCourt: { label: '借款合同里，有没有约定由哪个法院管？', hint: '在合同或借款协议的“争议解决”一条里，例如“由贷款人住所地人民法院管辖”。' },
  clauseAlerted: { label: '借款时，有没有专门提醒你注意这条约定？', hint: '例如单独弹窗、加粗加黑并要你确认。只是放在长长的协议里、勾一下“已阅读”，不算专门提醒。' },
  ...hearingCollectionFieldText,
  ...afterAnswerFieldText,
}

const TRI = { yes: '在', no: '不在', unsure: '不知道' } satisfies Record<Tri, string>

export const options = {
  tri: TRI,
  yesNoUnsure: { yes: '有', no: '没有', unsure: '不记得了' } satisfies Record<Tri, string>,
  agreedCourt: {
    this_court: '约定了，就是现在受理的法院（或它所在的地方）',
    other_court: '约定了别的法院',
    none: '没有约定',
    unsure: '不知道，合同找不到',
  } satisfies Record<AgreedCourt, string>,
  jurisdictionReasons: {
    standard_clause_not_alerted: '合同里约定了法院，但那是格式条款，当初没有专门提醒我',
    no_real_connection: '约定的法院和这笔借款没有实际联系',
    defendant_domicile: '我的户籍地不在这个法院的辖区',
    habitual_residence: '我在别处连续住满一年了，那里（经常居住地）不在这个法院的辖区',
    not_place_of_performance: '原告（出借方）的住所也不在这个法院的辖区',
    internet_court_scope: '互联网法院：原告和我都不在这个市',
  } satisfies Record<JurisdictionReason, string>,
  paymentOrderClaims: {
    all: '全部（本金、利息、罚息、费用都有异议）',
    principal: '本金',
    interest: '利息',
    penalty: '罚息、违约金',
    fees: '各项费用（服务费、手续费等）',
  } satisfies Record<PaymentOrderClaim | 'all', string>,
  paymentOrderReasons: {
    amount_wrong: '欠款数额不对，对方没给明细',
    already_repaid: '我已经还过一部分，支付令没有扣除',
    principal_not_received: '实际到手的钱比本金少（利息被预先扣了）',
    charges_too_high: '利息、罚息、违约金、费用算得太高',
    not_my_debt: '这笔钱不是我借的',
    limitation_expired: '已经过了三年诉讼时效（最后一期到期、最后还款和最后被催收，都在起诉三年以前）',
  } satisfies Record<PaymentOrderReason, string>,
  evidenceDelayReasons: {
    records_from_lender: '合同和还款明细在对方平台，还没调出来',
    bank_statements: '要去银行打印流水，还没拿到',
    illness: '生病治疗',
    away_from_home: '在外地打工，材料在老家',
  } satisfies Record<EvidenceDelayReason, string>,
  missedPeriods: {
    answer: '提交答辩状', evidence: '举证期限', appeal: '上诉期', payment_order_objection: '支付令异议期', other: '其他期限',
  } satisfies Record<MissedPeriod, string>,
  obstacles: {
    force_majeure: '自然灾害等不可抗拒的事由',
    hospital: '住院治疗',
    service_not_received: '没有及时收到法院的文书',
  } satisfies Record<Obstacle, string>,
  feeReliefModes: { waive: '免交', reduce: '减交', defer: '缓交' } satisfies Record<FeeReliefMode, string>,
  feeReliefGrounds: {
    disabled_no_income: '残疾人，没有固定生活来源（可免交）',
    subsistence_allowance: '低保、特困、五保对象或领失业保险金，没有其他收入（可免交）',
    disaster_hardship: '因自然灾害等生活困难，正在接受社会救济（可减交）',
    legal_aid: '正在接受法律援助（可缓交）',
    other_hardship: '家庭经济困难，确实交不起',
  } satisfies Record<FeeReliefGround, string>,
  hardships: {
    job_loss: '失业或单位停工', income_drop: '收入大幅下降', illness: '本人或家人生病', family_burden: '要养孩子、照顾老人', other_debts: '还有别的欠款',
  } satisfies Record<Hardship, string>,
  repaymentModes: { lump_sum: '到某一天一次还清', installments: '按月分期' } satisfies Record<RepaymentMode, string>,
  smallClaimsReasons: {
    amount_over_limit: '金额超过了本省小额诉讼的标准',
    needs_appraisal: '需要评估、鉴定',
    counterclaim: '我提出了反诉',
    not_simple: '利息、费用争议大，不算简单',
  } satisfies Record<SmallClaimsReason, string>,
  ...hearingCollectionOptions,
  ...afterAnswerOptions,
}
export type OptionSet = keyof typeof options

export const issueText: Record<DraftIssueCode, (label: string) => string> = {
  invalid_date: (label) => `“${label}”不是一个真实的日期，请写成 2026-09-16 这样。`,
  invalid_amount: (label) => `“${label}”要填金额，例如 12345.67 或 1.2万。`,
  invalid_count: (label) => `“${label}”要填一个整数，例如 12。`,
  until_not_after_due: (label) => `“${label}”要晚于现在的举证期限。`,
  total_not_positive: (label) => `“${label}”要大于 0。`,
  months_out_of_range: (label) => `“${label}”要在 1 到 60 之间。`,
  first_due_invalid: (label) => `“${label}”不是一个真实的日期。`,
  total_too_small: (label) => `“${label}”太少，不够分这么多期。`,
  acknowledges_debt: (label) => `“${label}”里有承认欠款或答应还款的话（例如“我欠”“会还”），没有写进文书：这类话可能让诉讼时效重新计算。请只写对方能认出来的产品名称或合同编号。`,
  ...afterAnswerIssueText,
}
