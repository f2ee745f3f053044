/** One error shape for every response: `{ error: { code, message, issues? } }`. */
import type { FastifyReply } from 'fastify'

export interface Issue {
  path: string
  message: string
}

export function sendError(reply: FastifyReply, status: number, code: string, message: string, issues?: Issue[]) {
  return reply.code(status).send({ error: { code, message, ...(issues ? { issues } : {}) } })
}

interface SafeParser<T> {
  safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }
}

/** Parses a request part with zod; on failure answers 400 `invalid_<part>` and returns undefined. */
export function parseOr400<T>(reply: FastifyReply, schema: SafeParser<T>, value: unknown, part: 'body' | 'params' | 'query'): T | undefined {
  const res = schema.safeParse(value)
  if (res.success) return res.data
  const issues = res.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))
  sendError(reply, 400, `invalid_${part}`, `request ${part} is invalid`, issues)
  return undefined
}
