/** Entry point: the HTTP API plus (unless DISPATCHER_ENABLED=false) the dispatcher loop. */
import { buildApp } from './app.ts'
import { bootstrap, onShutdown, startDispatcher } from './bootstrap.ts'
import { bundledHolidays } from './holidays.ts'
import { loggerOptions } from './logger.ts'

const rt = await bootstrap(process.env)
const { config } = rt
const app = await buildApp({
  db: rt.db, wechat: rt.wechat, now: Date.now,
  templates: config.wechat.templates, appPages: rt.appPages, sessionTtlMs: config.sessionTtlMs, reminderPendingCap: config.reminderPendingCap,
  rateLimits: config.rateLimits, trustProxy: config.trustProxy, holidays: bundledHolidays,
  ...(config.push ? { push: config.push, appId: config.wechat.appId } : {}),
  logger: loggerOptions(config.logLevel),
})
await app.listen({ port: config.port, host: config.host })
const dispatcher = config.dispatcher.enabled ? startDispatcher(rt) : undefined

onShutdown(rt.logger, async () => {
  await app.close()
  await dispatcher?.stop()
  await rt.db.destroy()
})
