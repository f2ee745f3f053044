/**
 * 文书页面的文案（documents 分包专用）。写给没有律师、正着急的人：每份文书先说为什么、什么时候交。
 * 文书正文本身在 src/domain/documents/templates/（那是文书的内容，不是界面文字）。
 */
import type { ClaimKind } from '@/domain/claims/claimKind'
import type { DocKind } from '@/domain/documents/docKinds'
import type { DraftIssueCode } from '@/domain/documents/draftFields'
import type { FeeReliefGround, FeeReliefMode } from '@/domain/documents/templates/feeRelief'
import type { Hardship } from '@/domain/documents/templates/hardship'
import type { JurisdictionReason } from '@/domain/documents/templates/jurisdictionObjection'
import type { PaymentOrderReason } from '@/domain/documents/templates/paymentOrderObjection'
import type { MissedPeriod, Obstacle } from '@/domain/documents/templates/periodExtension'
import type { RepaymentMode } from '@/domain/documents/templates/repaymentPlan'
import type { SmallClaimsReason } from '@/domain/documents/templates/smallClaimsObjection'
import type { EvidenceDelayReason } from '@/domain/documents/templates/evidenceExtension'
import { daysLeftText, fullDate } from './dates'
import { hearingCollectionFieldText, hearingCollectionNote, hearingCollectionOptions, hearingCollectionPurpose, type HearingCollectionFieldKey } from './documentsHearingCollection'

export { docName } from './documentNames'

/** One line under each document's name: what it is for. */
export const docPurpose: Record<DocKind, string> = {
  jurisdiction_objection: '认为案子不该由这个法院审时用。要在答辩期内交；只答辩不提异议，就视为同意由这个法院审理。',
  answer: '法院的要素式表格：对原告的每一项请求写“有异议”还是“无异议”，理由写在后面。',
  evidence_extension: '举证期限内确实交不齐证据时用，必须在期限届满前书面申请。',
  small_claims_objection: '认为案子不该按一审终审的小额诉讼审理时用，开庭前提出。',
  payment_order_objection: '不同意支付令上的欠款时用。收到支付令 15 日内书面提出，要对债务本身提出异议。',
  repayment_plan: '愿意调解时，把能接受的还款方案写清楚交给法院或原告。',
  installment_letter: '写给原告（出借方）：说明困难，提出分期方案，请对方书面答复。',
  penalty_waiver_letter: '写给原告（出借方）：说明困难，请求减免罚息、违约金。',
  period_extension: '因不可抗拒的事由或其他正当理由错过了期限，障碍消除后 10 日内申请顺延。',
  fee_relief: '上诉时交不起诉讼费，递交上诉状时一并申请缓交、减交或免交。',
  ...hearingCollectionPurpose,
}

/** The page's first notice for each document: the rule that matters most, in plain words. */
export const docNote: Record<DocKind, string> = {
  jurisdiction_objection: '管辖权异议要在答辩期内书面提出，可以和答辩状一起交（民事诉讼法第一百三十条）。原告也可能主张由合同履行地（例如原告所在地）的法院管辖，法院会一并审查。',
  answer: '这是最高人民法院的要素式答辩状：逐项勾选“无异议”或“有异议”，有异议的写明理由。不清楚的项目可以不填。',
  evidence_extension: '延长举证期限要在期限届满前向法院书面申请（证据规定第五十四条），是否准许由法院决定。',
  small_claims_objection: '小额诉讼一审终审，不能上诉。认为不该适用的，要在开庭前提出异议（民诉法解释第二百七十九条）。',
  payment_order_objection: '只说“现在还不起”“想晚点还”“想分期”，不算异议，支付令照样有效（民诉法解释第四百三十六条）。异议要针对欠款本身：数额不对、已经还过、到手金额不足、利息费用过高、不是你借的等。口头异议无效。',
  repayment_plan: '调解结案的，案件受理费减半。方案要写你真能做到的金额和日期；达成的协议以书面调解协议或调解书为准。',
  installment_letter: '如实说明困难，附上收入证明、家庭情况说明等材料。对方的任何承诺都要书面确认，口头答应不算数。',
  penalty_waiver_letter: '如实说明困难并附上证明材料。对方同意减免的，一定要拿到盖章的书面确认。',
  period_extension: '只有因不可抗拒的事由或其他正当理由耽误期限，才能申请顺延，要在障碍消除后 10 日内提出，是否准许由法院决定（民事诉讼法第八十六条）。',
  fee_relief: '司法救助申请要在起诉或上诉时书面提出，并附上经济困难的证明（诉讼费用交纳办法第四十八条）。准予减交的，减交比例不低于 30%。',
  ...hearingCollectionNote,
}

