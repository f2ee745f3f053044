/**
 * 民事上诉状：最高人民法院《民事诉讼文书样式》(2016) 当事人参考样式的结构 [S]: 上诉人、被上诉人、「上诉人因与
 * 被上诉人……一案，不服……民事判决，现提起上诉」、上诉请求、上诉理由、此致（第二审人民法院）、附：副本份数.
 * The content the law requires, checked against the 2023 text: 第一百七十二条 (parties; 原审人民法院名称、案件的编号
 * 和案由; 上诉的请求和理由); 第一百七十三条 (through the original court, with copies for each opposing party); the
 * grounds a 二审 court acts on: 第一百七十七条第一款 (事实错误、适用法律错误 → 改判; 基本事实不清 or 违法缺席判决
 * → 发回重审). The reasons offered each rest on a verified article: 民法典第六百七十条 (interest deducted in
 * advance), 民法典第五百四十六条第一款 (assignment not notified).
 */
import { defineTemplate, type Block } from '../template'

export const appealRequests = ['amend', 'remand', 'costs'] as const
export type AppealRequest = (typeof appealRequests)[number]
export const appealGrounds = ['principal_not_received', 'repayments_ignored', 'charges_too_high', 'limitation_raised', 'assignment_not_notified', 'default_without_summons'] as const
export type AppealGround = (typeof appealGrounds)[number]

export const appealTemplate = defineTemplate('appeal', {
  appealRequests: 'choices', judgmentItems: 'text', amendTo: 'text', appealedFen: 'amount', appealCourt: 'text', judgmentOn: 'date',
  appealGrounds: 'choices', appealReasons: 'text', opposingCount: 'count', plaintiffAddress: 'text',
}, (s): Block[] => [
  { kind: 'title', text: '民事上诉状' },
  { kind: 'party', role: '上诉人（原审被告）' },
  { kind: 'paragraph', indent: false, text: ['被上诉人（原审原告）：', s.text('plaintiff'), '。'] },
  { kind: 'paragraph', indent: false, if: [s.key('plaintiffAddress')], text: ['住所地：', s.text('plaintiffAddress'), '。'] },
  { kind: 'paragraph', text: ['上诉人因与被上诉人', s.text('caseType'), '一案，不服', s.text('court'), s.date('judgmentOn'), '作出的', s.text('caseNumber'), '民事判决，现提起上诉。'] },
  { kind: 'heading', text: '上诉请求' },
  // 第一百七十二条: the requests are required; with none chosen the paper keeps a line to write them in.
  { kind: 'chosen', slot: s.key('appealRequests'), whenNone: 'blank', options: {
    amend: ['撤销', s.text('court'), s.text('caseNumber'), '民事判决第', s.text('judgmentItems'), '项，依法改判：', s.text('amendTo'), '。'],
    remand: ['撤销', s.text('court'), s.text('caseNumber'), '民事判决，发回', s.text('court'), '重审。'],
    costs: ['本案一审、二审诉讼费用由被上诉人负担。'],
  } },
  { kind: 'paragraph', if: [s.key('appealedFen')], text: ['上诉请求所涉金额：', s.amount('appealedFen'), '。'] },
  { kind: 'heading', text: '事实和理由' },
  { kind: 'chosen', slot: s.key('appealGrounds'), options: {
    principal_not_received: ['原判决按合同金额认定借款本金，但上诉人实际收到的借款少于该金额。借款的利息不得预先在本金中扣除；预先扣除的，应当按照实际借款数额返还借款并计算利息（《中华人民共和国民法典》第六百七十条）。原判决认定本金错误。'],
    repayments_ignored: ['上诉人已经向被上诉人还款，原判决认定的欠款数额没有如实扣除上诉人已还的款项，认定事实错误。'],
    charges_too_high: ['原判决支持的利息、罚息、违约金及其他费用，计算标准过高，超出法律保护的范围，应当予以调减。'],
    limitation_raised: ['上诉人在一审中已经提出诉讼时效抗辩，被上诉人未能证明诉讼时效存在中断、中止的事由，原判决对该抗辩不予支持，适用法律错误。'],
    assignment_not_notified: ['被上诉人主张的债权系受让取得，但债权转让没有通知上诉人，该转让对上诉人不发生效力（《中华人民共和国民法典》第五百四十六条第一款）。'],
    default_without_summons: ['一审期间上诉人没有收到开庭传票，一审法院在未经传票传唤的情况下缺席判决，严重违反法定程序，应当发回重审（《中华人民共和国民事诉讼法》第一百七十七条第一款第（四）项）。'],
  } },
  { kind: 'freeText', slot: s.key('appealReasons') },
  { kind: 'paragraph', text: ['综上，请求第二审人民法院依法支持上诉人的上诉请求。'] },
  { kind: 'addressee', lead: '此致', slot: s.key('appealCourt') },
  { kind: 'paragraph', indent: false, text: ['附：本上诉状副本', s.count('opposingCount'), '份'] },
  { kind: 'signature', role: '上诉人（签名）' },
])
