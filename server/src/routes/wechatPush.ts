/**
 * 消息推送（服务器配置）：微信服务器调用的地址，不是给 app 用的。
 * GET：验证 signature 后原样返回 echostr。POST：JSON 格式的事件。配置了 WX_PUSH_AES_KEY 时只收
 * 安全模式（msg_signature 覆盖消息体，解密并核对其中的 AppID）；明文模式只在运营者明确同意时启用。
 * Order of checks (issue 18): the query (timestamp window, nonce, signature) in onRequest, before
 * the body is read; then the body (safe mode's msg_signature); then the (timestamp, nonce) replay
 * guard; then the event. Every refusal is logged (code and address, never the query), and an address
 * that keeps being refused is answered 429 for the rest of the minute. Pushes we cannot store are
 * answered 503 so that WeChat retries them.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { AppContext } from '../appContext.ts'
import type { PushConfig } from '../config.ts'
import { addressKey } from '../http/addressKey.ts'
import { sendError } from '../http/errors.ts'
import { createWindowCounter } from '../http/windowCounter.ts'
import { applyPushEvent } from '../push/applyEvent.ts'
import { decryptPush } from '../push/cipher.ts'
import { parsePushEvent } from '../push/events.ts'
import { claimPushNonce } from '../push/replayGuard.ts'
import { createReportSink } from '../push/reportSink.ts'
import { signatureMatches, timestampIsFresh } from '../push/signature.ts'
import { templatesByKind } from '../templates.ts'
import { parseJsonKeepingBigIntegers } from '../wechat/bigJson.ts'

export const PUSH_PATH = '/wechat/push'
/** Subscribe-message events are a few hundred bytes. */
const PUSH_BODY_LIMIT = 64 * 1024
/** WeChat's nonces are digits; anything else is not WeChat. */
const NONCE = /^[A-Za-z0-9]{1,64}$/

type Query = Record<string, string | undefined>
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

