/**
 * 文书页面上“先说清楚”的话：写承诺还款的文书之前的时效提醒、管辖权异议在本案有没有用、支付令异议只针对
 * 一部分时的后果。依据写在句子里，条文原文在 legalTextsDocuments.ts（引用测试检查每一条都有原文）。
 */
import type { JurisdictionChance, JurisdictionReasonCode, JurisdictionTarget } from '@/domain/documents/jurisdiction'
import type { PaymentOrderClaim } from '@/domain/documents/paymentOrderScope'
import type { WarnedStatus } from '@/domain/documents/promiseWarning'

export const promiseWarningText = {
  title: '写之前请先看：这份文书可能让你失去“诉讼时效”这个抗辩',
  lead: {
    may_have_run: '按你回答的日期，这笔债可能已经过了三年诉讼时效。过了时效，你可以拒绝还款（民法典第一百九十二条第一款）——但只要你在信里或方案里表示愿意还、提出分期，或者还了一笔钱，就不能再用时效抗辩，还过的钱也要不回来（民法典第一百九十二条第二款、诉讼时效规定第十九条）。',
    depends_on_filing_date: '按你回答的日期，这笔债有没有过三年诉讼时效，要看原告哪一天立案（受理通知书上有）。如果已经过了，你在信里或方案里表示愿意还、提出分期，或者还了一笔钱，就不能再用时效抗辩（民法典第一百九十二条第二款、诉讼时效规定第十九条）。',
    unanswered: '你还没有回答诉讼时效的几个问题（最后一期什么时候到期、最后一次还款、最后一次被催收）。如果这笔债已经过了三年诉讼时效，你在信里或方案里表示愿意还、提出分期，或者还了一笔钱，就不能再用时效抗辩（民法典第一百九十二条第二款、诉讼时效规定第十九条）。',
  } satisfies Record<WarnedStatus, string>,
  restart: '还没过时效的，提出分期或还款计划也会让三年从头算起（民法典第一百九十五条、诉讼时效规定第十四条）。',
  softened: '这份文书已经写成“以对方书面同意为前提”，并声明其中的让步不算承认（民诉法解释第一百零七条），但这只能降低风险：法院仍可能认为你同意还款。拿不准的，先拨打 12348 法律援助热线问一问。',
  toQuestions: '先去回答时效问题',
  acknowledge: '我已了解，仍然要写这份文书',
  acknowledged: '你已看过时效提醒。',
}

