/** Runs only the dispatcher (a worker process; also what the kill -9 fault tests spawn). */
import { bootstrap, onShutdown, startDispatcher } from './bootstrap.ts'

const rt = await bootstrap(process.env)
const dispatcher = startDispatcher(rt)
rt.logger.info({ tuning: rt.config.dispatcher }, 'dispatcher started')
onShutdown(rt.logger, async () => {
  await dispatcher.stop()
  rt.logger.info({ stats: dispatcher.stats }, 'dispatcher stopped')
  await rt.db.destroy()
})
