/**
 * Per-keyword-type value rules of subscribeMessage.send ("订阅消息参数值内容限制说明",
 * see shared/context/wechat-platform.md §2.3). PURE: no node imports, no clock.
 * A value that breaks these rules makes WeChat answer 47003, so we check before sending.
 */

export type KeywordType =
  | 'thing' | 'time' | 'date' | 'character_string' | 'phrase' | 'number'
  | 'amount' | 'name' | 'letter' | 'symbol' | 'phone_number'

export type RuleResult = { ok: true; value: string } | { ok: false; reason: string }

/** thing ≤ 20 characters; we count one code point as one character (WeChat does not document it). */
export const THING_MAX = 20
export const PHRASE_MAX = 5
export const CHARACTER_STRING_MAX = 32
export const NAME_MAX_CHINESE = 10
export const NAME_MAX_LATIN = 20

const HAN = /^\p{Script=Han}+$/u
const PRINTABLE_ASCII = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/
const LATIN_OR_SYMBOLS = /^[A-Za-z .·'\-]+$/

/** Code points, so a character outside the BMP is one character and is never split in half. */
export function codePoints(s: string): string[] {
  return Array.from(s)
}

/** Collapses whitespace (newlines from a note would otherwise reach the notification) and drops control characters. */
export function normalizeText(s: string): string {
  return s.replace(/\p{Cc}/gu, ' ').replace(/\s+/gu, ' ').trim()
}

/**
 * Shortens to `max` code points, ending in '…' when something was cut.
 * @example truncateChars('广东省深圳市南山区人民法院第二派出法庭关于开庭的通知', 20) // → 19 characters + '…'
 */
export function truncateChars(s: string, max: number): string {
  const chars = codePoints(s)
  if (chars.length <= max) return s
  return chars.slice(0, max - 1).join('').trimEnd() + '…'
}

export function formatThing(raw: string): RuleResult {
  const text = normalizeText(raw)
  if (text === '') return { ok: false, reason: 'thing 不能为空' }
  return { ok: true, value: truncateChars(text, THING_MAX) }
}

export function formatPhrase(raw: string): RuleResult {
  const text = normalizeText(raw)
  if (!HAN.test(text)) return { ok: false, reason: `phrase 只能是纯汉字：「${text}」` }
  if (codePoints(text).length > PHRASE_MAX) return { ok: false, reason: `phrase 最多 ${PHRASE_MAX} 个汉字：「${text}」` }
  return { ok: true, value: text }
}

/**
 * ASCII only, ≤ 32. Full-width forms are folded (NFKC: '（２０２５）' → '(2025)') because that
 * loses nothing; anything still non-ASCII (a 案号's 浙/民初/号) cannot be stripped without
 * changing its meaning, so the operator must map that field to a thing keyword instead.
 */
export function formatCharacterString(raw: string): RuleResult {
  const text = normalizeText(raw.normalize('NFKC'))
  if (!PRINTABLE_ASCII.test(text)) {
    return { ok: false, reason: `character_string 只能含 ASCII 字母、数字和符号：「${text}」含中文或其他字符，请把该字段映射到 thing 关键词` }
  }
  if (text.length > CHARACTER_STRING_MAX) return { ok: false, reason: `character_string 最多 ${CHARACTER_STRING_MAX} 个字符` }
  return { ok: true, value: text }
}

/** number: digits, optionally one decimal part; WeChat allows ≤ 32 digits. */
export function formatNumber(raw: string): RuleResult {
  const text = raw.trim()
  if (!/^\d+(?:\.\d+)?$/.test(text) || text.replace('.', '').length > 32) {
    return { ok: false, reason: `number 只能是数字：「${text}」` }
  }
  return { ok: true, value: text }
}

/** name: ≤ 10 pure Chinese, or ≤ 20 letters/symbols; mixed counts as Chinese (≤ 10). No truncation: a cut name is a wrong name. */
export function formatName(raw: string): RuleResult {
  const text = normalizeText(raw)
  if (text === '') return { ok: false, reason: 'name 不能为空' }
  const n = codePoints(text).length
  const max = LATIN_OR_SYMBOLS.test(text) ? NAME_MAX_LATIN : NAME_MAX_CHINESE
  if (n > max) return { ok: false, reason: `name 最多 ${max} 个字符：「${text}」` }
  return { ok: true, value: text }
}

export function formatLetter(raw: string): RuleResult {
  const text = raw.trim()
  return /^[A-Za-z]{1,32}$/.test(text) ? { ok: true, value: text } : { ok: false, reason: `letter 只能是 ≤32 个字母：「${text}」` }
}

export function formatSymbol(raw: string): RuleResult {
  const text = raw.trim()
  return /^[\p{P}\p{S}]{1,5}$/u.test(text) && codePoints(text).length <= 5
    ? { ok: true, value: text }
    : { ok: false, reason: `symbol 只能是 ≤5 个符号：「${text}」` }
}

/** amount: one optional currency symbol, ≤ 10 digits, decimals allowed, may end with 元. */
export function formatAmount(raw: string): RuleResult {
  const text = raw.trim()
  return /^[¥￥$]?\d{1,10}(?:\.\d{1,2})?元?$/.test(text)
    ? { ok: true, value: text }
    : { ok: false, reason: `amount 格式应为 ¥123.45 或 123元：「${text}」` }
}

export function formatPhoneNumber(raw: string): RuleResult {
  const text = raw.trim()
  return /^[0-9+\-() ]{1,17}$/.test(text) && /\d/.test(text)
    ? { ok: true, value: text }
    : { ok: false, reason: `phone_number 只能是 ≤17 个数字或符号：「${text}」` }
}
