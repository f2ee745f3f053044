/**
 * 诉讼时效：核对页上的几个问题，以及结果里的一张卡片。只被 prepare/ 分包引用。
 * 条文（LawRefBook/Laws 核对过，原文在 legalTextsClaims.ts）：民法典第一百八十八条（三年）、第一百八十九条（分期从最后
 * 一期起算）、第一百九十二条（期满可以抗辩；期满后同意履行的不能再抗辩）、第一百九十三条（法院不主动适用）、
 * 第一百九十五条（催收、同意履行、起诉 → 重新计算）；诉讼时效规定第三条（一审不提，二审一般不支持）、第八条（催收
 * 到达才中断）、第十四条（分期、部分履行、请求延期 = 同意履行）、第十七条（债权转让通知到达）、第十九条。
 * 我们只说「可能已过」：原告可能有催收到达你的证据。
 */
import type { ClaimKind } from '@/domain/claims/claimKind'
import type { LimitationAssessment, LimitationEvent } from '@/domain/claims/limitation'
import type { RememberedForm } from '@/storage/claimCheckStore'
import { fullDate } from './claimResults'

type Question = 'lastRepayment' | 'lastDemand' | 'lastPromise'
type Choice = Exclude<RememberedForm['choice'], ''>

export const limitationEventName: Record<LimitationEvent, string> = {
  last_due: '最后一期到期', last_repayment: '最后一次还款', last_demand: '最后一次催收到达你', last_promise: '最后一次答应还款',
}

export const limitationText = {
  section: '诉讼时效：欠款是不是很久以前的',
  lead: '最后一期到期、最后一次还款、最后一次被催收、最后一次答应还款，如果都在原告起诉前三年以上，你可以提出“诉讼时效已过”。法院不会替你提，要在一审答辩时自己提出。记得的填日期，记不清的选“不记得”。',
  lastDueOn: '最后一期的还款日',
  lastDueHint: (kind: ClaimKind) => (kind === 'credit_card'
    ? '信用卡：最后一期账单上的“到期还款日”。'
    : '分期借款：合同约定的最后一期还款日，不是第一次逾期那天（民法典第一百八十九条）。对方宣布全部提前到期的，也先填合同的最后一期。'),
  lastDueFromSchedule: (date: string) => `没有填时，按上面的还款计划算：最后一期是${fullDate(date)}。`,
  questions: {
    lastRepayment: '你最后一次还钱是哪天？（被自动扣款也算）',
    lastDemand: '对方或者催收的人最后一次向你要钱、而且你收到了，是哪天？',
    lastPromise: '你有没有答应过还钱，或者申请过分期、延期、还款计划？',
  } satisfies Record<Question, string>,
  hints: {
    lastRepayment: '还一部分也算（诉讼时效规定第十四条）。',
    lastDemand: '短信、电话、信件、App 消息、债权转让通知都算。发到你留给对方的手机号、地址、邮箱的，就算你没看，也可能算作到了（诉讼时效规定第八条、第十七条）。',
    lastPromise: '口头、短信里答应的，或者在 App 里申请分期、延期的，都算（诉讼时效规定第十四条）。',
  } satisfies Record<Question, string>,
  choices: {
    lastRepayment: { date: '记得日期', none: '一次都没还过', unsure: '不记得了' },
    lastDemand: { date: '记得日期', none: '从来没收到过', unsure: '不记得了' },
    lastPromise: { date: '有，记得日期', none: '没有', unsure: '不确定' },
  } satisfies Record<Question, Record<Choice, string>>,
  dateLabel: { lastRepayment: '最后一次还款的日期', lastDemand: '最后一次催收到达你的日期', lastPromise: '最后一次答应还款的日期' } satisfies Record<Question, string>,
  fromRepaymentList: (date: string) => `按你填的还款记录，最后一笔是${fullDate(date)}，按这一天算。`,
  filedOn: '立案日期（可以不填）',
  filedOnHint: '受理通知书上写的立案日期。不填就按案号的年份和你收到材料的日期推算。',

  // The result card.
  title: '诉讼时效',
  status: {
    may_have_run: (ranOn: string, filingKnown: boolean) => `诉讼时效可能已经过了：三年在${fullDate(ranOn)}届满，${filingKnown ? '原告立案时已经超过' : '按案号年份推算，原告起诉时已经超过'}。`,
    depends_on_filing_date: (ranOn: string) => `要看立案日期：三年在${fullDate(ranOn)}届满，原告在这一天以后立案的，诉讼时效可能已经过了。请填受理通知书上的立案日期。`,
    not_run: (ranOn: string) => `按你填的日期，诉讼时效到${fullDate(ranOn)}才届满，原告起诉时还没有过。`,
    unanswered: '还没有填“最后一期的还款日”，没法判断诉讼时效。',
  },
  answerLink: '去填诉讼时效的几个日期 ↓',
  countedFrom: (event: LimitationEvent, on: string) => `从${limitationEventName[event]}（${fullDate(on)}）的第二天起算三年。`,
  raiseIt: '要提的话，写进答辩状“其他免责/减责事由”一项（已经列在下面可以提出的意见里）。',
  demandsUnknown: '你不记得或者没有收到过催收：如果原告拿出催收到达你的证据，三年从那天重新算。',
  always: [
    '催收的短信、电话、信件、App 消息，只要到了你这里（发到你留给对方的手机号、地址、邮箱的也算），三年就重新算（民法典第一百九十五条、诉讼时效规定第八条）。催收过、到达过你，要由原告拿出证据证明。',
    '诉讼时效要你自己在一审答辩时提出：法院不会主动适用（民法典第一百九十三条）；一审没提，到二审再提一般不支持（诉讼时效规定第三条）。',
  ],
  promiseWarning: '时效可能已过时，答应还款、申请分期或者先还一部分，都可能让你失去这个抗辩（民法典第一百九十二条第二款、诉讼时效规定第十九条），三年也会重新算。写协商信、还款计划之前先想清楚。',
  /** The card rule on collection texts and deducted payments (银行卡规定第三条), shown for card debts. */
  cardBasis: '最高人民法院关于审理银行卡民事纠纷案件若干问题的规定第三条',
  basis: ['民法典第一百八十八条', '民法典第一百八十九条', '民法典第一百九十二条', '民法典第一百九十三条', '民法典第一百九十五条', '诉讼时效规定第三条', '诉讼时效规定第八条', '诉讼时效规定第十四条', '诉讼时效规定第十七条', '诉讼时效规定第十九条'],
}

/** The sentence for a status. */
export function limitationStatusLine(a: LimitationAssessment): string {
  if (a.status === 'unanswered') return limitationText.status.unanswered
  if (a.status === 'may_have_run') return limitationText.status.may_have_run(a.ranOn, a.filingDateKnown)
  return limitationText.status[a.status](a.ranOn)
}
