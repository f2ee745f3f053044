/**
 * 环境变量配置：启动时用 zod 解析一次；缺失或非法的设置会以变量名报错并阻止启动。
 * WX_SECRET is kept in the config object but never logged (see logger redaction).
 */
import { z } from 'zod'
import { pagePath, type AppPages } from './appPages.ts'
import { templateMappingSchema, type TemplateMapping } from './wechat/templateData.ts'
import { reminderKinds, type ReminderKind } from '../../src/domain/reminders/reminderSchemas.ts'

const DAY_MS = 86_400_000

const intFrom = (def: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(def)

/** What Fastify's trustProxy takes: whom to believe about X-Forwarded-For. */
export type TrustProxy = boolean | string[]
const PROXY_ADDRESS = /^([0-9A-Fa-f.:]+(\/\d{1,3})?|loopback|linklocal|uniquelocal)$/

/** WX_TEMPLATES, with each `page` (an optional fallback now) checked against the app's pages. */
const templateTableSchema = (appPages: AppPages) => z
  .string()
  .transform((raw, ctx) => {
    try {
      return JSON.parse(raw) as unknown
    } catch {
      ctx.addIssue({ code: 'custom', message: 'is not valid JSON' })
      return z.NEVER
    }
  })
  .pipe(z.partialRecord(z.enum([...reminderKinds, 'default']), templateMappingSchema))
  .refine((t) => Object.keys(t).length > 0, 'must map at least one reminder kind (or "default") to a template')
  .superRefine((t, ctx) => {
    for (const [kind, m] of Object.entries(t)) {
      if (m?.page !== undefined && !appPages.has(pagePath(m.page))) {
        ctx.addIssue({
          code: 'custom', path: [kind, 'page'],
          message: `${m.page} is not a page of the app (src/app.config.ts has ${[...appPages].join(', ')}); ` +
            'WeChat refuses such a send with 41030. Leave page out: each reminder carries its own',
        })
      }
    }
  })

/** 消息推送 Token: "必须为英文或数字，长度为3-32字符"; EncodingAESKey: 43 of a-z A-Z 0-9. */
const PUSH_TOKEN = /^[A-Za-z0-9]{3,32}$/
const PUSH_AES_KEY = /^[A-Za-z0-9]{43}$/
/**
 * Plain mode (明文模式) signs only the query, never the body: anyone who sees one push's query
 * string can post any body under it for the timestamp window. So it is refused unless the operator
 * types this, by name.
 */
export const PLAIN_PUSH_OPT_IN = 'yes-i-accept-forgeable-pushes'

const envSchema = (appPages: AppPages) => z.object({
  PORT: intFrom(3000, 1, 65535),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  DATA_DIR: z.string().min(1).default('.data/pglite'),
  WX_APPID: z.string().regex(/^wx[0-9a-zA-Z]{6,30}$/, 'must look like wx0123456789abcdef'),
  WX_SECRET: z.string().min(8, 'must be the AppSecret from the MP console'),
  WX_API_BASE: z.url().default('https://api.weixin.qq.com'),
  WX_TEMPLATES: templateTableSchema(appPages),
  WX_MINIPROGRAM_STATE: z.enum(['developer', 'trial', 'formal']).default('formal'),
  SESSION_TTL_HOURS: intFrom(24 * 30, 1, 24 * 365),
  RATE_LIMIT_PER_MINUTE: intFrom(120, 1, 1_000_000),
  // Per address, so generous: many phones share one carrier-NAT address; a login is rare per user.
  LOGIN_RATE_LIMIT_PER_MINUTE: intFrom(600, 1, 1_000_000),
  ADDRESS_RATE_LIMIT_PER_MINUTE: intFrom(600, 1, 1_000_000),
  WX_PUSH_TOKEN: z.string().regex(PUSH_TOKEN, 'must be the 消息推送 Token: 3-32 letters or digits').optional(),
  WX_PUSH_AES_KEY: z.string().regex(PUSH_AES_KEY, 'must be the 43-character EncodingAESKey (a-z A-Z 0-9)').optional(),
  WX_PUSH_ALLOW_PLAIN: z.literal(PLAIN_PUSH_OPT_IN, { error: `must be exactly ${PLAIN_PUSH_OPT_IN} (or unset)` }).optional(),
  // Refused pushes (bad signature, stale, replayed) per address a minute; WeChat's own are never refused.
  PUSH_REFUSALS_PER_MINUTE: intFrom(60, 1, 1_000_000),
  // Outbound jscode2session calls, per process: a budget a minute and how many at once.
  LOGIN_WECHAT_PER_MINUTE: intFrom(600, 1, 1_000_000),
  LOGIN_WECHAT_CONCURRENCY: intFrom(16, 1, 1000),
  CONSENT_CREDIT_MARGIN: intFrom(3, 1, 100),
  RETENTION_INTERVAL_MINUTES: intFrom(60, 1, 7 * 24 * 60),
  RETAIN_REMINDER_TEXT_DAYS: intFrom(30, 1, 3650),
  // Unmatched reports are evidence for a send whose outcome is unknown for a day (deliveryReports.ts).
  RETAIN_DELIVERY_REPORTS_DAYS: intFrom(30, 2, 3650),
  RETAIN_PUSH_EVENTS_DAYS: intFrom(7, 1, 3650),
  TRUST_PROXY: z.string().default('false')
    .refine((v) => v === 'true' || v === 'false' || v.split(',').every((a) => PROXY_ADDRESS.test(a.trim())),
      'must be true, false, or comma-separated proxy addresses/CIDRs')
    .transform((v): TrustProxy => v === 'true' ? true : v === 'false' ? false : v.split(',').map((a) => a.trim())),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DISPATCHER_ENABLED: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  DISPATCH_BATCH_SIZE: intFrom(100, 1, 5000),
  DISPATCH_CONCURRENCY: intFrom(20, 1, 2000),
  DISPATCH_LEASE_SECONDS: intFrom(60, 5, 3600),
  DISPATCH_POLL_MS: intFrom(1000, 10, 60_000),
  DISPATCH_MAX_ATTEMPTS: intFrom(8, 1, 50),
  DISPATCH_SEND_TIMEOUT_MS: intFrom(10_000, 100, 120_000),
  DISPATCH_EVIDENCE_WAIT_SECONDS: z.coerce.number().int().min(0).max(3600).optional(),
  DISPATCH_USER_DAILY_CAP: intFrom(50, 1, 100_000),
  REMINDER_PENDING_CAP: intFrom(100, 1, 100_000),
}).superRefine((e, ctx) => {
  // A claimed row's lease must outlast the longest a send can take: a token fetch and a send, and
  // once more after a stale-token answer (40001/42001/40014), each up to the client's timeout.
  const worstSendMs = 4 * e.DISPATCH_SEND_TIMEOUT_MS
  if (e.DISPATCH_LEASE_SECONDS * 1000 <= worstSendMs) {
    ctx.addIssue({
      code: 'custom', path: ['DISPATCH_LEASE_SECONDS'],
      message: `must outlast two access-token fetches and two sends (4 × DISPATCH_SEND_TIMEOUT_MS = ${worstSendMs / 1000} s), ` +
        `or another instance may take a send still in flight for a crashed one; got ${e.DISPATCH_LEASE_SECONDS} s`,
    })
  }
  if (e.WX_PUSH_AES_KEY !== undefined && e.WX_PUSH_TOKEN === undefined) {
    ctx.addIssue({ code: 'custom', path: ['WX_PUSH_TOKEN'], message: 'is required when WX_PUSH_AES_KEY is set (safe mode signs with the token)' })
  }
  if (typeof e.WX_PUSH_TOKEN === 'string' && PUSH_TOKEN.test(e.WX_PUSH_TOKEN) && e.WX_PUSH_AES_KEY === undefined && e.WX_PUSH_ALLOW_PLAIN === undefined) {
    ctx.addIssue({
      code: 'custom', path: ['WX_PUSH_AES_KEY'],
      message: 'is required with WX_PUSH_TOKEN: plain-mode (明文模式) pushes are signed without their body, so one seen query ' +
        `string lets anyone forge events. Use 安全模式 with the EncodingAESKey, or set WX_PUSH_ALLOW_PLAIN=${PLAIN_PUSH_OPT_IN}`,
    })
  }
})

export type Env = z.infer<ReturnType<typeof envSchema>>

export interface Config {
  port: number
  host: string
  db: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string }
  wechat: {
    appId: string
    secret: string
    apiBase: string
    miniprogramState: 'developer' | 'trial' | 'formal'
    templates: Partial<Record<ReminderKind | 'default', TemplateMapping>>
    timeoutMs: number
  }
  sessionTtlMs: number
  rateLimits: RateLimits
  loginLimits: LoginLimits
  /** App-reported credits are capped at the user's pending reminders for the template + this. */
  consentCreditMargin: number
  retention: RetentionPolicy
  /** Pending (scheduled or waiting for consent) reminders per user and template; more → 422 too_many_reminders. */
  reminderPendingCap: number
  /** 消息推送 (WeChat's server push); undefined when not configured. */
  push?: PushConfig
  /** Behind the TLS proxy, per-address rate limits need the client's address, not the proxy's. */
  trustProxy: TrustProxy
  logLevel: Env['LOG_LEVEL']
  dispatcher: DispatcherTuning & { enabled: boolean }
}

