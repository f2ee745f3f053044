/**
 * 数据库存不下的文字：NUL（U+0000）和落单的代理项（半个 emoji）。PostgreSQL 的 text/jsonb 都拒收它们
 * （22P05 / 22P02），所以共享的请求结构在 app 和服务器两端都先把它们挡在字段上，而不是到写库时才 500。
 * A loop over code units on purpose: `String.prototype.isWellFormed` and regex look-behind are
 * missing on older WeChat clients (iOS JavaScriptCore), and a syntax error there breaks the whole app.
 */

/**
 * True when every character can be stored: no NUL, every surrogate in a proper pair.
 * @example isStorableText('开庭😀') // true
 * @example isStorableText('a\u0000b') // false
 * @example isStorableText('半个\ud83d') // false
 */
export function isStorableText(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 0) return false
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1)
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false
      i++
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return false
    }
  }
  return true
}

/**
 * Drops what {@link isStorableText} refuses (for text the app derives from the user's records,
 * so one pasted half-emoji never stops a reminder); keeps everything else as it was.
 * @example withoutUnstorable('法院\u0000名\ud800') // '法院名'
 */
export function withoutUnstorable(s: string): string {
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 0) continue
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) { out += s[i]! + s[i + 1]!; i++ }
      continue
    }
    if (c >= 0xdc00 && c <= 0xdfff) continue
    out += s[i]!
  }
  return out
}
