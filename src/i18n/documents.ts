/**
 * 文书页面的文案（documents 分包专用）。写给没有律师、正着急的人：每份文书先说为什么、什么时候交。
 * 文书正文本身在 src/domain/documents/templates/（那是文书的内容，不是界面文字）。
 */
import type { ClaimKind } from '@/domain/claims/claimKind'
import type { DocKind } from '@/domain/documents/docKinds'
import { daysLeftText, fullDate } from './dates'
import { hearingCollectionNote, hearingCollectionPurpose } from './documentsHearingCollection'
import { afterAnswerNote, afterAnswerPurpose } from './documentsAfterAnswer'

export { docName } from './documentNames'
export { fieldText, issueText, options, type FieldKey, type FieldText, type OptionSet } from './documentsFields'

/** One line under each document's name: what it is for. */
export const docPurpose: Record<DocKind, string> = {
  jurisdiction_objection: '认为案子不该由这个法院审时，在答辩期内和答辩状一起交。网贷案件常由出借方所在地或合同约定的法院审，那样异议不会成立：先回答几个问题，看看在你的案子里有没有用。',
  answer: '这是最主要的一份：法院的要素式表格，对原告的每一项请求写“有异议”“无异议”或“不确定”，理由写在后面。',
  evidence_extension: '举证期限内确实交不齐证据时用，必须在期限届满前书面申请。',
  small_claims_objection: '认为案子不该按一审终审的小额诉讼审理时用，开庭前提出。',
  payment_order_objection: '不同意支付令上的欠款时用。收到支付令 15 日内书面提出，要对债务本身提出异议。',
  repayment_plan: '愿意调解时，把能接受的还款方案写清楚交给法院或原告。写之前先看时效提醒。',
  installment_letter: '写给原告（出借方）：说明困难，提出分期方案，请对方书面答复。写之前先看时效提醒。',
  penalty_waiver_letter: '写给原告（出借方）：说明困难，请求减免罚息、违约金。写之前先看时效提醒。',
  period_extension: '因不可抗拒的事由或其他正当理由错过了期限，障碍消除后 10 日内申请顺延。',
  fee_relief: '上诉时交不起诉讼费，递交上诉状时一并申请缓交、减交或免交。',
  ...hearingCollectionPurpose,
  ...afterAnswerPurpose,
}

/** The page's first notice for each document: the rule that matters most, in plain words. */
export const docNote: Record<DocKind, string> = {
  jurisdiction_objection: '管辖权异议是可选的，答辩状才是主要的一份。异议要在答辩期内书面提出，可以和答辩状一起交，法院会先审查异议（民事诉讼法第一百三十条、民诉法解释第二百二十三条）。下面先回答几个问题，看这份异议在你的案子里有没有用、该写哪个法院。',
  answer: '这是最高人民法院的要素式答辩状：逐项选“无异议”“有异议”或“不确定”，有异议的写明理由。勾“无异议”等于承认原告的说法，法院可以直接认定（民事诉讼证据规定第三条），以后很难反悔；拿不准就选“不确定”。',
  evidence_extension: '延长举证期限要在期限届满前向法院书面申请（证据规定第五十四条），是否准许由法院决定。',
  small_claims_objection: '小额诉讼一审终审，不能上诉。认为不该适用的，要在开庭前提出异议（民诉法解释第二百七十九条）。',
  payment_order_objection: '只说“现在还不起”“想晚点还”“想分期”，不算异议，支付令照样有效（民诉法解释第四百三十六条）。异议要针对欠款本身：数额不对、已经还过、到手金额不足、利息费用过高、不是你借的、过了诉讼时效等。只对一部分提异议的，其余部分照样生效（民诉法解释第四百三十二条）。口头异议无效。',
  repayment_plan: '调解结案的，案件受理费减半。方案要写你真能做到的金额和日期；方案写明以达成书面调解协议为前提，其中的让步不算承认原告的数额（民诉法解释第一百零七条）。',
  installment_letter: '如实说明困难，附上收入证明、家庭情况说明等材料。信里的方案写明以对方书面同意为前提；对方的任何承诺都要书面确认，口头答应不算数。',
  penalty_waiver_letter: '如实说明困难并附上证明材料。信里写明对方书面同意减免后才还款；对方同意减免的，一定要拿到盖章的书面确认。',
  period_extension: '只有因不可抗拒的事由或其他正当理由耽误期限，才能申请顺延，要在障碍消除后 10 日内提出，是否准许由法院决定（民事诉讼法第八十六条）。',
  fee_relief: '司法救助申请要在起诉或上诉时书面提出，并附上经济困难的证明（诉讼费用交纳办法第四十八条）。准予减交的，减交比例不低于 30%。',
  ...hearingCollectionNote,
  ...afterAnswerNote,
}

export const claimKindName: Record<ClaimKind, string> = {
  financial_loan: '金融借款合同纠纷（银行、消费金融公司的贷款，花呗、借呗等）',
  credit_card: '信用卡纠纷（银行信用卡）',
  guarantee_insurance: '保证保险合同纠纷（保险公司赔付后来追偿）',
  private_loan: '民间借贷纠纷（个人之间借钱）',
  small_loan: '小额借款合同纠纷（小额贷款公司起诉）',
  recourse: '追偿权纠纷（融资担保公司等替你还了钱再来追）',
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
    habitualResidence: '经常居住地（可不填）',
    serviceAddress: '送达地址（法院寄文书的地址）', eService: '是否接受电子送达', eServiceContact: '电子送达方式',
  },
  partyHints: {
    habitualResidence: '离开户籍地、在别的地方连续住满一年的（住院治病的地方不算），写那里的地址；和户籍地一样就不填（民诉法解释第四条）。',
    serviceAddress: '这个地址在答辩状上确认后，法院以后二审、再审和执行的文书都可以寄到这里（民诉法解释第一百三十七条）。搬家了要书面告诉法院，否则寄到旧地址也算送达。',
  } as Partial<Record<string, string>>,
  partyPlaceholders: { birthDate: '1990-01-02', ethnicity: '例如：汉族', eServiceContact: '例如：短信 13800000000' },
  genders: { 男: '男', 女: '女' },
  eServices: { 是: '接受（短信、微信、邮箱等）', 否: '不接受' },
  documentSection: '文书内容',
  datePlaceholder: '2026-09-16',
  pickDate: '选日期',
  answer: {
    claimKindTitle: '用哪一种表格（案由）',
    claimKindHint: '按起诉状上写的案由选；不确定就按原告是谁选。',
    defenceTitle: '答辩事项：对原告的每项请求',
    factsTitle: '事实和理由：对起诉状里的事实',
    factsHint: '和你的情况对不上的，选“有异议”并写理由；拿不准的选“不确定”，不要为了省事勾“无异议”。',
    agree: '无异议',
    object: '有异议',
    unsure: '不确定',
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
  /** Shown on screen and before sharing, never printed in the document itself (issue 17). */
  notice: '本文书由应诉助手按模板生成，仅供参考，不构成法律意见。请逐项核对、修改后再签名提交；拿不准的，可以拨打 12348 法律援助热线咨询。文书本身只有你的话，这段提示不会印在文书里。',
  mainTag: '主要任务',
  optionalTag: '可选',
}
