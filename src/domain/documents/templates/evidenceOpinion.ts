/**
 * 质证意见. 民事诉讼法第七十一条: evidence is shown in court and examined by the parties; 民诉法解释第一百零三条:
 * evidence not examined cannot found a finding; 第一百零四条第一款: 质证 is about 真实性、合法性、关联性;
 * 证据规定第六十条第二款: a written 质证意见 may be allowed, and the court sends it to the other side. (All checked
 * against the texts in LawRefBook/Laws.) No SPC model form; the structure is the common practice [S]: 案号, the
 * parties, one section per exhibit as the plaintiff's 证据目录 lists it, signature.
 */
import { defineTemplate } from '../template'

export const evidenceOpinionTemplate = defineTemplate('evidence_opinion', { exhibits: 'exhibits', reasonText: 'text' }, (s) => [
  { kind: 'title', text: '质证意见' },
  { kind: 'paragraph', indent: false, text: ['案号：', s.text('caseNumber')] },
  { kind: 'paragraph', indent: false, text: ['质证人（被告）：', s.text('name')] },
  { kind: 'paragraph', indent: false, text: ['原告：', s.text('plaintiff')] },
  { kind: 'paragraph', text: ['在原告', s.text('plaintiff'), '诉被告', s.text('name'), s.text('caseType'), '一案中，质证人对原告提交的证据，围绕证据的真实性、合法性以及与待证事实的关联性，发表质证意见如下：'] },
  { kind: 'exhibits', slot: s.key('exhibits') },
  { kind: 'freeText', slot: s.key('reasonText') },
  { kind: 'paragraph', text: ['对于质证人表示无法确认或者不认可的证据，请原告提供原件或者原始载体，由法庭核对。质证人保留在庭审中补充发表质证意见的权利。'] },
  { kind: 'addressee', lead: '此致', slot: s.key('court') },
  { kind: 'signature', role: '质证人（签名）' },
])
