/**
 * The stand-in's own reading of WeChat's keyword value limits (wechat-platform.md §2.3).
 * Written independently of src/wechat/keywordRules.ts on purpose: if both shared one
 * implementation, a formatting bug would pass our own fake and fail only in production.
 */

export type FakeKeywordType =
  | 'thing' | 'number' | 'letter' | 'symbol' | 'character_string' | 'time' | 'date'
  | 'amount' | 'phone_number' | 'car_number' | 'name' | 'phrase'

export const fakeKeywordTypes: readonly FakeKeywordType[] = [
  'thing', 'number', 'letter', 'symbol', 'character_string', 'time', 'date',
  'amount', 'phone_number', 'car_number', 'name', 'phrase',
]

const HAN_ONLY = /^\p{Script=Han}+$/u
const DATE_CN = String.raw`\d{4}年\d{1,2}月\d{1,2}日(?: \d{1,2}:\d{2}(?::\d{2})?)?`
const DATE_ISO = String.raw`\d{4}-\d{1,2}-\d{1,2}(?: \d{1,2}:\d{2}(?::\d{2})?)?`
const CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2})?`
const ONE_TIME = `(?:${DATE_CN}|${DATE_ISO}|${CLOCK})`
/** time/date: a date, a 24-hour time, or both; ranges joined with '~'. */
const TIME_OR_DATE = new RegExp(`^${ONE_TIME}(?: ?~ ?${ONE_TIME})?$`)

/** Returns why `value` breaks the limit of `type`, or undefined when WeChat would accept it. */
export function keywordViolation(type: FakeKeywordType, value: string): string | undefined {
  if (value.length === 0) return 'is empty'
  const n = Array.from(value).length
  switch (type) {
    case 'thing': return n > 20 ? 'exceed max length' : undefined
    case 'number': return /^\d+(?:\.\d+)?$/.test(value) && value.replace('.', '').length <= 32 ? undefined : 'invalid number'
    case 'letter': return /^[A-Za-z]{1,32}$/.test(value) ? undefined : 'invalid letter'
    case 'symbol': return n <= 5 && /^[^\p{L}\p{N}\s]+$/u.test(value) ? undefined : 'invalid symbol'
    case 'character_string': return /^[\x20-\x7e]{1,32}$/.test(value) ? undefined : 'invalid character_string'
    case 'time':
    case 'date': return TIME_OR_DATE.test(value) ? undefined : `invalid ${type} format`
    case 'amount': return /^[¥￥$]?\d{1,10}(?:\.\d+)?元?$/.test(value) ? undefined : 'invalid amount'
    case 'phone_number': return /^[\d+\-() ]{1,17}$/.test(value) ? undefined : 'invalid phone_number'
    case 'car_number': return n <= 8 ? undefined : 'exceed max length'
    case 'name': {
      const latin = /^[A-Za-z .·'\-]+$/.test(value)
      return n <= (latin ? 20 : 10) ? undefined : 'exceed max length'
    }
    case 'phrase': return HAN_ONLY.test(value) && n <= 5 ? undefined : 'invalid phrase'
  }
}
