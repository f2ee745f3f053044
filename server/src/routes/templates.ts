import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../app.ts'
import { authenticate, bearerSecurity } from '../http/auth.ts'
import { templateGroups, templatesByKind } from '../templates.ts'

export function registerTemplateRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get('/v1/templates', {
    schema: {
      tags: ['consent'],
      summary: 'Template ids per reminder kind, and groups of at most 3 for one requestSubscribeMessage call',
      security: bearerSecurity,
    },
    preHandler: authenticate(ctx.db, ctx.now),
  }, async () => ({ byKind: templatesByKind(ctx.templates), groups: templateGroups(ctx.templates) }))
}
