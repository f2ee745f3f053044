import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { AppContext } from '../appContext.ts'
import { authenticate, bearerSecurity, bearerToken } from '../http/auth.ts'
import { parseOr400, sendError } from '../http/errors.ts'
import { jsonSchema } from '../http/openapi.ts'
import { createLoginGate } from '../login/code2SessionGate.ts'
import { createSession, deleteSession, hashToken } from '../repositories/sessions.ts'
import { upsertUserByOpenid } from '../repositories/users.ts'

/** wx.login code: single use, valid 5 minutes (wechat-platform.md §2.5). */
const sessionBody = z.object({ code: z.string().min(1).max(128) })

/**
 * What a wx.login code looks like. Real ones are 32 letters and digits (e.g. 0716AVll20uHk94SLDml27etM946AVlq);
 * the shape is undocumented, so this is lenient (8–64 of letters, digits, '-', '_'): it only keeps
 * junk from becoming outbound calls, and a refused code costs the app one more wx.login.
 */
export const LOGIN_CODE = /^[A-Za-z0-9_-]{8,64}$/

/** code2Session errcodes that mean "this code is no good" rather than "WeChat is busy". */
const BAD_CODE_ERRCODES = new Set([40029, 40163, 40226])

export function registerSessionRoutes(app: FastifyInstance, ctx: AppContext) {
  const gate = createLoginGate({ perMinute: ctx.loginLimits?.perMinute ?? 600, concurrency: ctx.loginLimits?.concurrency ?? 16, now: Date.now })

  app.post('/v1/session', {
    schema: {
      tags: ['session'],
      summary: 'Exchange a wx.login code for a session token (the openid is never returned)',
      description: 'A code that cannot be a wx.login code is answered 401 invalid_code without asking WeChat. ' +
        'Outbound jscode2session calls have a budget a minute and a concurrency limit per instance; over them: 503 wechat_busy (Retry-After).',
      body: jsonSchema(sessionBody),
    },
  }, async (req, reply) => {
    const body = parseOr400(reply, sessionBody, req.body, 'body')
    if (!body) return reply
    if (!LOGIN_CODE.test(body.code)) {
      return sendError(reply, 401, 'invalid_code', 'the login code is invalid, used or expired; call wx.login again')
    }
    const release = await gate.acquire()
    if (!release) {
      req.log.warn('login refused: jscode2session budget or concurrency exhausted')
      return sendError(reply.header('retry-after', '5'), 503, 'wechat_busy', 'too many logins right now, retry in a few seconds')
    }
    let res: Awaited<ReturnType<typeof ctx.wechat.code2Session>>
    try {
      res = await ctx.wechat.code2Session(body.code)
    } finally {
      release()
    }
    if (!res.ok) {
      if (BAD_CODE_ERRCODES.has(res.errcode)) {
        return sendError(reply, 401, 'invalid_code', 'the login code is invalid, used or expired; call wx.login again')
      }
      req.log.warn({ errcode: res.errcode, errmsg: res.errmsg }, 'code2Session failed')
      return sendError(reply, 503, 'wechat_unavailable', 'WeChat login is temporarily unavailable, retry later')
    }
    const userId = await upsertUserByOpenid(ctx.db, res.openid)
    const session = await createSession(ctx.db, userId, ctx.now(), ctx.sessionTtlMs)
    return reply.code(201).send(session)
  })

  app.delete('/v1/session', {
    schema: { tags: ['session'], summary: 'Log out: this session token stops working at once (other sessions of the user stay)', security: bearerSecurity },
    preHandler: authenticate(ctx.db, ctx.now),
  }, async (req, reply) => {
    await deleteSession(ctx.db, hashToken(bearerToken(req)!))
    return reply.code(204).send()
  })
}
