import { sql, type Kysely } from 'kysely'

/** 初始表结构。Forward-only: a later change is a new numbered file, never an edit here. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table users (
    id uuid primary key default gen_random_uuid(),
    openid text not null unique,
    created_at timestamptz not null default now()
  )`.execute(db)

  await sql`create table sessions (
    token_hash text primary key,
    user_id uuid not null references users(id) on delete cascade,
    expires_at timestamptz not null,
    created_at timestamptz not null default now()
  )`.execute(db)
  await sql`create index sessions_user_idx on sessions(user_id)`.execute(db)

  await sql`create table consent_credits (
    user_id uuid not null references users(id) on delete cascade,
    template_id text not null,
    credits integer not null check (credits >= 0),
    updated_at timestamptz not null,
    primary key (user_id, template_id)
  )`.execute(db)

  await sql`create table reminders (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references users(id) on delete cascade,
    reminder_key text not null,
    kind text not null,
    template_id text not null,
    priority smallint not null,
    fire_at timestamptz not null,
    event_at timestamptz not null,
    payload jsonb not null,
    request_hash text not null,
    state text not null check (state in
      ('scheduled','sending','sent','needs_consent','failed','cancelled','expired')),
    attempts integer not null default 0,
    next_attempt_at timestamptz not null,
    lease_until timestamptz,
    claimed_by text,
    last_errcode integer,
    last_error text,
    msgid text,
    sent_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null,
    unique (user_id, reminder_key)
  )`.execute(db)
  // The dispatcher's two hot paths: due scheduled rows, and leases that ran out.
  await sql`create index reminders_due_idx on reminders(next_attempt_at) where state = 'scheduled'`.execute(db)
  await sql`create index reminders_lease_idx on reminders(lease_until) where state = 'sending'`.execute(db)
  // Ranking under scarce credits looks at one user's pending rows for one template.
  await sql`create index reminders_user_template_idx on reminders(user_id, template_id, state)`.execute(db)

  await sql`create table holiday_calendar_updates (
    year integer primary key,
    data jsonb not null,
    added_at timestamptz not null
  )`.execute(db)
}
