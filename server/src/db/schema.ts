/** Kysely table types. Instants are timestamptz (read back as Date); the code speaks epoch ms. */
import type { ColumnType, Generated } from 'kysely'

type Timestamp = ColumnType<Date, Date, Date>
type CreatedAt = ColumnType<Date, Date | undefined, never>

export type ReminderState =
  | 'scheduled' | 'sending' | 'sent' | 'needs_consent' | 'failed' | 'cancelled' | 'expired'

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
  next_attempt_at: Timestamp
  lease_until: Timestamp | null
  claimed_by: string | null
  last_errcode: number | null
  last_error: string | null
  msgid: string | null
  sent_at: Timestamp | null
  created_at: CreatedAt
  updated_at: Timestamp
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
}
