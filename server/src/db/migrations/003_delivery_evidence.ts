import { sql, type Kysely } from 'kysely'

/**
 * Reminders that never lie (issue 12) and open their case (issue 14):
 * - `send_started_at`: the intent to send, written (and the user's existence re-checked) right
 *   before WeChat is called; a lease that runs out with it set means the outcome is unknown.
 * - `doubt_since` / `evidence`: a send whose outcome is unknown, and what later decided it.
 * - `probably_delivered`: a retry of such a send got 43101, i.e. the first try most likely used the consent.
 * - `delivery_confirmed_at`: WeChat's subscribe_msg_sent_event confirmed the message.
 * - `page`: where a tap on this reminder's message opens (the case it is about).
 * - consent_credits: templates the user turned off in WeChat's settings, and the ledger that keeps
 *   the app's report of a 允许 and WeChat's popup event for the same tap from counting twice.
 * - delivery_reports / push_events: WeChat's pushes, idempotent by MsgID (or the event's digest).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table reminders
    add column page text,
    add column send_started_at timestamptz,
    add column doubt_since timestamptz,
    add column evidence text,
    add column delivery_confirmed_at timestamptz,
    drop constraint reminders_state_check,
    add constraint reminders_state_check check (state in
      ('scheduled','sending','sent','needs_consent','failed','cancelled','expired','probably_delivered'))`.execute(db)
  // A subscribe_msg_sent_event names the message by MsgID.
  await sql`create index reminders_msgid_idx on reminders(msgid) where msgid is not null`.execute(db)

  await sql`alter table consent_credits
    add column turned_off_at timestamptz,
    add column app_unmatched integer not null default 0,
    add column app_unmatched_at timestamptz,
    add column push_unmatched integer not null default 0,
    add column push_unmatched_at timestamptz`.execute(db)

  await sql`create table delivery_reports (
    msgid text primary key,
    user_id uuid not null references users(id) on delete cascade,
    template_id text not null,
    error_code integer not null,
    error_status text not null,
    reported_at timestamptz not null,
    reminder_id uuid references reminders(id) on delete set null
  )`.execute(db)
  await sql`create index delivery_reports_unmatched_idx on delivery_reports(user_id, template_id)
    where reminder_id is null`.execute(db)

  await sql`create table push_events (
    dedupe_key text primary key,
    user_id uuid references users(id) on delete cascade,
    received_at timestamptz not null
  )`.execute(db)
  await sql`create index push_events_received_idx on push_events(received_at)`.execute(db)
}
