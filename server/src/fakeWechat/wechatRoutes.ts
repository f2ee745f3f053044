/**
 * The four WeChat endpoints, answering the way api.weixin.qq.com does (wechat-platform.md
 * §2.3–2.6): same paths, same JSON shapes, same errcodes. Each handler is synchronous over
 * the state, so a benchmark's 100,000 sends cost only the JSON work.
 */
import { keywordViolation } from './keywordCheck.ts'
import { fakeCodePng } from './png.ts'
import { SEND_PATH, type FakeWechatState, type InboxMessage } from './state.ts'

export interface FakeRequest { path: string; query: URLSearchParams; body: unknown; bodyError?: string }
export interface FakeReply {
  status: number; contentType: string; body: string | Buffer
  /** Runs once the answer has been written to the socket. */
  after?: () => void
}

const CODE_TTL_MS = 5 * 60_000
/**
 * stable_token renews 5 minutes before expiry, so real tokens never report under 300 s. A test
 * lifetime shorter than that renews in its last tenth instead, so it still gets reused.
 */
const renewWindowMs = (ttlSeconds: number): number => Math.min(5 * 60_000, ttlSeconds * 100)
const SCENE = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/

export const json = (body: object, status = 200): FakeReply =>
  ({ status, contentType: 'application/json; encoding=utf-8', body: JSON.stringify(body) })
/** jscode2session answers errors as text/plain carrying JSON. */
const textJson = (body: object): FakeReply => ({ status: 200, contentType: 'text/plain', body: JSON.stringify(body) })
const err = (errcode: number, errmsg: string): FakeReply => json({ errcode, errmsg: `${errmsg} rid: ${rid()}` })
const rid = (): string => Math.random().toString(16).slice(2, 10)

export const wechatRoutes: Record<string, (s: FakeWechatState, r: FakeRequest) => FakeReply> = {
  '/cgi-bin/stable_token': stableToken,
  '/sns/jscode2session': code2Session,
  [SEND_PATH]: sendSubscribeMessage,
  '/wxa/getwxacodeunlimit': qrCode,
}

function stableToken(s: FakeWechatState, r: FakeRequest): FakeReply {
  s.stats.stableToken++
  if (r.bodyError) return err(47001, 'data format error')
  const b = r.body as { grant_type?: unknown; appid?: unknown; secret?: unknown; force_refresh?: unknown }
  if (b.grant_type !== 'client_credential') return err(40002, 'invalid grant_type')
  if (b.appid !== s.appId) return err(40013, 'invalid appid')
  if (b.secret !== s.secret) return err(40125, 'invalid appsecret')
  const now = s.now()
  const current = s.currentToken === undefined ? undefined : s.tokens.get(s.currentToken)
  if (b.force_refresh !== true && current && current.expiresAt - now > renewWindowMs(s.tokenTtlSeconds)) {
    return json({ access_token: s.currentToken, expires_in: Math.floor((current.expiresAt - now) / 1000) })
  }
  if (b.force_refresh === true) {
    // A forced refresh leaves older tokens usable for at most five more minutes.
    for (const t of s.tokens.values()) t.expiresAt = Math.min(t.expiresAt, now + 5 * 60_000)
  }
  const token = `FAKE_TOKEN_${s.nextId('')}`.padEnd(136, 'x')
  s.tokens.set(token, { expiresAt: now + s.tokenTtlSeconds * 1000 })
  s.currentToken = token
  return json({ access_token: token, expires_in: s.tokenTtlSeconds })
}

function code2Session(s: FakeWechatState, r: FakeRequest): FakeReply {
  s.stats.code2Session++
  const q = r.query
  if (q.get('appid') !== s.appId) return textJson({ errcode: 40013, errmsg: `invalid appid rid: ${rid()}` })
  if (q.get('secret') !== s.secret) return textJson({ errcode: 40125, errmsg: `invalid appsecret rid: ${rid()}` })
  if (q.get('grant_type') !== 'authorization_code') return textJson({ errcode: 40002, errmsg: `invalid grant_type rid: ${rid()}` })
  const code = q.get('js_code')
  if (!code) return textJson({ errcode: 41008, errmsg: `missing code rid: ${rid()}` })
  const entry = s.loginCodes.get(code)
  if (!entry || s.now() - entry.issuedAt > CODE_TTL_MS) return textJson({ errcode: 40029, errmsg: `invalid code rid: ${rid()}` })
  if (entry.used) return textJson({ errcode: 40163, errmsg: `code been used rid: ${rid()}` })
  entry.used = true
  return json({ session_key: Buffer.from(s.nextId('sk')).toString('base64'), openid: entry.openid })
}

