/**
 * 证据清单每一项的文字：是什么、为什么要（点明它支持答辩状的哪一项）、怎么拿到、证明目的（写进答辩状
 * 的证据清单）。只被 prepare/ 分包和文书分包引用。
 * 「怎么拿到」里各 App 的菜单是写作时的样子（2026 年），App 常改版，页面上标明「可能已经变了」。
 */
import type { ClaimKind } from '@/domain/claims/claimKind'
import type { EvidenceItemCode } from '@/domain/evidence/checklist'
import type { LenderKey } from '@/storage/caseRecord'

/** Lenders whose apps we describe; everything else gets the general text. */
type HowKey = 'alipay' | 'mybank' | 'consumer' | 'card' | 'general'

export function howKeyOf(lender: LenderKey): HowKey {
  if (lender === 'alipay' || lender === 'mybank' || lender === 'card') return lender
  if (lender === 'zhaolian' || lender === 'mashang' || lender === 'bocfc' || lender === 'cibfc') return 'consumer'
  return 'general'
}

export type EvidenceItemText = {
  title: string
  what: string
  why: (kind: ClaimKind) => string
  how: Partial<Record<HowKey, string>> & { general: string }
  /** 证明目的, in the defendant's voice, for the answer's 证据清单. */
  purpose: string
}

/** The item of the official answer form where 提示说明 is written (documents.md §1.1–1.3). */
const disclosureItem: Record<ClaimKind, string> = {
  financial_loan: '「有无其他免责/减责事由」',
  credit_card: '「原告就合约主要条款进行提示注意、说明的情况」',
  guarantee_insurance: '「提示注意、说明的情况」',
  private_loan: '「其他需要说明的内容」',
  small_loan: '「有无其他免责/减责事由」',
  recourse: '「提示注意、说明的情况」',
}

const same = (text: string) => () => text

// Rules behind the sentences below ([V] in the law texts, LawRefBook/Laws):
// - recordings of one's own calls: 民事诉讼法解释第一百零六条 excludes only evidence obtained by seriously
//   infringing others' rights or by prohibited means; concessions made to settle: 第一百零七条;
// - electronic data must be shown in the original: 民事诉讼证据规定第十五条;
// - copies of evidence for each opposing party: 民事诉讼证据规定第十九条;
// - payment order: 15 days to object in writing (民事诉讼法第二百二十七条); "cannot pay" alone is no
//   objection (民事诉讼法解释第四百三十六条, legal-rules.md §9);
// - small claims are final at first instance (民事诉讼法第一百六十五条);
// - 民间借贷 principal is the amount actually lent (民间借贷规定第二十六条), rate cap 4 × LPR (第二十五条);
// - fee relief for hardship: 诉讼费用交纳办法第四十四条至第四十八条;
// - a demand that reaches the debtor (SMS, letters, data messages) restarts the limitation period: 民法典第一百九十五条,
//   诉讼时效规定第八条; an assignment notice reaching the debtor too (第十七条);
// - the lender bears the burden of its 提示说明, and a tick box or pop-up alone does not discharge it online:
//   合同编通则解释第十条第三款.

