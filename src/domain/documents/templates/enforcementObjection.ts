/**
 * 执行异议书（对执行行为提出异议）. Checked against the texts in LawRefBook/Laws:
 * - 民事诉讼法第二百三十六条 (2023; 2017 第二百二十五条): a party who thinks an enforcement act breaks the law may
 *   object in writing to the court enforcing; the court reviews within 15 days; its ruling can be taken to the
 *   next higher court for 复议 within 10 days of service;
 * - 执行异议和复议规定 (2020) 第一条 (what the application holds and attaches), 第六条 (before the enforcement
 *   ends), 第七条第一款 (查封、扣押、冻结 … measures; 第三项 other acts harming a party) and 第二款 (the debt
 *   extinguished after the judgment, e.g. paid, is reviewed the same way);
 * - 查封扣押冻结规定 (2020) 第三条第（二）项 (the living expenses of the debtor and dependants may not be frozen),
 *   第十九条 (no freezing clearly beyond the debt and costs); 民事诉讼法第二百五十四条 (income withheld must leave
 *   the living expenses).
 */
import { defineTemplate } from '../template'

export const enforcementGrounds = ['living_expenses', 'over_seizure', 'already_paid', 'beyond_judgment'] as const
export type EnforcementGround = (typeof enforcementGrounds)[number]

export const enforcementObjectionTemplate = defineTemplate('enforcement_objection', {
  enforcementCourt: 'text', enforcementCaseNumber: 'text', act: 'text', actOn: 'date', enforcementGrounds: 'choices', reasonText: 'text', paidFen: 'amount',
}, (s) => [
  { kind: 'title', text: '执行异议书', subtitle: '（对执行行为提出异议）' },
  { kind: 'party', role: '异议人（被执行人）' },
  { kind: 'paragraph', indent: false, text: ['申请执行人：', s.text('plaintiff'), '。'] },
  { kind: 'heading', text: '请求事项' },
  { kind: 'paragraph', text: ['请求撤销或者改正贵院在', s.text('enforcementCaseNumber'), '执行案件中于', s.date('actOn'), '作出的下列执行行为：', s.text('act'), '。'] },
  { kind: 'heading', text: '事实和理由' },
  { kind: 'paragraph', text: ['贵院依据', s.text('court'), s.text('caseNumber'), '民事判决执行。异议人认为上述执行行为违反法律规定，理由如下：'] },
  { kind: 'chosen', slot: s.key('enforcementGrounds'), options: {
    living_expenses: ['被冻结、扣划的是异议人及其所扶养家属所必需的生活费用，依法不得冻结（《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第三条第（二）项；《中华人民共和国民事诉讼法》第二百五十四条）。'],
    over_seizure: ['冻结、扣押的财产价额明显超过生效法律文书确定的债权额及执行费用，属于超标的额冻结、扣押（《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第十九条）。'],
    already_paid: ['生效法律文书确定的债务，异议人已经履行', s.amount('paidFen'), '，该部分债权已经消灭，不应再予执行（《最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定》第七条第二款）。'],
    beyond_judgment: ['执行的数额超出了生效法律文书确定的范围（《中华人民共和国民事诉讼法》第二百五十三条第一款）。'],
  } },
  { kind: 'freeText', slot: s.key('reasonText') },
  { kind: 'paragraph', text: ['根据《中华人民共和国民事诉讼法》第二百三十六条的规定，异议人提出书面异议，请求贵院依法审查，裁定撤销或者改正上述执行行为。'] },
  { kind: 'addressee', lead: '此致', slot: s.key('enforcementCourt') },
  { kind: 'paragraph', indent: false, text: ['附：异议人身份证明、相关证据材料、送达地址和联系方式。'] },
  { kind: 'signature', role: '异议人（签名）' },
])
