/**
 * 申请书（申请人民法院调查收集证据）. Checked against the texts in LawRefBook/Laws:
 * - 民事诉讼法第六十七条第二款: evidence a party cannot collect for objective reasons, the court shall collect;
 * - 民诉法解释第九十四条: those reasons are (一) kept by a state body the party may not consult, (二) state secrets,
 *   trade secrets or privacy, (三) other objective reasons; apply in writing before the evidence period ends;
 *   第九十五条: evidence unrelated or unnecessary is refused;
 * - 证据规定第二十条: in writing before the evidence period ends, naming who holds it (name, address), what it is,
 *   why the court must collect it, the fact it proves, and the clues.
 */
import { defineTemplate } from '../template'

export const collectionReasons = ['held_by_authority', 'privacy_or_secret', 'holder_refused'] as const
export type CollectionReason = (typeof collectionReasons)[number]

export const evidenceCollectionTemplate = defineTemplate('evidence_collection', {
  holderName: 'text', holderAddress: 'text', evidenceWanted: 'text', factToProve: 'text', clues: 'text',
  collectionReasons: 'choices', reasonText: 'text', evidenceDue: 'date',
}, (s) => [
  { kind: 'title', text: '申请书', subtitle: '（申请人民法院调查收集证据）' },
  { kind: 'party', role: '申请人（被告）' },
  { kind: 'heading', text: '请求事项' },
  { kind: 'paragraph', text: ['请求贵院向', s.text('holderName'), '调查收集', s.text('evidenceWanted'), '。'] },
  { kind: 'heading', text: '事实和理由' },
  { kind: 'paragraph', text: ['贵院受理的', s.text('caseNumber'), '原告', s.text('plaintiff'), '诉申请人', s.text('caseType'), '一案，举证期限至', s.date('evidenceDue'), '届满。'] },
  { kind: 'paragraph', text: ['一、被调查人：', s.text('holderName'), '，住所地（地址）：', s.text('holderAddress'), '。'] },
  { kind: 'paragraph', text: ['二、需要调查收集的证据：', s.text('evidenceWanted'), '。'] },
  { kind: 'paragraph', text: ['三、该证据要证明的事实：', s.text('factToProve'), '。'] },
  { kind: 'paragraph', text: ['四、需要由人民法院调查收集的原因（《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第九十四条第一款）：'] },
  { kind: 'chosen', slot: s.key('collectionReasons'), numbered: false, options: {
    held_by_authority: ['该证据由国家有关部门保存，申请人无权查阅调取（第（一）项）。'],
    privacy_or_secret: ['该证据涉及商业秘密或者他人的个人隐私，申请人无法自行收集（第（二）项）。'],
    holder_refused: ['申请人已经向被调查人申请提供，被调查人以须由人民法院调取为由拒绝提供，申请人因客观原因不能自行收集（第（三）项）。'],
  } },
  { kind: 'freeText', slot: s.key('reasonText') },
  { kind: 'paragraph', text: ['五、线索：', s.text('clues'), '。'] },
  { kind: 'paragraph', text: ['根据《中华人民共和国民事诉讼法》第六十七条第二款和《最高人民法院关于民事诉讼证据的若干规定》第二十条的规定，申请人在举证期限届满前提出书面申请，请求贵院调查收集上述证据。'] },
  { kind: 'addressee', lead: '此致', slot: s.key('court') },
  { kind: 'signature', role: '申请人（签名）' },
])
