/**
 * 文书里的格式：日期写成 2026年9月16日，金额写成 10,000.00元（人民币壹万元整），
 * 没填的地方留一条横线给人手写，用户输入里去掉 Word 不接受的控制字符。
 */
import { isValidPlainDate } from '../calendar/plainDate'
import { amountInCapitals } from '../money/capitalAmount'
import { formatFen } from '../money/yuanInput'

/** A blank to write in by hand after printing. */
export const BLANK = '＿＿＿＿＿＿'

/**
 * 'YYYY-MM-DD' → 2026年9月16日 (no leading zeros, as court documents write it).
 * @example documentDate('2026-09-16') // '2026年9月16日'
 */
export function documentDate(date: string): string {
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`
}

/**
 * An amount in figures and in capitals, the way a filing states it.
 * @example documentAmount(1_000_000) // '10,000.00元（人民币壹万元整）'
 */
export function documentAmount(fen: number): string {
  return `${formatFen(fen)}元（人民币${amountInCapitals(fen)}）`
}

/**
 * What the user typed, safe for a document: control characters that XML 1.0 forbids are dropped,
 * tabs become spaces, Windows line ends become \n, and lines are trimmed at the end.
 * @example cleanText('张三\u0000\r\n住址 ') // '张三\n住址'
 */
export function cleanText(text: string): string {
  return dropLoneSurrogates(text)
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, '')
    .split('\n').map((line) => line.replace(/[ \u3000]+$/, '')).join('\n')
    .trim()
}

/** A half of a surrogate pair without its other half is not a character; Word refuses the file. (No lookbehind regex: iOS before 16.4 cannot parse one.) */
function dropLoneSurrogates(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) { out += text[i] + text[i + 1]; i++ }
    } else if (c < 0xdc00 || c > 0xdfff) out += text[i]
  }
  return out
}

/** A date field is usable when it is a real calendar date. */
export function isUsableDate(value: unknown): value is string {
  return typeof value === 'string' && isValidPlainDate(value)
}

/** An amount field is usable when it is a whole, non-negative number of fen. */
export function isUsableAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}