export interface RateLimits {
  /** Per user: all of one user's live sessions share it. */
  perSession: number
  /** Per address, POST /v1/session. */
  loginPerAddress: number
  /** Per address, requests without a live session (public routes, unknown or expired tokens). */
  perAddress: number
}

export interface LoginLimits {
  /** jscode2session calls a minute, per process. */
  perMinute: number
  /** jscode2session calls in flight at once, per process. */
  concurrency: number
}

/** What the periodic prune (retention/prune.ts) keeps, and how often it runs. */
export interface RetentionPolicy {
  intervalMs: number
  reminderTextMs: number
  deliveryReportsMs: number
  pushEventsMs: number
}

export interface PushConfig {
  token: string
  /** EncodingAESKey: set for safe mode (安全模式). */
  aesKey?: string
  /** Plain mode without an AES key: only when the operator opted in (WX_PUSH_ALLOW_PLAIN). */
  plainAllowed?: boolean
  /** Refused pushes per address a minute before the address is answered 429 (default 60). */
  refusalsPerMinute?: number
}

export interface DispatcherTuning {
  batchSize: number
  concurrency: number
  leaseMs: number
  pollMs: number
  maxAttempts: number
  /**
   * How long a send whose outcome is unknown waits for WeChat's delivery report before it is
   * retried (a 43101 on that retry then means "probably delivered"). 0 without 消息推送.
   */
  evidenceWaitMs?: number
  /** The WeChat client's timeout: an in-doubt send is retried no sooner than twice this. */
  sendTimeoutMs?: number
  /** Sends per user per day (midnight to midnight, Beijing); the rest wait for midnight. */
  dailyCap?: number
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] }

