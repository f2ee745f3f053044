import { sql, type Kysely } from 'kysely'

/**
 * Reminders under faults (issue 18):
 * - `waits`: how often WeChat's trouble (quota, busy, a request that never left) put this reminder
 *   off. It drives the backoff; unlike `attempts` it never fails a reminder.
 * No new index: the daily cap's count and the pages of `GET /v1/reminders` read one user's rows through
 * the existing (user_id, …) indexes, and every extra index on this table costs each send two more writes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table reminders add column waits integer not null default 0`.execute(db)
}
