/** Every area's scenarios; add your area's file here. */
import type { AdviceScenario } from '../scenario'
import { documentsScenarios } from './documents'
import { limitationScenarios } from './limitation'
import { lifecycleScenarios } from './lifecycle'
import { afterAnswerScenarios } from './afterAnswer'

export const allScenarios: AdviceScenario[] = [...limitationScenarios, ...documentsScenarios, ...lifecycleScenarios]
allScenarios.push(...afterAnswerScenarios)
