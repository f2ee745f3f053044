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
