/**
 * 核对诉讼请求：what the lender claims against what the borrower received and repaid. Pure; the
 * result (ClaimFindings) is shown on the claim-check page and fills the answer form's 「有异议」 items.
 */
import { compareDates } from '../calendar/plainDate'
import { baseLitigationFee, litigationFee } from './litigationFee'
import { capFor, claimCost, claimedCostFen, compareWithCap, scheduleCost } from './annualCost'
import { capCheckOf, capPoint } from './capCheck'
import type { ClaimCheckInput } from './claimCheckInput'
import { uncheckedOf } from './coverage'
import { answerElements, type AnnualCost, type ClaimFindings, type ClaimNoteCode, type ClaimPoint, type CostFigure, type FeeEstimate, type Fen } from './findings'
import { assessLimitation } from './limitation'
import {
  costPoint, costsPoint, damagesCheck, damagesPoint, disclosurePoint, feesPoint, interestOnFeesPoint, itemsSum,
  limitationPoint, receivedPoint, repaymentsPoint, statedRatePoint, sumPoint,
} from './claimPointRules'

export type { ClaimCheckInput } from './claimCheckInput'

const ELEMENT_ORDER = new Map(answerElements.map((e, i) => [e, i]))

/**
 * 案件受理费 the borrower may have to bear if they lose (诉讼费用交纳办法第二十九条), on the amount claimed
 * (第十三条第一项), halved for simple procedure and small claims (第十六条). Not sure of the procedure →
 * the full fee, the safe figure.
 * @example estimateFee(2_000_000, 'simple') // { amountFen: 15_000, fullFen: 30_000, halved: true, procedure: 'simple', … }
 */
export function estimateFee(claimFen: Fen, procedure: ClaimCheckInput['procedure']): FeeEstimate | null {
  if (claimFen <= 0) return null
  const assumed = procedure === 'unsure' ? 'ordinary' : procedure
  const yuan = claimFen / 100
  const amountFen = Math.round(litigationFee(yuan, { procedure: assumed }) * 100)
  const fullFen = Math.round(baseLitigationFee(yuan) * 100)
  const halved = assumed === 'simple' || assumed === 'small_claims'
  const basis = ['诉讼费用交纳办法第十三条', '诉讼费用交纳办法第二十九条']
  if (halved) basis.push('诉讼费用交纳办法第十六条')
  if (assumed === 'payment_order') basis.push('诉讼费用交纳办法第十四条第三项')
  return { amountFen, claimFen, halved, basis, fullFen, procedure: assumed }
}

function costs(input: ClaimCheckInput, notes: ClaimNoteCode[]): { claim: CostFigure | null; schedule: CostFigure | null } {
  if (!input.received) {
    notes.push('cost_needs_received')
    return { claim: null, schedule: null }
  }
  const claimFen = claimedCostFen(input.claimed)
  let claim: CostFigure | null = null
  if (claimFen > 0 && input.claimedAsOf) {
    claim = claimCost(input.received, input.repayments, claimFen, input.claimedAsOf)
    if (!claim) notes.push('cost_no_rate')
    if (input.claimedAsOfAssumed) notes.push('claim_as_of_assumed')
    if ((input.claimed.enforcementCosts ?? 0) > 0) notes.push('costs_left_out_of_rate')
  } else if (!input.schedule) notes.push('cost_needs_claim')
  const schedule = input.schedule ? scheduleCost(input.received, input.schedule) : null
  if ((claim && claim.effective < 0) || (schedule && schedule.effective < 0)) notes.push('cost_negative')
  return { claim, schedule }
}

/**
 * The contract schedule's IRR against the cap. The IRR of a claim is not compared with the cap: compounding
 * understates a long unpaid claim, so the claim's cap test is `capCheckOf` (simple interest, as courts apply it).
 */
function annualCostOf(input: ClaimCheckInput, figures: { claim: CostFigure | null; schedule: CostFigure | null }, notes: ClaimNoteCode[]): AnnualCost | null {
  const figure = figures.schedule
  if (!figure || !input.received) return null
  const contractOn = input.contractOn ?? input.received.on
  const filedOn = input.limitation?.filedOn ?? input.claimedAsOf ?? figure.lastOn
  const { cap, notes: capNotes } = capFor({ claimKind: input.claimKind, contractOn, filedOn })
  notes.push(...capNotes)
  if (!cap) return null
  const cost = compareWithCap(figure, cap)
  if (!cost.exceeds && cost.effective > cap.rate) notes.push('cost_borderline')
  return cost
}

/**
 * Every check the inputs allow, and the points they support in the order of the answer form.
 * Missing inputs only mean fewer results; `notes` says what was missing or assumed, `unchecked` what could not be
 * looked at.
 * @example
 * checkClaim({ claimKind: 'financial_loan', procedure: 'simple', repayments: [],
 *   received: { on: '2025-01-10', fen: 950_000 }, contractAmountFen: 1_000_000,
 *   claimed: { principal: 1_000_000, interest: 250_000 }, claimedAsOf: '2026-01-10' }).points[0].code
 * // 'received_less_than_principal'
 * @example
 * checkClaim({ claimKind: 'financial_loan', procedure: 'simple', repayments: [], received: { on: '2021-01-10', fen: 1_000_000 },
 *   claimed: { principal: 1_000_000, interest: 900_000 }, claimedAsOf: '2024-01-10' }).cap?.excessFen
 * // 180_000 (1,800 yuan above 24% simple over 1,095 days)
 */
export function checkClaim(input: ClaimCheckInput): ClaimFindings {
  const notes: ClaimNoteCode[] = []
  const repayments = [...input.repayments].sort((a, b) => compareDates(a.on, b.on))
  const sorted = { ...input, repayments }
  const figures = costs(sorted, notes)
  const annualCost = annualCostOf(sorted, figures, notes)
  const damages = damagesCheck(sorted)
  if (!damages && (input.claimed.liquidatedDamages ?? 0) > 0) notes.push('damages_needs_rate_and_date')
  const sum = itemsSum(sorted)
  const cap = capCheckOf(sorted, notes)
  const limitation = input.limitation ? assessLimitation(input.limitation) : undefined
  // 民事诉讼法解释第二百零一条第二款: several property claims are added up, 律师费 included.
  const fee = estimateFee(input.claimed.total ?? claimedCostFen(input.claimed) + (input.claimed.enforcementCosts ?? 0), input.procedure)
  if (fee && input.procedure === 'unsure') notes.push('fee_procedure_assumed')

  const points = [
    receivedPoint(sorted), capPoint(cap), costPoint(sorted, annualCost), interestOnFeesPoint(sorted), damagesPoint(damages),
    feesPoint(sorted), costsPoint(sorted), sumPoint(sum), statedRatePoint(sorted, figures.schedule),
    repaymentsPoint(sorted), disclosurePoint(sorted), limitationPoint(limitation),
  ].filter((p): p is ClaimPoint => p !== null)
  points.sort((a, b) => (ELEMENT_ORDER.get(a.element) ?? 0) - (ELEMENT_ORDER.get(b.element) ?? 0))

  return {
    claimKind: input.claimKind,
    claimed: { ...input.claimed },
    ...(input.received ? { received: { ...input.received } } : {}),
    repayments,
    repaidFen: repayments.reduce((a, p) => a + p.fen, 0),
    annualCost,
    fee,
    points,
    costs: figures,
    damages,
    itemsSum: sum,
    notes: [...new Set(notes)],
    cap,
    ...(limitation ? { limitation } : {}),
    unchecked: uncheckedOf(sorted, { cap, damages, ...(limitation ? { limitation } : {}) }),
  }
}
