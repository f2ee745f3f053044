/**
 * 异议书（对适用小额诉讼程序提出异议用）. 民事诉讼法第一百六十九条第二款 and 解释第二百七十九条 (checked):
 * a party may object that small-claims procedure breaks the law, before the hearing; if it holds, the
 * court applies the other simple-procedure rules or moves to ordinary procedure. Reasons from
 * 第一百六十五条 (the amount limit) and 第一百六十六条 (cases excluded).
 */
import { defineTemplate } from '../template'

export const smallClaimsReasons = ['amount_over_limit', 'needs_appraisal', 'counterclaim', 'not_simple'] as const
export type SmallClaimsReason = (typeof smallClaimsReasons)[number]

export const smallClaimsObjectionTemplate = defineTemplate('small_claims_objection', { reasons: 'choices', reasonText: 'text' }, (s) => [
  { kind: 'title', text: '异议书', subtitle: '（对适用小额诉讼程序提出异议）' },
  { kind: 'party', role: '异议人（被告）' },
  { kind: 'heading', text: '请求事项' },
  { kind: 'paragraph', text: ['请求对', s.text('court'), s.text('caseNumber'), '一案不适用小额诉讼的程序，适用简易程序的其他规定审理或者裁定转为普通程序。'] },
  { kind: 'heading', text: '事实和理由' },
  { kind: 'paragraph', text: [s.text('court'), '受理的', s.text('caseNumber'), '原告', s.text('plaintiff'), '诉异议人', s.text('caseType'), '一案，决定适用小额诉讼的程序审理。异议人认为本案适用小额诉讼的程序违反法律规定，理由如下：'] },
  { kind: 'chosen', slot: s.key('reasons'), options: {
    amount_over_limit: ['本案标的额超过本省、自治区、直辖市上年度就业人员年平均工资的百分之五十，且双方没有约定适用小额诉讼的程序，不符合《中华人民共和国民事诉讼法》第一百六十五条的规定。'],
    needs_appraisal: ['本案需要评估、鉴定，属于《中华人民共和国民事诉讼法》第一百六十六条第（三）项规定的不适用小额诉讼的程序的案件。'],
    counterclaim: ['异议人已经提出反诉，属于《中华人民共和国民事诉讼法》第一百六十六条第（五）项规定的不适用小额诉讼的程序的案件。'],
    not_simple: ['本案借款本金、利息和费用的计算存在较大争议，事实并不清楚，不宜适用一审终审的小额诉讼的程序（《中华人民共和国民事诉讼法》第一百六十六条第（六）项）。'],
  } },
  { kind: 'freeText', slot: s.key('reasonText') },
  { kind: 'paragraph', text: ['根据《中华人民共和国民事诉讼法》第一百六十九条第二款和《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二百七十九条的规定，异议人在开庭前提出异议，请求依法审查。'] },
  { kind: 'addressee', lead: '此致', slot: s.key('court') },
  { kind: 'signature', role: '异议人（签名）' },
])
