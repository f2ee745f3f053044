/**
 * JSON.parse that keeps integers beyond 2^53 exact, as strings. WeChat's message ids are 64-bit
 * (`"msgid": 2944022981100519424` in the send answer, MsgID in subscribe_msg_sent_event); plain
 * JSON.parse rounds them, and a rounded id never matches the delivery report that names it.
 * PURE. Node 20's JSON.parse has no access to a number's source text, hence the small scan.
 */

/** Integers with more digits than this can lose precision as a JS number (2^53 has 16 digits). */
const SAFE_DIGITS = 15

/**
 * Quotes every integer literal longer than 15 digits that stands outside a string, then parses.
 * Throws like JSON.parse on malformed input.
 * @example parseJsonKeepingBigIntegers('{"msgid":2944022981100519424,"errcode":0}')
 * // → { msgid: '2944022981100519424', errcode: 0 }
 */
export function parseJsonKeepingBigIntegers(text: string): unknown {
  let out = ''
  let from = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
      continue
    }
    if (c === '"') { inString = true; continue }
    if (c !== '-' && (c < '0' || c > '9')) continue
    let end = i + 1
    while (end < text.length && /[0-9.eE+-]/.test(text[end]!)) end++
    const literal = text.slice(i, end)
    if (/^-?\d+$/.test(literal) && literal.replace('-', '').length > SAFE_DIGITS) {
      out += `${text.slice(from, i)}"${literal}"`
      from = end
    }
    i = end - 1
  }
  return JSON.parse(from === 0 ? text : out + text.slice(from))
}
