/**
 * 申请书（申请缓交、减交或者免交诉讼费用）. 诉讼费用交纳办法（国务院令第481号）, checked against its text:
 * 第四十四条 (司法救助; 免交 only for individuals), 第四十五条 免交, 第四十六条 减交 (not less than 30%),
 * 第四十七条 缓交, 第四十八条 (apply in writing when suing or appealing, with proof of hardship).
 * A defendant meets the fee when appealing (the appellant pays in advance, 第二十条), so the page offers it
 * with the appeal.
 */
import { defineTemplate } from '../template'

export const feeReliefModes = ['waive', 'reduce', 'defer'] as const
export type FeeReliefMode = (typeof feeReliefModes)[number]
export const feeReliefGrounds = ['disabled_no_income', 'subsistence_allowance', 'disaster_hardship', 'legal_aid', 'other_hardship'] as const
export type FeeReliefGround = (typeof feeReliefGrounds)[number]

export const feeReliefTemplate = defineTemplate('fee_relief', {
  modeName: 'text', grounds: 'choices', reasonText: 'text', feeFen: 'amount', proofs: 'text',
}, (s) => [
  { kind: 'title', text: '申请书', subtitle: '（申请缓交、减交或者免交诉讼费用）' },
  { kind: 'party', role: '申请人' },
  { kind: 'heading', text: '请求事项' },
  { kind: 'paragraph', text: ['请求准予申请人', s.text('modeName'), s.text('court'), s.text('caseNumber'), '一案的诉讼费用', s.amount('feeFen'), '。'] },
  { kind: 'heading', text: '事实和理由' },
  { kind: 'paragraph', text: ['在原告', s.text('plaintiff'), '诉申请人', s.text('caseType'), '一案中，申请人交纳诉讼费用确有困难：'] },
  { kind: 'chosen', slot: s.key('grounds'), options: {
    disabled_no_income: ['申请人是残疾人，没有固定生活来源（《诉讼费用交纳办法》第四十五条第（一）项）。'],
    subsistence_allowance: ['申请人是最低生活保障对象（或农村特困定期救济对象、农村五保供养对象、领取失业保险金人员），没有其他收入（《诉讼费用交纳办法》第四十五条第（三）项）。'],
    disaster_hardship: ['申请人因自然灾害等不可抗力造成生活困难，正在接受社会救济（《诉讼费用交纳办法》第四十六条第（一）项）。'],
    legal_aid: ['申请人正在接受有关部门的法律援助（《诉讼费用交纳办法》第四十七条第（三）项）。'],
    other_hardship: ['申请人家庭经济困难，收入微薄，确实无力交纳诉讼费用。'],
  } },
  { kind: 'freeText', slot: s.key('reasonText') },
  { kind: 'paragraph', if: [s.key('proofs')], text: ['现提交', s.text('proofs'), '等证明材料。'] },
  { kind: 'paragraph', text: ['根据《诉讼费用交纳办法》第四十四条至第四十八条的规定，申请司法救助，请求准予', s.text('modeName'), '诉讼费用。'] },
  { kind: 'addressee', lead: '此致', slot: s.key('court') },
  { kind: 'signature', role: '申请人（签名）' },
])
