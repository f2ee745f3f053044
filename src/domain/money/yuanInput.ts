/**
 * 金额输入：接受人们真实的写法，规范成分（整数），写错的不改、给出代码。
 * Accepted and normalised: thousands separators (, ，), spaces, 元/圆, ¥/￥, full-width digits and
 * point (１２３．５), a trailing 万 (1.2万 = 12,000). Refused with a code, never silently altered:
 * letters or other characters, a minus sign, more than two decimals, absurdly large amounts.
 */

export const yuanInputIssueCodes = ['not_a_number', 'negative', 'too_many_decimals', 'too_large'] as const
export type YuanInputIssueCode = (typeof yuanInputIssueCodes)[number]

export type YuanInput =
  | { ok: true; empty: true }
  | { ok: true; empty: false; fen: number; /** canonical text, e.g. '12345.67' */ normalized: string }
  | { ok: false; code: YuanInputIssueCode }

/** 1,000 亿元: far above any consumer claim; beyond it fen × basis points would lose precision. */
const MAX_FEN = 10_000_000_000_000

const FULL_WIDTH = /[０-９．]/g
const toHalfWidth = (s: string): string => s.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))

/**
 * Parses what a user typed as an amount in yuan.
 * @example parseYuanInput('12,345.67元') // { ok: true, empty: false, fen: 1234567, normalized: '12345.67' }
 * @example parseYuanInput('1.2万') // { ok: true, empty: false, fen: 1200000, normalized: '12000' }
 * @example parseYuanInput('-100') // { ok: false, code: 'negative' }
 */
export function parseYuanInput(text: string): YuanInput {
  let s = toHalfWidth(text).replace(/[\s\u3000,，]/g, '').replace(/^[¥￥]/, '').replace(/(元|圆)(整)?$/, '')
  if (s === '') return { ok: true, empty: true }
  if (/^[-−－]/.test(s)) return { ok: false, code: 'negative' }
  let scale = 1
  if (s.endsWith('万')) { scale = 10_000; s = s.slice(0, -1) }
  const m = /^(\d+)(?:\.(\d+))?$/.exec(s)
  if (!m) return { ok: false, code: 'not_a_number' }
  const [, whole, decimals = ''] = m
  // 万 moves the point four places: 1.2345万 is still a whole number of fen.
  const maxDecimals = scale === 1 ? 2 : 6
  if (decimals.length > maxDecimals) return { ok: false, code: 'too_many_decimals' }
  if (whole.replace(/^0+/, '').length > 13) return { ok: false, code: 'too_large' }
  const fenText = scale === 1 ? `${whole}${decimals.padEnd(2, '0')}` : `${whole}${decimals.padEnd(6, '0')}`
  const fen = Number(fenText)
  if (fen > MAX_FEN) return { ok: false, code: 'too_large' }
  return { ok: true, empty: false, fen, normalized: fenToYuanText(fen) }
}

/**
 * 分 → 不带千分位的元文本（表单回填、规范化显示用）。
 * @example fenToYuanText(1234567) // '12345.67'
 * @example fenToYuanText(1200000) // '12000'
 */
export function fenToYuanText(fen: number): string {
  const yuan = Math.floor(fen / 100)
  const cents = fen % 100
  return cents === 0 ? String(yuan) : `${yuan}.${String(cents).padStart(2, '0')}`
}

/**
 * 分 → 带千分位、两位小数的金额（12,345.67），给人看的地方都用它。
 * @example formatFen(1234567) // '12,345.67'
 * @example formatFen(100) // '1.00'
 */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(Math.round(fen))
  const yuan = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${sign}${yuan}.${String(abs % 100).padStart(2, '0')}`
}
