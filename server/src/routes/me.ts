import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../appContext.ts'
import { authenticate, bearerSecurity } from '../http/auth.ts'
import { deleteUser } from '../repositories/users.ts'

export function registerMeRoutes(app: FastifyInstance, ctx: AppContext) {
  app.delete('/v1/me', {
    schema: {
      tags: ['account'],
      summary: 'Delete everything the server holds about the caller (reminders, credits, sessions, user)',
      description: 'After the 204 no message for the caller starts: the dispatcher records its intent to send in one ' +
        'statement that also checks the reminder (and so its user) still exists. A send already on the wire when ' +
        'the delete arrived (its intent recorded before) may still reach the user.',
      security: bearerSecurity,
    },
    preHandler: authenticate(ctx.db, ctx.now),
  }, async (req, reply) => {
    await deleteUser(ctx.db, req.userId)
    return reply.code(204).send()
  })
}