export type FieldKey =
  | 'plaintiff' | 'court' | 'caseNumber' | 'signedOn' | 'reasons' | 'reasonText' | 'targetCourt' | 'repaidFen' | 'evidenceDue' | 'requestedUntil'
  | 'evidenceNames' | 'period' | 'periodName' | 'missedDue' | 'obstacles' | 'obstacleText' | 'obstacleEndedOn' | 'mode' | 'grounds'
  | 'feeFen' | 'proofs' | 'accountInfo' | 'totalFen' | 'months' | 'firstDueOn' | 'hardships' | 'hardshipText' | 'principalFen'
  | 'waiveFen' | 'payBy' | 'proposedFen'
  | HearingCollectionFieldKey
export type FieldText = { label: string; hint?: string; placeholder?: string }

export const fieldText: Record<FieldKey, FieldText> = {
  plaintiff: { label: '原告（出借方）全称', hint: '照起诉状上写的原告名称核对，文书上要写全称。', placeholder: '例如：重庆蚂蚁消费金融有限公司' },
  court: { label: '法院', hint: '案件信息里没有填，写在文书上要用。', placeholder: '例如：杭州互联网法院' },
  caseNumber: { label: '案号', hint: '在传票或起诉状副本的右上角。', placeholder: '例如：(2026)浙0192民初1234号' },
  signedOn: { label: '落款日期（可不填）', hint: '不填就留空，签名时手写。', placeholder: '2026-09-20' },
  reasons: { label: '理由（可多选）' },
  reasonText: { label: '补充理由（可不填）', placeholder: '用自己的话写，一行一段' },
  targetCourt: { label: '应当由哪个法院审理', hint: '一般是你住所地（经常居住地）的基层人民法院。', placeholder: '例如：杭州市西湖区人民法院' },
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
  payBy: { label: '承诺在哪一天前还清' },
  proposedFen: { label: '愿意还的总额（元）' },
  ...hearingCollectionFieldText,
}

