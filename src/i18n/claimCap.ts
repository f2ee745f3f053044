/**
 * 利率上限「按法院的算法」的卡片：超出多少元、怎么算的（每一段本金 × 年利率 × 天数 ÷ 365）。只被 prepare/ 分包引用。
 * 算法是法院的通行做法而不是条文 [M]，所以标「参考」；24% 的出处 法发〔2017〕22号 原文也没有核实到 [M]。
 */
import type { CapRate } from '@/domain/claims/capAsApplied'
import { fullDate, percent, yuan } from './claimResults'

export const capText = {
  title: '利息、费用有没有超过上限（按法院的算法）',
  above: (fen: number) => `超过上限 ${yuan(fen)}`,
  notAbove: '没有超过上限',
  line: (charged: number, allowed: number) => `原告已经收到和起诉要的钱里，本金以外的部分共 ${yuan(charged)}；按上限最多 ${yuan(allowed)}。`,
  rates: {
    financial_24: '上限：年利率 24%，利息、复利、罚息、违约金和其他费用加在一起算（法发〔2017〕22号第二条）。要你在答辩时请求调减，法院不会主动调。这份文件的原文我们没有核实到，所以只作参考。',
    card: '信用卡没有统一的透支利率上限，但总额过高的，持卡人可以请求适当减少（银行卡规定第二条第二款）。这里用年利率 24% 作参考。',
    lpr_4x: (on: string, lpr: number, cap: number) => `民间借贷：利息和逾期利息、违约金、其他费用加起来，不能超过合同成立时一年期 LPR 的四倍（民间借贷规定第二十五条、第二十九条）。${fullDate(on)}的 LPR 是 ${percent(lpr)}，四倍是 ${percent(cap)}。`,
    private_old_24: '民间借贷：合同成立和起诉都在 2020 年 8 月 20 日以前，按当时的标准，年利率 24%（2015 年的民间借贷规定；原文我们没有核实到，只作参考）。',
    old: (on: string, lpr: number, cap: number) => `合同在 2020 年 8 月 20 日以前成立：到 2020 年 8 月 19 日为止的利息按当时的标准（年利率 24%）算，之后按起诉时 LPR 的四倍算（民间借贷规定第三十一条）。这里用${fullDate(on)}的 LPR ${percent(lpr)}，四倍是 ${percent(cap)}。当时的标准出自 2015 年的民间借贷规定，原文我们没有核实到，所以只作参考。`,
  },
  method: '算法：本金实际占用的金额 × 天数 × 年利率上限 ÷ 365，按单利算，不计复利。这是法院通常的算法，不是条文原话，所以标“参考”。天数按实际天数，起算那天不算、截止那天算（算头不算尾）。有的法院按一年 360 天折算日利率，算出来会略多一点。',
  allocation: '你还的钱，先抵上限以内的利息、费用，再抵本金（民法典第五百六十一条：先费用、再利息、最后本金，合同另有约定的除外）。按这个顺序本金减得最慢、允许的利息最多，所以算出的超出部分不会偏高。',
  periodsTitle: '每一段',
  period: (from: string, to: string, principal: number, rate: number, days: number, allowed: number) =>
    `${fullDate(from)}到${fullDate(to)}：本金 ${yuan(principal)} × ${percent(rate)} × ${days} 天 ÷ 365 = ${yuan(allowed)}`,
  allowedSum: (allowed: number) => `上限内最多：${yuan(allowed)}`,
  charged: (repaid: number, claimed: number, drawn: number, charged: number) =>
    `本金以外的部分 = 已还 ${yuan(repaid)} + 起诉状要的 ${yuan(claimed)}（不含律师费、保全费）− 到手的本金 ${yuan(drawn)} = ${yuan(charged)}`,
  excess: (charged: number, allowed: number, excess: number) => `超出 = ${yuan(charged)} − ${yuan(allowed)} = ${yuan(excess)}`,
  asOf: (date: string) => `都算到${fullDate(date)}（起诉状“暂计至”的日期）。`,
  outstanding: (fen: number) => `这样算下来，到那天还欠的本金是 ${yuan(fen)}。`,
}

/** The sentence that explains the caps used. */
export function capRatesText(rates: readonly CapRate[], card: boolean, lpr?: { rate: number; on: string }): string {
  const last = rates[rates.length - 1]
  if (last.standard === 'lpr_4x' && lpr) return rates.length > 1 ? capText.rates.old(lpr.on, lpr.rate, last.rate) : capText.rates.lpr_4x(lpr.on, lpr.rate, last.rate)
  if (last.standard === 'private_old_24') return capText.rates.private_old_24
  return card ? capText.rates.card : capText.rates.financial_24
}
