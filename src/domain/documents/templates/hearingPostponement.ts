/**
 * 申请书（申请延期开庭审理）. 民事诉讼法第一百四十九条 (checked): postponement may be granted when (一) a party who
 * must attend has good reason not to; (二) a party asks for recusal at short notice; (三) new witnesses or evidence,
 * a new appraisal or inspection, or further investigation are needed; (四) other cases — which 延长审限和延期开庭
 * 规定第二条 narrows to force majeure or an accident (it cites the 2017 第一百四十六条, now 第一百四十九条). The same
 * 规定第三条 caps postponements: ordinary procedure at most twice, simple procedure and 小额速裁 at most once.
 * 第一百三十九条 (notice three days before the hearing) binds ordinary procedure only (第一百六十三条 frees simple
 * procedure from it), so that reason says 普通程序.
 */
import { defineTemplate } from '../template'

export const postponementReasons = ['illness', 'force_majeure', 'new_evidence', 'notice_too_late'] as const
export type PostponementReason = (typeof postponementReasons)[number]

export const hearingPostponementTemplate = defineTemplate('hearing_postponement', {
  hearingOn: 'date', postponementReasons: 'choices', reasonText: 'text', proofs: 'text', availableFrom: 'date',
}, (s) => [
  { kind: 'title', text: '申请书', subtitle: '（申请延期开庭审理）' },
  { kind: 'party', role: '申请人（被告）' },
  { kind: 'heading', text: '请求事项' },
  { kind: 'paragraph', text: ['请求将', s.text('court'), s.text('caseNumber'), '一案原定于', s.date('hearingOn'), '的开庭延期审理。'] },
  { kind: 'heading', text: '事实和理由' },
  { kind: 'paragraph', text: ['原告', s.text('plaintiff'), '诉申请人', s.text('caseType'), '一案，贵院定于', s.date('hearingOn'), '开庭审理。因下列原因，申请人请求延期开庭：'] },
  { kind: 'chosen', slot: s.key('postponementReasons'), options: {
    illness: ['申请人患病需要治疗，无法按时到庭（《中华人民共和国民事诉讼法》第一百四十九条第（一）项）。'],
    force_majeure: ['因不可抗力或者意外事件，申请人无法按时到庭（《中华人民共和国民事诉讼法》第一百四十九条第（四）项）。'],
    new_evidence: ['申请人需要调取新的证据，已经另行提出申请，证据尚未取得（《中华人民共和国民事诉讼法》第一百四十九条第（三）项）。'],
    notice_too_late: ['本案适用普通程序，申请人收到开庭通知时距开庭不足三日（《中华人民共和国民事诉讼法》第一百三十九条），没有合理的准备时间。'],
  } },
  { kind: 'freeText', slot: s.key('reasonText') },
  { kind: 'paragraph', if: [s.key('proofs')], text: ['现提交', s.text('proofs'), '等证明材料。'] },
  { kind: 'paragraph', if: [s.key('availableFrom')], text: ['申请人自', s.date('availableFrom'), '起可以到庭。'] },
  { kind: 'paragraph', text: ['根据《中华人民共和国民事诉讼法》第一百四十九条的规定，申请延期开庭审理，请求准许。'] },
  { kind: 'addressee', lead: '此致', slot: s.key('court') },
  { kind: 'signature', role: '申请人（签名）' },
])
