import { sql, type Kysely } from 'kysely'

/**
 * Reminders under faults (issue 18):
 * - `waits`: how often WeChat's trouble (quota, busy, a request that never left) put this reminder
 *   off. It drives the backoff; unlike `attempts` it never fails a reminder.
 * - the per-user daily send cap counts a user's sends since midnight in Beijing;
 * - `GET /v1/reminders` pages through a user's reminders in (fire_at, reminder_key) order.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table reminders add column waits integer not null default 0`.execute(db)
  await sql`create index reminders_user_sent_idx on reminders(user_id, sent_at) where sent_at is not null`.execute(db)
  await sql`create index reminders_user_page_idx on reminders(user_id, fire_at, reminder_key)`.execute(db)
}
