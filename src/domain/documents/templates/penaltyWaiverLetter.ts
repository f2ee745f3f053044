/**
 * 减免罚息、违约金申请（写给出借方，没有官方样式，documents.md §2）。按文章的建议：如实陈述困难、附证明、
 * 合理表达诉求（还本金，请求减免罚息、违约金、复利），要求书面答复。还款的意思以对方书面同意减免为前提，
 * 并有保留条款（reservation.ts）。
 */
import { defineTemplate } from '../template'
import { hardshipSentences } from './hardship'
import { reservationBlock } from './reservation'

export const penaltyWaiverLetterTemplate = defineTemplate('penalty_waiver_letter', {
  accountInfo: 'text', hardships: 'choices', hardshipText: 'text', principalFen: 'amount', waiveFen: 'amount', payBy: 'date', proofs: 'text',
}, (s) => [
  { kind: 'title', text: '减免罚息、违约金申请' },
  { kind: 'paragraph', indent: false, text: [s.text('plaintiff'), '：'] },
  { kind: 'paragraph', text: ['本人', s.text('name'), '（联系电话：', s.text('phone'), '）在贵司有一笔欠款（', s.text('accountInfo'), '）。'] },
  { kind: 'paragraph', if: [s.key('caseNumber')], text: ['贵司已就该笔欠款向', s.text('court'), '提起诉讼，案号为', s.text('caseNumber'), '。'] },
  { kind: 'paragraph', text: ['本人逾期并非恶意拖欠，而是因为：'] },
  { kind: 'chosen', slot: s.key('hardships'), options: hardshipSentences },
  { kind: 'freeText', slot: s.key('hardshipText') },
  { kind: 'paragraph', text: ['恳请贵司减免逾期产生的罚息、违约金、复利及其他费用共计', s.amount('waiveFen'), '。如贵司书面同意上述减免，本人愿意在双方签订书面协议后，于', s.date('payBy'), '前偿还本金', s.amount('principalFen'), '；贵司不同意的，本函不构成本人的还款承诺。'] },
  { kind: 'paragraph', if: [s.key('proofs')], text: ['随信附上', s.text('proofs'), '，证明上述情况属实。'] },
  { kind: 'paragraph', text: ['请贵司以书面形式答复。同意减免的，请出具盖章的书面确认或者与本人签订书面协议，本人按约定履行。'] },
  reservationBlock('本人', '本函'),
  { kind: 'signature', role: '申请人（签名）' },
])
