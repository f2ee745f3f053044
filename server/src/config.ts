/**
 * 环境变量配置：启动时用 zod 解析一次；缺失或非法的设置会以变量名报错并阻止启动。
 * WX_SECRET is kept in the config object but never logged (see logger redaction).
 */
import { z } from 'zod'
import { templateMappingSchema, type TemplateMapping } from './wechat/templateData.ts'
import { reminderKinds, type ReminderKind } from '../../src/domain/reminders/reminderSchemas.ts'

const intFrom = (def: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(def)

/** What Fastify's trustProxy takes: whom to believe about X-Forwarded-For. */
export type TrustProxy = boolean | string[]
const PROXY_ADDRESS = /^([0-9A-Fa-f.:]+(\/\d{1,3})?|loopback|linklocal|uniquelocal)$/

const templateTableSchema = z
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

const envSchema = z.object({
  PORT: intFrom(3000, 1, 65535),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  DATA_DIR: z.string().min(1).default('.data/pglite'),
  WX_APPID: z.string().regex(/^wx[0-9a-zA-Z]{6,30}$/, 'must look like wx0123456789abcdef'),
  WX_SECRET: z.string().min(8, 'must be the AppSecret from the MP console'),
  WX_API_BASE: z.url().default('https://api.weixin.qq.com'),
  WX_TEMPLATES: templateTableSchema,
  WX_MINIPROGRAM_STATE: z.enum(['developer', 'trial', 'formal']).default('formal'),
  SESSION_TTL_HOURS: intFrom(24 * 30, 1, 24 * 365),
  RATE_LIMIT_PER_MINUTE: intFrom(120, 1, 1_000_000),
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
})

export type Env = z.infer<typeof envSchema>

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
  rateLimitPerMinute: number
  /** Behind the TLS proxy, per-address rate limits need the client's address, not the proxy's. */
  trustProxy: TrustProxy
  logLevel: Env['LOG_LEVEL']
  dispatcher: DispatcherTuning & { enabled: boolean }
}

export interface DispatcherTuning {
  batchSize: number
  concurrency: number
  leaseMs: number
  pollMs: number
  maxAttempts: number
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] }

/** Parses the environment; each error message starts with the variable's name. */
export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = envSchema.safeParse(env)
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
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
      trustProxy: e.TRUST_PROXY,
      logLevel: e.LOG_LEVEL,
      dispatcher: {
        enabled: e.DISPATCHER_ENABLED,
        batchSize: e.DISPATCH_BATCH_SIZE,
        concurrency: e.DISPATCH_CONCURRENCY,
        leaseMs: e.DISPATCH_LEASE_SECONDS * 1000,
        pollMs: e.DISPATCH_POLL_MS,
        maxAttempts: e.DISPATCH_MAX_ATTEMPTS,
      },
    },
  }
}
