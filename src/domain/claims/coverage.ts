/**
 * What the claim check could not look at. An empty or half-filled check must say so, never read as "nothing wrong"
 * (issue 17): the page lists these under the conclusion.
 */
import type { ClaimCheckInput } from './claimCheckInput'
import type { CapCheck, DamagesCheck, UncheckedCode } from './findings'
import type { LimitationAssessment } from './limitation'

export type CoverageFacts = {
  cap: CapCheck | null
  damages: DamagesCheck | null
  limitation?: LimitationAssessment
}

/**
 * The checks the inputs did not allow, in the page's order.
 * @example uncheckedOf({ claimKind: 'financial_loan', procedure: 'simple', repayments: [], claimed: {} }, { cap: null, damages: null })
 * // ['received', 'cap', 'limitation', 'repayments', 'disclosure']
 */
export function uncheckedOf(input: ClaimCheckInput, facts: CoverageFacts): UncheckedCode[] {
  const out: UncheckedCode[] = []
  if (!input.received) out.push('received')
  if (!facts.cap) out.push('cap')
  if (!facts.limitation || facts.limitation.status === 'unanswered') out.push('limitation')
  const saidNoRepayment = input.limitation?.lastRepayment?.known === false && input.limitation.lastRepayment.reason === 'none'
  if (input.repayments.length === 0 && !saidNoRepayment) out.push('repayments')
  if (input.claimKind !== 'private_loan' && !input.termsExplained) out.push('disclosure')
  if (!facts.damages && (input.claimed.liquidatedDamages ?? 0) > 0) out.push('damages')
  return out
}
