/** Entry point: the HTTP API plus (unless DISPATCHER_ENABLED=false) the dispatcher loop, and the retention job. */
import { buildApp } from './app.ts'
import { bootstrap, onShutdown, startDispatcher } from './bootstrap.ts'
import { bundledHolidays } from './holidays.ts'
import { loggerOptions } from './logger.ts'
import { startRetention } from './retention/prune.ts'

const rt = await bootstrap(process.env)
const { config } = rt
const app = await buildApp({
  db: rt.db, wechat: rt.wechat, now: Date.now,
  templates: config.wechat.templates, appPages: rt.appPages, sessionTtlMs: config.sessionTtlMs, reminderPendingCap: config.reminderPendingCap,
  rateLimits: config.rateLimits, loginLimits: config.loginLimits, consentCreditMargin: config.consentCreditMargin,
  trustProxy: config.trustProxy, holidays: bundledHolidays,
  ...(config.push ? { push: config.push, appId: config.wechat.appId } : {}),
  logger: loggerOptions(config.logLevel),
})
await app.listen({ port: config.port, host: config.host })
const dispatcher = config.dispatcher.enabled ? startDispatcher(rt) : undefined
const retention = startRetention(rt.db, config.retention, rt.logger)

onShutdown(rt.logger, async () => {
  await app.close()
  await retention.stop()
  await dispatcher?.stop()
  await rt.db.destroy()
})
