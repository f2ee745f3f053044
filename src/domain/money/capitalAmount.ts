/**
 * 金额的中文大写（人民币壹万贰仟叁佰肆拾伍元陆角柒分）。
 *
 * Standard followed: 《支付结算办法》（银发〔1997〕393号）附一「正确填写票据和结算凭证的基本规定」 [S: read on
 * reposts, e.g. renrendoc.com/paper/87225999.html; the PBOC original was not retrieved]:
 * - 二: 到「元」为止的，「元」之后写「整」；「角」之后可以不写「整」；有「分」的，「分」后面不写「整」。
 *   We write 整 only after 元, as the standard's own examples do (¥1,409.50 → 壹仟肆佰零玖元伍角).
 * - 五（一）（二）: a 0 between digits is written 零, several 0s in a row as one 零 (¥6,007.14 → 陆仟零柒元壹角肆分).
 * - 五（三）: when the 万 or 元 digit is 0 but the 千 or 角 digit is not, one 零 or none may be written. We always
 *   write the 零 of a gap inside the whole-yuan part (¥107,000.53 → 壹拾万零柒仟元伍角叁分, the standard's second
 *   form) and none between 元 and 角 (¥1,680.32 → 壹仟陆佰捌拾元叁角贰分, also listed there): one rule, no choice.
 * - 五（四）: 角 is 0 and 分 is not → 元 is followed by 零 (¥325.04 → 叁佰贰拾伍元零肆分).
 * - 三: the amount follows 「人民币」 with no gap; callers that print it on a document add that word.
 * Amounts below one yuan start at 角 or 分 (伍角, 伍分); zero is 零元整. 10–19 keep 壹 (壹拾万, as in the standard).
 */
import type { Fen } from '../claims/findings'

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖']
const IN_GROUP = ['', '拾', '佰', '仟']
const GROUPS = ['', '万', '亿']
/** 9,999 亿元: the highest amount with a unit we write (the input parser stops at 1,000 亿). */
const MAX_FEN = 99_999_999_999_999

/** The whole-yuan part, read from the highest digit down; a run of zeros becomes one 零 before the next digit. */
function yuanInCapitals(yuan: number): string {
  const digits = String(yuan)
  let out = ''
  let zeroPending = false
  let groupHasDigit = false
  for (let i = 0; i < digits.length; i++) {
    const position = digits.length - 1 - i
    const d = Number(digits[i])
    if (d === 0) {
      if (out !== '') zeroPending = true
    } else {
      if (zeroPending) out += '零'
      out += DIGITS[d] + IN_GROUP[position % 4]
      zeroPending = false
      groupHasDigit = true
    }
    if (position % 4 === 0 && position > 0) {
      if (groupHasDigit) out += GROUPS[position / 4]
      groupHasDigit = false
    }
  }
  return out
}

/**
 * 分 → 中文大写金额（不含「人民币」三字）。
 * @example amountInCapitals(1_234_567) // '壹万贰仟叁佰肆拾伍元陆角柒分'
 * @example amountInCapitals(100_100_000) // '壹佰万零壹仟元整'
 * @example amountInCapitals(10_007) // '壹佰元零柒分'
 * @example amountInCapitals(0) // '零元整'
 */
export function amountInCapitals(fen: Fen): string {
  if (!Number.isSafeInteger(fen) || fen < 0 || fen > MAX_FEN) throw new RangeError(`amountInCapitals: not a whole, non-negative number of fen: ${fen}`)
  const yuan = Math.floor(fen / 100)
  const jiao = Math.floor(fen / 10) % 10
  const cents = fen % 10
  if (fen === 0) return '零元整'
  const whole = yuan > 0 ? `${yuanInCapitals(yuan)}元` : ''
  if (jiao === 0 && cents === 0) return `${whole}整`
  if (jiao === 0) return `${whole}${yuan > 0 ? '零' : ''}${DIGITS[cents]}分`
  return `${whole}${DIGITS[jiao]}角${cents > 0 ? `${DIGITS[cents]}分` : ''}`
}
