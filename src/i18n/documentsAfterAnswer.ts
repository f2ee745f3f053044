/**
 * 答辩之后的文书（issue 21）在页面上的文案：什么时候用、最要紧的规则、过了期限为什么不能再交、要填的问题和选项。
 * documents.ts 把这些并进 docPurpose / docNote / fieldText / options / issueText。
 * 条文都在 legalTextsAfterAnswer.ts 里有原文；文书正文在 src/domain/documents/templates/。
 */
import type { AfterAnswerKind } from '@/domain/documents/afterAnswer/kinds'
import type { AppealGround, AppealRequest } from '@/domain/documents/templates/appeal'
import type { CollectionReason } from '@/domain/documents/templates/evidenceCollection'
import type { EnforcementGround } from '@/domain/documents/templates/enforcementObjection'
import type { PostponementReason } from '@/domain/documents/templates/hearingPostponement'
import type { LiftGround } from '@/domain/documents/templates/liftConsumptionRestriction'
import type { OnlineObjection, OnlinePosition } from '@/domain/documents/templates/onlineHearing'
import type { ProductionDocument } from '@/domain/documents/templates/documentProduction'

/** When each fits, in one line under its name. */
export const afterAnswerPurpose: Record<AfterAnswerKind, string> = {
  document_production: '要证明的事，证据却在原告手里时用：完整的借还款流水、你当初确认的合同版本、费用记录、催收记录。举证期限届满前书面申请。',
  evidence_collection: '证据在第三方手里（催收公司、担保或保险公司、支付机构等），你自己因客观原因拿不到时，请法院去调取。举证期限届满前书面申请。',
  online_hearing: '法院问你是否同意在线（视频）开庭时用：同意，或者说明理由请求线下开庭。开庭前尽早交。',
  hearing_postponement: '有正当理由确实不能按时到庭（住院、不可抗力、要调取的新证据还没到）时用。开庭前尽早交，附上证明。',
  evidence_opinion: '开庭时法官会逐份问你对原告证据的意见：真实性、合法性、关联性。照原告的证据目录一份一份写，开庭时带上。',
  appeal: '不服一审判决时用。判决书送达后 15 日内递交，通过原审法院提交，按对方人数交副本，并交上诉费。',
  late_enforcement_objection: '判决履行期满两年后，原告才申请执行，而这两年里没有催过你、你也没还过时用。要你自己提出，法院不会主动审查。',
  enforcement_objection: '执行中冻结、扣划的是生活必需的钱，冻结明显超过欠款，或者已经还过的钱还在执行时用。执行结束前提出。',
  lift_consumption_restriction: '已经还清（或提供了担保、原告同意解除）后，请执行法院解除限制消费令。',
}

/** The rule that matters most, at the top of the form. */
export const afterAnswerNote: Record<AfterAnswerKind, string> = {
  document_production: '申请要写清：要对方交什么、用它证明什么、为什么在对方手里、为什么对方应当交（证据规定第四十五条）。原告无正当理由不交的，法院可以认定你主张的内容为真实（解释第一百一十二条、证据规定第四十八条）。本来就该原告证明的事（例如借款金额），原告拿不出证据是原告的问题，不一定要申请。',
  evidence_collection: '只有你因客观原因拿不到的证据，法院才会调取（民事诉讼法第六十七条第二款、解释第九十四条）；你自己能拿到的（例如自己的银行流水），法院一般不会代你调取（解释第九十五条）。申请要写清被调查人、证据、要证明的事实和线索（证据规定第二十条）。',
  online_hearing: '在线开庭要征得你同意，你也可以只同意其中某个环节（在线诉讼规则第四条）。同意后又改主意的，要在开庭前的合理期限内提出（在线诉讼规则第五条）。互联网法院一般在线审理，线下审理要申请（互联网法院规定第一条）。',
  hearing_postponement: '是否延期由法院决定（民事诉讼法第一百四十九条）。延期次数有限：普通程序不超过两次，简易程序和小额诉讼不超过一次（延长审限和延期开庭规定第三条）。没收到准许延期的通知，就要按原定时间到庭——无正当理由不到庭，可以缺席判决（民事诉讼法第一百四十七条）。',
  evidence_opinion: '“认可”等于承认，以后一般不能反悔（证据规定第三条、第九条）；拿不准就选“无法确认”，请原告出示原件。明知是真的却说不认可，违反诚信原则（民事诉讼法第十三条）。',
  appeal: '上诉状通过原审法院（作出判决的法院）提交，按对方当事人人数交副本（民事诉讼法第一百七十三条）。上诉费按你不服的金额计算，不减半；没有随上诉状交的，收到法院通知后 7 日内交，逾期按撤回上诉处理（诉讼费用交纳办法第十七条、第二十二条，解释第三百一十八条）。',
  late_enforcement_objection: '申请执行的期间是两年，从判决写明的履行期最后一日起算，会因催收、你同意还款或还过一部分而中断（民事诉讼法第二百五十条）。超过了，法院照样立案，要你提出异议（解释第四百八十一条第一款）。',
  enforcement_objection: '向负责执行的法院书面提出；法院收到后 15 日内审查，不服裁定的，可以在裁定送达后 10 日内向上一级法院申请复议（民事诉讼法第二百三十六条）。要在执行程序结束前提出，附身份证明、证据和送达地址（执行异议和复议规定第六条、第一条）。',
  lift_consumption_restriction: '履行完毕的，法院应当及时解除；提供确实有效的担保或者原告同意的，法院可以解除（限制高消费规定第九条）。附上结清证明、付款凭证或原告的同意书。还清后，征信里的逾期记录不会马上消失。',
}

