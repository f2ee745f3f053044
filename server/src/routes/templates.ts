import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../appContext.ts'
import { templateGroups, templatesByKind } from '../templates.ts'

export function registerTemplateRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get('/v1/templates', {
    schema: {
      tags: ['consent'],
      summary: 'Template ids per reminder kind, and groups of at most 3 for one requestSubscribeMessage call',
      description: 'Public: the ids are not secret (the app passes them to wx.requestSubscribeMessage), and ' +
        'requiring a session here would create a server record for anyone who merely opens a case page.',
    },
  }, async () => ({ byKind: templatesByKind(ctx.templates), groups: templateGroups(ctx.templates) }))
}
