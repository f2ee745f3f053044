/**
 * 还款（调解）方案：交给法院或原告，表示愿意调解并提出具体方案。诉讼费用交纳办法第十五条（调解结案的，
 * 案件受理费减半交纳）和第三十一条（调解结案的，诉讼费用由当事人协商负担）, checked against its text.
 * Either one payment by a date, or installments from money/installmentPlan.ts. The plan does not confirm the
 * principal (it states what the plaintiff claims), is conditional on a written mediation agreement, and carries
 * the reservation line (reservation.ts: 民诉法解释第一百零七条).
 */
import { defineTemplate } from '../template'
import { reservationBlock } from './reservation'

export const repaymentModes = ['lump_sum', 'installments'] as const
export type RepaymentMode = (typeof repaymentModes)[number]

export const repaymentPlanTemplate = defineTemplate('repayment_plan', {
  principalFen: 'amount', proposedFen: 'amount', payBy: 'date', mode: 'choices', months: 'count', firstDueOn: 'date',
  regularFen: 'amount', lastFen: 'amount', installments: 'installments', hardshipText: 'text',
}, (s) => [
  { kind: 'title', text: '还款方案', subtitle: '（调解用）' },
  { kind: 'party', role: '被告' },
  { kind: 'paragraph', text: [s.text('court'), s.text('caseNumber'), '原告', s.text('plaintiff'), '诉被告', s.text('caseType'), '一案，被告愿意通过调解解决纠纷，提出还款方案如下：'] },
  { kind: 'paragraph', if: [s.key('principalFen')], text: ['一、原告起诉主张的本金为', s.amount('principalFen'), '。'] },
  { kind: 'paragraph', text: ['二、在双方达成书面调解协议的前提下，被告愿意向原告支付', s.amount('proposedFen'), '，作为本案全部欠款的清偿：'] },
  { kind: 'chosen', slot: s.key('mode'), numbered: false, options: {
    lump_sum: ['于', s.date('payBy'), '前一次性付清。'],
    installments: ['分', s.count('months'), '期按月支付，首期于', s.date('firstDueOn'), '支付，每期', s.figures('regularFen'), '元，最后一期', s.figures('lastFen'), '元。'],
  } },
  { kind: 'installments', slot: s.key('installments') },
  { kind: 'paragraph', text: ['三、被告按上述方案履行后，原告放弃其余利息、罚息、违约金及其他费用的请求。'] },
  { kind: 'paragraph', text: ['四、本案以调解方式结案的，案件受理费减半交纳（《诉讼费用交纳办法》第十五条）；减半后的诉讼费用由原告负担，或者由双方协商确定（同办法第三十一条）。'] },
  { kind: 'freeText', slot: s.key('hardshipText') },
  { kind: 'paragraph', text: ['以上方案以双方签订书面调解协议或者法院制作调解书为前提；未达成调解的，本方案不发生效力。'] },
  reservationBlock('被告', '本方案'),
  { kind: 'addressee', lead: '此致', slot: s.key('court') },
  { kind: 'signature', role: '被告（签名）' },
])
