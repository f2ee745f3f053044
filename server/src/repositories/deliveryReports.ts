/**
 * WeChat's delivery reports (subscribe_msg_sent_event), idempotent by MsgID. A report confirms
 * (or fails) the reminder we recorded with that MsgID. A report for a message we never recorded
 * (our process died between WeChat's answer and the record) is the evidence that decides a send
 * whose outcome was unknown: it was delivered, so it is never sent again.
 */
import { sql } from 'kysely'
import type { Db } from '../db/database.ts'
import { inTransaction, type Executor } from '../db/tx.ts'

export interface DeliveryReport {
  templateId: string
  msgid: string
  /** 0: delivered. Anything else: WeChat's asynchronous delivery failed. */
  errorCode: number
  errorStatus: string
}

export type ReportOutcome = 'replay' | 'confirmed' | 'failed' | 'resolved_unknown' | 'unmatched' | 'unknown_user'

/** WeChat stamps CreateTime in whole seconds, from its own clock: allow for both. */
const CLOCK_SLACK_MS = 60_000
/** A report older than this does not explain a send (they arrive within seconds). */
const REPORT_RELEVANCE_MS = 86_400_000

export interface IncomingReport extends DeliveryReport {
  openid: string
  /** WeChat's CreateTime, ms. */
  at: number
}

/**
 * Many reports in one statement (WeChat sends one per message, so they come as fast as we send):
 * each is stored once per MsgID, and a success for a message we recorded confirms it in the same
 * statement. What is left — failures, and MsgIDs we never recorded — takes the slower path below.
 * Returns one outcome per input, in order.
 */
export async function recordDeliveryReports(db: Db, reports: IncomingReport[]): Promise<ReportOutcome[]> {
  if (reports.length === 0) return []
  const rows = reports.map((r) => sql`(${r.openid}::text, ${r.msgid}::text, ${r.templateId}::text, ${r.errorCode}::int, ${r.errorStatus.slice(0, 200)}::text, ${new Date(r.at)}::timestamptz)`)
  const res = await sql<{ msgid: string; user_id: string; reminder_id: string | null; error_code: number; doubt: boolean }>`
    with v(openid, msgid, template_id, error_code, error_status, at) as (values ${sql.join(rows)}),
    m as (
      select v.*, u.id as user_id, r.id as reminder_id,
        -- Is there a send of this user and template whose outcome is unknown? Usually not.
        exists (select 1 from reminders d where d.user_id = u.id and d.template_id = v.template_id
          and d.doubt_since is not null and d.msgid is null) as doubt
      from v
      join users u on u.openid = v.openid
      left join reminders r on r.msgid = v.msgid and r.user_id = u.id
    ),
    ins as (
      insert into delivery_reports (msgid, user_id, template_id, error_code, error_status, reported_at, reminder_id)
      select msgid, user_id, template_id, error_code, error_status, at, case when error_code = 0 then reminder_id end from m
      on conflict (msgid) do nothing
      returning msgid, user_id, reminder_id, error_code, reported_at
    ),
    confirmed as (
      update reminders r set delivery_confirmed_at = ins.reported_at
      from ins where r.id = ins.reminder_id and ins.error_code = 0
      returning r.id
    )
    select ins.msgid, ins.user_id, ins.reminder_id, ins.error_code, m.doubt from ins join m on m.msgid = ins.msgid`.execute(db)
  const fresh = new Map(res.rows.map((r) => [r.msgid, r]))
  // Not stored: a replay, or a user we do not know (deleted, or never logged in). Rare, so asked only then.
  const missing = reports.filter((r) => !fresh.has(r.msgid)).map((r) => r.openid)
  const known = new Set(missing.length === 0 ? [] : (await sql<{ openid: string }>`
    select openid from users where openid in (${sql.join(missing)})`.execute(db)).rows.map((r) => r.openid))
  const out: ReportOutcome[] = []
  for (const r of reports) {
    const row = fresh.get(r.msgid)
    fresh.delete(r.msgid) // a MsgID twice in one batch: the second is a replay
    if (!row) out.push(known.has(r.openid) ? 'replay' : 'unknown_user')
    else if (row.reminder_id && row.error_code === 0) out.push('confirmed')
    // The common race: the report beat our own record of the send, which will pick it up (record.ts).
    else if (!row.reminder_id && row.error_code === 0 && !row.doubt) out.push('unmatched')
    else out.push(await decideReport(db, row.user_id, r, r.at))
  }
  return out
}

