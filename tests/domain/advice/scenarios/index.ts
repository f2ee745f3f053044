/** Every area's scenarios; add your area's file here. */
import type { AdviceScenario } from '../scenario'
import { limitationScenarios } from './limitation'
import { claimsScenarios } from './claims'

export const allScenarios: AdviceScenario[] = [...limitationScenarios]
allScenarios.push(...claimsScenarios)