/**
 * Parses the environment; each error message starts with the variable's name. `appPages` is the
 * app's page list (appPages.ts), which WX_TEMPLATES pages must belong to.
 */
export function loadConfig(env: Record<string, string | undefined>, appPages: AppPages): ConfigResult {
  const parsed = envSchema(appPages).safeParse(env)
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => {
      const [name, ...rest] = i.path
      const where = rest.length > 0 ? ` (at ${rest.join('.')})` : ''
      return `${String(name)}${where}: ${i.message}`
    })
    return { ok: false, errors }
  }
  const e = parsed.data
  return {
    ok: true,
    config: {
      port: e.PORT,
      host: e.HOST,
      db: e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL } : { kind: 'pglite', dataDir: e.DATA_DIR },
      wechat: {
        appId: e.WX_APPID,
        secret: e.WX_SECRET,
        apiBase: e.WX_API_BASE,
        miniprogramState: e.WX_MINIPROGRAM_STATE,
        templates: e.WX_TEMPLATES,
        timeoutMs: e.DISPATCH_SEND_TIMEOUT_MS,
      },
      sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
      reminderPendingCap: e.REMINDER_PENDING_CAP,
      rateLimits: {
        perSession: e.RATE_LIMIT_PER_MINUTE,
        loginPerAddress: e.LOGIN_RATE_LIMIT_PER_MINUTE,
        perAddress: e.ADDRESS_RATE_LIMIT_PER_MINUTE,
      },
      loginLimits: { perMinute: e.LOGIN_WECHAT_PER_MINUTE, concurrency: e.LOGIN_WECHAT_CONCURRENCY },
      consentCreditMargin: e.CONSENT_CREDIT_MARGIN,
      retention: {
        intervalMs: e.RETENTION_INTERVAL_MINUTES * 60_000,
        reminderTextMs: e.RETAIN_REMINDER_TEXT_DAYS * DAY_MS,
        deliveryReportsMs: e.RETAIN_DELIVERY_REPORTS_DAYS * DAY_MS,
        pushEventsMs: e.RETAIN_PUSH_EVENTS_DAYS * DAY_MS,
      },
      ...(e.WX_PUSH_TOKEN ? {
        push: {
          token: e.WX_PUSH_TOKEN, refusalsPerMinute: e.PUSH_REFUSALS_PER_MINUTE,
          ...(e.WX_PUSH_AES_KEY ? { aesKey: e.WX_PUSH_AES_KEY } : { plainAllowed: true }),
        },
      } : {}),
      trustProxy: e.TRUST_PROXY,
      logLevel: e.LOG_LEVEL,
      dispatcher: {
        enabled: e.DISPATCHER_ENABLED,
        batchSize: e.DISPATCH_BATCH_SIZE,
        concurrency: e.DISPATCH_CONCURRENCY,
        leaseMs: e.DISPATCH_LEASE_SECONDS * 1000,
        pollMs: e.DISPATCH_POLL_MS,
        maxAttempts: e.DISPATCH_MAX_ATTEMPTS,
        // With 消息推送 a delivery report usually arrives within seconds; two minutes leaves room.
        evidenceWaitMs: (e.DISPATCH_EVIDENCE_WAIT_SECONDS ?? (e.WX_PUSH_TOKEN ? 120 : 0)) * 1000,
        sendTimeoutMs: e.DISPATCH_SEND_TIMEOUT_MS,
        dailyCap: e.DISPATCH_USER_DAILY_CAP,
      },
    },
  }
}
