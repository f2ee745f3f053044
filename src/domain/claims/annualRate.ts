/**
 * 年化利率（中国人民银行公告〔2021〕第3号：内部收益率法，IRR）. documents.md §3 [S; the PBoC example's
 * arithmetic is checked in tests/domain/claims/annualRate.test.ts].
 *
 * The rate r solves Σ fen_i / (1 + r)^(d_i / 365) = 0, d_i = actual days from the first flow
 * (so the first day is not counted and the last is: 1 Jan → 31 Jan is 30 days). We solve for
 * x = ln(1 + r), which keeps every term finite (a 7-day loan can cost 1,000,000% a year), find a
 * sign change on a fixed grid, then polish it with Newton steps that fall back to bisection
 * whenever a step would leave the bracket. No rate → null, never a guess.
 */
import { toDayNumber } from '../calendar/plainDate'

/** A cash flow in fen: positive = money the borrower received, negative = money the borrower paid. */
export type CashFlow = { on: string; fen: number }
export type AnnualRate = { effective: number; nominal: number }

const DAYS_PER_YEAR = 365
// x = ln(1 + r). Below -30, 1 + r rounds to 0 in a double (r = -100%); above 700, r overflows. The
// grid is fine where real loans are (-3 < x < 5, steps of 0.05) and coarse further out: the grid
// only has to separate roots, the bracket solver finds each one exactly.
const X_MIN = -30
const X_MAX = 700
const X_GRID: readonly number[] = (() => {
  const fine: number[] = []
  for (let x = -3; x <= 5 + 1e-9; x += 0.05) fine.push(Math.round(x * 100) / 100)
  return [X_MIN, -20, -12, -8, -5, ...fine, 7, 10, 15, 25, 40, 70, 120, 200, 350, 500, X_MAX]
})()
// Where we look for the root first when several exist: ln(1.1), the usual XIRR guess of 10%.
const X_GUESS = Math.log(1.1)

type Term = { fen: number; years: number }

/** Same-day flows netted, zero flows dropped, in date order, with their distance in years. */
function termsOf(flows: readonly CashFlow[]): Term[] {
  const byDay = new Map<number, number>()
  for (const flow of flows) {
    if (!Number.isFinite(flow.fen)) throw new RangeError(`not an amount in fen: ${flow.fen}`)
    const day = toDayNumber(flow.on)
    byDay.set(day, (byDay.get(day) ?? 0) + flow.fen)
  }
  const days = [...byDay.keys()].sort((a, b) => a - b)
  const first = days[0] ?? 0
  return days.filter((d) => byDay.get(d) !== 0).map((d) => ({ fen: byDay.get(d) as number, years: (d - first) / DAYS_PER_YEAR }))
}

/**
 * Net present value at x = ln(1 + r), scaled by a positive factor so no term overflows; the
 * derivative gets the same factor, so f / f' (the Newton step) and the sign are exact.
 */
function scaledValue(terms: readonly Term[], x: number): { f: number; df: number } {
  let maxExponent = -Infinity
  for (const t of terms) maxExponent = Math.max(maxExponent, -x * t.years)
  let f = 0
  let df = 0
  for (const t of terms) {
    const v = t.fen * Math.exp(-x * t.years - maxExponent)
    f += v
    df -= t.years * v
  }
  return { f, df }
}

/** The root inside [lo, hi], where f(lo) and f(hi) have opposite signs (rtsafe). */
function solveInBracket(terms: readonly Term[], lo: number, hi: number): number {
  let a = lo
  let b = hi
  const fa = scaledValue(terms, a).f
  let x = (a + b) / 2
  for (let i = 0; i < 200; i++) {
    const { f, df } = scaledValue(terms, x)
    if (f === 0) return x
    if ((f < 0) === (fa < 0)) a = x
    else b = x
    const newton = df !== 0 ? x - f / df : NaN
    const next = newton > a && newton < b ? newton : (a + b) / 2
    if (Math.abs(next - x) < 1e-14 * Math.max(1, Math.abs(x)) || b - a < 1e-14) return next
    x = next
  }
  return x
}

/** Sign changes in date order: with one (money in, then money out), Descartes' rule allows one root. */
function signChanges(terms: readonly Term[]): number {
  let changes = 0
  for (let i = 1; i < terms.length; i++) if ((terms[i].fen < 0) !== (terms[i - 1].fen < 0)) changes++
  return changes
}

/** The only root: walk out from 10% with growing steps until the sign flips, then solve. */
function uniqueRoot(terms: readonly Term[]): number | null {
  const signAt = (x: number) => scaledValue(terms, x).f < 0
  if (scaledValue(terms, X_GUESS).f === 0) return X_GUESS
  const guessSign = signAt(X_GUESS)
  for (let step = 0.05; step < 2 * (X_MAX - X_MIN); step *= 2) {
    for (const [inner, outer] of [[X_GUESS, Math.min(X_MAX, X_GUESS + step)], [X_GUESS, Math.max(X_MIN, X_GUESS - step)]]) {
      if (signAt(outer) !== guessSign) return solveInBracket(terms, Math.min(inner, outer), Math.max(inner, outer))
    }
  }
  return null
}

/** Several sign changes: every sign change on the grid brackets a root; take the one nearest 10%. */
function nearestRoot(terms: readonly Term[]): number | null {
  let best: number | null = null
  let previousX = X_GRID[0]
  let previousF = scaledValue(terms, previousX).f
  for (const x of X_GRID.slice(1)) {
    const f = scaledValue(terms, x).f
    if (f === 0 || (f < 0) !== (previousF < 0)) {
      const root = f === 0 ? x : solveInBracket(terms, previousX, x)
      if (best === null || Math.abs(root - X_GUESS) < Math.abs(best - X_GUESS)) best = root
    }
    previousX = x
    previousF = f
  }
  return best
}

/**
 * Annualised cost of a loan from its cash flows (XIRR on actual days / 365), and the nominal
 * rate compounded monthly that gives the same yearly cost. Fractions: 0.1358 means 13.58%.
 * Returns null when no rate exists: fewer than two dates, or every flow with one sign (and when the
 * rate is beyond what a double holds: below -99.9999999999% or above 10^304 %).
 * @example
 * annualRate([{ on: '2026-01-01', fen: 1_000_000 }, { on: '2027-01-01', fen: -1_100_000 }])
 * // { effective: 0.1 (to 1e-12), nominal: 0.0957… }
 * @example annualRate([{ on: '2026-01-01', fen: 100 }, { on: '2026-02-01', fen: 50 }]) // null
 */
export function annualRate(flows: readonly CashFlow[]): AnnualRate | null {
  const terms = termsOf(flows)
  if (!terms.some((t) => t.fen > 0) || !terms.some((t) => t.fen < 0)) return null
  const best = signChanges(terms) === 1 ? uniqueRoot(terms) : nearestRoot(terms)
  if (best === null) return null
  const effective = Math.expm1(best)
  return { effective, nominal: 12 * Math.expm1(best / 12) }
}
