/** Bearer-token sessions: every /v1 route except login runs as exactly one user. */
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Db } from '../db/database.ts'
import { findSessionUser, hashToken } from '../repositories/sessions.ts'
import { sendError } from './errors.ts'

declare module 'fastify' {
  interface FastifyRequest {
    userId: string
  }
}

export function bearerToken(req: FastifyRequest): string | undefined {
  const h = req.headers.authorization
  if (!h || !h.startsWith('Bearer ')) return undefined
  const token = h.slice('Bearer '.length).trim()
  return token.length > 0 && token.length <= 200 ? token : undefined
}

export function authenticate(db: Db, now: () => number) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const token = bearerToken(req)
    const userId = token ? await findSessionUser(db, hashToken(token), now()) : undefined
    if (!userId) return sendError(reply, 401, 'unauthorized', 'missing, unknown or expired session token')
    req.userId = userId
  }
}

export const bearerSecurity = [{ bearerAuth: [] }]
