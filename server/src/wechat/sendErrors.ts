/**
 * Classifies what subscribeMessage.send answered into the six outcomes the dispatcher acts on
 * (wechat-platform.md §2.3, "Recommended handling"). PURE.
 */
import type { SendOutcome } from './types.ts'

/** What came back from one HTTP attempt, before any interpretation. */
export type RawSendResult =
  | { kind: 'response'; status: number; body: unknown }
  | { kind: 'timeout'; timeoutMs: number; sent: boolean }
  | { kind: 'network'; message: string; sent: boolean }

/** WeChat will not act for now, and said so: nothing was sent (wechat-platform.md §2.3: 45009 stop and reschedule, -1 back off). */
export const QUOTA_ERRCODE = 45009
export const BUSY_ERRCODES: ReadonlySet<number> = new Set([-1, 45011])
/**
 * Token codes are here because the client already refreshed and retried once; if they persist another
 * process is probably rotating the token, which a later attempt may survive. WeChat did not act.
 */
export const TOKEN_ERRCODES: ReadonlySet<number> = new Set([40001, 42001, 40014])

/**
 * Before-send / in-doubt / wait / fail. The one rule that matters: an answer we did not get is not
 * a "no". A request that may have reached WeChat is `in_doubt` and is decided by evidence, never by
 * a blind second send; only a request that provably never left is plainly `retryable`.
 */
export function classifySendResult(r: RawSendResult): SendOutcome {
  if (r.kind === 'timeout') {
    return r.sent
      ? { kind: 'in_doubt', errmsg: `no answer within ${r.timeoutMs} ms after the request was written` }
      : { kind: 'retryable', errmsg: `could not connect within ${r.timeoutMs} ms` }
  }
  if (r.kind === 'network') {
    return r.sent ? { kind: 'in_doubt', errmsg: `network error after the request was written: ${r.message}` } : { kind: 'retryable', errmsg: `network error before sending: ${r.message}` }
  }
  const { status, body } = r
  const errcode = readErrcode(body)
  const errmsg = readErrmsg(body) ?? `HTTP ${status}`
  // A 5xx comes from whatever stands in front of WeChat's handler, possibly after it acted.
  if (status >= 500) return { kind: 'in_doubt', errcode, errmsg: `HTTP ${status}: ${errmsg}` }
  if (status === 429) return { kind: 'wait', reason: 'busy', errcode, errmsg: `HTTP 429: ${errmsg}` }
  if (status < 200 || status >= 300) {
    // A 4xx without WeChat's JSON (wrong base URL, a proxy): configuration, and retrying will not help.
    return { kind: 'rejected', errcode: errcode ?? status, errmsg: `HTTP ${status}: ${errmsg}` }
  }
  // A 200 we cannot read (a gateway's page, a cut body): WeChat may have sent the message.
  if (errcode === undefined) return { kind: 'in_doubt', errmsg: `unreadable response: ${errmsg}` }
  if (errcode === 0) {
    const msgid = (body as { msgid?: unknown }).msgid
    return msgid === undefined || msgid === null ? { kind: 'sent' } : { kind: 'sent', msgid: String(msgid) }
  }
  if (errcode === 43101) return { kind: 'needs_consent', errcode: 43101, errmsg }
  if (errcode === QUOTA_ERRCODE) return { kind: 'wait', reason: 'quota', errcode, errmsg }
  if (BUSY_ERRCODES.has(errcode)) return { kind: 'wait', reason: 'busy', errcode, errmsg }
  if (TOKEN_ERRCODES.has(errcode)) return { kind: 'retryable', errcode, errmsg }
  // 47003 data, 40003 openid, 40037 template, 41030 page, 48001 no permission, ...: our bug or config.
  return { kind: 'rejected', errcode, errmsg }
}

export function readErrcode(body: unknown): number | undefined {
  if (typeof body !== 'object' || body === null) return undefined
  const v = (body as { errcode?: unknown }).errcode
  if (v === undefined) return undefined
  const n = typeof v === 'string' ? Number(v) : v
  return typeof n === 'number' && Number.isInteger(n) ? n : undefined
}

export function readErrmsg(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined
  const v = (body as { errmsg?: unknown }).errmsg
  return typeof v === 'string' ? v : undefined
}
