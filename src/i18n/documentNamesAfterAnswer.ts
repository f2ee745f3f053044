/**
 * 答辩之后的文书（issue 21）的名称和期限卡片上的链接文字。documentNames.ts 把它们并进 docName / docLinkText；
 * 单独一个小文件，案件详情页只带上名称，不带整套文书文案。
 */
import type { AfterAnswerKind } from '@/domain/documents/afterAnswer/kinds'

export const afterAnswerDocName: Record<AfterAnswerKind, string> = {
  document_production: '申请书（申请责令对方当事人提交书证）',
  evidence_collection: '申请书（申请人民法院调查收集证据）',
  online_hearing: '意见书（同意或不同意在线开庭）',
  hearing_postponement: '申请书（申请延期开庭审理）',
  evidence_opinion: '质证意见（对原告证据的意见）',
  appeal: '民事上诉状',
  late_enforcement_objection: '执行异议书（对申请执行时效提出异议）',
  enforcement_objection: '执行异议书（对执行行为提出异议）',
  lift_consumption_restriction: '申请书（申请解除限制消费令）',
}

export const afterAnswerDocLinkText: Record<AfterAnswerKind, string> = {
  document_production: '要原告交出完整流水、合同原件？写书证提出命令申请',
  evidence_collection: '证据在第三方手里？申请法院调查取证',
  online_hearing: '同意或不同意在线开庭',
  hearing_postponement: '确实去不了？申请延期开庭',
  evidence_opinion: '写质证意见（对原告的每份证据）',
  appeal: '不服判决？写上诉状',
  late_enforcement_objection: '判决两年后才申请执行？写时效异议',
  enforcement_objection: '执行做错了？写执行异议',
  lift_consumption_restriction: '已经还清？申请解除限制消费令',
}
