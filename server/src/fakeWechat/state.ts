/**
 * Everything the WeChat stand-in remembers: tokens, login codes, templates, per-(openid, template)
 * credits and the inbox of "delivered" messages. Plain data plus small methods, so in-process
 * tests can read it directly and the /__fake control API is a thin layer over it.
 */
import type { FakeKeywordType } from './keywordCheck.ts'
import { eventJson, postPush, signPush, type FakeEventItem, type FakePushTarget, type PushStats } from './pushSender.ts'

export interface FakeTemplate { templateId: string; title: string; keywords: Record<string, FakeKeywordType> }
export interface FakeFaults {
  latencyMs: number
  /** Probabilities in [0, 1], drawn once per faultable request in this order. */
  busy: number      // errcode -1
  quota: number     // errcode 45009
  http500: number
  hang: number      // never answers; the client must time out
  /** Handles the request (a send is delivered, its credit spent) and answers only after `lateAnswerMs`. */
  late: number
  lateAnswerMs: number
  /** Handles the request (delivers) and then closes the connection without an answer. */
  drop: number
  /** When set, every access_token is answered with this errcode (a token rotated elsewhere), even a fresh one. */
  tokenErrcode?: 40001 | 42001 | 40014
  /** Which endpoints faults apply to; stable_token is left alone unless listed. */
  paths: string[]
}
export interface InboxMessage {
  msgid: string; openid: string; templateId: string; templateTitle: string
  page?: string; data: Record<string, { value: string }>; miniprogramState: string; lang: string; deliveredAt: number
}

export const SEND_PATH = '/cgi-bin/message/subscribe/send'
export const defaultFaults = (latencyMs = 0): FakeFaults =>
  ({ latencyMs, busy: 0, quota: 0, http500: 0, hang: 0, late: 0, lateAnswerMs: 0, drop: 0, paths: [SEND_PATH] })

