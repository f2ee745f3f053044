import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { createReminderBodySchema, reminderKeySchema } from '../../../src/domain/reminders/reminderSchemas.ts'
import type { AppContext } from '../appContext.ts'
import { pagePath } from '../appPages.ts'
import { authenticate, bearerSecurity } from '../http/auth.ts'
import { parseOr400, sendError } from '../http/errors.ts'
import { jsonSchema } from '../http/openapi.ts'
import { cancelReminder, countPending, decodeCursor, encodeCursor, listReminders, putReminder } from '../repositories/reminders.ts'
import { templateForKind } from '../templates.ts'
import { formatTemplateData } from '../wechat/templateData.ts'

/** `:key` checked with the shared schema, so the app and the server agree on what a key is. */
const keyParams = {
  safeParse(v: unknown) {
    const res = reminderKeySchema.safeParse((v as { key?: unknown } | undefined)?.key)
    return res.success
      ? { success: true as const, data: { key: res.data } }
      : { success: false as const, error: { issues: [{ path: ['key'], message: 'must be 1-80 of A-Z a-z 0-9 . _ : -' }] } }
  },
}

/** Pending reminders per user and template when the deployment does not say (REMINDER_PENDING_CAP). */
export const DEFAULT_PENDING_CAP = 100
const PAGE_DEFAULT = 200
const PAGE_MAX = 500

const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(PAGE_MAX).default(PAGE_DEFAULT),
  cursor: z.string().max(400).optional(),
})

export function registerReminderRoutes(app: FastifyInstance, ctx: AppContext) {
  const pendingCap = ctx.reminderPendingCap ?? DEFAULT_PENDING_CAP
  const auth = authenticate(ctx.db, ctx.now)
  const params = { type: 'object', properties: { key: { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,80}$' } } }

  app.put('/v1/reminders/:key', {
    schema: {
      tags: ['reminders'],
      summary: 'Create or replace the reminder under a client-chosen key; replaying the same request changes nothing',
      description: '`page` (e.g. `case/pages/detail/index?id=c1`) is where a tap on the message opens; it must be a page of ' +
        'the app (src/app.config.ts) with at most one parameter, ≤ 128 bytes (422 `unknown_page` otherwise). For every ' +
        'kind but `custom`, the title and `daysLeft` are recomputed when the message is sent (Beijing time), so a late ' +
        'message never says more days are left than are.',
      security: bearerSecurity, params, body: jsonSchema(createReminderBodySchema),
    },
    preHandler: auth,
  }, async (req, reply) => {
    const p = parseOr400(reply, keyParams, req.params, 'params')
    if (!p) return reply
    const body = parseOr400(reply, createReminderBodySchema, req.body, 'body')
    if (!body) return reply
    if (body.page !== undefined && !ctx.appPages.has(pagePath(body.page))) {
      return sendError(reply, 422, 'unknown_page', `${pagePath(body.page)} is not a page of the app`)
    }
    const mapping = templateForKind(ctx.templates, body.kind)
    if (!mapping) return sendError(reply, 422, 'no_template_for_kind', `no subscription template is configured for ${body.kind}`)
    // Refuse now what WeChat would refuse at send time (47003), while the user can still fix it.
    const formatted = formatTemplateData(mapping, body.values)
    if (!formatted.ok) {
      return sendError(reply, 422, 'unsendable_values', `${formatted.keyword}: ${formatted.reason}`)
    }
    const now = ctx.now()
    if (body.eventAt <= now) return sendError(reply, 422, 'event_in_past', 'eventAt is already over')
    // One account cannot fill the queue for everyone (issue 18); a real user's cases need far fewer.
    if (await countPending(ctx.db, req.userId, mapping.templateId, p.key) >= pendingCap) {
      return sendError(reply, 422, 'too_many_reminders', `at most ${pendingCap} pending reminders per subscription template; cancel some first`)
    }
    const res = await putReminder(ctx.db, req.userId, p.key, body, mapping.templateId, now)
    return reply.code(res.outcome === 'created' ? 201 : 200).send({ outcome: res.outcome, reminder: res.reminder })
  })

  app.get('/v1/reminders', {
    schema: {
      tags: ['reminders'], summary: "The caller's reminders and their states, a page at a time", security: bearerSecurity,
      querystring: { type: 'object', properties: { limit: { type: 'integer', minimum: 1, maximum: PAGE_MAX, default: PAGE_DEFAULT }, cursor: { type: 'string' } } },
      description: `Pages in (fireAt, key) order: \`limit\` (1–${PAGE_MAX}, default ${PAGE_DEFAULT}); pass the answer's \`nextCursor\` as \`cursor\` for the next page; \`nextCursor\` is null on the last. ` +
        'state: scheduled, sending, sent, needs_consent, failed, cancelled, expired, or probably_delivered ' +
        '(a send whose first outcome was unknown; its retry got 43101, so the consent was most likely used by that first ' +
        'delivery: show it as probably delivered, never ask for consent for it). `deliveryConfirmedAt`: WeChat\'s delivery ' +
        'report confirmed it (only with 消息推送 configured).',
    },
    preHandler: auth,
  }, async (req, reply) => {
    const q = parseOr400(reply, listQuery, req.query, 'query')
    if (!q) return reply
    const after = q.cursor === undefined ? undefined : decodeCursor(q.cursor)
    if (q.cursor !== undefined && !after) return sendError(reply, 400, 'invalid_cursor', 'cursor is not one this service gave out')
    const page = await listReminders(ctx.db, req.userId, { limit: q.limit, ...(after ? { after } : {}) })
    return { reminders: page.reminders, nextCursor: page.next ? encodeCursor(page.next) : null }
  })

  app.delete('/v1/reminders/:key', {
    schema: { tags: ['reminders'], summary: 'Cancel a reminder that has not been sent', security: bearerSecurity, params },
    preHandler: auth,
  }, async (req, reply) => {
    const p = parseOr400(reply, keyParams, req.params, 'params')
    if (!p) return reply
    const r = await cancelReminder(ctx.db, req.userId, p.key, ctx.now())
    if (!r) return sendError(reply, 404, 'reminder_not_found', 'no reminder under this key')
    return { reminder: r }
  })
}
