import { sql, type Kysely } from 'kysely'

/** The dispatcher closes reminders that waited for consent past their event; this keeps that sweep off a full scan. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index reminders_needs_consent_event_idx on reminders(event_at) where state = 'needs_consent'`.execute(db)
}
