import { sql } from 'kysely'
import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../appContext.ts'
import { sendError } from '../http/errors.ts'

/** At most one database round trip per second, however often a balancer (or anyone) asks. */
const CHECK_TTL_MS = 1000

/** Liveness plus a database round trip, so a load balancer drops an instance that lost its DB. */
export function registerHealthRoutes(app: FastifyInstance, ctx: AppContext) {
  let last: { at: number; ok: Promise<boolean> } | undefined
  const check = (): Promise<boolean> => {
    const now = Date.now()
    if (last && now - last.at < CHECK_TTL_MS) return last.ok
    const ok = sql`select 1`.execute(ctx.db).then(() => true, (err: unknown) => {
      app.log.error({ err }, 'health check: database unreachable')
      return false
    })
    last = { at: now, ok }
    return ok
  }
  app.get('/healthz', { schema: { tags: ['ops'] }, config: { rateLimit: false } }, async (_req, reply) => {
    if (await check()) return { ok: true }
    return sendError(reply, 503, 'database_unavailable', 'the database is unreachable')
  })
}
