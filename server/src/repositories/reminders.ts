/** 提醒的增删查，全部按调用者 user_id 限定范围。 */
import { createHash } from 'node:crypto'
import { sql, type Selectable } from 'kysely'
import type { CreateReminderBody, ReminderValues } from '../../../src/domain/reminders/reminderSchemas.ts'
import type { Db } from '../db/database.ts'
import type { Executor } from '../db/tx.ts'
import type { RemindersTable, ReminderState } from '../db/schema.ts'
import { priorityOf } from '../dispatcher/schedule.ts'

export interface ReminderView {
  id: string
  key: string
  kind: string
  templateId: string
  fireAt: number
  eventAt: number
  values: ReminderValues
  state: ReminderState
  attempts: number
  lastErrcode: number | null
  lastError: string | null
  sentAt: number | null
  updatedAt: number
  /** Where a tap on the message opens ('case/pages/detail/index?id=…'), or null for the template's page. */
  page: string | null
  /** When WeChat's delivery report (subscribe_msg_sent_event) confirmed the message reached the user. */
  deliveryConfirmedAt: number | null
}

type Row = Selectable<RemindersTable>

export function toView(r: Row): ReminderView {
  return {
    id: r.id,
    key: r.reminder_key,
    kind: r.kind,
    templateId: r.template_id,
    fireAt: r.fire_at.getTime(),
    eventAt: r.event_at.getTime(),
    values: r.payload as ReminderValues,
    state: r.state,
    attempts: r.attempts,
    lastErrcode: r.last_errcode,
    lastError: r.last_error,
    sentAt: r.sent_at ? r.sent_at.getTime() : null,
    updatedAt: r.updated_at.getTime(),
    page: r.page,
    deliveryConfirmedAt: r.delivery_confirmed_at ? r.delivery_confirmed_at.getTime() : null,
  }
}

/** The parsed body (zod emits keys in schema order) plus the template is the request's identity. */
export function requestHash(body: CreateReminderBody, templateId: string): string {
  return createHash('sha256').update(JSON.stringify([templateId, body])).digest('hex')
}

export type PutResult = { outcome: 'created' | 'replaced' | 'unchanged'; reminder: ReminderView }

/**
 * Create-or-replace under the client's key. The same request again changes nothing (same id,
 * same state); a different body replaces the schedule and starts it afresh. Re-sending a
 * cancelled reminder's request revives it.
 */
export async function putReminder(
  db: Db, userId: string, key: string, body: CreateReminderBody, templateId: string, now: number,
): Promise<PutResult> {
  const hash = requestHash(body, templateId)
  const fresh = {
    kind: body.kind,
    template_id: templateId,
    priority: priorityOf(body.kind),
    fire_at: new Date(body.fireAt),
    event_at: new Date(body.eventAt),
    payload: JSON.stringify(body.values),
    request_hash: hash,
    state: 'scheduled' as const,
    attempts: 0,
    next_attempt_at: new Date(body.fireAt),
    lease_until: null,
    claimed_by: null,
    last_errcode: null,
    last_error: null,
    msgid: null,
    sent_at: null,
    updated_at: new Date(now),
    page: body.page ?? null,
    send_started_at: null,
    doubt_since: null,
    evidence: null,
    delivery_confirmed_at: null,
  }
  const written = await db
    .insertInto('reminders')
    .values({ ...fresh, user_id: userId, reminder_key: key, created_at: new Date(now) })
    .onConflict((oc) =>
      oc
        .columns(['user_id', 'reminder_key'])
        .doUpdateSet(fresh)
        .where((eb) => eb.or([
          eb('reminders.request_hash', '<>', hash),
          eb('reminders.state', '=', 'cancelled'),
        ])),
    )
    .returningAll()
    .returning(sql<boolean>`(xmax = 0)`.as('inserted'))
    .executeTakeFirst()
  if (written) {
    const { inserted, ...row } = written
    return { outcome: inserted ? 'created' : 'replaced', reminder: toView(row) }
  }
  // The same request again: the conflict clause changed nothing, so read what is there.
  const row = await db
    .selectFrom('reminders').selectAll()
    .where('user_id', '=', userId).where('reminder_key', '=', key)
    .executeTakeFirstOrThrow()
  return { outcome: 'unchanged', reminder: toView(row) }
}

