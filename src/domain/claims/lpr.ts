/**
 * 一年期贷款市场报价利率（LPR）as dated data. 民间借贷规定（法释〔2020〕17号）第二十五条第二款: the LPR
 * meant is the one-year LPR 「中国人民银行授权全国银行间同业拆借中心自2019年8月20日起每月发布」 [V]. Each value
 * holds from its announcement day until the next change.
 *
 * Confidence (legal-rules.md §0 labels): every row is [S]. We could not reach chinamoney.com.cn;
 * each value below was read in public copies of the announcements (news items quoting 「…贷款市场报价
 * 利率（LPR）为：1年期LPR为…」) or in two independent public month-by-month tables that agree with
 * each other. The 2025-05-20 value is the fact sheet's (legal-rules.md §14 [S]).
 */
import { toDayNumber } from '../calendar/plainDate'

export type LprRow = {
  /** The announcement day from which the rate applies (Beijing date). */
  from: string
  /** As a fraction: 0.03 = 3.00%. */
  rate: number
  confidence: 'S'
  source: string
}

const TABLES = 'two public month-by-month LPR tables (an interest-calculator tool and a debt-review tool) agree'

export const lprRows: readonly LprRow[] = [
  { from: '2019-08-20', rate: 0.0425, confidence: 'S', source: '2019年8月20日贷款市场报价利率公告 (chinamoney.com.cn/chinese/bklprmkn2/20190820), quoted in a public test fixture' },
  { from: '2019-09-20', rate: 0.042, confidence: 'S', source: '2019年9月20日公告 text 「1年期LPR为4.20%」, quoted in a public script' },
  { from: '2019-11-20', rate: 0.0415, confidence: 'S', source: '2019年11月20日公告 text 「1年期LPR为4.15%」, quoted in a public test' },
  { from: '2020-02-20', rate: 0.0405, confidence: 'S', source: `人民网 2020-03-20 (4.05%, unchanged from February); ${TABLES}` },
  { from: '2020-04-20', rate: 0.0385, confidence: 'S', source: '广州日报 via 新浪财经 2021-07-21: April 2020 「一年期LPR由4.05%下调至3.85%」' },
  { from: '2021-12-20', rate: 0.038, confidence: 'S', source: '经济参考网 via 新浪财经 2021-12-20: 「1年期LPR为3.8%，相较此前的3.85%下降5个基点」' },
  { from: '2022-01-20', rate: 0.037, confidence: 'S', source: '新浪财经 2022-01-20: 「1年期LPR为3.7%，下调10个基点」' },
  { from: '2022-08-22', rate: 0.0365, confidence: 'S', source: `「2022年8月22日贷款市场报价利率（LPR）为：1年期LPR为3.65%」 quoted in a public contract-review tool; ${TABLES}` },
  { from: '2023-06-20', rate: 0.0355, confidence: 'S', source: TABLES },
  { from: '2023-08-21', rate: 0.0345, confidence: 'S', source: `「2023年9月20日…1年期LPR为3.45%」 quoted in public code; ${TABLES}` },
  { from: '2024-07-22', rate: 0.0335, confidence: 'S', source: TABLES },
  { from: '2024-10-21', rate: 0.031, confidence: 'S', source: TABLES },
  { from: '2025-05-20', rate: 0.03, confidence: 'S', source: 'legal-rules.md §14; 「2025年5月20日…1年期LPR为3.0%」 quoted in public code' },
]

/**
 * The last day we know the latest row still held: the fact sheet reports 3.0% unchanged to about
 * September 2026 [S]. A later date gets the latest row, flagged `unconfirmed`.
 */
export const LPR_CONFIRMED_THROUGH = '2026-09-21'

export type LprLookup =
  | { ok: true; row: LprRow; unconfirmed: boolean }
  /** The date is before 2019-08-20: there was no LPR, so no 4 × LPR cap can be read. */
  | { ok: false; code: 'before_first_lpr'; firstFrom: string }

/**
 * The one-year LPR in force on a Beijing date. Never falls back to the earliest row for an
 * earlier date: a contract made before 2019-08-20 has no LPR, and the caller must say so.
 * @example lprOn('2026-09-16') // { ok: true, row: { from: '2025-05-20', rate: 0.03, … }, unconfirmed: false }
 * @example lprOn('2019-08-19') // { ok: false, code: 'before_first_lpr', firstFrom: '2019-08-20' }
 */
export function lprOn(date: string): LprLookup {
  toDayNumber(date) // throws on a malformed date: callers validate first
  let found: LprRow | null = null
  for (const row of lprRows) if (row.from <= date) found = row
  if (!found) return { ok: false, code: 'before_first_lpr', firstFrom: lprRows[0].from }
  const latest = found === lprRows[lprRows.length - 1]
  return { ok: true, row: found, unconfirmed: latest && date > LPR_CONFIRMED_THROUGH }
}
