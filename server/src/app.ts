/**
 * Builds the Fastify app. No side effects: the database, the WeChat client and the clock are
 * passed in, so tests drive it with app.inject and a fixed time.
 */
import rateLimit from '@fastify/rate-limit'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import type { Db } from './db/database.ts'
import { bearerToken, sessionUser } from './http/auth.ts'
import { sendError } from './http/errors.ts'
import { hashToken } from './repositories/sessions.ts'
import { registerConsentRoutes } from './routes/consents.ts'
import { registerHealthRoutes } from './routes/health.ts'
import { registerHolidayRoutes, type HolidaySource } from './routes/holidayCalendar.ts'
import { registerMeRoutes } from './routes/me.ts'
import { registerReminderRoutes } from './routes/reminders.ts'
import { registerSessionRoutes } from './routes/session.ts'
import { registerTemplateRoutes } from './routes/templates.ts'
import type { TrustProxy } from './config.ts'
import type { TemplateTable } from './templates.ts'
import type { WechatClient } from './wechat/types.ts'

export interface AppDeps {
  db: Db
  wechat: WechatClient
  now: () => number
  templates: TemplateTable
  sessionTtlMs: number
  rateLimitPerMinute: number
  /** Whom to believe about X-Forwarded-For (default: nobody). */
  trustProxy?: TrustProxy
  holidays: HolidaySource
  logger?: FastifyServerOptions['logger']
}

export type AppContext = Omit<AppDeps, 'logger' | 'rateLimitPerMinute' | 'trustProxy'>

/** Reminder bodies are a few hundred bytes; 16 KiB leaves room and stops abuse. */
export const BODY_LIMIT_BYTES = 16 * 1024

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({ logger: deps.logger ?? false, bodyLimit: BODY_LIMIT_BYTES, trustProxy: deps.trustProxy ?? false })

  // Handlers parse with zod themselves (for our own error codes); route schemas only document.
  app.setValidatorCompiler(() => () => true)

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, req, reply) => {
    const status = error.statusCode ?? 500
    if (status >= 500) {
      req.log.error({ err: error }, 'request failed')
      return sendError(reply, 500, 'internal', 'internal error')
    }
    const code = error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? 'body_too_large'
      : error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? 'unsupported_media_type'
      : status === 429 ? 'rate_limited'
      : 'bad_request'
    return sendError(reply, status, code, error.message)
  })
  app.setNotFoundHandler((_req, reply) => sendError(reply, 404, 'not_found', 'no such route'))

  await app.register(swagger, {
    openapi: {
      info: { title: '应诉助手 reminder service', version: '1' },
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
    },
  })
  await app.register(swaggerUi, { routePrefix: '/docs' })

  await app.register(rateLimit, {
    max: deps.rateLimitPerMinute,
    timeWindow: 60_000,
    // Per live session (many users may share a carrier NAT), else per IP: a made-up token must
    // not buy a fresh allowance, or one client could hammer the session lookup without limit.
    keyGenerator: async (req) => {
      const token = bearerToken(req)
      return token && await sessionUser(deps.db, deps.now, req) ? `s:${hashToken(token)}` : `ip:${req.ip}`
    },
    errorResponseBuilder: (_req, ctx) => ({
      statusCode: 429,
      code: 'rate_limited',
      message: `rate limit exceeded, retry in ${ctx.after}`,
    }),
  })

  const ctx: AppContext = deps
  registerHealthRoutes(app, ctx)
  registerSessionRoutes(app, ctx)
  registerTemplateRoutes(app, ctx)
  registerConsentRoutes(app, ctx)
  registerReminderRoutes(app, ctx)
  registerMeRoutes(app, ctx)
  registerHolidayRoutes(app, ctx)
  return app
}
