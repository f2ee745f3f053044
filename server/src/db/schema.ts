/** Kysely table types. Instants are timestamptz (read back as Date); the code speaks epoch ms. */
import type { ColumnType, Generated } from 'kysely'

type Timestamp = ColumnType<Date, Date, Date>
type CreatedAt = ColumnType<Date, Date | undefined, never>

export type ReminderState =
  | 'scheduled' | 'sending' | 'sent' | 'needs_consent' | 'failed' | 'cancelled' | 'expired'
  /** A retry of a send whose first outcome was unknown got 43101: the first one most likely used the consent. */
  | 'probably_delivered'

/** What decided a send whose outcome was unknown (its process died after calling WeChat). */
export type Evidence = 'push_confirmed' | 'push_failed' | 'retry_sent' | 'retry_refused'

export interface UsersTable {
  id: Generated<string>
  /** WeChat openid: stays on the server, never returned by the API. */
  openid: string
  created_at: CreatedAt
}

export interface SessionsTable {
  token_hash: string
  user_id: string
  expires_at: Timestamp
  created_at: CreatedAt
}

export interface ConsentCreditsTable {
  user_id: string
  template_id: string
  credits: number
  updated_at: Timestamp
  /** subscribe_msg_change_event: the user turned this template off in WeChat's settings. */
  turned_off_at: Timestamp | null
  /** 允许 the app reported that no popup event has matched yet (and since when). */
  app_unmatched: Generated<number>
  app_unmatched_at: Timestamp | null
  /** Popup-event accepts the app has not reported yet. */
  push_unmatched: Generated<number>
  push_unmatched_at: Timestamp | null
}

export interface RemindersTable {
  id: Generated<string>
  user_id: string
  reminder_key: string
  kind: string
  template_id: string
  /** Lower is more decisive; see dispatcher/schedule.ts priorityOf. */
  priority: number
  fire_at: Timestamp
  event_at: Timestamp
  payload: ColumnType<unknown, string, string>
  request_hash: string
  state: ReminderState
  attempts: number
  /** Put off by WeChat's trouble (quota, busy, never left): the backoff's exponent, never a reason to fail. */
  waits: Generated<number>
  next_attempt_at: Timestamp
  lease_until: Timestamp | null
  claimed_by: string | null
  last_errcode: number | null
  last_error: string | null
  msgid: string | null
  sent_at: Timestamp | null
  created_at: CreatedAt
  updated_at: Timestamp
  /** 'case/pages/detail/index?id=…': where a tap on the message opens. */
  page: string | null
  /** The intent to send this attempt, recorded (user and reminder re-checked) just before calling WeChat. */
  send_started_at: Timestamp | null
  /** Set while the outcome of a send begun at this instant is unknown (its holder died). */
  doubt_since: Timestamp | null
  evidence: Evidence | null
  /** WeChat's subscribe_msg_sent_event said the message reached the user. */
  delivery_confirmed_at: Timestamp | null
}

/** subscribe_msg_sent_event items, idempotent by MsgID; unmatched ones are evidence for unknown sends. */
export interface DeliveryReportsTable {
  msgid: string
  user_id: string
  template_id: string
  error_code: number
  error_status: string
  reported_at: Timestamp
  reminder_id: string | null
}

/** Popup and change events already applied (WeChat retries a push it got no answer to). */
export interface PushEventsTable {
  dedupe_key: string
  user_id: string | null
  received_at: Timestamp
}

/** A push's (timestamp, nonce) and the digest of the one body accepted under it (push/replayGuard.ts). */
export interface PushNoncesTable {
  timestamp: ColumnType<string, number, number | string>
  nonce: string
  body_digest: string
  expires_at: Timestamp
}

export interface HolidayCalendarUpdatesTable {
  year: number
  data: ColumnType<unknown, string, string>
  added_at: Timestamp
}

export interface Database {
  users: UsersTable
  sessions: SessionsTable
  consent_credits: ConsentCreditsTable
  reminders: RemindersTable
  holiday_calendar_updates: HolidayCalendarUpdatesTable
  delivery_reports: DeliveryReportsTable
  push_events: PushEventsTable
  push_nonces: PushNoncesTable
}