export const jurisdictionText = {
  title: '这份异议在你的案子里有没有用',
  headline: {
    none: '基本没有用：受理法院就在你实际居住的地方，它本来就有管辖权。不用写，专心写答辩状。',
    low: '成立的可能很小。',
    unclear: '还看不出来，先回答下面几个问题：',
    real: '有成立的可能。',
  } satisfies Record<JurisdictionChance, string>,
  /** One line on the documents list. */
  listChance: {
    none: '在你的案子里基本没有用：受理法院就在你住的地方。',
    low: '在你的案子里成立的可能很小，点开看为什么。',
    unclear: '有没有用，要先回答几个问题（点开）。',
    real: '按你的回答，在你的案子里有成立的可能。',
  } satisfies Record<JurisdictionChance, string>,
  reason: {
    court_at_home: '被告住所地（或经常居住地）的法院有管辖权（民事诉讼法第二十二条）。',
    lender_seat: '受理法院在原告（出借方）住所地。借钱的合同是给付货币，出借方所在地就是合同履行地，它可以在那里起诉（民事诉讼法第二十四条、民诉法解释第十八条），只说“我住的地方不在这里”一般不会成立。',
    internet_court_lender_city: '这是互联网法院，原告住所就在这个市：网上签订、履行的借款合同纠纷由它集中管辖（互联网法院规定第二条），出借方所在地又是合同履行地（民诉法解释第十八条），异议一般不会成立。',
    agreed_court_alerted: '合同约定了由这个法院管，借款时也专门提醒过你：这样的约定一般有效（民事诉讼法第三十五条）。',
    clause_not_alerted: '合同约定的法院是格式条款，借款时没有专门提醒你，你可以主张这条约定无效（民诉法解释第三十一条）。',
    no_connection_found: '受理法院既不在你实际居住的地方，也不在原告住所地（合同履行地）（民事诉讼法第二十二条、第二十四条）。',
    ask_home: '受理法院在不在你实际居住的地方（民事诉讼法第二十二条、民诉法解释第四条）。',
    ask_lender_seat: '受理法院在不在原告住所地（民诉法解释第十八条）。',
    ask_agreed_court: '合同里有没有约定管辖法院（民事诉讼法第三十五条）。',
    ask_clause_alerted: '借款时有没有专门提醒你这条约定（民诉法解释第三十一条）。',
  } satisfies Record<JurisdictionReasonCode, string>,
  target: {
    habitual_residence: '异议书里应当写：你经常居住地（连续住满一年的地方）所在区县的基层人民法院。',
    domicile: '异议书里应当写：你户籍地所在区县的基层人民法院。',
    agreed_court: '异议书里应当写：合同约定的那个法院。',
  } satisfies Record<JurisdictionTarget, string>,
  always: '异议是否成立由法院决定；不成立的，要交 50 至 100 元（诉讼费用交纳办法第十三条）。不管交不交异议，答辩状都要按期交。',
  smallClaims: '小额诉讼案件里，法院对管辖异议的裁定一作出就生效，不能上诉（民诉法解释第二百七十六条）。',
  suggested: '已按你的回答勾上了合适的理由，可以修改。',
  lenderSeat: (name: string, city: string) => `据公开报道，${name}的住所在${city}（参考，以起诉状上写的原告住所为准）。`,
  /** For an internet court, whether the lender's reported city is the court's. */
  courtCity: (court: string, city: string, same: boolean) => (same ? `${court}在${city}：和原告住所在同一个市。` : `${court}在${city}：和上面说的原告住所不在同一个市。`),
}

const CLAIM_NAMES: Record<PaymentOrderClaim, string> = { principal: '本金', interest: '利息', penalty: '罚息、违约金', fees: '各项费用' }
const names = (claims: readonly PaymentOrderClaim[]): string => claims.map((c) => CLAIM_NAMES[c]).join('、')

export const paymentOrderText = {
  partial: (disputed: readonly PaymentOrderClaim[], undisputed: readonly PaymentOrderClaim[]) =>
    `你只对${names(disputed)}提出异议：${names(undisputed)}部分支付令照样有效，15 天期满后对方可以申请强制执行（民诉法解释第四百三十二条、民事诉讼法第二百二十七条）。这些你也不认的，请一并选上，或者选“全部”。`,
  chargesOnly: '你选了“全部”，但理由只说利息和费用算得太高：法院可能认为你对本金没有异议，本金部分照样有效（民诉法解释第四百三十六条、第四百三十二条）。对本金也有异议的，选上相应的理由或写明补充理由。',
  notAnswered: '还没选对哪些钱有异议；不选，异议书按“全部”写。',
  limitation: {
    may_have_run: '按你回答的日期，这笔债可能已过三年诉讼时效：“过了诉讼时效”是对欠款本身的异议，已帮你勾上。对方说曾经催收过你，要由它拿出证据（民诉法解释第九十条）。',
    depends_on_filing_date: '这笔债有没有过三年诉讼时效，要看对方申请支付令的日期。如果最后一期到期、最后一次还款和最后一次被催收都在那之前三年以上，可以勾上“过了诉讼时效”。',
    unanswered: '如果最后一期到期、最后一次还款和最后一次被催收都在对方申请支付令的三年以前，“过了诉讼时效”也是异议理由。先去回答时效问题，会帮你判断。',
  } satisfies Record<WarnedStatus, string>,
}