/** Why a closed one cannot be filed any more. */
export const afterAnswerClosed: Record<AfterAnswerKind, string> = {
  document_production: '举证期限已过，不能再申请了（解释第一百一十二条）。开庭时可以请法官要求原告出示完整记录。',
  evidence_collection: '举证期限已过，不能再申请了（证据规定第二十条）。',
  online_hearing: '已经开过庭了。',
  hearing_postponement: '已经开过庭了。',
  evidence_opinion: '已经开过庭了。法院再次开庭的，更新案件里的开庭时间后还可以用。',
  appeal: '上诉期已过，不能再上诉了。有正当理由耽误的，可以申请顺延；判决生效后还可以考虑申请再审。',
  late_enforcement_objection: '',
  enforcement_objection: '',
  lift_consumption_restriction: '',
}

export type AfterAnswerFieldKey =
  | 'productionDocuments' | 'documentsText' | 'holderName' | 'holderAddress' | 'evidenceWanted' | 'factToProve' | 'clues' | 'collectionReasons'
  | 'onlinePosition' | 'onlineObjections' | 'hearingOn' | 'postponementReasons' | 'availableFrom'
  | 'appealRequests' | 'judgmentItems' | 'amendTo' | 'appealedFen' | 'appealCourt' | 'judgmentOn' | 'appealGrounds' | 'appealReasons' | 'opposingCount' | 'plaintiffAddress'
  | 'enforcementCourt' | 'enforcementCaseNumber' | 'performanceDue' | 'appliedOn' | 'enforcementFacts' | 'act' | 'actOn' | 'enforcementGrounds' | 'paidFen'
  | 'liftGrounds' | 'performedOn' | 'securityText'

type FieldText = { label: string; hint?: string; placeholder?: string }

export const afterAnswerFieldText: Record<AfterAnswerFieldKey, FieldText> = {
  productionDocuments: { label: '要原告交出什么（可多选）' },
  documentsText: { label: '其他书证（可不填）', hint: '写清名称或内容、要证明什么、为什么在原告手里。', placeholder: '一行一段' },
  holderName: { label: '证据在谁手里（被调查人）', placeholder: '例如：某某信息咨询有限公司（催收公司）' },
  holderAddress: { label: '被调查人的地址', placeholder: '营业执照或官网上的地址' },
  evidenceWanted: { label: '要调取的证据', placeholder: '例如：2025年1月至今对我的催收通话记录' },
  factToProve: { label: '用它证明什么', placeholder: '例如：原告最后一次催收的时间' },
  clues: { label: '线索', hint: '你知道的能帮法院找到证据的信息。', placeholder: '例如：催收电话号码、合同编号、短信截图' },
  collectionReasons: { label: '为什么你自己拿不到（可多选）' },
  onlinePosition: { label: '你的意见' },
  onlineObjections: { label: '不同意的理由（可多选）' },
  hearingOn: { label: '原定开庭日期', hint: '传票上写的日期。' },
  postponementReasons: { label: '延期的理由（可多选）' },
  availableFrom: { label: '哪一天以后可以到庭（可不填）' },
  appealRequests: { label: '上诉请求（可多选）' },
  judgmentItems: { label: '不服判决的第几项', hint: '判决书“判决如下”后面的编号。', placeholder: '例如：一、二' },
  amendTo: { label: '请求改判成什么', placeholder: '例如：上诉人向被上诉人偿还借款本金9,000元及按年利率24%计算的利息' },
  appealedFen: { label: '不服的金额（元）', hint: '上诉费按这个金额算。全部不服就填判决判给原告的总额。', placeholder: '例如：12345.67' },
  appealCourt: { label: '上诉到哪个法院', hint: '判决书最后一段写着“上诉于××人民法院”。', placeholder: '例如：浙江省杭州市中级人民法院' },
  judgmentOn: { label: '判决书落款日期（可不填）', hint: '判决书最后一页的日期，不是你收到的日期。' },
  appealGrounds: { label: '常见的上诉理由（可多选，只选真实的）' },
  appealReasons: { label: '上诉理由（逐项写）', hint: '已按你的答辩状里“有异议”的各项预填，可以修改。', placeholder: '一项一段' },
  opposingCount: { label: '对方当事人有几个', hint: '一般只有原告 1 个；原审还有其他当事人的也要算上（解释第三百一十六条）。', placeholder: '1' },
  plaintiffAddress: { label: '被上诉人（原告）的住所地（可不填）', hint: '起诉状或判决书上写的原告地址。' },
  enforcementCourt: { label: '执行法院', hint: '执行通知书上的法院，一般是一审法院。', placeholder: '例如：杭州互联网法院' },
  enforcementCaseNumber: { label: '执行案号', hint: '执行通知书上的案号，一般带“执”字。', placeholder: '例如：（2027）浙0192执1234号' },
  performanceDue: { label: '判决写明的履行期最后一日', hint: '已按判决生效日和履行天数算出，可以修改。' },
  appliedOn: { label: '原告申请执行（执行立案）的日期', hint: '执行通知书或立案通知上的日期。' },
  enforcementFacts: { label: '这两年里的情况（只选真实的）' },
  act: { label: '哪个执行行为', placeholder: '例如：冻结我在某银行尾号1234的工资卡' },
  actOn: { label: '执行行为的日期（可不填）' },
  enforcementGrounds: { label: '为什么违法（可多选）' },
  paidFen: { label: '已经还了多少（元）', placeholder: '例如：3000' },
  liftGrounds: { label: '现在的情况' },
  performedOn: { label: '哪一天还清的' },
  securityText: { label: '提供了什么担保', placeholder: '例如：以本人名下房产提供担保' },
}

