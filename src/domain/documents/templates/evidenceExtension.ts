/**
 * 申请书（申请延长举证期限用）. 民事诉讼法第六十八条第二款: a party who has real difficulty providing
 * evidence within the period may ask the court to extend it; 证据规定（2019）第五十四条: in writing,
 * BEFORE the period ends (both checked against the law texts). Body as documents.md §2 [S].
 */
import { defineTemplate } from '../template'

export const evidenceDelayReasons = ['records_from_lender', 'bank_statements', 'illness', 'away_from_home'] as const
export type EvidenceDelayReason = (typeof evidenceDelayReasons)[number]

export const evidenceExtensionTemplate = defineTemplate('evidence_extension', {
  evidenceDue: 'date', requestedUntil: 'date', evidenceNames: 'text', reasons: 'choices', reasonText: 'text',
}, (s) => [
  { kind: 'title', text: '申请书', subtitle: '（申请延长举证期限）' },
  { kind: 'party', role: '申请人（被告）' },
  { kind: 'heading', text: '请求事项' },
  { kind: 'paragraph', text: ['请求将', s.text('court'), s.text('caseNumber'), '一案申请人的举证期限延长至', s.date('requestedUntil'), '。'] },
  { kind: 'heading', text: '事实和理由' },
  { kind: 'paragraph', text: ['贵院受理原告', s.text('plaintiff'), '诉申请人', s.text('caseType'), '一案，申请人的举证期限至', s.date('evidenceDue'), '届满。申请人需要提交', s.text('evidenceNames'), '等证据材料，因下列原因，确实无法在举证期限内提交：'] },
  { kind: 'chosen', slot: s.key('reasons'), options: {
    records_from_lender: ['借款合同、借款及还款明细保存在原告及其平台系统中，申请人已经申请调取，但尚未取得。'],
    bank_statements: ['证明还款情况的银行流水需要到银行柜台打印，申请人尚未能取得。'],
    illness: ['申请人患病治疗，无法及时收集证据。'],
    away_from_home: ['申请人在外地务工，证据材料在户籍地，无法及时取得。'],
  } },
  { kind: 'freeText', slot: s.key('reasonText') },
  { kind: 'paragraph', text: ['根据《中华人民共和国民事诉讼法》第六十八条第二款和《最高人民法院关于民事诉讼证据的若干规定》第五十四条的规定，申请人在举证期限届满前提出书面申请，请求准许。'] },
  { kind: 'addressee', lead: '此致', slot: s.key('court') },
  { kind: 'signature', role: '申请人（签名）' },
])
