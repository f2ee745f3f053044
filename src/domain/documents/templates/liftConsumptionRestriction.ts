/**
 * 申请书（申请解除限制消费令）. 限制高消费规定第九条 (2010 text, checked in LawRefBook/Laws): 「在限制高消费期间，被执行人
 * 提供确实有效的担保或者经申请执行人同意的，人民法院可以解除限制高消费令；被执行人履行完毕生效法律文书确定的义务的，
 * 人民法院应当…及时以通知或者公告解除限制高消费令。」 The 2015 amendment (法释〔2015〕17号) renamed it 《最高人民法院
 * 关于限制被执行人高消费及有关消费的若干规定》 and the order 限制消费令; 第九条 kept its rule [S: 2015 text read
 * only in secondary sources]. The filing uses the current name.
 */
import { defineTemplate } from '../template'

export const liftGrounds = ['performed', 'security', 'creditor_consent'] as const
export type LiftGround = (typeof liftGrounds)[number]

export const liftConsumptionRestrictionTemplate = defineTemplate('lift_consumption_restriction', {
  enforcementCourt: 'text', enforcementCaseNumber: 'text', liftGrounds: 'choices', performedOn: 'date', securityText: 'text', proofs: 'text', reasonText: 'text',
}, (s) => [
  { kind: 'title', text: '申请书', subtitle: '（申请解除限制消费令）' },
  { kind: 'party', role: '申请人（被执行人）' },
  { kind: 'paragraph', indent: false, text: ['申请执行人：', s.text('plaintiff'), '。'] },
  { kind: 'heading', text: '请求事项' },
  { kind: 'paragraph', text: ['请求解除贵院在', s.text('enforcementCaseNumber'), '执行案件中对申请人发出的限制消费令。'] },
  { kind: 'heading', text: '事实和理由' },
  { kind: 'paragraph', text: ['贵院在依据', s.text('court'), s.text('caseNumber'), '民事判决执行的过程中，对申请人采取了限制消费措施。现申请人：'] },
  { kind: 'chosen', slot: s.key('liftGrounds'), options: {
    performed: ['已于', s.date('performedOn'), '履行完毕生效法律文书确定的全部义务。被执行人履行完毕的，人民法院应当及时解除限制消费令。'],
    security: ['已经提供确实有效的担保：', s.text('securityText'), '。'],
    creditor_consent: ['已经取得申请执行人同意解除限制消费令。'],
  } },
  { kind: 'freeText', slot: s.key('reasonText') },
  { kind: 'paragraph', if: [s.key('proofs')], text: ['现提交', s.text('proofs'), '等证明材料。'] },
  { kind: 'paragraph', text: ['根据《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第九条的规定，请求贵院解除对申请人的限制消费令，并在原通知或者公告的范围内通知或者公告解除。'] },
  { kind: 'addressee', lead: '此致', slot: s.key('enforcementCourt') },
  { kind: 'signature', role: '申请人（签名）' },
])
