/**
 * (timestamp, nonce) replay guard for 消息推送. A pair is accepted for one body only:
 * - the first push under it is taken;
 * - the same body again is WeChat retrying a push it got no answer to (or one we answered 503):
 *   it is taken again, and applying it twice changes nothing (applyEvent.ts dedupes events);
 * - any other body under the same pair is refused. In plain mode that is what stops a forged body
 *   under a query string someone saw after the real push arrived.
 * Rows outlive the timestamp window (an older timestamp is refused as stale anyway) and are pruned.
 */
import { createHash } from 'node:crypto'
import type { Db } from '../db/database.ts'
import { PUSH_MAX_AGE_SECONDS } from './signature.ts'

export type NonceClaim = 'first' | 'same_body' | 'other_body'

export const bodyDigest = (raw: string): string => createHash('sha256').update(raw).digest('hex')

/** Throws when the database does: the caller answers 503 so that WeChat retries. */
export async function claimPushNonce(db: Db, timestamp: string, nonce: string, raw: string): Promise<NonceClaim> {
  const digest = bodyDigest(raw)
  const ts = Number(timestamp)
  const inserted = await db.insertInto('push_nonces')
    .values({ timestamp: ts, nonce, body_digest: digest, expires_at: new Date((ts + 2 * PUSH_MAX_AGE_SECONDS) * 1000) })
    .onConflict((oc) => oc.columns(['timestamp', 'nonce']).doNothing())
    .returning('nonce').executeTakeFirst()
  if (inserted) return 'first'
  const row = await db.selectFrom('push_nonces').select('body_digest')
    .where('timestamp', '=', String(ts)).where('nonce', '=', nonce).executeTakeFirst()
  return row?.body_digest === digest ? 'same_body' : 'other_body'
}
