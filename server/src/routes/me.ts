import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../app.ts'
import { authenticate, bearerSecurity } from '../http/auth.ts'
import { deleteUser } from '../repositories/users.ts'

export function registerMeRoutes(app: FastifyInstance, ctx: AppContext) {
  app.delete('/v1/me', {
    schema: {
      tags: ['account'],
      summary: 'Delete everything the server holds about the caller (reminders, credits, sessions, user)',
      security: bearerSecurity,
    },
    preHandler: authenticate(ctx.db, ctx.now),
  }, async (req, reply) => {
    await deleteUser(ctx.db, req.userId)
    return reply.code(204).send()
  })
}
