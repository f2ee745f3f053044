/**
 * The WeChat server-API client: code2Session, subscribeMessage.send, getwxacodeunlimit.
 * Every failure is a value; the only retry here is the one WeChat prescribes for a stale
 * access token (40001/42001/40014: drop it, fetch again in normal mode, retry the call once).
 */
import { createAccessTokenProvider, createMemoryTokenStore, type TokenResult } from './accessToken.ts'
import { fetchTransport, parseJsonBody, retryStaleSocketOnce, type HttpResult } from './http.ts'
import { nodeTransport } from './nodeTransport.ts'
import { checkQrParams } from './qrParams.ts'
import { classifySendResult, readErrcode, readErrmsg, TOKEN_ERRCODES } from './sendErrors.ts'
import type { Code2SessionResult, QrCodeResult, SendOutcome, SubscribeMessage, TokenStore, WechatClient } from './types.ts'

export interface WechatClientOptions {
  baseUrl: string
  appId: string
  secret: string
  timeoutMs?: number
  tokenStore?: TokenStore
  now?: () => number
  fetch?: typeof fetch
  logger?: { warn(o: object, msg?: string): void }
}

/**
 * errcodes for parameters our own pre-flight check refused (nothing was sent): the codes WeChat
 * itself would answer, so callers handle both the same way.
 */
const LOCAL_CHECK_ERRCODE = { scene: 40169, page: 41030, width: 40097 } as const

export function createWechatClient(opts: WechatClientOptions): WechatClient {
  const baseUrl = opts.baseUrl.replace(/\/+$/, '')
  const timeoutMs = opts.timeoutMs ?? 5000
  // node:http by default (about 3x fetch's throughput here); an injected fetch is honoured as given.
  const transport = opts.fetch ? fetchTransport(opts.fetch) : nodeTransport()
  const readTransport = retryStaleSocketOnce(transport)
  const tokens = createAccessTokenProvider({
    baseUrl, appId: opts.appId, secret: opts.secret, timeoutMs,
    store: opts.tokenStore ?? createMemoryTokenStore(), now: opts.now ?? Date.now, transport: readTransport,
  })

  /** Calls `attempt` with a token; on a stale-token errcode, refreshes and calls it exactly once more. */
  async function withToken(attempt: (token: string) => Promise<HttpResult>): Promise<HttpResult | Extract<TokenResult, { ok: false }>> {
    for (let round = 0; ; round++) {
      const t = await tokens.get()
      if (!t.ok) return t
      const r = await attempt(t.token)
      const errcode = r.kind === 'response' && isJson(r) ? readErrcode(parseJsonBody(r.bytes)) : undefined
      if (round > 0 || errcode === undefined || !TOKEN_ERRCODES.has(errcode)) return r
      opts.logger?.warn({ errcode }, 'wechat access_token rejected; fetching a fresh one and retrying once')
      await tokens.invalidate(t.token)
    }
  }

  return {
    async code2Session(jsCode) {
      const q = new URLSearchParams({ appid: opts.appId, secret: opts.secret, js_code: jsCode, grant_type: 'authorization_code' })
      const r = await readTransport(`${baseUrl}/sns/jscode2session?${q}`, { method: 'GET' }, timeoutMs)
      return toCode2Session(r)
    },

    async sendSubscribeMessage(msg) {
      const body = {
        touser: msg.touser, template_id: msg.templateId, page: msg.page, data: msg.data,
        miniprogram_state: msg.miniprogramState, lang: msg.lang,
      }
      const r = await withToken((token) => transport(
        `${baseUrl}/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(token)}`,
        { method: 'POST', json: body }, timeoutMs))
      if ('ok' in r) return tokenFailureOutcome(r)
      const outcome = classifySendResult(r.kind === 'response' ? { kind: 'response', status: r.status, body: parseJsonBody(r.bytes) } : r)
      if (outcome.kind === 'rejected') opts.logger?.warn({ errcode: outcome.errcode, errmsg: outcome.errmsg, templateId: msg.templateId }, 'wechat rejected a subscribe message')
      return outcome
    },

    async getUnlimitedQrCode(p) {
      const check = checkQrParams(p)
      if (!check.ok) return { ok: false, errcode: LOCAL_CHECK_ERRCODE[check.field], errmsg: `local check, not sent: ${check.field}: ${check.reason}` }
      const body = { scene: p.scene, page: p.page, width: p.width, check_path: p.checkPath, env_version: p.envVersion }
      const r = await withToken((token) => transport(
        `${baseUrl}/wxa/getwxacodeunlimit?access_token=${encodeURIComponent(token)}`,
        { method: 'POST', json: body }, timeoutMs))
      if ('ok' in r) return { ok: false, errcode: r.errcode ?? -1, errmsg: r.errmsg }
      return toQrCode(r)
    },
  }
}

function isJson(r: Extract<HttpResult, { kind: 'response' }>): boolean {
  return !r.contentType.startsWith('image/')
}

function tokenFailureOutcome(t: Extract<TokenResult, { ok: false }>): SendOutcome {
  return t.retryable || t.errcode === undefined
    ? { kind: 'retryable', errcode: t.errcode, errmsg: t.errmsg }
    : { kind: 'rejected', errcode: t.errcode, errmsg: t.errmsg }
}

function toCode2Session(r: HttpResult): Code2SessionResult {
  if (r.kind !== 'response') return { ok: false, errcode: -1, errmsg: r.kind === 'timeout' ? `timeout after ${r.timeoutMs} ms` : r.message }
  const body = parseJsonBody(r.bytes) as { openid?: unknown; unionid?: unknown }
  const errcode = readErrcode(body)
  if (typeof body?.openid === 'string' && !errcode) {
    // session_key is deliberately dropped here: nothing downstream may ever hold it.
    return typeof body.unionid === 'string' ? { ok: true, openid: body.openid, unionid: body.unionid } : { ok: true, openid: body.openid }
  }
  return { ok: false, errcode: errcode ?? (r.status >= 500 ? -1 : r.status), errmsg: readErrmsg(body) ?? `HTTP ${r.status}` }
}

function toQrCode(r: HttpResult): QrCodeResult {
  if (r.kind !== 'response') return { ok: false, errcode: -1, errmsg: r.kind === 'timeout' ? `timeout after ${r.timeoutMs} ms` : r.message }
  if (r.status === 200 && r.contentType.startsWith('image/')) return { ok: true, png: r.bytes }
  const body = parseJsonBody(r.bytes)
  return { ok: false, errcode: readErrcode(body) ?? -1, errmsg: readErrmsg(body) ?? `HTTP ${r.status}` }
}
