/** 答辩之后的文书（issue 21）→ 模板；templates/index.ts 把它们并进 fixed。 */
import type { AfterAnswerKind } from '../afterAnswer/kinds'
import type { Template } from '../template'
import { appealTemplate } from './appeal'
import { documentProductionTemplate } from './documentProduction'
import { enforcementObjectionTemplate } from './enforcementObjection'
import { evidenceCollectionTemplate } from './evidenceCollection'
import { evidenceOpinionTemplate } from './evidenceOpinion'
import { hearingPostponementTemplate } from './hearingPostponement'
import { lateEnforcementObjectionTemplate } from './lateEnforcementObjection'
import { liftConsumptionRestrictionTemplate } from './liftConsumptionRestriction'
import { onlineHearingTemplate } from './onlineHearing'

export const afterAnswerTemplates: Record<AfterAnswerKind, Template> = {
  document_production: documentProductionTemplate,
  evidence_collection: evidenceCollectionTemplate,
  online_hearing: onlineHearingTemplate,
  hearing_postponement: hearingPostponementTemplate,
  evidence_opinion: evidenceOpinionTemplate,
  appeal: appealTemplate,
  late_enforcement_objection: lateEnforcementObjectionTemplate,
  enforcement_objection: enforcementObjectionTemplate,
  lift_consumption_restriction: liftConsumptionRestrictionTemplate,
}
