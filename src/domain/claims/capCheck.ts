/**
 * The claim check's cap test: the claim against the cap as courts apply it (capAsApplied.ts over capRates.ts),
 * and the point it gives the answer form.
 */
import { addDays } from '../calendar/plainDate'
import { claimedCostFen } from './annualCost'
import { capAsApplied } from './capAsApplied'
import { capRatesFor } from './capRates'
import type { ClaimCheckInput } from './claimCheckInput'
import type { CapCheck, ClaimNoteCode, ClaimPoint } from './findings'

/**
 * The cap comparison, or null when the inputs do not allow it: it needs the money received with its day, the
 * claimed principal (or the total) and the day the claim was counted to.
 * @example
 * capCheckOf({ claimKind: 'financial_loan', procedure: 'simple', repayments: [], received: { on: '2021-01-10', fen: 1_000_000 },
 *   claimed: { principal: 1_000_000, interest: 900_000 }, claimedAsOf: '2024-01-10' }, [])?.excessFen // 180_000
 */
export function capCheckOf(input: ClaimCheckInput, notes: ClaimNoteCode[]): CapCheck | null {
  const { received, claimedAsOf } = input
  if (!received || !claimedAsOf || (input.claimed.principal === undefined && input.claimed.total === undefined)) return null
  const rates = capRatesFor({
    claimKind: input.claimKind, drawnOn: received.on, filedOn: input.limitation?.filedOn ?? claimedAsOf,
    ...(input.contractOn ? { contractOn: input.contractOn } : {}),
  })
  notes.push(...rates.notes)
  if (!rates.ok) return null
  const result = capAsApplied({ drawings: [received], repayments: input.repayments, claimedFen: claimedCostFen(input.claimed), asOf: claimedAsOf, rates: rates.value.rates })
  if (result.laterRepaymentsFen > 0) notes.push('repayments_after_as_of')
  return { ...result, ...rates.value }
}

/**
 * The excess over the cap as a point for the answer's interest item; 参考 when the cap's source is [M]/[S].
 * @example capPoint(capCheckOf(issueExample, []))?.params // { capRate: 0.24, allowedFen: 720_000, chargedFen: 900_000, excessFen: 180_000, asOf: '2024-01-10' }
 */
export function capPoint(cap: CapCheck | null | undefined): ClaimPoint | null {
  if (!cap || cap.excessFen <= 0) return null
  const last = cap.rates[cap.rates.length - 1]
  // A pre-2020-08-20 private loan: 24% up to 2020-08-19, then 4 × LPR; the sentence names both.
  const earlier: Record<string, string | number> = cap.rates.length > 1 ? { earlierRate: cap.rates[0].rate, earlierUntil: addDays(last.from, -1) } : {}
  return {
    element: 'interest', code: 'interest_above_cap_as_applied', basis: cap.basis, reference: cap.reference,
    params: { capRate: last.rate, allowedFen: cap.allowedFen, chargedFen: cap.chargedFen, excessFen: cap.excessFen, asOf: cap.asOf, ...earlier },
  }
}
