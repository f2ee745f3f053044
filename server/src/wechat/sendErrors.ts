/**
 * Classifies what subscribeMessage.send answered into the four outcomes the dispatcher acts on
 * (wechat-platform.md §2.3, "Recommended handling"). PURE.
 */
import type { SendOutcome } from './types.ts'

/** What came back from one HTTP attempt, before any interpretation. */
export type RawSendResult =
  | { kind: 'response'; status: number; body: unknown }
  | { kind: 'timeout'; timeoutMs: number }
  | { kind: 'network'; message: string }

/**
 * Transient on WeChat's side: -1 system busy, 45009 quota (reschedule, the batch should pause),
 * 45011 rate limit. Token codes are here because the client already refreshed and retried once;
 * if they persist another process is probably rotating the token, which a later attempt may survive.
 */
export const RETRYABLE_ERRCODES: ReadonlySet<number> = new Set([-1, 45009, 45011, 40001, 42001, 40014])

export function classifySendResult(r: RawSendResult): SendOutcome {
  if (r.kind === 'timeout') return { kind: 'retryable', errmsg: `timeout after ${r.timeoutMs} ms` }
  if (r.kind === 'network') return { kind: 'retryable', errmsg: `network error: ${r.message}` }
  const { status, body } = r
  const errcode = readErrcode(body)
  const errmsg = readErrmsg(body) ?? `HTTP ${status}`
  if (status >= 500 || status === 429) return { kind: 'retryable', errcode, errmsg: `HTTP ${status}: ${errmsg}` }
  if (status < 200 || status >= 300) {
    // A 4xx without WeChat's JSON (wrong base URL, a proxy): configuration, and retrying will not help.
    return { kind: 'rejected', errcode: errcode ?? status, errmsg: `HTTP ${status}: ${errmsg}` }
  }
  if (errcode === undefined) return { kind: 'retryable', errmsg: `unreadable response: ${errmsg}` }
  if (errcode === 0) {
    const msgid = (body as { msgid?: unknown }).msgid
    return msgid === undefined || msgid === null ? { kind: 'sent' } : { kind: 'sent', msgid: String(msgid) }
  }
  if (errcode === 43101) return { kind: 'needs_consent', errcode: 43101, errmsg }
  if (RETRYABLE_ERRCODES.has(errcode)) return { kind: 'retryable', errcode, errmsg }
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
