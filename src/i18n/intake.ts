/**
 * 新建/编辑案件表单的文案。只被分包里的表单页引用，不进主包。
 * 每条校验提示都说出是哪一项、怎么改。
 */
import type { ServiceMethod } from '@/domain/deadlines'
import type { DocumentKind, LenderKey, ProcedureChoice } from '@/storage/caseRecord'
import type { FormField, IntakeIssueCode } from '@/services/intakeValidation'
import type { AssignmentAnswer } from '@/domain/lifecycle/assignment'

export interface IntakeMessages {
  titleNew: string
  titleEdit: string
  restored: string
  startOver: string
  stepOf: (step: number, total: number) => string
  stepTitles: [string, string, string, string]
  stepLeads: [string, string, string, string]
  documents: Record<DocumentKind, string>
  serviceMethods: Record<ServiceMethod, string>
  servedOnHint: Record<ServiceMethod, string>
  evidenceModes: { date: string; days: string }
  procedures: Record<ProcedureChoice, string>
  procedureSuggested: string
  /** 审级的选项和说明 */
  instances: { first: string; second: string }
  instanceHint: string
  instanceSuggested: string
  /** 境内没有住所的勾选项 */
  foreignPartyOption: string
  foreignPartyHint: string
  performanceDaysHint: string
  appealServedOnHint: string
  /** 程序这一项的说明：去哪里看，拿不准就选“不确定” */
  procedureHint: string
  unsureNote: string
  lenders: Record<LenderKey, string>
  labels: Record<FormField, string>
  datePlaceholder: string
  timePlaceholder: string
  pickDate: string
  pickTime: string
  amountsTitle: string
  amountPlaceholder: string
  /** 金额能读懂时，在输入框下面显示规范后的写法，让用户看见我们记下的是多少 */
  amountUnderstood: (formatted: string) => string
  caseNumberPlaceholder: string
  caseNumberRecognised: (normalized: string) => string
  continueWithoutCaseNumber: string
  courtPlaceholder: string
  lenderOtherPlaceholder: string
  /** 原告是不是当初的出借方：可选的一题，答“不是”时详情页会说要原告拿出什么证据 */
  assignmentChoices: Record<AssignmentAnswer, string>
  assignmentHint: string
  issues: Record<IntakeIssueCode, (label: string) => string>
  next: string
  previous: string
  save: string
}

