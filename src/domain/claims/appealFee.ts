/**
 * 上诉案件受理费。《诉讼费用交纳办法》(国务院令第481号), checked against its text in LawRefBook/Laws:
 * - 第十七条「对财产案件提起上诉的，按照不服一审判决部分的上诉请求数额交纳案件受理费。」 → the amount is
 *   the part of the judgment appealed, not the original claim;
 * - 第十三条第（一）项: the same cumulative brackets as at first instance (litigationFee.ts);
 * - no halving: 第十六条 halves only 「适用简易程序审理的案件」, and simple procedure is a first-instance
 *   procedure of the basic courts (民事诉讼法第一百六十条); a 二审 is heard by a panel or, exceptionally, one
 *   judge (民事诉讼法第四十一条), which is not 简易程序. 第十五条 halves a case later settled by mediation or
 *   withdrawn — something that may happen after filing, not a reason to pay less up front;
 * - 第二十条: the appellant pays in advance; 第二十二条第二款: with the 上诉状, or within 7 days of the court's
 *   notice when not paid within the appeal period; 民诉法解释第三百一十八条: not paid in the time set →
 *   「按自动撤回上诉处理」.
 */
import { litigationFee } from './litigationFee'

/** 第二十二条第二款: 「人民法院应当通知其在7日内预交」. */
export const APPEAL_FEE_NOTICE_DAYS = 7

export type AppealFee = {
  /** The amount appealed (不服一审判决部分的上诉请求数额), in fen. */
  appealedFen: number
  /** The fee, in fen (rounded half up to the fen like litigationFee [M]). */
  feeFen: number
  basis: readonly string[]
}

export const APPEAL_FEE_BASIS = ['诉讼费用交纳办法第十七条', '诉讼费用交纳办法第十三条', '诉讼费用交纳办法第二十二条', '民诉法解释第三百一十八条'] as const

/**
 * The fee for appealing `appealedFen` of a money judgment: the full 第十三条 scale on the amount appealed.
 * Null for an amount that is not a whole, non-negative number of fen.
 * @example appealFee(2_000_000)?.feeFen // 30000 (20,000 yuan appealed → 300 yuan, not halved)
 * @example appealFee(200_000)?.feeFen // 5000 (2,000 yuan appealed → 50 yuan, the flat minimum)
 */
export function appealFee(appealedFen: number): AppealFee | null {
  if (!Number.isSafeInteger(appealedFen) || appealedFen < 0) return null
  const yuan = litigationFee(appealedFen / 100, { procedure: 'ordinary' })
  return { appealedFen, feeFen: Math.round(yuan * 100), basis: APPEAL_FEE_BASIS }
}
