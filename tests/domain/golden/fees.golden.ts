/**
 * Golden fee table: 诉讼费用交纳办法 第十三条第一项 brackets, 第十五条/第十六条 halving, 第十四条第三项
 * one third for a payment order. Values from the fact sheet §13 worked examples; rounding to the
 * fen (half up) is [M].
 */
import type { LitigationFeeOptions } from '../../../src/domain/claims/litigationFee'

export type GoldenFee = { amount: number; citation: string; options?: LitigationFeeOptions; base: number; fee: number }

export const goldenFees: GoldenFee[] = [
  { amount: 5_000, citation: '第十三条第一项: ≤ 10,000 → 50 per case', base: 50, fee: 50 },
  { amount: 10_000, citation: '第十三条第一项 (不超过1万元)', base: 50, fee: 50 },
  { amount: 20_000, citation: '第十三条第一项', base: 300, fee: 300 },
  { amount: 20_000, citation: '第十六条 simple procedure', options: { procedure: 'simple' }, base: 300, fee: 150 },
  { amount: 20_000, citation: '第十四条第三项 payment order', options: { procedure: 'payment_order' }, base: 300, fee: 100 },
  { amount: 50_000, citation: '第十三条第一项', base: 1_050, fee: 1_050 },
  { amount: 50_000, citation: '第十六条; small claims is simple procedure [S]', options: { procedure: 'small_claims' }, base: 1_050, fee: 525 },
  { amount: 50_000, citation: '第十四条第三项', options: { procedure: 'payment_order' }, base: 1_050, fee: 350 },
  { amount: 64_610, citation: '第十三条第一项 (江苏 small-claims limit)', base: 1_415.25, fee: 1_415.25 },
  { amount: 64_610, citation: '第十六条; 707.625 rounded half up [M]', options: { procedure: 'small_claims' }, base: 1_415.25, fee: 707.63 },
  { amount: 64_610, citation: '第十四条第三项', options: { procedure: 'payment_order' }, base: 1_415.25, fee: 471.75 },
  { amount: 100_000, citation: '第十三条第一项', base: 2_300, fee: 2_300 },
  { amount: 100_000, citation: '第十四条第三项; 766.666… rounded [M]', options: { procedure: 'payment_order' }, base: 2_300, fee: 766.67 },
  { amount: 100_000, citation: '第十五条 mediation or withdrawal', options: { procedure: 'ordinary', settledByMediationOrWithdrawal: true }, base: 2_300, fee: 1_150 },
  { amount: 100_000, citation: '第十五条 + 第十六条: halved once, not twice [M]', options: { procedure: 'simple', settledByMediationOrWithdrawal: true }, base: 2_300, fee: 1_150 },
  { amount: 200_000, citation: '第十三条第一项', base: 4_300, fee: 4_300 },
  { amount: 200_000, citation: '第十四条第三项', options: { procedure: 'payment_order' }, base: 4_300, fee: 1_433.33 },
  { amount: 500_000, citation: '第十三条第一项: x×1.5% + 1,300', base: 8_800, fee: 8_800 },
  { amount: 1_000_000, citation: '第十三条第一项: x×1% + 3,800', base: 13_800, fee: 13_800 },
  { amount: 2_000_000, citation: '第十三条第一项: 13,800 + 1,000,000 × 0.9%', base: 22_800, fee: 22_800 },
  { amount: 2_000_000, citation: '第十六条 simple procedure', options: { procedure: 'simple' }, base: 22_800, fee: 11_400 },
  { amount: 5_000_000, citation: '第十三条第一项: 22,800 + 3,000,000 × 0.8%', base: 46_800, fee: 46_800 },
  { amount: 12_345.67, citation: '第十三条第一项: 50 + 2,345.67 × 2.5% = 108.64175', base: 108.64, fee: 108.64 },
  { amount: 30_000, citation: '诉前调解不收费 [M]', options: { procedure: 'pre_litigation_mediation' }, base: 550, fee: 0 },
]