export const intakeText: IntakeMessages = {
  titleNew: '新建案件',
  titleEdit: '修改案件',
  restored: '已恢复你上次没填完的内容。',
  startOver: '不要这些，清空重新填',
  stepOf: (step, total) => `第 ${step} 步，共 ${total} 步`,
  stepTitles: ['你收到了什么', '日期', '法院和案号', '原告和金额'],
  stepLeads: [
    '可以多选。收到的材料决定接下来问哪些日期。',
    '照着文书和信封（或短信）填写。日期写成 2026-09-16 这样，也可以点右边的按钮选。',
    '案号在传票或起诉状副本的右上角，没有也可以不填。',
    '起诉你的是哪家机构，起诉状里要你还多少钱（金额可以不填）。'
  ],
  documents: {
    summons: '传票（写着开庭时间）',
    complaint: '起诉状副本',
    response_notice: '应诉通知书',
    evidence_notice: '举证通知书',
    payment_order: '支付令',
    judgment: '判决书或裁定书',
    mediation_notice: '诉前调解通知',
    appeal_petition: '对方的上诉状副本（对方不服判决，上诉了）'
  },
  serviceMethods: {
    direct: '当面签收（自己或家人签字）',
    mail: '邮寄（法院专递、EMS）',
    electronic: '短信、电子邮件或诉讼平台（电子送达）',
    left_at_residence: '我拒收，材料被留在住处（留置送达）',
    public_notice: '公告（报纸或网上公告）'
  },
  servedOnHint: {
    direct: '签收单上签字的那一天。',
    mail: '邮件回执上写的收件日期，也就是你（或家人）签收快递的那天。',
    electronic: '短信或平台消息到达你手机的那一天。',
    left_at_residence: '送达回证上记录的留置日期。',
    public_notice: '公告最后张贴或刊登的日期。'
  },
  evidenceModes: { date: '通知书写了截止日期', days: '通知书写了“收到后 N 日内”' },
  procedures: {
    ordinary: '普通程序（文书上写着“普通程序”；也可能只有一位法官审理）',
    simple: '简易程序（文书上写着“简易程序”）',
    small_claims: '小额诉讼程序（文书上写着“小额诉讼”，一审终审）',
    payment_order: '支付令（督促程序，没有开庭）',
    pre_litigation_mediation: '诉前调解（还没有正式立案）',
    unsure: '不确定，或文书上没写（按最稳妥的方式算）'
  },
  procedureSuggested: '已根据案号或材料为你预选，如不对可以改。',
  instances: {
    first: '一审（案号里是“民初”，或者是第一次开庭审理的法院）',
    second: '二审（案号里是“民终”：一方不服一审判决上诉后，上一级法院审理）'
  },
  instanceHint: '二审判决送达就生效、不能再上诉；选错了，上诉期和生效日都会算错。看判决书或传票上的案号。',
  instanceSuggested: '案号里是“民终”，已为你预选“二审”。如不对可以改。',
  foreignPartyOption: '我在中国境内没有住所（例如长期在国外工作生活）',
  foreignPartyHint: '在中国境内没有住所的人，答辩期和上诉期是 30 天，不是 15 天。只是临时出差、旅游的，不用勾。',
  performanceDaysHint: '判决书里写着“于本判决生效之日起 __ 日内”付款的，填这个天数（常见是 10）。没写或找不到可以不填。',
  appealServedOnHint: '上诉状副本送到你手里（签收、邮件回执或电子送达到达）的那一天。从这天起 15 天内可以交答辩状。',
  procedureHint: '看受理通知书、传票或举证通知书上写的是哪种程序。只有一位法官审理，也可能是普通程序。程序选错，期限和诉讼费都会算错：文书上没写或拿不准，就选“不确定”。',
  unsureNote: '选“不确定”时，我们按最稳妥的假设计算：答辩期按 15 天，举证期限在没有通知书日期时按最短的 7 天提醒。上诉期现在还不会出现：收到判决书后，回来填上收到的日期，就会列出上诉期（判决书送达后 15 天）。',
  lenders: {
    alipay: '重庆蚂蚁消费金融有限公司（花呗/借呗）',
    mybank: '浙江网商银行（网商贷）',
    zhaolian: '招联消费金融',
    mashang: '马上消费金融',
    bocfc: '中银消费金融',
    cibfc: '兴业消费金融',
    card: '银行信用卡中心',
    other: '其他（自己填写）'
  },
  labels: {
    documents: '收到的材料',
    servedOn: '送达日期',
    serviceMethod: '送达方式',
    publicNoticeOn: '公告日期',
    hearingDate: '开庭日期',
    hearingTime: '开庭时间',
    evidenceMode: '举证通知书怎么写的',
    evidenceDeadline: '举证截止日期',
    evidenceDays: '举证天数',
    judgmentServedOn: '收到判决书的日期',
    rulingServedOn: '收到裁定书的日期',
    mediationStartedOn: '调解开始日期',
    appealServedOn: '收到对方上诉状副本的日期',
    performanceDays: '判决给的履行天数',
    foreignParty: '住所',
    instance: '一审还是二审',
    court: '法院',
    caseNumber: '案号',
    procedure: '审理程序',
    lenderKey: '原告（出借方）',
    lenderOther: '原告名称',
    assignment: '原告是不是当初借钱给你的那一家（可不答）',
    principal: '本金',
    interest: '利息',
    penalty: '罚息',
    liquidatedDamages: '违约金',
    otherFees: '其他费用'
  },
  datePlaceholder: '例如 2026-09-16',
  timePlaceholder: '例如 09:30',
  pickDate: '选日期',
  pickTime: '选时间',
  amountsTitle: '起诉的金额（元，可不填）',
  amountPlaceholder: '例如 12,000.50',
  amountUnderstood: (formatted) => `记为 ${formatted} 元`,
  caseNumberPlaceholder: '例如 （2026）浙0192民初1234号',
  caseNumberRecognised: (normalized) => `已识别：${normalized}`,
  continueWithoutCaseNumber: '不核对案号，按原样保存并继续',
  courtPlaceholder: '例如 杭州互联网法院',
  lenderOtherPlaceholder: '照起诉状上原告的名称填写',
  assignmentChoices: {
    original: '是，就是它借给我的（或我的信用卡就是它发的）',
    assigned: '不是，债权转让给了原告（比如资产管理公司）',
    unsure: '不确定'
  },
  assignmentHint: '对照借款合同、信用卡账单或借款 App 里的出借方。资产管理公司、保理公司常买下旧的欠款再起诉，这时原告要证明转让并通知过你。',
  issues: {
    required: (l) => `「${l}」还没有填，请补上。`,
    not_chosen: (l) => `「${l}」还没有选，请点一下对应的选项。`,
    invalid_date: (l) => `「${l}」的写法认不出，请写成“年-月-日”，例如 2026-09-16。`,
    not_a_real_date: (l) => `「${l}」这一天不存在（比如 2 月没有 30 日），请对照文书重新填写。`,
    year_out_of_range: (l) => `「${l}」的年份不对，请检查是不是写错了年份。`,
    in_future: (l) => `「${l}」晚于今天。这是已经发生的日子，请对照文书检查。`,
    hearing_before_service: () => '开庭日期早于送达日期，一般不会这样。请核对传票上的开庭时间和你签收的日期。',
    evidence_before_service: () => '举证截止日期早于送达日期，请核对举证通知书上的日期。',
    invalid_time: (l) => `「${l}」请写成“时:分”，例如 09:30。`,
    not_an_integer: (l) => `「${l}」请只填数字，例如 15。`,
    days_out_of_range: (l) => `「${l}」应在 1 到 90 天之间，请照举证通知书上的天数填写。`,
    case_number_unparsed: () => '没认出这个案号。案号一般像“（2026）浙0192民初1234号”，在传票或起诉状副本的右上角。可以改正；没有把握也可以不核对，直接继续。',
    too_long: (l) => `「${l}」太长了：最多 100 个字。请检查是不是把别的内容一起粘贴进来了，只留${l}本身。`,
    invalid_amount: (l) => `「${l}」里有认不出的字。请只写金额数字（元），例如 12,000.50 或 1.2万。`,
    amount_negative: (l) => `「${l}」不能是负数。请照起诉状上的金额填写，不带减号。`,
    amount_too_many_decimals: (l) => `「${l}」最多两位小数（到“分”），例如 12000.50。`,
    amount_too_large: (l) => `「${l}」大得不合常理，请检查是不是多写了几位数字。`,
    answer_days_over_limit: (l) => `「${l}」超过了法定天数：普通程序的答辩期是法定的 15 天（在中国境内没有住所的是 30 天），法院不会定更长。请核对文书上写的程序和天数；拿不准就把程序选“不确定”。`,
    performance_days_out_of_range: (l) => `「${l}」应在 1 到 365 天之间，请照判决书上“判决生效之日起 × 日内”的天数填写。`
  },
  next: '下一步',
  previous: '上一步',
  save: '保存并查看期限'
}
