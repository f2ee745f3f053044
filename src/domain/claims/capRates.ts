/**
 * Which cap applies over which days, for the cap as courts apply it (capAsApplied.ts).
 *
 * - Licensed lenders (金融借款, 信用卡, 保证保险): 24% a year on the total of interest, compound interest, penalty
 *   interest, 违约金 and other fees, on the borrower's request (法发〔2017〕22号第二条 [M: its text not verified]; for
 *   cards 银行卡规定第二条第二款 [V] lets the holder ask to reduce an excessive total, 24% as 参考).
 * - 民间借贷: 4 × the one-year LPR at the contract date (民间借贷规定第二十五条 [V]), the same cap on overdue interest,
 *   违约金 and fees together (第二十九条 [V]). A contract made before 2020-08-20 and filed on or after it: the old standard
 *   up to 2020-08-19, then 4 × the LPR at filing (第三十一条第二款 [V]). The old standard is 24% (2015 民间借贷规定
 *   第二十六条第一款、第二十九条、第三十条 [S]: the 2015 text is not in our law source; read in a judgment quoting it).
 */
import { compareDates } from '../calendar/plainDate'
import type { CapRate } from './capAsApplied'
import type { ClaimKind } from './claimKind'
import type { ClaimNoteCode } from './findings'
import { lprOn } from './lpr'

/** 法发〔2017〕22号第二条 [M]; also the old 民间借贷 standard [S]. */
export const CAP_24 = 0.24
/** 民间借贷规定第三十一条第二款: the rules in force from this day. */
export const NEW_PRIVATE_RULES_FROM = '2020-08-20'

export type CapRates = {
  rates: CapRate[]
  basis: string[]
  /** True when a rate rests on [M]/[S] only: the result is shown as 参考. */
  reference: boolean
  /** For 4 × LPR: the LPR used and the day it was read for. */
  lpr?: { rate: number; from: string; on: string; unconfirmed: boolean }
}

export type CapRatesInput = {
  claimKind: ClaimKind
  /** The first drawing (到账日). */
  drawnOn: string
  /** 合同成立日; the drawing day when unknown. */
  contractOn?: string
  /** 立案日 when known, else the day the claim was counted to (the nearest stand-in). */
  filedOn: string
}

/**
 * @example capRatesFor({ claimKind: 'financial_loan', drawnOn: '2023-01-10', filedOn: '2026-01-10' }).rates
 * // [{ from: '2023-01-10', rate: 0.24, standard: 'financial_24' }]
 * @example capRatesFor({ claimKind: 'private_loan', drawnOn: '2019-03-01', filedOn: '2026-03-01' }).rates
 * // [{ from: '2019-03-01', rate: 0.24, standard: 'private_old_24' }, { from: '2020-08-20', rate: 0.12, standard: 'lpr_4x' }]
 */
export function capRatesFor(input: CapRatesInput): { ok: true; value: CapRates; notes: ClaimNoteCode[] } | { ok: false; notes: ClaimNoteCode[] } {
  if (input.claimKind !== 'private_loan') {
    const basis = input.claimKind === 'credit_card'
      ? ['最高人民法院关于审理银行卡民事纠纷案件若干问题的规定第二条第二款', '法发〔2017〕22号第二条']
      : ['法发〔2017〕22号第二条']
    return { ok: true, value: { rates: [{ from: input.drawnOn, rate: CAP_24, standard: 'financial_24' }], basis, reference: true }, notes: [] }
  }
  const contractOn = input.contractOn ?? input.drawnOn
  const oldContract = compareDates(contractOn, NEW_PRIVATE_RULES_FROM) < 0
  if (oldContract && compareDates(input.filedOn, NEW_PRIVATE_RULES_FROM) < 0) {
    // Filed before the 2020 rules took effect: the old standard throughout (第三十一条第一款 applies the new rules to cases accepted after).
    return { ok: true, value: { rates: [{ from: input.drawnOn, rate: CAP_24, standard: 'private_old_24' }], basis: ['民间借贷规定第三十一条'], reference: true }, notes: ['old_private_standard'] }
  }
  const notes: ClaimNoteCode[] = oldContract ? ['lpr_filing_date_rule'] : []
  const on = oldContract ? input.filedOn : contractOn
  const lpr = lprOn(on)
  if (!lpr.ok) return { ok: false, notes: [...notes, 'lpr_before_first'] }
  if (lpr.unconfirmed) notes.push('lpr_unconfirmed')
  const lprRate = { from: oldContract ? NEW_PRIVATE_RULES_FROM : input.drawnOn, rate: Math.round(lpr.row.rate * 4 * 1e6) / 1e6, standard: 'lpr_4x' as const }
  const rates: CapRate[] = oldContract && compareDates(input.drawnOn, NEW_PRIVATE_RULES_FROM) < 0
    ? [{ from: input.drawnOn, rate: CAP_24, standard: 'private_old_24' }, lprRate]
    : [{ ...lprRate, from: input.drawnOn }]
  if (rates.length > 1) notes.push('old_private_standard')
  const basis = ['民间借贷规定第二十五条', '民间借贷规定第二十九条', ...(oldContract ? ['民间借贷规定第三十一条'] : [])]
  return {
    ok: true,
    value: { rates, basis, reference: rates.some((r) => r.standard === 'private_old_24'), lpr: { rate: lpr.row.rate, from: lpr.row.from, on, unconfirmed: lpr.unconfirmed } },
    notes,
  }
}
