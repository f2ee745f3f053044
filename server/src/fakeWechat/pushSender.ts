/**
 * The stand-in's 消息推送: after a delivery, a 允许 or a 拒收 it POSTs the subscribe-message event
 * to the configured URL the way WeChat does — JSON, `List` an object for one item and an array for
 * several, MsgID a bare 64-bit number, signed with the Token, and in safe mode encrypted with the
 * EncodingAESKey (AppID inside). Built from the documented algorithm with node:crypto directly, not
 * from the service's own push code, so a mistake there cannot hide behind a shared implementation.
 */
import { createCipheriv, createHash, randomBytes } from 'node:crypto'
import { request } from 'node:http'

export interface FakePushTarget {
  url: string
  token: string
  /** EncodingAESKey: set for safe mode. */
  aesKey?: string
  /** Send every event twice, as WeChat does when it gets no answer in time. */
  duplicate?: boolean
  /** Wait before pushing (WeChat pushes asynchronously, usually within seconds). */
  delayMs?: number
}

export type FakeEventItem = Record<string, string | number | bigint>

/** sent: answered "success"; retried: attempts that were not; failed: given up after four attempts. */
export interface PushStats { sent: number; retried: number; failed: number }

const sha1 = (parts: string[]) => createHash('sha1').update([...parts].sort().join('')).digest('hex')

/** JSON text with bigint values written as bare numbers (JSON.stringify cannot). */
export function eventJson(openid: string, appUserName: string, event: string, items: FakeEventItem[], createTime: number): string {
  const big = new Map<string, string>()
  const swap = (v: string | number | bigint) => {
    if (typeof v !== 'bigint') return v
    const marker = `__BIG_${big.size}__`
    big.set(marker, v.toString())
    return marker
  }
  const list = items.map((i) => Object.fromEntries(Object.entries(i).map(([k, v]) => [k, swap(v)])))
  let text = JSON.stringify({
    ToUserName: appUserName, FromUserName: openid, CreateTime: createTime, MsgType: 'event', Event: event,
    // The documented pitfall: one item is an object, several are an array.
    List: list.length === 1 ? list[0] : list,
  })
  for (const [marker, digits] of big) text = text.replace(`"${marker}"`, digits)
  return text
}

/** The query string and body WeChat would send for `plain`, in plain or safe mode. */
export function signPush(target: FakePushTarget, appId: string, plain: string, nowMs: number): { query: URLSearchParams; body: string } {
  const timestamp = String(Math.floor(nowMs / 1000))
  const nonce = String(Math.floor(Math.random() * 1e9))
  const query = new URLSearchParams({ signature: sha1([target.token, timestamp, nonce]), timestamp, nonce })
  if (!target.aesKey) return { query, body: plain }
  const key = Buffer.from(`${target.aesKey}=`, 'base64')
  const msg = Buffer.from(plain, 'utf8')
  const len = Buffer.alloc(4)
  len.writeUInt32BE(msg.length)
  const raw = Buffer.concat([randomBytes(16), len, msg, Buffer.from(appId)])
  const pad = 32 - (raw.length % 32)
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false)
  const encrypt = Buffer.concat([cipher.update(Buffer.concat([raw, Buffer.alloc(pad, pad)])), cipher.final()]).toString('base64')
  query.set('encrypt_type', 'aes')
  query.set('msg_signature', sha1([target.token, timestamp, nonce, encrypt]))
  return { query, body: JSON.stringify({ ToUserName: 'gh_fake00000000', Encrypt: encrypt }) }
}

/** One POST; resolves with the HTTP status (0 on a network error). Never rejects. */
export function postPush(target: FakePushTarget, query: URLSearchParams, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve) => {
    const url = new URL(target.url)
    for (const [k, v] of query) url.searchParams.set(k, v)
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }, timeout: 5000 }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => { text += c })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
    })
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', (e) => resolve({ status: 0, text: e.message }))
    req.end(body)
  })
}

/** WeChat's 提交 in the MP console: a GET with echostr that must come back unchanged. */
export function verifyPushUrl(target: FakePushTarget, nowMs: number): Promise<boolean> {
  const timestamp = String(Math.floor(nowMs / 1000))
  const nonce = String(Math.floor(Math.random() * 1e9))
  const echostr = String(Math.floor(Math.random() * 1e18))
  const url = new URL(target.url)
  url.searchParams.set('signature', sha1([target.token, timestamp, nonce]))
  url.searchParams.set('timestamp', timestamp)
  url.searchParams.set('nonce', nonce)
  url.searchParams.set('echostr', echostr)
  return new Promise((resolve) => {
    const req = request(url, { method: 'GET', timeout: 5000 }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => { text += c })
      res.on('end', () => resolve(res.statusCode === 200 && text === echostr))
    })
    req.on('error', () => resolve(false))
    req.end()
  })
}
