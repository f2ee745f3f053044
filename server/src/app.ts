/**
 * Builds the Fastify app. No side effects: the database, the WeChat client and the clock are
 * passed in, so tests drive it with app.inject and a fixed time.
 */
import type { Socket } from 'node:net'
import rateLimit from '@fastify/rate-limit'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import Fastify, { type FastifyInstance, type FastifyRequest, type FastifyServerOptions } from 'fastify'
import type { AppPages } from './appPages.ts'
import type { PushConfig, RateLimits, TrustProxy } from './config.ts'
import type { Db } from './db/database.ts'
import { bearerToken, sessionUser } from './http/auth.ts'
import { classifyError, errorBody, sendError } from './http/errors.ts'
import { API_DESCRIPTION } from './http/openapi.ts'
import { hashToken } from './repositories/sessions.ts'
import { registerConsentRoutes } from './routes/consents.ts'
import { registerHealthRoutes } from './routes/health.ts'
import { registerHolidayRoutes, type HolidaySource } from './routes/holidayCalendar.ts'
import { registerMeRoutes } from './routes/me.ts'
import { registerReminderRoutes } from './routes/reminders.ts'
import { registerSessionRoutes } from './routes/session.ts'
import { registerTemplateRoutes } from './routes/templates.ts'
import { registerWechatPushRoutes } from './routes/wechatPush.ts'
import type { TemplateTable } from './templates.ts'
import type { WechatClient } from './wechat/types.ts'

export interface AppDeps {
  db: Db
  wechat: WechatClient
  now: () => number
  templates: TemplateTable
  /** The app's pages (appPages.ts): a reminder's `page` must be one of them. */
  appPages: AppPages
  sessionTtlMs: number
  /** Pending reminders per user and template (REMINDER_PENDING_CAP); default 100. */
  reminderPendingCap?: number
  rateLimits: RateLimits
  /** 消息推送: when set, /wechat/push answers WeChat's check and takes its events. */
  push?: PushConfig
  /** The mini-program's AppID: safe-mode pushes carry it inside the ciphertext. */
  appId?: string
  /** Whom to believe about X-Forwarded-For (default: nobody). */
  trustProxy?: TrustProxy
  holidays: HolidaySource
  logger?: FastifyServerOptions['logger']
}

export type AppContext = Omit<AppDeps, 'logger' | 'rateLimits' | 'trustProxy'>

/** Reminder bodies are a few hundred bytes; 16 KiB leaves room and stops abuse. */
export const BODY_LIMIT_BYTES = 16 * 1024

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false, bodyLimit: BODY_LIMIT_BYTES, trustProxy: deps.trustProxy ?? false,
    // Errors the router raises before any route runs (a path like %C0%AE%C0%AE) get our shape too.
    frameworkErrors: (error, _req, reply) => {
      const e = classifyError(error)
      return sendError(reply, e.status, e.code, e.message)
    },
    // Malformed HTTP never reaches Fastify's handlers; answer it in the same shape, then hang up.
    clientErrorHandler: (err: Error & { code?: string }, socket: Socket) => {
      if (!socket.writable) return socket.destroy()
      const tooLarge = err.code === 'HPE_HEADER_OVERFLOW'
      const body = JSON.stringify(errorBody(tooLarge ? 'headers_too_large' : 'bad_request', tooLarge ? 'request headers are too large' : 'malformed HTTP request'))
      socket.end(`HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`)
    },
  })

  // Handlers parse with zod themselves (for our own error codes); route schemas only document.
  app.setValidatorCompiler(() => () => true)

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, req, reply) => {
    const e = classifyError(error)
    if (e.status >= 500) req.log.error({ err: error }, 'request failed')
    else if (e.code === 'unstorable_text') req.log.warn({ code: error.code }, 'database refused text the schemas let through')
    return sendError(reply, e.status, e.code, e.message)
  })
  app.setNotFoundHandler((_req, reply) => sendError(reply, 404, 'not_found', 'no such route'))

  await app.register(swagger, {
    openapi: {
      info: { title: '应诉助手 reminder service', version: '1', description: API_DESCRIPTION },
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
    },
  })
  await app.register(swaggerUi, { routePrefix: '/docs' })

  await registerRateLimits(app, deps)

  const ctx: AppContext = deps
  registerHealthRoutes(app, ctx)
  registerSessionRoutes(app, ctx)
  registerTemplateRoutes(app, ctx)
  registerConsentRoutes(app, ctx)
  registerReminderRoutes(app, ctx)
  registerMeRoutes(app, ctx)
  registerHolidayRoutes(app, ctx)
  if (deps.push) registerWechatPushRoutes(app, { ...ctx, push: deps.push, appId: deps.appId ?? '' })
  return app
}

/**
 * Four allowances that never share a bucket: a live session (per session: many users share a
 * carrier-NAT address), logins (per address, generous), tokenless public requests (per address),
 * and bearer tokens that are not a live session (per address). A flood of made-up tokens from one
 * address therefore never refuses a login or a real session behind it; over its allowance such a
 * token is answered 401 (what it is), so an app holding an expired one still logs in again.
 */
async function registerRateLimits(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const bucketOf = new WeakMap<FastifyRequest, 's' | 'login' | 'anon' | 'bad'>()
  await app.register(rateLimit, {
    timeWindow: 60_000,
    keyGenerator: async (req) => {
      if (req.method === 'POST' && req.routeOptions.url === '/v1/session') {
        bucketOf.set(req, 'login')
        return `login:${req.ip}`
      }
      const token = bearerToken(req)
      if (!token) {
        bucketOf.set(req, 'anon')
        return `anon:${req.ip}`
      }
      if (await sessionUser(deps.db, deps.now, req)) {
        bucketOf.set(req, 's')
        return `s:${hashToken(token)}`
      }
      bucketOf.set(req, 'bad')
      return `bad:${req.ip}`
    },
    max: (_req, key) => key.startsWith('s:') ? deps.rateLimits.perSession
      : key.startsWith('login:') ? deps.rateLimits.loginPerAddress
      : deps.rateLimits.perAddress,
    errorResponseBuilder: (req, ctx) => bucketOf.get(req) === 'bad'
      ? { statusCode: 401, code: 'unauthorized', message: 'missing, unknown or expired session token' }
      : { statusCode: 429, code: 'rate_limited', message: `rate limit exceeded, retry in ${ctx.after}` },
  })
}
