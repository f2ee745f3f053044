/**
 * One error shape for every 4xx and 5xx: `{ error: { code, message, issues? } }`, including
 * Fastify's own errors (bad URL, bad JSON, too large, wrong content type, malformed HTTP), which
 * app.ts routes through here. test/errorShape.test.ts enumerates them.
 */
import type { FastifyReply } from 'fastify'

export interface Issue {
  path: string
  /** Field-level code: the zod issue code, or ours (e.g. 'unstorable_text'). */
  code: string
  message: string
}

export interface ErrorBody {
  error: { code: string; message: string; issues?: Issue[] }
}

export function errorBody(code: string, message: string, issues?: Issue[]): ErrorBody {
  return { error: { code, message, ...(issues ? { issues } : {}) } }
}

export function sendError(reply: FastifyReply, status: number, code: string, message: string, issues?: Issue[]) {
  return reply.code(status).type('application/json; charset=utf-8').send(errorBody(code, message, issues))
}

interface SafeParser<T> {
  safeParse(v: unknown): { success: true; data: T } | {
    success: false
    error: { issues: readonly { path: readonly PropertyKey[]; message: string; code?: string; params?: unknown }[] }
  }
}

/** Parses a request part with zod; on failure answers 400 `invalid_<part>` and returns undefined. */
export function parseOr400<T>(reply: FastifyReply, schema: SafeParser<T>, value: unknown, part: 'body' | 'params' | 'query'): T | undefined {
  const res = schema.safeParse(value)
  if (res.success) return res.data
  const issues = res.error.issues.map((i) => ({
    path: i.path.map(String).join('.'),
    code: ((i.params as { code?: unknown } | undefined)?.code as string | undefined) ?? i.code ?? 'invalid',
    message: i.message,
  }))
  sendError(reply, 400, `invalid_${part}`, `request ${part} is invalid`, issues)
  return undefined
}

/** Our code for an error Fastify (or a plugin) raised; `undefined` means "use the status". */
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_content_length',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'empty_body',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_BAD_URL: 'bad_url',
  FST_ERR_MAX_PARAM_LENGTH: 'bad_url',
}

/**
 * PostgreSQL refusing text (22P05 untranslatable character, 22021 not in repertoire, 22P02 bad
 * JSON escape): the shared schemas should have refused it first; if one slips through it is still
 * the client's text, a 400, never a 500.
 */
const UNSTORABLE_PG_CODES = new Set(['22P05', '22021', '22P02'])

export function classifyError(error: { statusCode?: number; code?: string; message?: string }): { status: number; code: string; message: string } {
  if (typeof error.code === 'string' && UNSTORABLE_PG_CODES.has(error.code)) {
    return { status: 400, code: 'unstorable_text', message: 'text contains characters that cannot be stored' }
  }
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500
  if (status >= 500) return { status: 500, code: 'internal', message: 'internal error' }
  const own = typeof error.code === 'string' && /^[a-z][a-z_]*$/.test(error.code) ? error.code : undefined
  const code = own ?? FASTIFY_CODES[error.code ?? ''] ?? (status === 429 ? 'rate_limited' : status === 404 ? 'not_found' : 'bad_request')
  // SyntaxError messages quote the body back; ours and Fastify's are safe to echo.
  const message = code === 'invalid_json' ? 'request body is not valid JSON' : String(error.message ?? code).slice(0, 300)
  return { status, code, message }
}
