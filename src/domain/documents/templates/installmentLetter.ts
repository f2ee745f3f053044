/**
 * 分期还款协商申请（写给出借方，没有官方样式，documents.md §2）。内容按种子文章的建议：如实说明困难、附证明、
 * 提出具体可行的方案、要求书面确认（「任何口头承诺都应形成书面协议」）。还款计划由 money/installmentPlan.ts
 * 算出，各期相加等于总额。方案以对方书面同意为前提，并有保留条款（reservation.ts）。
 */
import { defineTemplate } from '../template'
import { hardshipSentences } from './hardship'
import { reservationBlock } from './reservation'

export const installmentLetterTemplate = defineTemplate('installment_letter', {
  accountInfo: 'text', hardships: 'choices', hardshipText: 'text', totalFen: 'amount', months: 'count', firstDueOn: 'date',
  regularFen: 'amount', lastFen: 'amount', installments: 'installments', proofs: 'text',
}, (s) => [
  { kind: 'title', text: '分期还款协商申请' },
  { kind: 'paragraph', indent: false, text: [s.text('plaintiff'), '：'] },
  { kind: 'paragraph', text: ['本人', s.text('name'), '（联系电话：', s.text('phone'), '）在贵司有一笔欠款（', s.text('accountInfo'), '）。'] },
  { kind: 'paragraph', if: [s.key('caseNumber')], text: ['贵司已就该笔欠款向', s.text('court'), '提起诉讼，案号为', s.text('caseNumber'), '。'] },
  { kind: 'paragraph', text: ['本人没有逃避债务的意思，但目前确实无力一次性还清，原因如下：'] },
  { kind: 'chosen', slot: s.key('hardships'), options: hardshipSentences },
  { kind: 'freeText', slot: s.key('hardshipText') },
  { kind: 'paragraph', text: ['为解决这笔欠款，本人提出以下分期还款方案，供贵司考虑。本方案以贵司书面同意、双方签订书面还款协议为前提；贵司不同意的，本方案不发生效力：'] },
  { kind: 'paragraph', text: ['一、还款总额', s.amount('totalFen'), '。'] },
  { kind: 'paragraph', text: ['二、分', s.count('months'), '期按月偿还，首期还款日为', s.date('firstDueOn'), '，以后每月同一日还款；每期', s.figures('regularFen'), '元，最后一期', s.figures('lastFen'), '元，合计', s.figures('totalFen'), '元。'] },
  { kind: 'installments', slot: s.key('installments') },
  { kind: 'paragraph', text: ['三、本人按上述方案按时还款期间，请求贵司停止计收罚息、违约金和其他费用，停止催收，并依法撤回起诉或者同意调解结案。'] },
  { kind: 'paragraph', if: [s.key('proofs')], text: ['随信附上', s.text('proofs'), '，证明上述情况属实。'] },
  { kind: 'paragraph', text: ['恳请贵司考虑本人的实际情况，同意上述方案。同意的，请以书面形式（盖章的还款协议或书面回复）确认；双方签订书面协议后，本人按协议履行。'] },
  reservationBlock('本人', '本函'),
  { kind: 'signature', role: '申请人（签名）' },
])
