/**
 * 消息推送（服务器配置）：微信服务器调用的地址，不是给 app 用的。
 * GET：验证 signature 后原样返回 echostr。POST：JSON 格式的事件，明文模式验证 signature；配置了
 * WX_PUSH_AES_KEY 时只收安全模式（验证 msg_signature，解密并核对其中的 AppID）。回复 "success"。
 * Plain mode's signature covers only token, timestamp and nonce, not the body, so with an
 * EncodingAESKey configured a plain-mode POST is refused rather than trusted.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { AppContext } from '../app.ts'
import type { PushConfig } from '../config.ts'
import { sendError } from '../http/errors.ts'
import { applyPushEvent } from '../push/applyEvent.ts'
import { decryptPush } from '../push/cipher.ts'
import { parsePushEvent } from '../push/events.ts'
import { createReportSink } from '../push/reportSink.ts'
import { signatureMatches, timestampIsFresh } from '../push/signature.ts'
import { templatesByKind } from '../templates.ts'
import { parseJsonKeepingBigIntegers } from '../wechat/bigJson.ts'

export const PUSH_PATH = '/wechat/push'
/** Subscribe-message events are a few hundred bytes. */
const PUSH_BODY_LIMIT = 64 * 1024

type Query = Record<string, string | undefined>
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

export function registerWechatPushRoutes(app: FastifyInstance, ctx: AppContext & { push: PushConfig; appId: string }) {
  const { token, aesKey } = ctx.push
  const known = new Set(Object.values(templatesByKind(ctx.templates)))
  const reports = createReportSink(ctx.db)

  const refuse = (reply: FastifyReply, code: string, message: string) => sendError(reply, 401, code, message)
  const fresh = (q: Query) => timestampIsFresh(q.timestamp, ctx.now())

  app.register(async (scope) => {
    // The raw text is needed: MsgID is 64-bit, and the safe-mode signature covers `Encrypt` as sent.
    scope.removeAllContentTypeParsers()
    scope.addContentTypeParser('*', { parseAs: 'string', bodyLimit: PUSH_BODY_LIMIT }, (_req, body, done) => done(null, body))

    scope.get(PUSH_PATH, {
      // One push per message sent: per-request info logs would drown everything else.
      config: { rateLimit: false }, logLevel: 'warn',
      schema: { tags: ['wechat'], summary: "WeChat's 消息推送 URL check: echoes echostr when the signature is right" },
    }, async (req: FastifyRequest<{ Querystring: Query }>, reply) => {
      const q = req.query
      if (!fresh(q) || !signatureMatches(q.signature, [token, str(q.timestamp) ?? '', str(q.nonce) ?? ''])) {
        return refuse(reply, 'bad_signature', 'signature does not match WX_PUSH_TOKEN')
      }
      const echostr = str(q.echostr) ?? ''
      return reply.type('text/plain; charset=utf-8').send(echostr.slice(0, 256))
    })

    scope.post(PUSH_PATH, {
      // One push per message sent: per-request info logs would drown everything else.
      config: { rateLimit: false }, logLevel: 'warn',
      schema: { tags: ['wechat'], summary: "WeChat's subscribe-message events (popup, change, sent), JSON format; answers success" },
    }, async (req: FastifyRequest<{ Querystring: Query; Body: unknown }>, reply) => {
      const q = req.query
      const raw = typeof req.body === 'string' ? req.body : ''
      if (!fresh(q)) return refuse(reply, 'stale_push', 'timestamp missing or more than 5 minutes off')
      const parts = [token, str(q.timestamp) ?? '', str(q.nonce) ?? '']
      let message: string
      if (q.encrypt_type === 'aes') {
        if (!aesKey) return sendError(reply, 400, 'safe_mode_not_configured', 'encrypted push, but WX_PUSH_AES_KEY is not set')
        const encrypt = readEncrypt(raw)
        if (!encrypt || !signatureMatches(q.msg_signature, [...parts, encrypt])) {
          return refuse(reply, 'bad_signature', 'msg_signature does not match')
        }
        const d = decryptPush(encrypt, aesKey, ctx.appId)
        if (!d.ok) return refuse(reply, 'undecryptable', d.reason)
        message = d.message
      } else {
        if (aesKey) return refuse(reply, 'encryption_required', 'WX_PUSH_AES_KEY is set: only safe-mode (encrypted) pushes are accepted')
        if (!signatureMatches(q.signature, parts)) return refuse(reply, 'bad_signature', 'signature does not match WX_PUSH_TOKEN')
        message = raw
      }
      const parsed = parsePushEvent(message)
      if (!parsed.ok) return sendError(reply, 400, 'invalid_event', parsed.reason)
      const result = await applyPushEvent(ctx.db, parsed.event, known, ctx.now(), reports)
      req.log.debug({ event: parsed.event.kind, applied: result.applied, reports: result.reports }, 'wechat push')
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
