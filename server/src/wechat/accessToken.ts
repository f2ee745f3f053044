/**
 * access_token from /cgi-bin/stable_token (normal mode, never force_refresh): cached in a
 * TokenStore until shortly before it expires, one shared in-flight fetch, and `invalidate`
 * for the 40001/42001/40014 path (wechat-platform.md §2.4).
 */
import { parseJsonBody, type HttpTransport } from './http.ts'
import { readErrcode, readErrmsg } from './sendErrors.ts'
import type { CachedToken, TokenStore } from './types.ts'

export type TokenResult =
  | { ok: true; token: string }
  | { ok: false; errcode?: number; errmsg: string; retryable: boolean }

export interface AccessTokenProvider {
  get(): Promise<TokenResult>
  /** Drops `token` if it is still the cached one (a concurrent caller may already have replaced it). */
  invalidate(token: string): Promise<void>
}

/** -1 busy, 45009 quota, 45011 frequency: a later fetch may succeed. 40013/40125/40164 are configuration. */
const RETRYABLE_TOKEN_ERRCODES = new Set([-1, 45009, 45011])

/**
 * Expire early: 10% of the lifetime, at most 5 minutes. stable_token renews 5 minutes before
 * expiry and never reports less than 300 s, so with 7200 s we refetch exactly when WeChat would
 * hand out the next token, and a short lifetime still leaves most of it usable.
 */
export function earlyExpiryMs(expiresInSeconds: number): number {
  return Math.min(300_000, expiresInSeconds * 100)
}

export function createMemoryTokenStore(): TokenStore {
  let current: CachedToken | undefined
  return { get: () => current, set: (t) => { current = t }, delete: () => { current = undefined } }
}

export function createAccessTokenProvider(o: {
  baseUrl: string; appId: string; secret: string; timeoutMs: number
  store: TokenStore; now: () => number; transport: HttpTransport
}): AccessTokenProvider {
  let inFlight: Promise<TokenResult> | undefined

  async function fetchToken(): Promise<TokenResult> {
    const started = o.now()
    const r = await o.transport(`${o.baseUrl}/cgi-bin/stable_token`, {
      method: 'POST',
      json: { grant_type: 'client_credential', appid: o.appId, secret: o.secret, force_refresh: false },
    }, o.timeoutMs)
    if (r.kind === 'timeout') return { ok: false, errmsg: `stable_token timeout after ${r.timeoutMs} ms`, retryable: true }
    if (r.kind === 'network') return { ok: false, errmsg: `stable_token network error: ${r.message}`, retryable: true }
    const body = parseJsonBody(r.bytes) as { access_token?: unknown; expires_in?: unknown }
    if (r.status >= 500) return { ok: false, errmsg: `stable_token HTTP ${r.status}`, retryable: true }
    const errcode = readErrcode(body)
    if (typeof body?.access_token === 'string' && typeof body.expires_in === 'number' && !errcode) {
      const expiresAt = started + body.expires_in * 1000 - earlyExpiryMs(body.expires_in)
      await o.store.set({ token: body.access_token, expiresAt })
      return { ok: true, token: body.access_token }
    }
    const errmsg = `stable_token: ${readErrmsg(body) ?? `HTTP ${r.status}`}`
    return { ok: false, errcode, errmsg, retryable: errcode === undefined || RETRYABLE_TOKEN_ERRCODES.has(errcode) }
  }

  return {
    async get() {
      const cached = await o.store.get()
      if (cached && cached.expiresAt > o.now()) return { ok: true, token: cached.token }
      inFlight ??= fetchToken().finally(() => { inFlight = undefined })
      return inFlight
    },
    async invalidate(token) {
      const cached = await o.store.get()
      if (cached?.token === token) await o.store.delete()
    },
  }
}