/** Where a page of `GET /v1/reminders` ends: the last row's (fire_at, key), opaque to the client. */
export interface ListCursor { fireAt: number; key: string }

export function encodeCursor(c: ListCursor): string {
  return Buffer.from(JSON.stringify([c.fireAt, c.key])).toString('base64url')
}

export function decodeCursor(s: string): ListCursor | undefined {
  try {
    const v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as unknown
    if (Array.isArray(v) && v.length === 2 && Number.isSafeInteger(v[0]) && typeof v[1] === 'string') return { fireAt: v[0], key: v[1] }
  } catch { /* not ours */ }
  return undefined
}

/** One page in (fire_at, key) order, after `cursor`; `next` is set when more follow. */
export async function listReminders(
  db: Db, userId: string, page: { limit: number; after?: ListCursor } = { limit: 1_000_000 },
): Promise<{ reminders: ReminderView[]; next: ListCursor | null }> {
  let q = db.selectFrom('reminders').selectAll().where('user_id', '=', userId)
  if (page.after) {
    const { fireAt, key } = page.after
    q = q.where((eb) => eb(eb.refTuple('fire_at', 'reminder_key'), '>', eb.tuple(new Date(fireAt), key)))
  }
  const rows = await q.orderBy('fire_at').orderBy('reminder_key').limit(page.limit + 1).execute()
  const more = rows.length > page.limit
  const reminders = rows.slice(0, page.limit).map(toView)
  const last = reminders.at(-1)
  return { reminders, next: more && last ? { fireAt: last.fireAt, key: last.key } : null }
}

/** Reminders that still wait to be sent (or for consent), per user and template, other than `exceptKey`. */
export async function countPending(db: Db, userId: string, templateId: string, exceptKey: string): Promise<number> {
  const row = await db.selectFrom('reminders').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId).where('template_id', '=', templateId).where('reminder_key', '<>', exceptKey)
    .where('state', 'in', ['scheduled', 'sending', 'needs_consent'])
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/**
 * Cancels a reminder that has not been sent yet; returns the resulting view or undefined if absent.
 * `claimed_by` stays: a send already under way may still go out, and its record must spend the credit.
 */
export async function cancelReminder(db: Db, userId: string, key: string, now: number): Promise<ReminderView | undefined> {
  await db
    .updateTable('reminders')
    .set({ state: 'cancelled', lease_until: null, updated_at: new Date(now) })
    .where('user_id', '=', userId).where('reminder_key', '=', key)
    .where('state', 'in', ['scheduled', 'sending', 'needs_consent', 'failed'])
    .execute()
  const row = await db
    .selectFrom('reminders').selectAll()
    .where('user_id', '=', userId).where('reminder_key', '=', key)
    .executeTakeFirst()
  return row ? toView(row) : undefined
}

/**
 * After new consent: put reminders that were waiting for it back on the schedule, most
 * decisive first, as many as the credits cover. Ones whose event is over are closed.
 */
export async function requeueNeedingConsent(db: Executor, userId: string, templateId: string, credits: number, now: number): Promise<number> {
  const at = new Date(now)
  await db
    .updateTable('reminders')
    .set({ state: 'expired', updated_at: at })
    .where('user_id', '=', userId).where('template_id', '=', templateId)
    .where('state', '=', 'needs_consent').where('event_at', '<=', at)
    .execute()
  if (credits <= 0) return 0
  const res = await sql`
    update reminders set state = 'scheduled', next_attempt_at = greatest(fire_at, ${at}),
      last_errcode = null, last_error = null, updated_at = ${at}
    where id in (
      select id from reminders
      where user_id = ${userId} and template_id = ${templateId} and state = 'needs_consent'
      order by priority, event_at, fire_at, id
      limit ${credits}
    )`.execute(db)
  return Number(res.numAffectedRows ?? 0n)
}
