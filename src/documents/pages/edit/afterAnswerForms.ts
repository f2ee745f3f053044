/**
 * 答辩之后的文书（issue 21）问哪些问题；docForms.ts 把它们并进去。质证意见的证据表格另有编辑器（ExhibitEditor），
 * 这里只有它的补充意见。
 */
import type { AfterAnswerKind } from '@/domain/documents/afterAnswer/kinds'
import type { DraftFields } from '@/domain/documents/draftFields'
import type { Control } from './docForms'

const chose = (key: string, code: string) => (d: DraftFields) => (d.choices[key] ?? []).includes(code)

export const afterAnswerForms: Record<AfterAnswerKind, Control[]> = {
  document_production: [
    { key: 'productionDocuments', type: 'multi', options: 'productionDocuments' },
    { key: 'documentsText', type: 'multiline' },
    { key: 'evidenceDue', type: 'date' },
  ],
  evidence_collection: [
    { key: 'holderName', type: 'text' },
    { key: 'holderAddress', type: 'text' },
    { key: 'evidenceWanted', type: 'text' },
    { key: 'factToProve', type: 'text' },
    { key: 'collectionReasons', type: 'multi', options: 'collectionReasons' },
    { key: 'reasonText', type: 'multiline' },
    { key: 'clues', type: 'text' },
    { key: 'evidenceDue', type: 'date' },
  ],
  online_hearing: [
    { key: 'onlinePosition', type: 'single', options: 'onlinePosition' },
    { key: 'onlineObjections', type: 'multi', options: 'onlineObjections', showIf: chose('onlinePosition', 'object') },
    { key: 'reasonText', type: 'multiline' },
    { key: 'hearingOn', type: 'date' },
  ],
  hearing_postponement: [
    { key: 'hearingOn', type: 'date' },
    { key: 'postponementReasons', type: 'multi', options: 'postponementReasons' },
    { key: 'reasonText', type: 'multiline' },
    { key: 'proofs', type: 'text' },
    { key: 'availableFrom', type: 'date' },
  ],
  evidence_opinion: [
    { key: 'reasonText', type: 'multiline' },
  ],
  appeal: [
    { key: 'appealedFen', type: 'amount' },
    { key: 'appealRequests', type: 'multi', options: 'appealRequests' },
    { key: 'judgmentItems', type: 'text', showIf: chose('appealRequests', 'amend') },
    { key: 'amendTo', type: 'text', showIf: chose('appealRequests', 'amend') },
    { key: 'appealGrounds', type: 'multi', options: 'appealGrounds' },
    { key: 'appealReasons', type: 'multiline' },
    { key: 'appealCourt', type: 'text' },
    { key: 'judgmentOn', type: 'date' },
    { key: 'opposingCount', type: 'count' },
    { key: 'plaintiffAddress', type: 'text' },
  ],
  late_enforcement_objection: [
    { key: 'enforcementCourt', type: 'text' },
    { key: 'enforcementCaseNumber', type: 'text' },
    { key: 'performanceDue', type: 'date' },
    { key: 'appliedOn', type: 'date' },
    { key: 'enforcementFacts', type: 'multi', options: 'enforcementFacts' },
    { key: 'reasonText', type: 'multiline' },
  ],
  enforcement_objection: [
    { key: 'enforcementCourt', type: 'text' },
    { key: 'enforcementCaseNumber', type: 'text' },
    { key: 'act', type: 'text' },
    { key: 'actOn', type: 'date' },
    { key: 'enforcementGrounds', type: 'multi', options: 'enforcementGrounds' },
    { key: 'paidFen', type: 'amount', showIf: chose('enforcementGrounds', 'already_paid') },
    { key: 'reasonText', type: 'multiline' },
  ],
  lift_consumption_restriction: [
    { key: 'enforcementCourt', type: 'text' },
    { key: 'enforcementCaseNumber', type: 'text' },
    { key: 'liftGrounds', type: 'multi', options: 'liftGrounds' },
    { key: 'performedOn', type: 'date', showIf: chose('liftGrounds', 'performed') },
    { key: 'securityText', type: 'text', showIf: chose('liftGrounds', 'security') },
    { key: 'proofs', type: 'text' },
    { key: 'reasonText', type: 'multiline' },
  ],
}