/** Returns a reply for a bad token, or undefined when the token is good. */
function checkToken(s: FakeWechatState, r: FakeRequest): FakeReply | undefined {
  const token = r.query.get('access_token')
  if (!token) return err(41001, 'access_token missing')
  if (s.faults.tokenErrcode !== undefined) return err(s.faults.tokenErrcode, 'access_token rejected (injected fault)')
  const t = s.tokens.get(token)
  if (!t) return err(40001, 'invalid credential, access_token is invalid or not latest')
  if (t.expiresAt <= s.now()) return err(42001, 'access_token expired')
  return undefined
}

function sendSubscribeMessage(s: FakeWechatState, r: FakeRequest): FakeReply {
  s.stats.send++
  const bad = checkToken(s, r)
  if (bad) return bad
  if (r.bodyError) return err(47001, 'data format error')
  const b = r.body as { touser?: unknown; template_id?: unknown; page?: unknown; data?: unknown; miniprogram_state?: unknown; lang?: unknown }
  if (typeof b.touser !== 'string' || !s.openids.has(b.touser)) return err(40003, 'invalid openid')
  const template = typeof b.template_id === 'string' ? s.templates.get(b.template_id) : undefined
  if (!template) return err(40037, 'invalid template id')
  const page = typeof b.page === 'string' && b.page !== '' ? b.page : undefined
  if (page !== undefined && s.pages && !s.pages.has(page.split('?')[0]!.replace(/^\//, ''))) return err(41030, 'invalid page')
  if (b.miniprogram_state !== undefined && !['developer', 'trial', 'formal'].includes(b.miniprogram_state as string)) {
    return err(47003, 'argument invalid! miniprogram_state')
  }
  const data = (typeof b.data === 'object' && b.data !== null ? b.data : {}) as Record<string, { value?: unknown } | undefined>
  for (const [keyword, type] of Object.entries(template.keywords)) {
    const value = data[keyword]?.value
    const why = typeof value === 'string' ? keywordViolation(type, value) : 'is empty'
    if (why) return err(47003, `argument invalid! data.${keyword}.value ${why}`)
  }
  // Failed sends above spend nothing: whether WeChat charges them is undocumented (§Gaps).
  if (!s.consumeCredit(b.touser, template.templateId)) return err(43101, 'user refuse to accept the msg')
  // 64-bit like WeChat's, and written as a bare JSON number: a client that parses it as a double rounds it.
  const msgid = (1_700_000_000_000_000_000n + BigInt(s.inbox.length) * 7n + 1n).toString()
  const message: InboxMessage = {
    msgid, openid: b.touser, templateId: template.templateId, templateTitle: template.title, page,
    data: Object.fromEntries(Object.keys(template.keywords).map((k) => [k, { value: String(data[k]!.value) }])),
    miniprogramState: typeof b.miniprogram_state === 'string' ? b.miniprogram_state : 'formal',
    lang: typeof b.lang === 'string' ? b.lang : 'zh_CN', deliveredAt: s.now(),
  }
  s.inbox.push(message)
  return {
    status: 200, contentType: 'application/json; encoding=utf-8',
    body: `{"errcode":0,"errmsg":"ok","msgid":${msgid}}`,
    after: () => {
      s.onAnswered?.(message)
      s.pushEvent(message.openid, 'subscribe_msg_sent_event', [{ TemplateId: message.templateId, MsgID: BigInt(msgid), ErrorCode: 0, ErrorStatus: 'success' }])
    },
  }
}

function qrCode(s: FakeWechatState, r: FakeRequest): FakeReply {
  s.stats.qrcode++
  const bad = checkToken(s, r)
  if (bad) return bad
  if (r.bodyError) return err(47001, 'data format error')
  const b = r.body as { scene?: unknown; page?: unknown; width?: unknown; check_path?: unknown }
  if (typeof b.scene !== 'string' || !SCENE.test(b.scene)) return err(40169, 'invalid length for scene, or the data is not json string')
  const page = typeof b.page === 'string' ? b.page : ''
  if (page.startsWith('/') || page.includes('?')) return err(41030, 'invalid page')
  if (page !== '' && b.check_path !== false && s.pages && !s.pages.has(page)) return err(41030, 'invalid page')
  const width = typeof b.width === 'number' ? Math.min(1280, Math.max(280, b.width)) : 430
  return { status: 200, contentType: 'image/png', body: fakeCodePng(b.scene, page, width) }
}