export function registerWechatPushRoutes(app: FastifyInstance, ctx: AppContext & { push: PushConfig; appId: string }) {
  const { token, aesKey } = ctx.push
  if (!aesKey && !ctx.push.plainAllowed) {
    throw new Error('消息推送 in plain mode needs the operator\'s opt-in (WX_PUSH_ALLOW_PLAIN); configure WX_PUSH_AES_KEY instead')
  }
  if (!aesKey) {
    app.log.warn('消息推送 in plain mode (WX_PUSH_ALLOW_PLAIN): its signature does not cover the body; a body posted under a ' +
      'query string someone saw before the real push arrived cannot be told from WeChat\'s. Configure WX_PUSH_AES_KEY (安全模式)')
  }
  const known = new Set(Object.values(templatesByKind(ctx.templates)))
  const reports = createReportSink(ctx.db)
  const refusals = createWindowCounter(60_000, ctx.now)
  const refusalBudget = ctx.push.refusalsPerMinute ?? 60

  const refuse = (req: FastifyRequest, reply: FastifyReply, status: number, code: string, message: string) => {
    const address = addressKey(req.ip)
    const n = refusals.hit(address)
    // One line per refusal until the address is over its budget, then one line saying so.
    if (n <= refusalBudget + 1) req.log.warn({ code, address, method: req.method, overBudget: n > refusalBudget }, 'wechat push refused')
    return sendError(reply, status, code, message)
  }

  /** Everything the query alone can tell, before a byte of the body is read. */
  const checkQuery = async (req: FastifyRequest<{ Querystring: Query }>, reply: FastifyReply) => {
    if (refusals.count(addressKey(req.ip)) >= refusalBudget) {
      return sendError(reply.header('retry-after', '60'), 429, 'rate_limited', 'too many refused pushes from this address; retry in a minute')
    }
    const q = req.query
    if (!timestampIsFresh(str(q.timestamp), ctx.now())) return refuse(req, reply, 401, 'stale_push', 'timestamp missing or more than 5 minutes off')
    const nonce = str(q.nonce)
    if (nonce === undefined || !NONCE.test(nonce)) return refuse(req, reply, 401, 'bad_signature', 'nonce missing or malformed')
    // Safe mode keeps `signature` (over the query) next to `msg_signature` (over the body too).
    if (!signatureMatches(str(q.signature), [token, str(q.timestamp)!, nonce])) {
      return refuse(req, reply, 401, 'bad_signature', 'signature does not match WX_PUSH_TOKEN')
    }
    if (req.method === 'POST') {
      if (q.encrypt_type === 'aes' && !aesKey) return refuse(req, reply, 400, 'safe_mode_not_configured', 'encrypted push, but WX_PUSH_AES_KEY is not set')
      if (q.encrypt_type !== 'aes' && aesKey) {
        return refuse(req, reply, 401, 'encryption_required', 'WX_PUSH_AES_KEY is set: only safe-mode (encrypted) pushes are accepted')
      }
    }
  }

  app.register(async (scope) => {
    // The raw text is needed: MsgID is 64-bit, and the safe-mode signature covers `Encrypt` as sent.
    scope.removeAllContentTypeParsers()
    scope.addContentTypeParser('*', { parseAs: 'string', bodyLimit: PUSH_BODY_LIMIT }, (_req, body, done) => done(null, body))

    scope.get(PUSH_PATH, {
      // WeChat's own pushes are never throttled (it retries only three times); refusals are (checkQuery).
      config: { rateLimit: false }, logLevel: 'warn', onRequest: checkQuery,
      schema: { tags: ['wechat'], summary: "WeChat's 消息推送 URL check: echoes echostr when the signature is right" },
    }, async (req: FastifyRequest<{ Querystring: Query }>, reply) => {
      const echostr = str(req.query.echostr) ?? ''
      return reply.type('text/plain; charset=utf-8').send(echostr.slice(0, 256))
    })

    scope.post(PUSH_PATH, {
      // One push per message sent: per-request info logs would drown everything else.
      config: { rateLimit: false }, logLevel: 'warn', onRequest: checkQuery,
      schema: { tags: ['wechat'], summary: "WeChat's subscribe-message events (popup, change, sent), JSON format; answers success" },
    }, async (req: FastifyRequest<{ Querystring: Query; Body: unknown }>, reply) => {
      const q = req.query
      const raw = typeof req.body === 'string' ? req.body : ''
      let message = raw
      if (aesKey) {
        const encrypt = readEncrypt(raw)
        if (!encrypt || !signatureMatches(q.msg_signature, [token, q.timestamp!, q.nonce!, encrypt])) {
          return refuse(req, reply, 401, 'bad_signature', 'msg_signature does not match')
        }
        const d = decryptPush(encrypt, aesKey, ctx.appId)
        if (!d.ok) return refuse(req, reply, 401, 'undecryptable', d.reason)
        message = d.message
      }
      const parsed = parsePushEvent(message)
      if (!parsed.ok) return refuse(req, reply, 400, 'invalid_event', parsed.reason)
      try {
        if (await claimPushNonce(ctx.db, q.timestamp!, q.nonce!, raw) === 'other_body') {
          return refuse(req, reply, 401, 'replayed_push', 'this timestamp and nonce came with another body')
        }
        const result = await applyPushEvent(ctx.db, parsed.event, known, ctx.now(), reports)
        req.log.debug({ event: parsed.event.kind, applied: result.applied, reports: result.reports }, 'wechat push')
      } catch (err) {
        // Not stored: WeChat retries a push that is not answered 2xx, and the retry is taken (same body).
        req.log.error({ err }, 'wechat push not stored; WeChat will retry')
        return sendError(reply, 503, 'push_not_stored', 'the event could not be stored; retry')
      }
      return reply.type('text/plain; charset=utf-8').send('success')
    })
  })
}

function readEncrypt(raw: string): string | undefined {
  try {
    const v = (parseJsonKeepingBigIntegers(raw) as { Encrypt?: unknown } | null)?.Encrypt
    return typeof v === 'string' && /^[A-Za-z0-9+/=]{1,90000}$/.test(v) ? v : undefined
  } catch {
    return undefined
  }
}
