/**
 * 发送前的最后一道关：把“要发送”记进库里，同时确认用户和提醒都还在。
 * One UPDATE for a group of claimed rows, right before they are sent. It returns only rows that
 * are still ours and still `sending`: a reminder the user cancelled, or whose user called
 * DELETE /v1/me (the row went with the user, ON DELETE CASCADE), is not returned and is never sent.
 * The UPDATE and the delete lock the same rows, so one of them waits for the other: either the
 * intent is recorded first (the send has begun; delete-me may answer while it is on the wire) or
 * the delete is, and the send never starts.
 * A row whose lease runs out with `send_started_at` set has an unknown outcome (claim.ts); without
 * it, the send never began and the row is simply sent later.
 */
import type { Db } from '../db/database.ts'
import { leaseUntil } from './lease.ts'

export async function markSendsStarted(db: Db, workerId: string, ids: string[], now: number, leaseMs: number): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await db.updateTable('reminders')
    // The lease is renewed from the start of the send: rows may have waited in the local queue.
    .set({ send_started_at: new Date(now), lease_until: leaseUntil(leaseMs) })
    .where('id', 'in', ids).where('state', '=', 'sending').where('claimed_by', '=', workerId)
    .returning('id').execute()
  return new Set(rows.map((r) => r.id))
}

/**
 * Renews the leases of rows this process still holds (queued, in flight, or with an outcome not yet
 * recorded because the database was away), so no other instance takes them for crashed ones.
 */
export async function extendLeases(db: Db, workerId: string, ids: string[], leaseMs: number): Promise<number> {
  if (ids.length === 0) return 0
  const res = await db.updateTable('reminders').set({ lease_until: leaseUntil(leaseMs) })
    .where('id', 'in', ids).where('state', '=', 'sending').where('claimed_by', '=', workerId)
    .executeTakeFirst()
  return Number(res.numUpdatedRows)
}
