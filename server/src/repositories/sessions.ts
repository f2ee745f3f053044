/** 会话：随机 32 字节令牌，只存 sha256，带过期时间。 */
import { createHash, randomBytes } from 'node:crypto'
import type { Db } from '../db/database.ts'

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export async function createSession(
  db: Db, userId: string, now: number, ttlMs: number,
): Promise<{ token: string; expiresAt: number }> {
  const token = randomBytes(32).toString('base64url')
  const expiresAt = now + ttlMs
  await db
    .insertInto('sessions')
    .values({ token_hash: hashToken(token), user_id: userId, expires_at: new Date(expiresAt), created_at: new Date(now) })
    .execute()
  // Housekeeping on login keeps the table small without a separate job.
  await db.deleteFrom('sessions').where('user_id', '=', userId).where('expires_at', '<=', new Date(now)).execute()
  return { token, expiresAt }
}

/** The user id for a live session, or undefined when the token is unknown or expired. */
export async function findSessionUser(db: Db, tokenHash: string, now: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('sessions')
    .select('user_id')
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', new Date(now))
    .executeTakeFirst()
  return row?.user_id
}

/** Logout: the session is gone at once (the user and the user's other sessions stay). */
export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute()
}
