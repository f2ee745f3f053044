/** Route schemas for /docs, generated from the same zod schemas the handlers parse with. */
import { z } from 'zod'

export function jsonSchema(schema: unknown): Record<string, unknown> {
  const out = z.toJSONSchema(schema as z.ZodType, { unrepresentable: 'any', io: 'input' }) as Record<string, unknown>
  delete out.$schema
  return out
}

export const errorResponse = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: { code: { type: 'string' }, message: { type: 'string' }, issues: { type: 'array' } },
    },
  },
}

/** The document's description: what a client may rely on. server/README.md says the same at more length. */
export const API_DESCRIPTION = `
Reminders for court deadlines, sent as WeChat one-time subscription messages (each 允许 buys one message).

**Errors.** Every 4xx and 5xx, including malformed URLs, bodies and HTTP, is \`{"error":{"code","message","issues"?}}\`;
\`issues[]\` are \`{path, code, message}\` per field (e.g. \`code: "unstorable_text"\` for NUL or a lone surrogate).

**Delivery guarantee.**
- *At most once per consent.* A reminder is never delivered twice on the strength of one 允许. A send is recorded
  as begun before WeChat is called; if the process dies before WeChat's answer is recorded, the outcome is unknown,
  and it is decided by evidence, not by a second delivery: WeChat's delivery report (subscribe_msg_sent_event, when
  消息推送 is configured) marks it \`sent\`; otherwise it is retried once the report had time to arrive, and a 43101 on
  that retry marks it \`probably_delivered\` — never \`needs_consent\`, and never sent again after a new 允许.
- *None is silently lost.* Every reminder ends in a state the app shows: \`sent\`, \`probably_delivered\`,
  \`needs_consent\` (ask for 允许), \`failed\` (with the reason), \`expired\` (its event passed first) or \`cancelled\`.
- *probably_delivered* means: our first send most likely reached WeChat, and WeChat refused the retry because the
  consent was already used. Show it as "probably delivered — check WeChat's 服务通知".
- *Delete means stop.* After \`DELETE /v1/me\` answers 204, no message for that user starts. A send already on the
  wire (begun before the delete) may still arrive.
`.trim()