export const afterAnswerOptions = {
  productionDocuments: {
    full_ledger: '全部借款、还款流水（每笔还款怎么分到本金、利息、费用）',
    accepted_contract: '我当初点确认的合同版本（原始电子数据）',
    fee_records: '服务费、担保费、保险费等费用的收取记录',
    collection_records: '对我的全部催收记录（诉讼时效用）',
  } satisfies Record<ProductionDocument, string>,
  collectionReasons: {
    held_by_authority: '证据在国家机关，我无权查阅',
    privacy_or_secret: '涉及商业秘密或别人的隐私',
    holder_refused: '我去要过，对方说要法院来调取',
  } satisfies Record<CollectionReason, string>,
  onlinePosition: { consent: '同意在线开庭', object: '不同意，请求线下开庭' } satisfies Record<OnlinePosition, string>,
  onlineObjections: {
    no_device: '没有合适的手机、电脑或网络',
    originals: '需要当庭核对原告证据的原件',
    complex: '证据多、争议大，线上说不清',
    changed_mind: '之前同意过，现在情况变了',
  } satisfies Record<OnlineObjection, string>,
  postponementReasons: {
    illness: '生病需要治疗（附诊断证明）',
    force_majeure: '不可抗力或意外事件',
    new_evidence: '要调取的新证据还没拿到',
    notice_too_late: '普通程序：开庭前不足三天才通知到我',
  } satisfies Record<PostponementReason, string>,
  appealRequests: {
    amend: '撤销判决的某几项，改判',
    remand: '撤销判决，发回原法院重审（程序严重违法时）',
    costs: '诉讼费由对方负担',
  } satisfies Record<AppealRequest, string>,
  appealGrounds: {
    principal_not_received: '实际到手的钱比判决认定的本金少',
    repayments_ignored: '判决没扣掉我已经还的钱',
    charges_too_high: '利息、罚息、违约金、费用算得太高',
    limitation_raised: '一审时我提过诉讼时效，判决没采纳',
    assignment_not_notified: '原告是受让人，从没通知过我债权转让',
    default_without_summons: '一审没收到传票就缺席判决了',
  } satisfies Record<AppealGround, string>,
  enforcementFacts: { no_interruption: '这两年里原告没找我要过钱，我也没答应还、没还过' } satisfies Record<'no_interruption', string>,
  enforcementGrounds: {
    living_expenses: '冻结、扣的是我和家人生活必需的钱',
    over_seizure: '冻结的钱物明显超过欠款',
    already_paid: '已经还过的钱还在执行',
    beyond_judgment: '执行的数额超出判决',
  } satisfies Record<EnforcementGround, string>,
  liftGrounds: {
    performed: '已经全部还清',
    security: '已经提供了担保',
    creditor_consent: '原告（申请执行人）同意解除',
  } satisfies Record<LiftGround, string>,
}

export const afterAnswerIssueText = {
  applied_within_period: (label: string) => `按你填的“${label}”，原告是在两年内申请执行的，不能以超过申请执行时效为由提出异议。请核对执行通知书上的日期。`,
}
