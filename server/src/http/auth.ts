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

const lookups = new WeakMap<FastifyRequest, Promise<string | undefined>>()

/** The live session's user id, looked up once per request (the rate limiter and auth both ask). */
export function sessionUser(db: Db, now: () => number, req: FastifyRequest): Promise<string | undefined> {
  let lookup = lookups.get(req)
  if (!lookup) {
    const token = bearerToken(req)
    lookup = token ? findSessionUser(db, hashToken(token), now()) : Promise.resolve(undefined)
    lookups.set(req, lookup)
  }
  return lookup
}

export function authenticate(db: Db, now: () => number) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const userId = await sessionUser(db, now, req)
    if (!userId) return sendError(reply, 401, 'unauthorized', 'missing, unknown or expired session token')
    req.userId = userId
  }
}

export const bearerSecurity = [{ bearerAuth: [] }]
