import type { FastifyInstance } from 'fastify'
import { subscribeResultBodySchema } from '../../../src/domain/reminders/reminderSchemas.ts'
import type { AppContext } from '../appContext.ts'
import { authenticate, bearerSecurity } from '../http/auth.ts'
import { parseOr400, sendError } from '../http/errors.ts'
import { jsonSchema } from '../http/openapi.ts'
import { grantAndRequeue } from '../consentGrants.ts'
import { listCredits } from '../repositories/credits.ts'
import { templatesByKind } from '../templates.ts'

/** Each 允许 buys exactly one message for that template (wechat-platform.md §2.2). */
const GRANTING = new Set(['accept', 'acceptWithAudio'])
/** CONSENT_CREDIT_MARGIN's default (config.ts). */
const DEFAULT_CREDIT_MARGIN = 3

export function registerConsentRoutes(app: FastifyInstance, ctx: AppContext) {
  const auth = authenticate(ctx.db, ctx.now)

  app.post('/v1/consents', {
    schema: {
      tags: ['consent'],
      summary: 'Report the result of wx.requestSubscribeMessage',
      description: 'Each accept adds one credit, up to the pending reminders of that template + CONSENT_CREDIT_MARGIN. ' +
        'With 消息推送, WeChat\'s own report of the same tap (subscribe_msg_popup_event) is matched with this one and counts once.',
      security: bearerSecurity,
      body: jsonSchema(subscribeResultBodySchema),
    },
    preHandler: auth,
  }, async (req, reply) => {
    const body = parseOr400(reply, subscribeResultBodySchema, req.body, 'body')
    if (!body) return reply
    const known = new Set(Object.values(templatesByKind(ctx.templates)))
    const unknown = Object.keys(body.results).filter((t) => !known.has(t))
    if (unknown.length > 0) {
      return sendError(reply, 422, 'unknown_template', `not a template this service uses: ${unknown.join(', ')}`)
    }
    // The app's word is capped at what its pending reminders need + a margin (a tap comes before the reminders
    // it is for are saved; the margin covers that), so a client cannot invent more than its own reminders use;
    // a credit WeChat did not give ends in 43101 → needs_consent for that user alone. With 消息推送 WeChat's
    // report of the same tap (applyEvent.ts) is matched with this one (credits.ts applyGrant) and counts once.
    // The app's report is still needed then: after 「总是保持以上选择」 no popup shows, and WeChat documents no
    // popup event for a tap that showed none — ignoring the app would leave that user's reminders unsent for good.
    const accepted = Object.entries(body.results).filter(([, r]) => GRANTING.has(r)).map(([t]) => t)
    const requeued = await grantAndRequeue(ctx.db, req.userId, accepted, ctx.now(), 'app', ctx.consentCreditMargin ?? DEFAULT_CREDIT_MARGIN)
    return { credits: await listCredits(ctx.db, req.userId), requeued }
  })

  app.get('/v1/credits', {
    schema: {
      tags: ['consent'], summary: 'Credits per template and the reminders waiting for them', security: bearerSecurity,
      description: '`turnedOff`: the user turned this template off in WeChat\'s settings (subscribe_msg_change_event); ' +
        'requestSubscribeMessage then shows no popup, so the app should explain how to turn it back on instead of asking.',
    },
    preHandler: auth,
  }, async (req) => ({ credits: await listCredits(ctx.db, req.userId) }))
}
