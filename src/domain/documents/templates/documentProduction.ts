/**
 * 申请书（申请责令对方当事人提交书证）. Checked against the texts in LawRefBook/Laws:
 * - 民诉法解释第一百一十二条: the party bearing the burden of proof may apply IN WRITING BEFORE THE EVIDENCE PERIOD
 *   ENDS; if the reason holds, the court orders the other side to produce it (costs on the applicant); an
 *   unjustified refusal lets the court accept the applicant's account of the document's content as true;
 * - 证据规定第四十五条: the application states the document's name or content, the fact it proves and why that
 *   matters, why the other side holds it, and why it must produce it; 第四十七条第一款: it must produce documents
 *   it has itself cited in the case (一), documents the applicant is entitled by law to see (三), 账簿、记账原始
 *   凭证 (四), other documents the court finds it should produce (五); 第四十八条第一款: refusal → the content the applicant states may be taken as true.
 * Each option below carries those four elements for one record an online lender holds.
 */
import { defineTemplate } from '../template'

export const productionDocuments = ['full_ledger', 'accepted_contract', 'fee_records', 'collection_records'] as const
export type ProductionDocument = (typeof productionDocuments)[number]

export const documentProductionTemplate = defineTemplate('document_production', {
  productionDocuments: 'choices', documentsText: 'text', evidenceDue: 'date',
}, (s) => [
  { kind: 'title', text: '申请书', subtitle: '（申请责令对方当事人提交书证）' },
  { kind: 'party', role: '申请人（被告）' },
  { kind: 'paragraph', indent: false, text: ['被申请人（原告）：', s.text('plaintiff'), '。'] },
  { kind: 'heading', text: '请求事项' },
  { kind: 'paragraph', text: ['请求贵院责令被申请人在指定期间内提交下列由其控制的书证（见事实和理由所列）。'] },
  { kind: 'heading', text: '事实和理由' },
  { kind: 'paragraph', text: ['贵院受理的', s.text('caseNumber'), '原告', s.text('plaintiff'), '诉申请人', s.text('caseType'), '一案，举证期限至', s.date('evidenceDue'), '届满。下列书证在被申请人控制之下，申请人无法自行取得：'] },
  { kind: 'chosen', slot: s.key('productionDocuments'), options: {
    full_ledger: ['申请人名下全部借款、还款的流水明细（自借款发放之日起至起诉之日），包括每一笔还款的时间、金额，以及在本金、利息、罚息、费用之间的分配情况。该明细用于证明申请人已经还款的数额和被申请人的计息方式，直接关系到欠款数额的认定。该明细由被申请人的业务系统生成和保存，申请人只能看到部分记录。它属于被申请人的账簿、记账原始凭证，依照《最高人民法院关于民事诉讼证据的若干规定》第四十七条第一款第（四）项，被申请人应当提交。'],
    accepted_contract: ['申请人借款时在被申请人平台上确认的合同文本原始电子数据，包括合同版本号、签署时间、电子签名及存证信息，以及当时展示利率、费用条款的页面记录。该证据用于证明双方实际约定的利率和费用，以及被申请人是否履行了提示说明义务。该电子合同由被申请人在其平台生成和保存，申请人无法取得原始数据。被申请人在本案中引用了该合同，依照《最高人民法院关于民事诉讼证据的若干规定》第四十七条第一款第（一）项，被申请人应当提交。'],
    fee_records: ['被申请人向申请人收取的服务费、手续费、担保费、保险费等各项费用的计费依据和收取记录。该证据用于证明申请人实际负担的借款成本，关系到利息和费用是否超出法律保护的范围。上述记录由被申请人制作和保存，属于其账簿、记账原始凭证，依照《最高人民法院关于民事诉讼证据的若干规定》第四十七条第一款第（四）项，被申请人应当提交。'],
    collection_records: ['被申请人及其委托的催收机构向申请人催收的全部记录，包括每次催收的时间、方式和内容。该证据用于证明被申请人最后一次向申请人主张债权的时间，关系到诉讼时效是否届满。上述记录由被申请人及其委托的机构制作和保存，申请人无法自行取得，请求贵院依照《最高人民法院关于民事诉讼证据的若干规定》第四十七条第一款第（五）项责令被申请人提交。'],
  } },
  { kind: 'freeText', slot: s.key('documentsText') },
  { kind: 'paragraph', text: ['根据《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第一百一十二条和《最高人民法院关于民事诉讼证据的若干规定》第四十五条、第四十七条的规定，申请人在举证期限届满前提出书面申请，请求贵院责令被申请人提交上述书证。被申请人无正当理由拒不提交的，请求依照《最高人民法院关于民事诉讼证据的若干规定》第四十八条第一款的规定，认定申请人所主张的书证内容为真实。'] },
  { kind: 'addressee', lead: '此致', slot: s.key('court') },
  { kind: 'signature', role: '申请人（签名）' },
])