export const evidenceItemText: Record<EvidenceItemCode, EvidenceItemText> = {
  loan_agreement: {
    title: '借款合同（电子协议）',
    what: '借款时在 App 里点“同意”的借款合同、借款协议，以及一起签的服务协议、担保或保险协议。',
    why: same('答辩状「合同签订情况」「借款金额」「借款利率」几项要对照合同写；合同里没写的费用可以提出异议。'),
    how: {
      alipay: '支付宝 App →「我的」→ 花呗或借呗 → 右上角「…」或「设置」→「合同与协议」，逐份截图或保存。',
      mybank: '网商银行 App（或支付宝里的「网商贷」）→ 借款记录 → 点进某一笔 → 查看合同。',
      consumer: '这家公司的 App →「我的」→ 借款记录或合同；找不到就打它的客服电话，要求提供借款合同和还款明细。',
      general: '在借款的 App 里找「合同」「协议」；找不到就打客服电话或写信要求对方提供。起诉状附的证据里通常也有合同。',
    },
    purpose: '证明借款合同约定的借款金额、利率和各项费用。',
  },
  card_agreement: {
    title: '信用卡申请表和领用合约',
    what: '办卡时签的申请表、《信用卡领用合约》、章程，以及分期、调额时确认的条款。',
    why: same('答辩状「信用卡合约的主要约定」和「提示注意、说明的情况」两项要对照它写。'),
    how: {
      card: '银行 App 或信用卡 App →「我的」→ 协议或合约；也可以打信用卡中心客服电话，要求提供当时签的申请表和领用合约。',
      general: '银行 App 里找「协议」「合约」；或打客服电话要求提供申请表和领用合约。起诉状附的证据里通常也有。',
    },
    purpose: '证明信用卡合约的约定内容，以及原告是否就利息、费用等条款作出提示和说明。',
  },
  insurance_policy: {
    title: '保证保险合同和原来的借款合同',
    what: '借款时一起签的保证保险合同（投保单、保险单）、原来的借款合同，以及保费怎么收的约定。',
    why: same('答辩状「保证保险合同的签订情况」「主要约定」和「被告借款合同的主要约定」几项要对照它们写。'),
    how: { general: '在借款的 App 里找「保险」「保单」「合同」；或打保险公司客服电话，报身份证号要求提供保单和合同。' },
    purpose: '证明保证保险合同和借款合同的约定内容，以及保险费的收取情况。',
  },
  iou: {
    title: '借条、借款协议或约定借钱的聊天记录',
    what: '写明借多少、利息多少、什么时候还的借条、借款协议，或者微信、短信里约定借款的对话。',
    why: same('答辩状「借款金额」「借款期限」「借款利率」几项要对照它写；约定的利率不能超过合同成立时一年期 LPR 的四倍。'),
    how: { general: '手里的借条拍照；聊天记录在手机里截图，截到对方头像、名字和日期，原始记录别删。' },
    purpose: '证明借款的约定内容，包括金额、期限和利率。',
  },
  disclosure_pages: {
    title: '签约时的提示说明页面',
    what: '签合同时，利息、费用、违约金这些条款是怎么给你看的：只有一个勾选框、一个弹窗，还是有人专门向你讲过它们的意思和后果。',
    why: (kind) => `答辩状${disclosureItem[kind]}一项要写这个。对方有没有提示、说明过，要由对方举证；网上签约时只设置了勾选框或弹窗，不足以证明它提示、说明过（合同编通则解释第十条第三款）。没有提示说明的格式条款，你可以主张它不成为合同的内容。`,
    how: { general: '能看到的协议页面都截图：条款有没有加粗、有没有单独提示、有没有人讲解。只看到勾选框或弹窗的也截图，这正好说明只有勾选或弹窗。当时怎么签的，把你记得的经过写在笔记里。' },
    purpose: '证明签约时利息、费用、违约金等格式条款的展示方式，原告未以合理方式提示，也未作说明。',
  },
  loan_records: {
    title: '借款和还款记录、账单',
    what: '每一笔借款实际到账多少、哪天到账，还款计划，每一期还了多少、哪天还的。',
    why: same('答辩状「借款金额」「借款发放时间」「还款情况」「是否逾期」几项都要对照这些记录写。'),
    how: {
      alipay: '支付宝 App → 花呗或借呗 →「账单」「借还记录」，点进每一笔截图；也可以在支付宝「我的」→「账单」里按时间查。',
      mybank: '网商银行 App 或支付宝里的「网商贷」→ 借款记录、还款记录，逐笔截图。',
      consumer: '这家公司的 App →「我的」→ 借款记录、还款记录；也可以要求客服发送还款明细。',
      general: '借款 App 的借款记录、还款记录；你自己的银行卡流水里也能看到到账和扣款。',
    },
    purpose: '证明实际到手的借款金额、放款时间和还款情况。',
  },
  card_statements: {
    title: '信用卡账单（对账单）',
    what: '每月账单：透支本金、利息、违约金（滞纳金）、分期手续费，以及每一笔还款。',
    why: same('答辩事项「透支本金」和「利息、罚息、复利、滞纳金、违约金、手续费等」要逐项对照账单核对。'),
    how: {
      card: '银行 App 或信用卡 App →「账单」→ 历史账单，逐月截图；也可以打客服电话要求把对账单发到邮箱。',
      general: '银行 App 的历史账单；或打客服电话要求提供对账单。',
    },
    purpose: '证明透支本金、利息和各项费用的构成，以及已还款情况。',
  },
  private_transfers: {
    title: '对方转给你的钱和你还的钱',
    what: '对方实际转给你的每一笔（银行、微信、支付宝），和你还给对方的每一笔。',
    why: same('答辩状「借款金额」「还款情况」两项靠它：民间借贷的本金按实际出借的金额认定，预先扣掉的利息不算本金。'),
    how: { general: '手机银行 → 交易明细，按对方账户筛选后截图（银行柜台可以打印盖章的流水）；微信「我」→「服务」→「钱包」→「账单」；支付宝「我的」→「账单」。' },
    purpose: '证明实际收到的借款金额和已还款情况。',
  },
  insurer_payout_notice: {
    title: '保险公司的理赔（代偿）通知和凭证',
    what: '保险公司说它替你向借款机构赔付了多少、哪天赔付的通知，以及保费是怎么扣的。',
    why: same('答辩事项「对理赔款有无异议」「对保险费、违约金等有无异议」要对照它写。'),
    how: { general: '短信、App 消息里的理赔或代偿通知截图；起诉状附的证据里通常有代偿凭证，核对金额和日期。' },
    purpose: '证明原告实际理赔（代偿）的金额和时间。',
  },
  repayment_receipts: {
    title: '部分还款的凭证',
    what: '你已经还过的每一笔：转账记录、扣款短信、还款成功的页面。',
    why: same('答辩状「还款情况」一项要写清已还多少：已还的钱应当从对方的请求里扣除。'),
    how: { general: '借款 App 的还款记录、银行卡扣款流水、还款成功短信，逐笔截图，日期和金额要看得清。' },
    purpose: '证明答辩人已经还款的金额和时间。',
  },
  demand_records: {
    title: '最后一次催收是哪天到你这里的（或者一直没有）',
    what: '对方或催收公司最后一次向你要钱的短信、电话、信件、App 消息、债权转让通知：哪天、用什么方式、有没有到你手里。一直没收到过的，也把能说明这一点的记录留好。',
    why: same('诉讼时效可能已经过了。催收只要到达你，三年就重新计算（民法典第一百九十五条、诉讼时效规定第八条）；催收过、到达过你，要由原告举证。你自己的记录用来核对原告的证据：号码是不是你的、日期对不对、那段时间有没有收到。诉讼时效写在答辩状「其他免责/减责事由」一项。'),
    how: { general: '手机的短信记录、通话记录（按时间找对方号码）、借款 App 的「消息中心」、邮箱，截图时带上日期和号码，原始记录别删。换过手机号的，留好换号的时间（例如营业厅的记录）。' },
    purpose: '证明原告最后一次向答辩人主张权利的时间，或者答辩人未收到催收，诉讼时效期间已经届满。',
  },
  post_judgment_payments: {
    title: '判决后的还款和和解记录',
    what: '判决以后你还的每一笔，以及和对方谈好的和解、分期协议。',
    why: same('执行时已还的钱要扣除；和对方达成的分期或和解，一定要有书面记录。'),
    how: { general: '还款凭证逐笔截图；和解、分期一定要对方书面确认（盖章的协议、官方 App 或短信里的确认）。' },
    purpose: '证明判决后已经还款的金额和双方的和解情况。',
  },
  negotiation_records: {
    title: '协商和催收记录',
    what: '你和对方协商还款的记录，以及对方催收的电话、短信、上门记录。',
    why: same('答辩状最后的「其他需要说明的内容」可以写协商经过；催收记录也关系到诉讼时效和催收是否合法。'),
    how: {
      general: '短信、微信、App 消息截图时带上对方号码和日期，原始记录别删，开庭时可能要当场打开手机核对。你自己参加的通话，可以用手机的通话录音录下来；只录你自己参加的对话，不要录别人之间的谈话，也不要把录音发到网上。协商时为了和解做出的让步，以后不能被当作对你不利的证据。',
    },
    purpose: '证明双方协商还款的经过和原告的催收情况。',
  },
  hardship_proof: {
    title: '收入和困难证明',
    what: '失业（离职证明、失业登记）、疾病（病历、诊断证明、住院发票）、家庭困难（低保、残疾证、要抚养赡养的人）、近几个月的收入流水。',
    why: same('答辩状「其他需要说明的内容」可以写困难情况；这些材料也用于调解、分期还款和申请缓交、减交、免交诉讼费。'),
    how: { general: '向原单位要离职证明；医院病案室复印病历；社区或民政部门开具困难证明；手机银行导出近几个月的工资流水。' },
    purpose: '证明答辩人目前的经济困难情况。',
  },
  identity_proof: {
    title: '身份证明（身份证复印件）',
    what: '身份证正反面复印在同一页。',
    why: same('答辩状的说明要求附上身份证明，「当事人信息」一栏按身份证填写。'),
    how: { general: '打印店或手机扫描都可以；多印几份备用。' },
    purpose: '证明答辩人的身份。',
  },
  court_papers: {
    title: '起诉状副本、证据副本和通知书',
    what: '起诉状副本、原告的证据副本、应诉通知书、举证通知书、传票，以及能看出哪天收到的信封或短信。',
    why: same('答辩状要逐项回应起诉状；所有期限都从你收到材料那天算，信封和短信是证据。'),
    how: { general: '全部留好、不要丢；电子送达的截图保存短信和链接里的文书。看不清或缺页的，打 12368 或联系承办法官。' },
    purpose: '证明原告的诉讼请求和法院的送达情况。',
  },
  payment_order_papers: {
    title: '支付令和收到的日期',
    what: '法院发来的支付令，以及能看出哪天收到的信封或短信。',
    why: same('收到后 15 日内可以提出书面异议，异议要针对债务本身（哪笔钱不对、为什么）；只说没钱还不算异议。'),
    how: { general: '支付令原件和信封留好；电子送达的保存短信和链接里的文书。' },
    purpose: '证明支付令的内容和送达时间。',
  },
  mediation_papers: {
    title: '诉前调解的通知',
    what: '调解通知、调解员的联系方式、对方提出的还款方案。',
    why: same('调解时会逐项核对金额和还款方案；调解不成才会正式立案。'),
    how: { general: '短信、电话里的调解通知截图或记下来；对方的方案要书面的。' },
    purpose: '证明诉前调解的经过。',
  },
  judgment_papers: {
    title: '判决书（裁定书）和送达凭证',
    what: '判决书或裁定书，以及能看出哪天收到的信封或短信。',
    why: same('上诉期从收到判决书的第二天算起（小额诉讼一审终审，不能上诉）；执行也以判决为准。'),
    how: { general: '原件和信封留好；电子送达的保存短信和文书。' },
    purpose: '证明判决的内容和送达时间。',
  },
  hearing_id_original: {
    title: '身份证原件',
    what: '开庭时法院当场核对身份。',
    why: same('没有身份证，可能无法出庭应诉。'),
    how: { general: '前一天就放进包里。' },
    purpose: '核对身份。',
  },
  hearing_summons: {
    title: '传票',
    what: '写着开庭时间、地点（法庭号）的传票。',
    why: same('进法院、找法庭要用；开庭时间以传票为准。'),
    how: { general: '电子送达的传票提前截图或打印，法院里手机可能没信号。' },
    purpose: '出庭凭证。',
  },
  hearing_answer_copies: {
    title: '答辩状',
    what: '签好名的答辩状；如果开庭前已经交过，带一份自己留底。',
    why: same('法官按答辩状逐项审理；要给法院和每一个对方当事人各一份。'),
    how: { general: '打印、签名；份数见右边。' },
    purpose: '答辩意见。',
  },
  hearing_evidence_set: {
    title: '证据原件和复印件',
    what: '上面标为“已准备”的证据：原件带去核对，复印件按顺序编号，附一份证据清单。',
    why: same('开庭时要出示原件；复印件给法院和每一个对方当事人各一套。'),
    how: { general: '手机里的截图、录音也算证据，带上手机，原始记录别删。份数见右边。' },
    purpose: '开庭质证。',
  },
}
