/**
 * All advice a scenario's facts produce, from the real domain functions of every area.
 * Add an area: one module in this folder exporting `(facts, today) => string[]`, imported and listed below.
 */
import type { ScenarioFacts } from '../scenario'
import { claimsAdvice } from './claims'
import { documentsAdvice } from './documents'
import { hearingAndCollectionAdvice } from './hearingAndCollection'
import { lifecycleAdvice } from './lifecycle'
import { limitationAdvice } from './limitation'
import { afterAnswerAdvice } from './afterAnswer'

type AreaAdvice = (facts: ScenarioFacts, today: string) => string[]

const areas: AreaAdvice[] = [
  limitationAdvice,
  claimsAdvice,
  documentsAdvice,
  lifecycleAdvice,
  hearingAndCollectionAdvice,
  afterAnswerAdvice,
]

export function adviceFor(facts: ScenarioFacts, today: string): Set<string> {
  return new Set(areas.flatMap((area) => area(facts, today)))
}
