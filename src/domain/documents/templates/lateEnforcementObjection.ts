/**
 * 执行异议书（对申请执行时效提出异议）. Checked against the 2023 民事诉讼法 and the 2022 解释:
 * - 民事诉讼法第二百五十条: 2 years, from the last day of the performance period; suspended and interrupted
 *   like limitation;
 * - 民诉法解释第四百八十一条第一款: a late application is still accepted; the debtor must object, and if the
 *   objection holds the court rules 「不予执行」; 第二款: having paid all or part, the debtor cannot get it back
 *   on the ground of not knowing the period had run. The page says so before the document is made.
 * The interruption sentence is a statement the user must be able to stand behind; it is a choice, not a given.
 */
import { defineTemplate } from '../template'

export const lateEnforcementFacts = ['no_interruption'] as const

export const lateEnforcementObjectionTemplate = defineTemplate('late_enforcement_objection', {
  enforcementCourt: 'text', enforcementCaseNumber: 'text', performanceDue: 'date', periodEndsOn: 'date', appliedOn: 'date',
  enforcementFacts: 'choices', reasonText: 'text',
}, (s) => [
  { kind: 'title', text: '执行异议书', subtitle: '（对申请执行时效提出异议）' },
  { kind: 'party', role: '异议人（被执行人）' },
  { kind: 'paragraph', indent: false, text: ['申请执行人：', s.text('plaintiff'), '。'] },
  { kind: 'heading', text: '请求事项' },
  { kind: 'paragraph', text: ['请求裁定对', s.text('enforcementCaseNumber'), '执行案件不予执行。'] },
  { kind: 'heading', text: '事实和理由' },
  { kind: 'paragraph', text: [s.text('court'), s.text('caseNumber'), '民事判决确定的履行期间的最后一日为', s.date('performanceDue'), '。依照《中华人民共和国民事诉讼法》第二百五十条的规定，申请执行的期间为二年，从该日起计算，至', s.date('periodEndsOn'), '届满。'] },
  { kind: 'paragraph', text: ['申请执行人于', s.date('appliedOn'), '才向贵院申请执行，已经超过申请执行时效期间。'] },
  { kind: 'chosen', slot: s.key('enforcementFacts'), numbered: false, options: {
    no_interruption: ['在上述期间内，申请执行人没有向异议人主张过权利，异议人没有同意履行，也没有履行过任何部分，不存在申请执行时效中止、中断的情形。'],
  } },
  { kind: 'freeText', slot: s.key('reasonText') },
  { kind: 'paragraph', text: ['根据《中华人民共和国民事诉讼法》第二百五十条和《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百八十一条第一款的规定，异议人对申请执行时效期间提出异议，请求贵院审查后裁定不予执行。'] },
  { kind: 'addressee', lead: '此致', slot: s.key('enforcementCourt') },
  { kind: 'signature', role: '异议人（签名）' },
])
