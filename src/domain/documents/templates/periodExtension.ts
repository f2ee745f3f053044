/**
 * 申请书（申请顺延期限用）. 民事诉讼法第八十六条 (checked against the 2023 text): 「当事人因不可抗拒的事由
 * 或者其他正当理由耽误期限的，在障碍消除后的十日内，可以申请顺延期限，是否准许，由人民法院决定。」
 */
import { defineTemplate } from '../template'

export const missedPeriods = ['answer', 'evidence', 'appeal', 'payment_order_objection', 'other'] as const
export type MissedPeriod = (typeof missedPeriods)[number]
export const obstacles = ['force_majeure', 'hospital', 'service_not_received'] as const
export type Obstacle = (typeof obstacles)[number]

export const periodExtensionTemplate = defineTemplate('period_extension', {
  periodName: 'text', missedDue: 'date', obstacles: 'choices', obstacleText: 'text', obstacleEndedOn: 'date', requestedUntil: 'date',
}, (s) => [
  { kind: 'title', text: '申请书', subtitle: '（申请顺延期限）' },
  { kind: 'party', role: '申请人' },
  { kind: 'heading', text: '请求事项' },
  { kind: 'paragraph', text: ['请求准许顺延', s.text('court'), s.text('caseNumber'), '一案申请人的', s.text('periodName'), '期限至', s.date('requestedUntil'), '。'] },
  { kind: 'heading', text: '事实和理由' },
  { kind: 'paragraph', text: ['在原告', s.text('plaintiff'), '诉申请人', s.text('caseType'), '一案中，申请人的', s.text('periodName'), '期限于', s.date('missedDue'), '届满。申请人因下列原因耽误了该期限：'] },
  { kind: 'chosen', slot: s.key('obstacles'), options: {
    force_majeure: ['因自然灾害等不可抗拒的事由，申请人无法在期限内办理。'],
    hospital: ['申请人在期限内住院治疗，无法办理诉讼事务。'],
    service_not_received: ['申请人因客观原因未能及时收到相关诉讼文书，对期限并不知情。'],
  } },
  { kind: 'freeText', slot: s.key('obstacleText') },
  { kind: 'paragraph', text: ['上述障碍已于', s.date('obstacleEndedOn'), '消除。根据《中华人民共和国民事诉讼法》第八十六条的规定，申请人在障碍消除后的十日内申请顺延期限，请求准许。'] },
  { kind: 'addressee', lead: '此致', slot: s.key('court') },
  { kind: 'signature', role: '申请人（签名）' },
])
