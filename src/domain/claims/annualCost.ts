/**
 * 年化综合成本 and the cap it is compared with (documents.md §3, legal-rules.md §14).
 *
 * Which figure meets the cap: the nominal one (monthly IRR × 12 in the PBoC's own example). The
 * caps are simple yearly rates (「年利率24%」, 「四倍」 of a yearly LPR), and the nominal figure is
 * the lower of the two, so a nominal figure above the cap is above it however one annualises.
 */
import { addMonths, compareDates } from '../calendar/plainDate'
import { annualRate } from './annualRate'
import type { ClaimKind } from './claimKind'
import type { AnnualCost, ClaimedItems, ClaimNoteCode, CostFigure, CostSource, Fen, Payment } from './findings'
import { lprOn } from './lpr'

/** 法发〔2017〕22号 第二条: total cost above 24% a year may be reduced on the borrower's request [M]. */
export const FINANCIAL_CAP = 0.24
/** 民间借贷规定 第三十一条第二款: contracts made before this day take the LPR at filing for later interest. */
const NEW_RULES_FROM = '2020-08-20'

export type Schedule = { count: number; installmentFen: Fen; firstDueOn: string }

/**
 * What the lender claims, less 律师费/保全费 (实现债权的费用 are not borrowing cost; leaving them out
 * can only lower the rate). The total when given, else the sum of the items.
 * @example claimedCostFen({ principal: 900_000, interest: 100_000, enforcementCosts: 50_000 }) // 1_000_000
 */
export function claimedCostFen(claimed: ClaimedItems): Fen {
  const costs = claimed.enforcementCosts ?? 0
  if (claimed.total !== undefined) return Math.max(0, claimed.total - costs)
  const { principal = 0, interest = 0, penalty = 0, liquidatedDamages = 0, serviceFees = 0, other = 0 } = claimed
  return principal + interest + penalty + liquidatedDamages + serviceFees + other
}

function figure(source: CostSource, flows: Payment[]): CostFigure | null {
  const rate = annualRate(flows)
  if (!rate) return null
  const sorted = [...flows].sort((a, b) => compareDates(a.on, b.on))
  return { ...rate, source, flows: sorted, firstOn: sorted[0].on, lastOn: sorted[sorted.length - 1].on }
}

/**
 * The cost of the loan if the borrower paid what is claimed on the date it is counted to:
 * received (+), every repayment (−), the claimed amount (−).
 * @example claimCost({ on: '2025-01-01', fen: 1_000_000 }, [], 1_200_000, '2026-01-01')?.effective // 0.2 (to 1e-12)
 */
export function claimCost(received: Payment, repayments: readonly Payment[], claimFen: Fen, asOf: string): CostFigure | null {
  if (claimFen <= 0) return null
  return figure('claim', [{ on: received.on, fen: received.fen }, ...repayments.map((p) => ({ on: p.on, fen: -p.fen })), { on: asOf, fen: -claimFen }])
}

/**
 * The cost the contract's own schedule implies: received (+), `count` equal instalments (−) one
 * month apart from the first due day (民法典第二百零二条 month arithmetic).
 * @example scheduleCost({ on: '2024-01-01', fen: 9_900_000 }, { count: 12, installmentFen: 883_330, firstDueOn: '2024-02-01' })?.nominal // ≈ 0.1280
 */
export function scheduleCost(received: Payment, schedule: Schedule): CostFigure | null {
  const flows: Payment[] = [{ on: received.on, fen: received.fen }]
  for (let i = 0; i < schedule.count; i++) flows.push({ on: addMonths(schedule.firstDueOn, i), fen: -schedule.installmentFen })
  return figure('schedule', flows)
}

export type CapInput = { claimKind: ClaimKind; contractOn: string; filedOn: string }

/**
 * The cap for the claim kind, or why none can be read. Private loans: 4 × the 1-year LPR at the
 * contract date (民间借贷规定第二十五条), or at filing for contracts made before 2020-08-20 (第三十一条第二款).
 * Everything else: 24% total cost, shown as 参考 because its source text is [M].
 */
export function capFor(input: CapInput): { cap: AnnualCost['cap']; notes: ClaimNoteCode[] } | { cap: null; notes: ClaimNoteCode[] } {
  if (input.claimKind !== 'private_loan') {
    const basis = input.claimKind === 'credit_card'
      ? ['最高人民法院关于审理银行卡民事纠纷案件若干问题的规定第二条第二款', '法发〔2017〕22号第二条']
      : ['法发〔2017〕22号第二条']
    return { cap: { rate: FINANCIAL_CAP, kind: 'financial_24', basis, reference: true }, notes: [] }
  }
  const notes: ClaimNoteCode[] = []
  const filingRule = input.contractOn < NEW_RULES_FROM
  const on = filingRule ? input.filedOn : input.contractOn
  if (filingRule) notes.push('lpr_filing_date_rule')
  const lpr = lprOn(on)
  if (!lpr.ok) return { cap: null, notes: [...notes, 'lpr_before_first'] }
  if (lpr.unconfirmed) notes.push('lpr_unconfirmed')
  const basis = ['民间借贷规定第二十五条', ...(filingRule ? ['民间借贷规定第三十一条第二款'] : [])]
  return {
    cap: {
      rate: Math.round(lpr.row.rate * 4 * 1e6) / 1e6, kind: 'lpr_4x', basis, reference: false,
      lpr: { rate: lpr.row.rate, from: lpr.row.from, on, rule: filingRule ? 'filing_date' : 'contract_date', unconfirmed: lpr.unconfirmed },
    },
    notes,
  }
}

/** A cost figure against its cap. */
export function compareWithCap(cost: CostFigure, cap: AnnualCost['cap']): AnnualCost {
  return {
    effective: cost.effective, nominal: cost.nominal, compared: 'nominal', cap,
    exceeds: cost.nominal > cap.rate, source: cost.source, flows: cost.flows,
  }
}