/** A stored report that confirmed nothing yet: a failure of a recorded message, or evidence for an unknown send. */
async function decideReport(db: Executor, userId: string, r: DeliveryReport, reportedAt: number): Promise<ReportOutcome> {
  return inTransaction(db, async (trx) => {
    const at = new Date(reportedAt)

    const own = await trx.selectFrom('reminders').select(['id', 'state'])
      .where('msgid', '=', r.msgid).where('user_id', '=', userId).forUpdate().executeTakeFirst()
    if (own) {
      if (r.errorCode === 0) {
        await trx.updateTable('reminders').set({ delivery_confirmed_at: at }).where('id', '=', own.id).execute()
      } else {
        await trx.updateTable('reminders').set({
          state: 'failed', last_errcode: r.errorCode, delivery_confirmed_at: null, updated_at: at,
          last_error: `WeChat reported that delivery failed: ${r.errorStatus}`.slice(0, 300),
        }).where('id', '=', own.id).where('state', '=', 'sent').execute()
      }
      await link(trx, r.msgid, own.id)
      return r.errorCode === 0 ? 'confirmed' : 'failed'
    }

    const doubt = await trx.selectFrom('reminders').select(['id', 'state', 'doubt_since'])
      .where('user_id', '=', userId).where('template_id', '=', r.templateId)
      .where('doubt_since', 'is not', null).where('msgid', 'is', null)
      .where('state', 'in', ['scheduled', 'cancelled', 'probably_delivered'])
      .where('doubt_since', '<=', new Date(reportedAt + CLOCK_SLACK_MS))
      .where('doubt_since', '>=', new Date(reportedAt - REPORT_RELEVANCE_MS))
      .orderBy('doubt_since').limit(1).forUpdate().skipLocked().executeTakeFirst()
    if (!doubt) return 'unmatched'
    if (r.errorCode === 0) {
      // A probably_delivered row's 43101 already zeroed the credits; any other row spends one now.
      await resolveAsDelivered(trx, doubt.id, r.msgid, doubt.doubt_since!, at, doubt.state !== 'probably_delivered')
    } else if (doubt.state === 'probably_delivered') {
      await trx.updateTable('reminders').set({
        state: 'failed', last_errcode: r.errorCode, doubt_since: null, evidence: 'push_failed', updated_at: at,
        last_error: `WeChat reported that delivery failed: ${r.errorStatus}`.slice(0, 300),
      }).where('id', '=', doubt.id).execute()
    } else {
      // Not delivered after all: an ordinary retry (with the usual credit check) will send it.
      await trx.updateTable('reminders').set({ doubt_since: null, evidence: 'push_failed', updated_at: at })
        .where('id', '=', doubt.id).execute()
    }
    await link(trx, r.msgid, doubt.id)
    return 'resolved_unknown'
  })
}

/**
 * For a send begun at `startedAt` whose holder died: a delivery report for the same user and
 * template that no recorded reminder claims. Taken (linked) inside the caller's transaction.
 */
export async function takeUnclaimedReport(
  trx: Executor, userId: string, templateId: string, startedAt: Date,
): Promise<{ msgid: string; errorCode: number; reportedAt: Date } | undefined> {
  const row = await trx.selectFrom('delivery_reports as d')
    .select(['d.msgid', 'd.error_code', 'd.reported_at'])
    .where('d.user_id', '=', userId).where('d.template_id', '=', templateId).where('d.reminder_id', 'is', null)
    .where('d.reported_at', '>=', new Date(startedAt.getTime() - CLOCK_SLACK_MS))
    .where('d.reported_at', '<=', new Date(startedAt.getTime() + REPORT_RELEVANCE_MS))
    .where(({ not, exists, selectFrom }) => not(exists(
      selectFrom('reminders as r').select('r.id').whereRef('r.msgid', '=', 'd.msgid'),
    )))
    .orderBy('d.reported_at').limit(1).forUpdate().skipLocked().executeTakeFirst()
  return row ? { msgid: row.msgid, errorCode: row.error_code, reportedAt: row.reported_at } : undefined
}

/** The send begun at `startedAt` reached the user (WeChat's report says so): record it, never send it again. */
export async function resolveAsDelivered(
  trx: Executor, reminderId: string, msgid: string, startedAt: Date, confirmedAt: Date, spendCredit: boolean,
): Promise<void> {
  const row = await trx.updateTable('reminders').set({
    state: 'sent', msgid, sent_at: startedAt, delivery_confirmed_at: confirmedAt, evidence: 'push_confirmed',
    doubt_since: null, lease_until: null, last_errcode: null, last_error: null, updated_at: confirmedAt,
  }).where('id', '=', reminderId).returning(['user_id', 'template_id']).executeTakeFirst()
  if (row && spendCredit) {
    await trx.updateTable('consent_credits')
      .set((eb) => ({ credits: eb.fn('greatest', [eb('credits', '-', 1), eb.lit(0)]), updated_at: confirmedAt }))
      .where('user_id', '=', row.user_id).where('template_id', '=', row.template_id).execute()
  }
  await link(trx, msgid, reminderId)
}

async function link(trx: Executor, msgid: string, reminderId: string): Promise<void> {
  await trx.updateTable('delivery_reports').set({ reminder_id: reminderId }).where('msgid', '=', msgid).execute()
}
