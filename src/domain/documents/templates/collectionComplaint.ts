/**
 * 投诉书（违规催收）：交给国家金融监督管理总局（12378 热线或网上渠道）、当地金融监管部门，或者出借方所属的
 * 行业协会。只投诉催收方式，声明不是对债务的承认（同 collectionLetter.ts）。所引条文核对过法律文本；附件是催收
 * 记录表和截图。
 */
import { defineTemplate } from '../template'
import { complaintConductSentences, complaintThirdPartySentences } from './collectionSentences'

export const COMPLAINT_NOT_AN_ACKNOWLEDGEMENT = '本投诉只针对催收方式，不是对被投诉机构所主张债务的存在、数额或者履行期限的承认。'

export const collectionComplaintTemplate = defineTemplate('collection_complaint', {
  authority: 'text', agency: 'text', debtRef: 'text', recordLine: 'text', thirdParties: 'choices', conduct: 'choices',
  entryCount: 'count', photoCount: 'count',
}, (s) => [
  { kind: 'title', text: '投诉书', subtitle: '（违规催收）' },
  { kind: 'paragraph', indent: false, text: ['投诉人：', s.text('name'), '，联系电话：', s.text('phone'), '。'] },
  { kind: 'paragraph', indent: false, text: ['被投诉机构：', s.text('plaintiff'), '。'] },
  { kind: 'paragraph', indent: false, if: [s.key('agency')], text: ['其委托的催收机构或者催收电话：', s.text('agency'), '。'] },
  { kind: 'heading', text: '投诉请求' },
  { kind: 'paragraph', text: ['一、责令被投诉机构及其委托的催收机构立即停止联系与债务无关的第三人，停止下列违规催收行为；'] },
  { kind: 'paragraph', text: ['二、依法调查处理，并将处理结果告知投诉人。'] },
  { kind: 'heading', text: '事实和理由' },
  { kind: 'paragraph', text: ['被投诉机构就其主张的债务向投诉人催收。'] },
  { kind: 'paragraph', if: [s.key('debtRef')], text: ['被投诉机构所称的债务：', s.text('debtRef'), '。'] },
  { kind: 'paragraph', if: [s.key('recordLine')], text: [s.text('recordLine')] },
  { kind: 'paragraph', text: ['被投诉机构或者其委托的催收人员有下列行为：'] },
  { kind: 'chosen', slot: s.key('thirdParties'), options: complaintThirdPartySentences, numbered: false },
  { kind: 'chosen', slot: s.key('conduct'), options: complaintConductSentences, numbered: false },
  { kind: 'paragraph', text: ['以电话、短信、即时通讯工具等方式侵扰他人的私人生活安宁，违反《中华人民共和国民法典》第一千零三十三条；没有合法依据处理与催收无关的他人个人信息，违反《中华人民共和国个人信息保护法》第六条、第十三条。'] },
  { kind: 'paragraph', if: [s.key('caseNumber')], text: ['被投诉机构已就相关争议向', s.text('court'), '提起诉讼（案号：', s.text('caseNumber'), '）。本投诉不涉及该诉讼。'] },
  { kind: 'paragraph', text: [COMPLAINT_NOT_AN_ACKNOWLEDGEMENT] },
  { kind: 'heading', text: '附件' },
  { kind: 'paragraph', if: [s.key('entryCount')], text: ['1.催收记录表（共', s.count('entryCount'), '条）；'] },
  { kind: 'paragraph', if: [s.key('photoCount')], text: ['2.截图、照片', s.count('photoCount'), '张；'] },
  { kind: 'paragraph', text: ['3.通话录音（如有）。'] },
  { kind: 'addressee', lead: '此致', slot: s.key('authority') },
  { kind: 'signature', role: '投诉人（签名）' },
])
