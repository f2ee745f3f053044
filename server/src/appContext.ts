/**
 * What the routes are given: the app's dependencies. In its own module so route modules do not
 * import app.ts (which imports them).
 */
import type { FastifyServerOptions } from 'fastify'
import type { AppPages } from './appPages.ts'
import type { LoginLimits, PushConfig, RateLimits, TrustProxy } from './config.ts'
import type { Db } from './db/database.ts'
import type { HolidaySource } from './routes/holidayCalendar.ts'
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
  /** Outbound jscode2session budget (login/code2SessionGate.ts); defaults in config.ts. */
  loginLimits?: LoginLimits
  /** App-reported credits are capped at pending reminders + this (routes/consents.ts). */
  consentCreditMargin?: number
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
