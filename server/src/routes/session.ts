import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { AppContext } from '../app.ts'
import { parseOr400, sendError } from '../http/errors.ts'
import { jsonSchema } from '../http/openapi.ts'
import { createSession } from '../repositories/sessions.ts'
import { upsertUserByOpenid } from '../repositories/users.ts'

/** wx.login code: single use, valid 5 minutes (wechat-platform.md §2.5). */
const sessionBody = z.object({ code: z.string().min(1).max(128) })

/** code2Session errcodes that mean "this code is no good" rather than "WeChat is busy". */
const BAD_CODE_ERRCODES = new Set([40029, 40163, 40226])

export function registerSessionRoutes(app: FastifyInstance, ctx: AppContext) {
  app.post('/v1/session', {
    schema: {
      tags: ['session'],
      summary: 'Exchange a wx.login code for a session token (the openid is never returned)',
      body: jsonSchema(sessionBody),
    },
  }, async (req, reply) => {
    const body = parseOr400(reply, sessionBody, req.body, 'body')
    if (!body) return reply
    const res = await ctx.wechat.code2Session(body.code)
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
}
