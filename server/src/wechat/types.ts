/**
 * WeChat server-API contract shared by the dispatcher, the routes and the local stand-in's tests.
 * Outcomes are values: the caller decides what a failure means for a reminder.
 */

/** 订阅消息：一条待发送的消息（字段名用 camelCase，线上格式由 client 转换）。 */
export interface SubscribeMessage {
  touser: string
  templateId: string
  page?: string
  data: Record<string, { value: string }>
  miniprogramState?: 'developer' | 'trial' | 'formal'
  lang?: 'zh_CN' | 'en_US' | 'zh_HK' | 'zh_TW'
}

/**
 * 发送结果分类，决定 dispatcher 的处理：扣减额度 / 置零等待授权 / 记录失败 / 存疑待证据 / 等待微信 / 退避重试。
 * Only `rejected` (and an event that is over) ends a reminder as failed; WeChat's trouble waits.
 */
export type SendOutcome =
  | { kind: 'sent'; msgid?: string }
  /** 43101: no credit left or the user refused; never retry, ask for consent at the next tap. */
  | { kind: 'needs_consent'; errcode: 43101; errmsg: string }
  /** 47003, 40003, 40037, 41030 and other non-retryable codes: our bug or configuration. */
  | { kind: 'rejected'; errcode: number; errmsg: string }
  /**
   * The request may have reached WeChat and no usable answer came back (timeout after writing,
   * connection closed mid-response, HTTP 5xx, an unreadable 200): it may have been delivered.
   */
  | { kind: 'in_doubt'; errcode?: number; errmsg: string }
  /** WeChat refused to act for now: 45009 daily quota, -1 busy, 45011 / HTTP 429 rate limit. Nothing was sent. */
  | { kind: 'wait'; reason: 'quota' | 'busy'; errcode?: number; errmsg: string }
  /** Provably never acted on: refused connection, DNS, connect timeout, a token WeChat would not take. */
  | { kind: 'retryable'; errcode?: number; errmsg: string }

/** code2Session 结果；session_key 永不外泄。 */
export type Code2SessionResult =
  | { ok: true; openid: string; unionid?: string }
  | { ok: false; errcode: number; errmsg: string }

export type QrCodeResult = { ok: true; png: Uint8Array } | { ok: false; errcode: number; errmsg: string }

export interface QrCodeRequest {
  scene: string
  page?: string
  width?: number
  checkPath?: boolean
  envVersion?: 'release' | 'trial' | 'develop'
}

export interface WechatClient {
  code2Session(jsCode: string): Promise<Code2SessionResult>
  sendSubscribeMessage(msg: SubscribeMessage): Promise<SendOutcome>
  getUnlimitedQrCode(p: QrCodeRequest): Promise<QrCodeResult>
}

/** A cached access token; `expiresAt` is epoch ms after the early-expiry margin was applied. */
export interface CachedToken {
  token: string
  expiresAt: number
}

/**
 * Where the access token lives. The default is in-memory; a multi-instance deployment can
 * pass a shared store (stable_token does not rotate within validity, so sharing is optional).
 */
export interface TokenStore {
  get(): Promise<CachedToken | undefined> | CachedToken | undefined
  set(token: CachedToken): Promise<void> | void
  delete(): Promise<void> | void
}