/** mulberry32: tiny, seedable, good enough to make fault injection reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export class FakeWechatState {
  readonly appId: string
  readonly secret: string
  tokenTtlSeconds: number
  /** Added to the wall clock, so tests can move the stand-in's time (code and token expiry). */
  clockOffsetMs = 0
  faults: FakeFaults
  readonly initialLatencyMs: number
  random: () => number
  tokens = new Map<string, { expiresAt: number }>()
  currentToken: string | undefined
  loginCodes = new Map<string, { openid: string; issuedAt: number; used: boolean }>()
  openids = new Set<string>()
  templates = new Map<string, FakeTemplate>()
  /** undefined = accept any page (like check_path=false); otherwise the app.json page list. */
  pages: Set<string> | undefined
  credits = new Map<string, number>()
  inbox: InboxMessage[] = []
  stats = { stableToken: 0, code2Session: 0, send: 0, qrcode: 0, faultsInjected: 0 }
  /** 消息推送: where events go (undefined: not configured, like a fresh mini-program). */
  push: FakePushTarget | undefined
  pushStats: PushStats = { sent: 0, retried: 0, failed: 0 }
  private pendingPushes = new Set<Promise<void>>()
  /** Called once the answer to a successful send has been written (fault tests kill -9 there). */
  onAnswered: ((m: InboxMessage) => void) | undefined
  private serial = 0

  constructor(o: { appId: string; secret: string; tokenTtlSeconds: number; latencyMs: number; seed: number }) {
    this.appId = o.appId
    this.secret = o.secret
    this.tokenTtlSeconds = o.tokenTtlSeconds
    this.initialLatencyMs = o.latencyMs
    this.faults = defaultFaults(o.latencyMs)
    this.random = seededRandom(o.seed)
  }

  now(): number { return Date.now() + this.clockOffsetMs }

  nextId(prefix: string): string {
    this.serial += 1
    return `${prefix}${this.serial.toString(36).padStart(6, '0')}${Math.floor(this.random() * 2 ** 32).toString(36)}`
  }

  /** Simulates wx.login on a phone: a fresh single-use code for `openid` (a new user when absent). */
  issueLoginCode(openid?: string): { code: string; openid: string } {
    const id = openid ?? `oFake${this.nextId('')}`.padEnd(28, '0')
    this.openids.add(id)
    const code = this.nextId('code')
    this.loginCodes.set(code, { openid: id, issuedAt: this.now(), used: false })
    return { code, openid: id }
  }

  registerTemplate(t: FakeTemplate): void { this.templates.set(t.templateId, t) }
  setPages(pages: string[] | undefined): void { this.pages = pages === undefined ? undefined : new Set(pages) }

  /** Simulates the user tapping 允许 once per template: each accept adds one credit. */
  addCredits(openid: string, templateIds: string[], count = 1): void {
    this.openids.add(openid)
    for (const t of templateIds) this.credits.set(creditKey(openid, t), this.getCredits(openid, t) + count)
  }
  getCredits(openid: string, templateId: string): number { return this.credits.get(creditKey(openid, templateId)) ?? 0 }
  listCredits(openid?: string): { openid: string; templateId: string; credits: number }[] {
    return [...this.credits].map(([k, credits]) => {
      const [o, templateId] = k.split('\u0000') as [string, string]
      return { openid: o, templateId, credits }
    }).filter((c) => openid === undefined || c.openid === openid)
  }
  /** Spends one credit; false when there is none (the send must answer 43101). */
  consumeCredit(openid: string, templateId: string): boolean {
    const n = this.getCredits(openid, templateId)
    if (n <= 0) return false
    this.credits.set(creditKey(openid, templateId), n - 1)
    return true
  }

  /**
   * Pushes a subscribe-message event to the configured URL (if any), after `push.delayMs`.
   * Fire-and-forget like WeChat; `drainPushes` waits for the ones in flight (tests).
   */
  pushEvent(openid: string, event: string, items: FakeEventItem[]): void {
    const target = this.push
    if (!target) return
    const text = eventJson(openid, 'gh_fake00000000', event, items, Math.floor(this.now() / 1000))
    /** Like WeChat: no answer within 5 s (or not "success") and it tries again, three more times. */
    const deliver = async () => {
      for (let attempt = 0; attempt < 4; attempt++) {
        const { query, body } = signPush(target, this.appId, text, this.now())
        const res = await postPush(target, query, body)
        if (res.status === 200 && res.text === 'success') { this.pushStats.sent++; return }
        this.pushStats.retried++
        if (process.env.FAKE_PUSH_DEBUG) console.error('push failed', res.status, res.text.slice(0, 300))
      }
      this.pushStats.failed++
    }
    const p: Promise<void> = new Promise<void>((r) => setTimeout(r, target.delayMs ?? 0))
      .then(deliver).then(() => (target.duplicate ? deliver() : undefined))
      .finally(() => { this.pendingPushes.delete(p) })
    this.pendingPushes.add(p)
  }

  async drainPushes(): Promise<void> {
    while (this.pendingPushes.size > 0) await Promise.all([...this.pendingPushes])
  }

  /** The user sets a template to 拒收 in WeChat's settings: its credits are gone, and WeChat says so. */
  turnOff(openid: string, templateIds: string[]): void {
    for (const t of templateIds) this.credits.set(creditKey(openid, t), 0)
    this.pushEvent(openid, 'subscribe_msg_change_event', templateIds.map((t) => ({ TemplateId: t, SubscribeStatusString: 'reject' })))
  }

  /** 'expired' makes every token answer 42001; 'invalid' forgets them so they answer 40001. */
  expireTokens(mode: 'expired' | 'invalid' = 'expired'): void {
    if (mode === 'invalid') this.tokens.clear()
    else for (const t of this.tokens.values()) t.expiresAt = Math.min(t.expiresAt, this.now() - 1)
    this.currentToken = undefined
  }

  reset(seed = 1): void {
    this.tokens.clear(); this.currentToken = undefined; this.loginCodes.clear(); this.openids.clear()
    this.templates.clear(); this.pages = undefined; this.credits.clear(); this.inbox = []
    this.clockOffsetMs = 0; this.faults = defaultFaults(this.initialLatencyMs); this.random = seededRandom(seed)
    this.stats = { stableToken: 0, code2Session: 0, send: 0, qrcode: 0, faultsInjected: 0 }
    this.push = undefined; this.pushStats = { sent: 0, retried: 0, failed: 0 }; this.onAnswered = undefined
  }
}

function creditKey(openid: string, templateId: string): string { return `${openid}\u0000${templateId}` }
