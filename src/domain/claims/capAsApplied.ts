/**
 * 利率上限「按法院的算法」：本金实际占用的金额 × 天数 × 年利率上限 ÷ 365，单利，不复利。
 *
 * Why not the IRR: a compounded rate understates a long unpaid claim (10,000 received, 9,000 claimed three years on
 * is 30% a year simple but 21.57% nominal IRR) and overstates a short one. Courts test the cap as simple interest on
 * the principal outstanding over the days it was outstanding (法发〔2017〕22号第二条 24% [M]; 民间借贷规定第二十五条、
 * 第二十九条 4 × LPR [V]) — the practice, not a text, so [M/S]: the page says so.
 *
 * Day count: actual days / 365, the start day not counted (民法典第二百零一条), the usual court practice [M]; some
 * courts use 360 days for a daily rate, which would allow slightly more.
 *
 * Allocation: a repayment first pays the charges accrued within the cap (费用 and 利息 together: the 24% is a cap on
 * their total), then the principal — 民法典第五百六十一条 「实现债权的有关费用 → 利息 → 主债务」, unless the contract says
 * otherwise (we cannot read the contract: the page says which order was used).
 */
import { addDays, compareDates, daysBetween } from '../calendar/plainDate'
import type { Fen, Payment } from './findings'

/** The cap from `from` on (the first day it applies). */
export type CapRate = {
  from: string
  rate: number
  /** financial_24: 法发〔2017〕22号 [M]; private_old_24: 2015 民间借贷规定第二十六条 [S]; lpr_4x: 民间借贷规定第二十五条. */
  standard: 'financial_24' | 'private_old_24' | 'lpr_4x'
}

/** One stretch with the same principal and rate: allowed = principal × rate × days / 365, rounded to the fen. */
export type CapPeriod = { from: string; to: string; days: number; principalFen: Fen; rate: number; allowedFen: Fen }

export type CapAsAppliedInput = {
  /** Principal drawn (到手金额), each with its day. */
  drawings: readonly Payment[]
  repayments: readonly Payment[]
  /** What the complaint claims as of `asOf`, principal included, 实现债权的费用 (律师费、保全费) left out. */
  claimedFen: Fen
  asOf: string
  /** The caps in force, earliest first; the first applies from the first drawing. */
  rates: readonly CapRate[]
}

export type CapAsApplied = {
  asOf: string
  drawnFen: Fen
  /** Repayments up to `asOf` (later ones are the complaint's business: it was counted before them). */
  repaidFen: Fen
  claimedFen: Fen
  /** Everything beyond the principal: repaid + claimed − drawn (interest, penalty interest, compound interest, 违约金, fees). */
  chargedFen: Fen
  /** The most the cap allows: the sum of the periods. */
  allowedFen: Fen
  /** chargedFen − allowedFen when positive, else 0. */
  excessFen: Fen
  periods: CapPeriod[]
  /** Principal still outstanding on `asOf` once repayments were allocated within the cap. */
  outstandingFen: Fen
  /** Repayments after `asOf`, left out of the comparison. */
  laterRepaymentsFen: Fen
}

const DAYS_PER_YEAR = 365

/** The rate for the days after `day` (day + 1 is the first day counted). */
function rateAfter(rates: readonly CapRate[], day: string): CapRate {
  const next = addDays(day, 1)
  let found = rates[0]
  for (const r of rates) if (compareDates(r.from, next) <= 0) found = r
  return found
}

/**
 * The most the cap allows as simple interest on the outstanding principal, against what was charged and paid
 * plus what is claimed, and the excess in fen.
 * @example
 * capAsApplied({ drawings: [{ on: '2021-01-10', fen: 1_000_000 }], repayments: [], claimedFen: 1_900_000,
 *   asOf: '2024-01-10', rates: [{ from: '2021-01-10', rate: 0.24, standard: 'financial_24' }] })
 * // { allowedFen: 720_000, chargedFen: 900_000, excessFen: 180_000, periods: [{ days: 1095, … }], … }
 */
export function capAsApplied(input: CapAsAppliedInput): CapAsApplied {
  const upTo = (p: Payment) => compareDates(p.on, input.asOf) <= 0
  const drawings = input.drawings.filter(upTo)
  const repayments = input.repayments.filter(upTo)
  const laterRepaymentsFen = input.repayments.filter((p) => !upTo(p)).reduce((a, p) => a + p.fen, 0)
  const boundaries = new Set<string>([input.asOf, ...drawings.map((d) => d.on), ...repayments.map((p) => p.on)])
  // A new rate applies from its `from`: the stretch before it ends the day before.
  for (const r of input.rates.slice(1)) boundaries.add(addDays(r.from, -1))
  const first = drawings.map((d) => d.on).sort(compareDates)[0]
  const days = [...boundaries].filter((d) => first !== undefined && compareDates(d, first) >= 0 && compareDates(d, input.asOf) <= 0).sort(compareDates)

  let principal = 0
  let unpaidCharges = 0
  const periods: CapPeriod[] = []
  days.forEach((day, i) => {
    if (i > 0) {
      const from = days[i - 1]
      const length = daysBetween(from, day)
      const { rate } = rateAfter(input.rates, from)
      const allowedFen = Math.round((principal * rate * length) / DAYS_PER_YEAR)
      if (principal > 0 && length > 0) periods.push({ from, to: day, days: length, principalFen: principal, rate, allowedFen })
      unpaidCharges += principal > 0 ? allowedFen : 0
    }
    for (const d of drawings) if (d.on === day) principal += d.fen
    for (const p of repayments) {
      if (p.on !== day) continue
      const toCharges = Math.min(p.fen, unpaidCharges)
      unpaidCharges -= toCharges
      principal = Math.max(0, principal - (p.fen - toCharges))
    }
  })

  const drawnFen = drawings.reduce((a, d) => a + d.fen, 0)
  const repaidFen = repayments.reduce((a, p) => a + p.fen, 0)
  const allowedFen = periods.reduce((a, p) => a + p.allowedFen, 0)
  const chargedFen = repaidFen + input.claimedFen - drawnFen
  return {
    asOf: input.asOf, drawnFen, repaidFen, claimedFen: input.claimedFen, chargedFen, allowedFen,
    excessFen: Math.max(0, chargedFen - allowedFen), periods, outstandingFen: principal, laterRepaymentsFen,
  }
}
