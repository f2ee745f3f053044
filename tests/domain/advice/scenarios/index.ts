/** Every area's scenarios; add your area's file here (one import, one line). */
import type { AdviceScenario } from '../scenario'
import { claimsScenarios } from './claims'
import { documentsScenarios } from './documents'
import { hearingAndCollectionScenarios } from './hearingAndCollection'
import { lifecycleScenarios } from './lifecycle'
import { limitationScenarios } from './limitation'
import { afterAnswerScenarios } from './afterAnswer'

export const allScenarios: AdviceScenario[] = [
  ...limitationScenarios,
  ...claimsScenarios,
  ...documentsScenarios,
  ...lifecycleScenarios,
  ...hearingAndCollectionScenarios,
  ...afterAnswerScenarios,
]
