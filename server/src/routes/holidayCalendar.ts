import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { AppContext } from '../appContext.ts'
import { parseOr400 } from '../http/errors.ts'
import { jsonSchema } from '../http/openapi.ts'
import { listHolidayUpdates } from '../repositories/holidays.ts'

/** What the app bundles; the shared domain module provides it (see src/holidays.ts). */
export interface HolidaySource {
  bundled: readonly { year: number }[]
}

const query = z.object({ since: z.coerce.number().int().min(2000).max(2200).optional() })

/**
 * 放假安排 years (bundled ones plus newer ones an operator added), so a new year's arrangement
 * reaches users without a new app release. An operator-added year replaces a bundled one.
 */
export function registerHolidayRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get('/v1/holiday-calendar', {
    schema: { tags: ['calendar'], summary: 'Holiday-calendar years, optionally only those ≥ since', querystring: jsonSchema(query) },
  }, async (req, reply) => {
    const q = parseOr400(reply, query, req.query, 'query')
    if (!q) return reply
    const since = q.since ?? 0
    const byYear = new Map<number, unknown>()
    for (const y of ctx.holidays.bundled) if (y.year >= since) byYear.set(y.year, y)
    for (const u of await listHolidayUpdates(ctx.db, since)) byYear.set(u.year, u.data)
    const years = [...byYear.entries()].sort(([a], [b]) => a - b).map(([, data]) => data)
    return { years }
  })
}
