/**
 * 分期还款计划：总额分成 N 期，每期金额取整到元（好记、好转账），最后一期补足余数，
 * 所以各期相加一分不差地等于总额。还款日从首期那天起每月同一天；没有这一天的月份取月末
 * （民法典第二百零二条 的“对应日”思路，与 calendar/plainDate.addMonths 相同）。
 */
import { addMonths, isValidPlainDate } from '../calendar/plainDate'
import type { Fen } from '../claims/findings'

export const installmentIssueCodes = ['total_not_positive', 'months_out_of_range', 'first_due_invalid', 'total_too_small'] as const
export type InstallmentIssueCode = (typeof installmentIssueCodes)[number]

export type Installment = { n: number; dueOn: string; fen: Fen }
export type InstallmentPlan = {
  installments: Installment[]
  /** The amount of every installment but the last. */
  regularFen: Fen
  /** The last one: regularFen plus whatever is left over. */
  lastFen: Fen
  totalFen: Fen
}
export type InstallmentPlanResult = { ok: true; plan: InstallmentPlan } | { ok: false; code: InstallmentIssueCode }

/** 5 years: longer plans are not something a letter to a lender should propose by default. */
export const MAX_INSTALLMENTS = 60

/**
 * Splits a total into monthly installments that add up exactly to the total.
 * Each regular installment is the total ÷ months rounded down to whole yuan; when that would be
 * zero (a total under one yuan a month) it is rounded down to the fen instead. The last one absorbs
 * the remainder, so it is never smaller than the others.
 * @example
 * planInstallments({ totalFen: 1_000_000, months: 3, firstDueOn: '2026-10-31' })
 * // { ok: true, plan: { regularFen: 333_300, lastFen: 333_400, totalFen: 1_000_000, installments: [
 * //   { n: 1, dueOn: '2026-10-31', fen: 333_300 }, { n: 2, dueOn: '2026-11-30', fen: 333_300 },
 * //   { n: 3, dueOn: '2026-12-31', fen: 333_400 }] } }
 */
export function planInstallments(input: { totalFen: Fen; months: number; firstDueOn: string }): InstallmentPlanResult {
  const { totalFen, months, firstDueOn } = input
  if (!Number.isSafeInteger(totalFen) || totalFen <= 0) return { ok: false, code: 'total_not_positive' }
  if (!Number.isInteger(months) || months < 1 || months > MAX_INSTALLMENTS) return { ok: false, code: 'months_out_of_range' }
  if (!isValidPlainDate(firstDueOn)) return { ok: false, code: 'first_due_invalid' }
  if (totalFen < months) return { ok: false, code: 'total_too_small' }
  const byYuan = Math.floor(totalFen / months / 100) * 100
  const regularFen = byYuan > 0 ? byYuan : Math.floor(totalFen / months)
  const lastFen = totalFen - regularFen * (months - 1)
  const installments: Installment[] = []
  for (let i = 0; i < months; i++) {
    // Each date from the first one, not from the previous: 1-31 → 2-28 → 3-31, never drifting to the 28th.
    installments.push({ n: i + 1, dueOn: addMonths(firstDueOn, i), fen: i === months - 1 ? lastFen : regularFen })
  }
  return { ok: true, plan: { installments, regularFen, lastFen, totalFen } }
}
