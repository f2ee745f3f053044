/**
 * 异议书（对支付令提出异议用）[S: 民事诉讼文书样式 2016 的结构]. 民事诉讼法第二百二十七条第二款: a WRITTEN
 * objection within 15 days of receipt; 第二百二十八条: if it holds, the court ends the 督促程序 and the
 * order lapses. 解释第四百三十六条: objecting only that one cannot pay, or asking for more time or
 * another way to pay, does not affect the order — so every reason offered here disputes the debt itself.
 * 解释第四百三十二条: objecting to some of the claims leaves the others in force, so the request names exactly what
 * is objected to (paymentOrderScope.ts computes `disputedScope`). The limitation defence (民法典第一百八十八条,
 * 第一百九十二条第一款) is an objection to the debt itself and belongs here when the period may have run.
 * (All checked against the 2023 law, the 2022 解释 and the 民法典.)
 */
import { defineTemplate } from '../template'

export const paymentOrderReasons = ['amount_wrong', 'already_repaid', 'principal_not_received', 'charges_too_high', 'not_my_debt', 'limitation_expired'] as const
export type PaymentOrderReason = (typeof paymentOrderReasons)[number]

export const paymentOrderObjectionTemplate = defineTemplate('payment_order_objection', { reasons: 'choices', reasonText: 'text', repaidFen: 'amount', disputed: 'choices', disputedScope: 'text' }, (s) => [
  { kind: 'title', text: '异议书', subtitle: '（对支付令提出异议）' },
  { kind: 'party', role: '异议人（债务人）' },
  { kind: 'paragraph', indent: false, text: ['申请人（债权人）：', s.text('plaintiff'), '。'] },
  { kind: 'heading', text: '请求事项' },
  { kind: 'paragraph', text: ['对', s.text('court'), s.text('caseNumber'), '支付令', s.text('disputedScope'), '提出异议，请求依法裁定终结督促程序。'] },
  { kind: 'heading', text: '事实和理由' },
  { kind: 'paragraph', text: ['异议人于', s.date('servedOn'), '收到', s.text('court'), s.text('caseNumber'), '支付令。异议人对支付令所列债务本身有异议，理由如下：'] },
  { kind: 'chosen', slot: s.key('reasons'), options: {
    amount_wrong: ['支付令所列欠款数额与实际情况不符，申请人未提供完整的借款和还款明细，债权债务关系并不明确。'],
    already_repaid: ['异议人已经向申请人还款', s.amount('repaidFen'), '，支付令所列数额没有扣除上述已还款项。'],
    principal_not_received: ['异议人实际收到的借款少于申请人主张的本金，利息不得预先在本金中扣除，本金应按实际借款数额认定。'],
    charges_too_high: ['申请人主张的利息、罚息、违约金及各项费用的计算标准过高，超出法律保护的范围，异议人对此不予认可。'],
    not_my_debt: ['异议人与申请人之间不存在支付令所列的借款关系，该笔债务并非异议人本人借用。'],
    limitation_expired: ['申请人的请求已超过三年诉讼时效期间（《中华人民共和国民法典》第一百八十八条第一款），异议人提出诉讼时效抗辩（同法第一百九十二条第一款）；申请人主张诉讼时效中断的，应当举证证明。'],
  } },
  { kind: 'freeText', slot: s.key('reasonText') },
  { kind: 'paragraph', text: ['综上，异议人与申请人之间的债权债务关系存在争议。根据《中华人民共和国民事诉讼法》第二百二十七条、第二百二十八条的规定，异议人在收到支付令之日起十五日内提出书面异议，请求贵院依法裁定终结督促程序。'] },
  { kind: 'addressee', lead: '此致', slot: s.key('court') },
  { kind: 'signature', role: '异议人（签名）' },
])
