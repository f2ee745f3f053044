/** Every area's scenarios; add your area's file here. */
import type { AdviceScenario } from '../scenario'
import { claimsScenarios } from './claims'
import { documentsScenarios } from './documents'
import { limitationScenarios } from './limitation'
import { lifecycleScenarios } from './lifecycle'

export const allScenarios: AdviceScenario[] = [...limitationScenarios, ...claimsScenarios, ...documentsScenarios, ...lifecycleScenarios]