export const options = {
  jurisdictionReasons: {
    standard_clause_not_alerted: '合同里约定了法院，但那是格式条款，当初没有特别提醒我',
    no_real_connection: '约定的法院和这笔借款没有实际联系',
    defendant_domicile: '我住的地方不在这个法院的辖区',
  } satisfies Record<JurisdictionReason, string>,
  paymentOrderReasons: {
    amount_wrong: '欠款数额不对，对方没给明细',
    already_repaid: '我已经还过一部分，支付令没有扣除',
    principal_not_received: '实际到手的钱比本金少（利息被预先扣了）',
    charges_too_high: '利息、罚息、违约金、费用算得太高',
    not_my_debt: '这笔钱不是我借的',
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
  ...hearingCollectionOptions,
  smallClaimsReasons: {
    amount_over_limit: '金额超过了本省小额诉讼的标准',
    needs_appraisal: '需要评估、鉴定',
    counterclaim: '我提出了反诉',
    not_simple: '利息、费用争议大，不算简单',
  } satisfies Record<SmallClaimsReason, string>,
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
}

export const claimKindName: Record<ClaimKind, string> = {
  financial_loan: '金融借款合同纠纷（银行、消费金融公司、小贷公司的贷款，花呗、借呗等）',
  credit_card: '信用卡纠纷（银行信用卡）',
  guarantee_insurance: '保证保险合同纠纷（保险公司赔付后来追偿）',
  private_loan: '民间借贷纠纷（个人之间借钱）',
}

export const documentsText = {
  listTitle: '文书',
  listLead: '按期限远近排列，最急的在上面。每一份都是模板：打印或转发前逐项核对，签名后再交。',
  notFound: '没有找到这个案件，可能已经删除了。',
  backHome: '回到首页',
  due: (date: string, daysLeft: number) => `截止 ${fullDate(date)} · ${daysLeftText(daysLeft)}`,
  noDeadline: '没有固定期限',
  late: '期限已过。答辩状仍可以在开庭前提交，或在庭上口头答辩。',
  closed: (kind: DocKind) => (kind === 'jurisdiction_objection' ? '答辩期已过，不能再提管辖权异议了。' : kind === 'payment_order_objection' ? '15 天已过，再提异议视为没有提出。' : kind === 'small_claims_objection' ? '已经开过庭了，不能再提。' : '期限已过，不能再申请。'),
  started: '草稿已保存，可以接着写',
  notStarted: '还没开始',
  start: '开始写',
  continue: '接着写',
  caseSection: '原告、法院和案号',
  partySection: '你的信息',
  partyPrivacy: '这些信息只用来填进文书，只存在这台手机上，不会上传。',
  keepParty: '记住这些信息（只存在这台手机上）',
  dontKeepHint: '不记住：离开小程序后要重新填。',
  partyLabels: {
    name: '姓名', gender: '性别', birthDate: '出生日期', ethnicity: '民族', address: '住址（户籍所在地）', phone: '联系电话',
    serviceAddress: '送达地址（法院寄文书的地址）', eService: '是否接受电子送达', eServiceContact: '电子送达方式',
  },
  partyPlaceholders: { birthDate: '1990-01-02', ethnicity: '例如：汉族', eServiceContact: '例如：短信 13800000000' },
  genders: { 男: '男', 女: '女' },
  eServices: { 是: '接受（短信、微信、邮箱等）', 否: '不接受' },
  documentSection: '文书内容',
  datePlaceholder: '2026-09-16',
  pickDate: '选日期',
  pickFor: (label: string) => `用选择器填写「${label}」`,
  answer: {
    claimKindTitle: '用哪一种表格（案由）',
    claimKindHint: '按起诉状上写的案由选；不确定就按原告是谁选。',
    defenceTitle: '答辩事项：对原告的每项请求',
    factsTitle: '事实和理由：对起诉状里的事实',
    factsHint: '只需要填你有异议的项目；不清楚的可以不填。',
    agree: '无异议',
    object: '有异议',
    unanswered: '未选',
    reasonLabel: '事实和理由',
    reasonPlaceholder: '写明你不同意的地方和理由',
    claimedLabel: '原告主张：',
    fromCheck: '已按“核对诉讼请求”的结果预填，可以修改。',
    reference: '其中用到的标准是参考，未经核实，请自己再核对。',
    fromEvidence: '已按证据清单预填，可以修改。',
    restore: '恢复预填内容',
  },
  toPreview: '预览，生成 Word 文件',
  planSummary: (months: number, regular: string, last: string, total: string) => `分 ${months} 期：每期 ${regular} 元，最后一期 ${last} 元，合计 ${total} 元（一分不差）。`,
  autosaved: '每一项都自动保存在这台手机上。',
  previewTitle: (name: string) => `预览：${name}`,
  blanks: (n: number) => `还有 ${n} 处空白（＿＿＿），可以回去补上，也可以打印后手写。`,
  issuesTitle: '这些项目填得不对，没有写进文书：',
  backToEdit: '返回修改',
  openDocx: '生成 Word 文件并打开',
  downloadDocx: '下载 Word 文件（.docx）',
  share: '发给微信好友或“文件传输助手”',
  copy: '复制全文',
  opened: '已生成 Word 文件。可以在右上角菜单里转发、保存或用其他应用打开打印。',
  downloaded: '已开始下载 Word 文件。',
  shared: '已发送。',
  copied: '已复制全文，可以粘贴到法院的网上平台或聊天里。',
  fileFailed: '没能生成或打开文件。请再试一次，或者先复制全文。',
  shareFailed: '没能发送文件。请用“生成 Word 文件并打开”后从右上角菜单转发。',
  copyFailed: '没能复制。请再试一次。',
  printTip: '法院一般要签名的纸质版：打印后逐页核对、签名，并按对方当事人人数多备几份副本。',
}
