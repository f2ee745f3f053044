/** Every area's scenarios; add your area's file here. */
import type { AdviceScenario } from '../scenario'
import { limitationScenarios } from './limitation'

export const allScenarios: AdviceScenario[] = [...limitationScenarios]
