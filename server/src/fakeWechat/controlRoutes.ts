/**
 * /__fake/… : the control API tests, local runs and benchmarks use to play the phone's part
 * (wx.login, tapping 允许) and to steer the stand-in (templates, pages, token expiry, faults, clock).
 */
import { fakeKeywordTypes, type FakeKeywordType } from './keywordCheck.ts'
import { renderInboxPage } from './inboxPage.ts'
import { json, type FakeReply, type FakeRequest } from './wechatRoutes.ts'
import { defaultFaults, seededRandom, type FakeWechatState } from './state.ts'

const bad = (message: string): FakeReply => json({ error: message }, 400)
type Body = Record<string, unknown>
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string')
const probability = (v: unknown): boolean => v === undefined || (typeof v === 'number' && v >= 0 && v <= 1)

export const controlRoutes: Record<string, (s: FakeWechatState, r: FakeRequest, b: Body) => FakeReply> = {
  'POST /__fake/login': (s, _r, b) => {
    if (b.openid !== undefined && (typeof b.openid !== 'string' || b.openid === '')) return bad('openid must be a non-empty string')
    return json(s.issueLoginCode(b.openid as string | undefined))
  },
  'POST /__fake/subscribe': (s, _r, b) => {
    if (typeof b.openid !== 'string' || !isStringArray(b.templateIds)) return bad('body: {openid, templateIds: string[], count?}')
    const unknown = b.templateIds.filter((t) => !s.templates.has(t))
    // Like requestSubscribeMessage's 20001: the phone cannot accept a template that does not exist.
    if (unknown.length > 0) return bad(`unknown templateIds: ${unknown.join(', ')}`)
    const count = b.count === undefined ? 1 : b.count
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) return bad('count must be a positive integer')
    s.addCredits(b.openid, b.templateIds, count)
    // Each tap is one popup, and WeChat reports each (subscribe_msg_popup_event) if 消息推送 is configured.
    for (let i = 0; i < count; i++) {
      s.pushEvent(b.openid, 'subscribe_msg_popup_event', b.templateIds.map((t) => ({ TemplateId: t, SubscribeStatusString: 'accept', PopupScene: '0' })))
    }
    return json({ credits: s.listCredits(b.openid) })
  },
  'POST /__fake/turn-off': (s, _r, b) => {
    if (typeof b.openid !== 'string' || !isStringArray(b.templateIds)) return bad('body: {openid, templateIds: string[]}')
    s.turnOff(b.openid, b.templateIds)
    return json({ credits: s.listCredits(b.openid) })
  },
  'POST /__fake/push': (s, _r, b) => {
    if (b.url === null) { s.push = undefined; return json({ push: null }) }
    if (typeof b.url !== 'string' || !/^https?:\/\//.test(b.url) || typeof b.token !== 'string') {
      return bad('body: {url, token, aesKey?, duplicate?, delayMs?} or {url: null}')
    }
    if (b.aesKey !== undefined && (typeof b.aesKey !== 'string' || !/^[A-Za-z0-9]{43}$/.test(b.aesKey))) return bad('aesKey: 43 letters or digits')
    s.push = {
      url: b.url, token: b.token, ...(typeof b.aesKey === 'string' ? { aesKey: b.aesKey } : {}),
      duplicate: b.duplicate === true, delayMs: typeof b.delayMs === 'number' ? b.delayMs : 0,
    }
    return json({ push: { url: s.push.url, safeMode: s.push.aesKey !== undefined } })
  },
  'GET /__fake/credits': (s, r) => json({ credits: s.listCredits(r.query.get('openid') ?? undefined) }),
  'POST /__fake/templates': (s, _r, b) => {
    const kw = b.keywords as Record<string, unknown> | undefined
    if (typeof b.templateId !== 'string' || b.templateId === '' || typeof kw !== 'object' || kw === null) {
      return bad('body: {templateId, title?, keywords: {thing1: "thing", time2: "time", …}}')
    }
    for (const [k, t] of Object.entries(kw)) {
      if (!/^[a-z_]+\d+$/.test(k) || !fakeKeywordTypes.includes(t as FakeKeywordType)) return bad(`bad keyword ${k}: ${String(t)}`)
    }
    s.registerTemplate({ templateId: b.templateId, title: typeof b.title === 'string' ? b.title : b.templateId, keywords: kw as Record<string, FakeKeywordType> })
    return json({ templates: [...s.templates.values()] })
  },
  'GET /__fake/templates': (s) => json({ templates: [...s.templates.values()] }),
  'POST /__fake/pages': (s, _r, b) => {
    if (b.pages !== null && !isStringArray(b.pages)) return bad('body: {pages: string[] | null}  (null = accept any page)')
    s.setPages(b.pages === null ? undefined : b.pages)
    return json({ pages: s.pages ? [...s.pages] : null })
  },
  'POST /__fake/tokens/expire': (s, _r, b) => {
    if (b.mode !== undefined && b.mode !== 'expired' && b.mode !== 'invalid') return bad('mode: "expired" | "invalid"')
    s.expireTokens(b.mode as 'expired' | 'invalid' | undefined)
    return json({ ok: true })
  },
  'POST /__fake/faults': (s, _r, b) => {
    if (![b.busy, b.quota, b.http500, b.hang, b.late, b.drop].every(probability)) return bad('probabilities must be in [0, 1]')
    if (b.lateAnswerMs !== undefined && (typeof b.lateAnswerMs !== 'number' || b.lateAnswerMs < 0)) return bad('lateAnswerMs must be ≥ 0')
    if (b.latencyMs !== undefined && (typeof b.latencyMs !== 'number' || b.latencyMs < 0)) return bad('latencyMs must be ≥ 0')
    if (b.paths !== undefined && !isStringArray(b.paths)) return bad('paths must be string[]')
    if (b.seed !== undefined && typeof b.seed !== 'number') return bad('seed must be a number')
    if (b.tokenErrcode !== undefined && ![40001, 42001, 40014].includes(b.tokenErrcode as number)) return bad('tokenErrcode: 40001 | 42001 | 40014')
    // Unspecified probabilities go back to 0 and latency stays, so each call states the whole fault mix.
    const p = (v: unknown): number => (v as number | undefined) ?? 0
    s.faults = {
      latencyMs: (b.latencyMs as number | undefined) ?? s.faults.latencyMs,
      busy: p(b.busy), quota: p(b.quota), http500: p(b.http500), hang: p(b.hang),
      late: p(b.late), lateAnswerMs: p(b.lateAnswerMs), drop: p(b.drop),
      paths: (b.paths as string[] | undefined) ?? defaultFaults().paths,
    }
    if (b.tokenErrcode !== undefined) s.faults.tokenErrcode = b.tokenErrcode as 40001 | 42001 | 40014
    if (typeof b.seed === 'number') s.random = seededRandom(b.seed)
    return json({ faults: s.faults })
  },
  'POST /__fake/clock': (s, _r, b) => {
    if (typeof b.advanceMs !== 'number') return bad('body: {advanceMs}')
    s.clockOffsetMs += b.advanceMs
    return json({ clockOffsetMs: s.clockOffsetMs })
  },
  'POST /__fake/reset': (s, _r, b) => {
    s.reset(typeof b.seed === 'number' ? b.seed : 1)
    return json({ ok: true })
  },
  'GET /__fake/stats': (s) => json({ stats: s.stats, pushes: s.pushStats, inbox: s.inbox.length }),
  'GET /__fake/inbox.json': (s, r) => {
    const openid = r.query.get('openid')
    const limit = Number(r.query.get('limit') ?? Infinity)
    const messages = openid ? s.inbox.filter((m) => m.openid === openid) : s.inbox
    return json({ total: messages.length, messages: Number.isFinite(limit) ? messages.slice(-limit) : messages })
  },
  'GET /__fake/inbox': (s) => ({ status: 200, contentType: 'text/html; charset=utf-8', body: renderInboxPage(s) }),
}
