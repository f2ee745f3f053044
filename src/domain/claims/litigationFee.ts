/**
 * 案件受理费：《诉讼费用交纳办法》(国务院令第481号). Integer arithmetic in fen × basis points, so
 * 64,610 yuan gives exactly 1,415.25 and not 1415.2499999.
 */
import type { Procedure } from '../deadlines/caseFacts'

// 第十三条第一项: cumulative brackets [upper bound in yuan, rate in basis points].
const BRACKETS: readonly [number, number][] = [
  [100_000, 250], [200_000, 200], [500_000, 150], [1_000_000, 100], [2_000_000, 90],
  [5_000_000, 80], [10_000_000, 70], [20_000_000, 60], [Infinity, 50],
]
const FLAT_LIMIT_FEN = 1_000_000 // 不超过1万元的，每件交纳50元
const FLAT_FEE_FEN = 5_000
const MAX_AMOUNT_YUAN = 1e10 // keeps fen × basis points below 2^53

/** Base fee in units of fen × 1/10,000, exact. */
function baseFeeUnits(amountYuan: number): number {
  if (!Number.isFinite(amountYuan) || amountYuan < 0 || amountYuan > MAX_AMOUNT_YUAN) throw new RangeError(`claim amount out of range: ${amountYuan}`)
  const fen = Math.round(amountYuan * 100)
  let units = FLAT_FEE_FEN * 10_000
  let lower = FLAT_LIMIT_FEN
  for (const [upperYuan, bp] of BRACKETS) {
    if (fen <= lower) break
    const upper = upperYuan * 100
    units += (Math.min(fen, upper) - lower) * bp
    lower = upper
  }
  return units
}

/** Rounds units/divisor to the fen, half up. How courts round is not in the text [M]. */
function toYuan(units: number, divisor: number): number {
  const d = 10_000 * divisor
  return Math.floor((2 * units + d) / (2 * d)) / 100
}

/**
 * 第十三条第一项 base fee for a property claim, before any reduction, to the fen.
 * @example baseLitigationFee(64_610) // 1415.25
 */
export function baseLitigationFee(amountYuan: number): number {
  return toYuan(baseFeeUnits(amountYuan), 1)
}

export type LitigationFeeOptions = { procedure?: Procedure; settledByMediationOrWithdrawal?: boolean }

/**
 * The fee the court charges, to the fen (half up [M]):
 * - simple procedure and small claims: half (第十六条; small claims is part of simple procedure [S]);
 * - mediation or withdrawal: half (第十五条), applied once, not on top of the simple-procedure half [M];
 * - payment order: one third of the base (第十四条第三项);
 * - pre-litigation mediation: none, courts do not charge for 诉前调解 [M].
 * @example litigationFee(100_000, { procedure: 'payment_order' }) // 766.67
 * @example litigationFee(20_000, { procedure: 'simple', settledByMediationOrWithdrawal: true }) // 150
 */
export function litigationFee(amountYuan: number, options: LitigationFeeOptions = {}): number {
  const units = baseFeeUnits(amountYuan)
  switch (options.procedure) {
    case 'payment_order':
      return toYuan(units, 3)
    case 'pre_litigation_mediation':
      return 0
    case 'simple':
    case 'small_claims':
      return toYuan(units, 2)
    default:
      return toYuan(units, options.settledByMediationOrWithdrawal ? 2 : 1)
  }
}
