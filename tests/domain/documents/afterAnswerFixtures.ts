/**
 * 答辩之后的文书（issue 21）的测试数据：每种文书一份填满的草稿，以及每份必须有的要素（法律要求的内容和条文）。
 * fixtures.ts 和 templates.test.ts 把它们并进全部文书的表。
 */
import type { AfterAnswerKind } from '../../../src/domain/documents/afterAnswer/kinds'
import type { DraftFields } from '../../../src/domain/documents/draftFields'

export const afterAnswerFullDrafts: Record<AfterAnswerKind, DraftFields> = {
  document_production: { fields: { documentsText: '原告系统中申请人的登录和操作日志。', evidenceDue: '2026-10-20' }, choices: { productionDocuments: ['full_ledger', 'accepted_contract', 'fee_records', 'collection_records'] } },
  evidence_collection: {
    fields: { holderName: '某某信息咨询有限公司', holderAddress: '重庆市渝北区某路1号', evidenceWanted: '2025年对申请人的催收通话记录', factToProve: '原告最后一次催收的时间', clues: '催收电话 023-12345678', reasonText: '该公司称只向法院提供。', evidenceDue: '2026-10-20' },
    choices: { collectionReasons: ['privacy_or_secret', 'holder_refused'] },
  },
  online_hearing: { fields: { reasonText: '原告提交的电子合同需要核对原始数据。', hearingOn: '2026-11-20' }, choices: { onlinePosition: ['object'], onlineObjections: ['no_device', 'originals'] } },
  hearing_postponement: { fields: { hearingOn: '2026-11-20', reasonText: '申请人11月15日起住院。', proofs: '住院证明', availableFrom: '2026-12-10' }, choices: { postponementReasons: ['illness', 'new_evidence'] } },
  evidence_opinion: {
    fields: { reasonText: '原告未提交借款发放时的银行流水。' }, choices: {},
    exhibits: [
      { id: 'a', common: 'loan_contract', name: '借款合同（电子协议）', purpose: '证明双方借款关系及利率约定', authenticity: { stance: 'unsure', reason: '没有签署时的版本记录。' }, legality: { stance: 'accept' }, relevance: { stance: 'reject', reason: '不能证明被告同意该利率。' }, opinion: '不能证明原告主张的利率。' },
      { id: 'b', name: '还款明细', authenticity: { stance: 'reject', reason: '原告单方制作。' }, legality: { stance: 'unsure' }, relevance: { stance: 'accept' } },
    ],
  },
  appeal: {
    fields: { judgmentItems: '一', amendTo: '上诉人向被上诉人偿还借款本金9,000元', appealedFen: '20,000', appealCourt: '浙江省杭州市中级人民法院', judgmentOn: '2026-11-30', appealReasons: '关于本金：实际到手9,000元。', opposingCount: '1', plaintiffAddress: '重庆市江北区某路2号' },
    choices: { appealRequests: ['amend', 'remand', 'costs'], appealGrounds: ['principal_not_received', 'repayments_ignored', 'charges_too_high', 'limitation_raised', 'assignment_not_notified', 'default_without_summons'] },
  },
  late_enforcement_objection: {
    fields: { enforcementCourt: '杭州互联网法院', enforcementCaseNumber: '（2026）浙0192执5678号', performanceDue: '2024-06-10', appliedOn: '2026-08-01', reasonText: '申请人在此期间从未联系过异议人。' },
    choices: { enforcementFacts: ['no_interruption'] },
  },
  enforcement_objection: {
    fields: { enforcementCourt: '杭州互联网法院', enforcementCaseNumber: '（2026）浙0192执5678号', act: '冻结异议人尾号1234的工资卡', actOn: '2026-12-01', paidFen: '3000', reasonText: '该卡是异议人唯一的工资卡。' },
    choices: { enforcementGrounds: ['living_expenses', 'over_seizure', 'already_paid', 'beyond_judgment'] },
  },
  lift_consumption_restriction: {
    fields: { enforcementCourt: '杭州互联网法院', enforcementCaseNumber: '（2026）浙0192执5678号', performedOn: '2026-12-20', securityText: '以本人名下车辆提供担保', proofs: '结清证明、付款凭证', reasonText: '申请人因工作需要乘坐高铁。' },
    choices: { liftGrounds: ['performed', 'security', 'creditor_consent'] },
  },
}

export const afterAnswerRequired: Record<AfterAnswerKind, string[]> = {
  document_production: ['申请书', '（申请责令对方当事人提交书证）', '申请人（被告）', '被申请人（原告）', '请求事项', '事实和理由', '第一百一十二条', '第四十五条', '举证期限届满前', '此致', '申请人（签名）'],
  evidence_collection: ['申请书', '（申请人民法院调查收集证据）', '申请人（被告）', '被调查人', '需要调查收集的证据', '要证明的事实', '线索', '第六十七条第二款', '第二十条', '举证期限届满前', '此致', '申请人（签名）'],
  online_hearing: ['意见书', '（对在线开庭审理的意见）', '当事人（被告）', '在线', '此致', '被告（签名）'],
  hearing_postponement: ['申请书', '（申请延期开庭审理）', '申请人（被告）', '请求事项', '事实和理由', '第一百四十九条', '此致', '申请人（签名）'],
  evidence_opinion: ['质证意见', '案号', '质证人（被告）', '真实性', '合法性', '关联性', '此致', '质证人（签名）'],
  appeal: ['民事上诉状', '上诉人（原审被告）', '被上诉人（原审原告）', '民事判决，现提起上诉', '上诉请求', '事实和理由', '此致', '附：本上诉状副本', '上诉人（签名）'],
  late_enforcement_objection: ['执行异议书', '（对申请执行时效提出异议）', '异议人（被执行人）', '申请执行人', '不予执行', '第二百五十条', '第四百八十一条第一款', '此致', '异议人（签名）'],
  enforcement_objection: ['执行异议书', '（对执行行为提出异议）', '异议人（被执行人）', '申请执行人', '撤销或者改正', '第二百三十六条', '此致', '异议人（签名）'],
  lift_consumption_restriction: ['申请书', '（申请解除限制消费令）', '申请人（被执行人）', '申请执行人', '限制消费令', '第九条', '此致', '申请人（签名）'],
}
