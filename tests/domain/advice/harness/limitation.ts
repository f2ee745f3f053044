/** Advice codes of the limitation check (src/domain/claims/limitation.ts). */
import { assessLimitation } from '../../../../src/domain/claims/limitation'
import type { ScenarioFacts } from '../scenario'

export function limitationAdvice(facts: ScenarioFacts): string[] {
  if (!facts.limitation) return []
  return [`limitation:${assessLimitation(facts.limitation).status}`]
}
