/**
 * 环境变量配置：启动时用 zod 解析一次；缺失或非法的设置会以变量名报错并阻止启动。
 * WX_SECRET is kept in the config object but never logged (see logger redaction).
 */
import { z } from 'zod'
import { pagePath, type AppPages } from './appPages.ts'
import { templateMappingSchema, type TemplateMapping } from './wechat/templateData.ts'
import { reminderKinds, type ReminderKind } from '../../src/domain/reminders/reminderSchemas.ts'

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
  /** Per live session. */
  perSession: number
  /** Per address, POST /v1/session. */
  loginPerAddress: number
  /** Per address, requests without a live session (public routes, unknown or expired tokens). */
  perAddress: number
}

export interface PushConfig {
  token: string
  /** EncodingAESKey: set for safe mode (安全模式). */
  aesKey?: string
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
      ...(e.WX_PUSH_TOKEN ? { push: { token: e.WX_PUSH_TOKEN, ...(e.WX_PUSH_AES_KEY ? { aesKey: e.WX_PUSH_AES_KEY } : {}) } } : {}),
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
