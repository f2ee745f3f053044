import { sql } from 'kysely'
import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../app.ts'

/** Liveness plus a database round trip, so a load balancer drops an instance that lost its DB. */
export function registerHealthRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get('/healthz', { schema: { tags: ['ops'] }, config: { rateLimit: false } }, async (req, reply) => {
    try {
      await sql`select 1`.execute(ctx.db)
      return { ok: true }
    } catch (err) {
      req.log.error({ err }, 'health check: database unreachable')
      return reply.code(503).send({ ok: false })
    }
  })
}
