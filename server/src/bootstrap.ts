/** Start-up shared by the API server and the stand-alone dispatcher: config, logger, db, WeChat client. */
import { hostname } from 'node:os'
import { pino, type Logger } from 'pino'
import { APP_CONFIG_PATH, loadAppPages, type AppPages } from './appPages.ts'
import { loadConfig, type Config } from './config.ts'
import { openDatabase, type Db } from './db/database.ts'
import { migrateToLatest } from './db/migrate.ts'
import { loggerOptions } from './logger.ts'
import { createDispatcher, type Dispatcher } from './dispatcher/dispatcher.ts'
import { createWechatClient } from './wechat/client.ts'
import type { WechatClient } from './wechat/types.ts'

export interface Runtime {
  config: Config
  appPages: AppPages
  logger: Logger
  db: Db
  wechat: WechatClient
}

/** Parses the environment (and the app's page list) or exits with one line per bad variable. */
export async function bootstrap(env: NodeJS.ProcessEnv): Promise<Runtime> {
  let appPages: AppPages
  try {
    appPages = await loadAppPages()
  } catch (err) {
    process.stderr.write(`configuration error, not starting:\n  cannot read the app's pages from ${APP_CONFIG_PATH}: ${(err as Error).message}\n`)
    process.exit(78) // EX_CONFIG
  }
  const res = loadConfig(env, appPages)
  if (!res.ok) {
    process.stderr.write(`configuration error, not starting:\n${res.errors.map((e) => `  ${e}`).join('\n')}\n`)
    process.exit(78) // EX_CONFIG
  }
  const config = res.config
  const logger = pino(loggerOptions(config.logLevel))
  const db = openDatabase(config.db.kind === 'postgres'
    ? { kind: 'postgres', url: config.db.url, poolSize: Math.min(50, 5 + (config.dispatcher.concurrency >> 3)) }
    : { kind: 'pglite', dataDir: config.db.dataDir },
  (err, where) => logger.warn({ err: { message: err.message }, where }, 'database connection lost; the pool reconnects'))
  const migrated = await migrateToLatest(db)
  if (!migrated.ok) {
    logger.fatal({ err: migrated.error }, 'database migration failed')
    process.exit(1)
  }
  logger.info({ db: config.db.kind, applied: migrated.applied }, 'database ready')
  const wechat = createWechatClient({
    baseUrl: config.wechat.apiBase, appId: config.wechat.appId, secret: config.wechat.secret,
    timeoutMs: config.wechat.timeoutMs, logger,
  })
  return { config, appPages, logger, db, wechat }
}

export function startDispatcher(rt: Runtime): Dispatcher {
  const d = createDispatcher({
    db: rt.db, wechat: rt.wechat, templates: rt.config.wechat.templates,
    miniprogramState: rt.config.wechat.miniprogramState,
    workerId: `${hostname()}:${process.pid}`,
    tuning: rt.config.dispatcher, now: Date.now, logger: rt.logger,
  })
  d.start()
  return d
}

/** A drain that has not finished by then is cut short (a process manager would SIGKILL anyway). */
const DRAIN_DEADLINE_MS = 90_000

/**
 * SIGTERM/SIGINT, and any fatal error (an uncaught exception or unhandled rejection), go through
 * the same drain: stop claiming, let in-flight sends finish and be recorded, then close. A fatal
 * error exits 1 after the drain, so the process manager restarts the service.
 */
export function onShutdown(logger: Logger, close: () => Promise<void>): void {
  let closing = false
  const drain = (reason: string, exitCode: number) => {
    if (closing) return
    closing = true
    logger.info({ reason }, 'shutting down')
    setTimeout(() => {
      logger.error({ reason }, 'drain did not finish in time; exiting')
      process.exit(exitCode || 1)
    }, DRAIN_DEADLINE_MS).unref()
    close().then(() => process.exit(exitCode), (err: unknown) => {
      logger.error({ err }, 'shutdown failed')
      process.exit(1)
    })
  }
  process.on('SIGTERM', () => drain('SIGTERM', 0))
  process.on('SIGINT', () => drain('SIGINT', 0))
  process.on('uncaughtException', (err) => {
    logger.fatal({ err }, 'uncaught exception; draining before exit')
    drain('fatal error', 1)
  })
  process.on('unhandledRejection', (err) => {
    logger.fatal({ err }, 'unhandled rejection; draining before exit')
    drain('fatal error', 1)
  })
}
