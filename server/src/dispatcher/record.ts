/**
 * 记录发送结果。Every update is guarded by `state = 'sending' and claimed_by = me`: if our
 * lease ran out and another instance took the row, its outcome wins and ours is dropped. (A sent
 * message also matches a row the user cancelled meanwhile: cancelling keeps `claimed_by`.)
 */
import { sql, type Transaction } from 'kysely'
import type { Db } from '../db/database.ts'
import type { Database } from '../db/schema.ts'
import { resolveAsDelivered, takeUnclaimedReport } from '../repositories/deliveryReports.ts'
import type { OutcomeAction } from './schedule.ts'

export interface RecordedOutcome {
  id: string
  action: OutcomeAction
  at: number
}

/**
 * Records a batch in one transaction; a sent message and its credit −1 commit together. A message
 * the user cancelled while it was being sent did go out: it is recorded as sent, and spends its credit.
 */
export async function recordOutcomes(db: Db, workerId: string, outcomes: RecordedOutcome[]): Promise<void> {
  if (outcomes.length === 0) return
  await db.transaction().execute(async (trx) => {
    const sent = outcomes.filter((o) => o.action.state === 'sent')
    if (sent.length > 0) {
      const rows = sent.map((o) => {
        const msgid = o.action.state === 'sent' ? o.action.msgid : null
        return sql`(${o.id}::uuid, ${msgid}::text, ${new Date(o.at)}::timestamptz)`
      })
      await sql`
        with v(id, msgid, at) as (values ${sql.join(rows)}),
        upd as (
          update reminders r set state = 'sent', msgid = v.msgid, sent_at = v.at, updated_at = v.at,
            lease_until = null, last_errcode = null, last_error = null,
            -- Sent now, after an earlier send whose outcome was unknown: that one did not use the consent.
            evidence = case when r.doubt_since is not null then 'retry_sent' else r.evidence end, doubt_since = null,
            -- WeChat's delivery report can beat our own record by a few milliseconds.
            delivery_confirmed_at = (select d.reported_at from delivery_reports d where d.msgid = v.msgid and d.error_code = 0)
          from v where r.id = v.id and r.state in ('sending', 'cancelled') and r.claimed_by = ${workerId}
          returning r.user_id, r.template_id
        ),
        spent as (select user_id, template_id, count(*)::int as n from upd group by user_id, template_id)
        update consent_credits c set credits = greatest(c.credits - spent.n, 0), updated_at = now()
        from spent where c.user_id = spent.user_id and c.template_id = spent.template_id`.execute(trx)
    }
    for (const o of outcomes) {
      const a = o.action
      const at = new Date(o.at)
      const mine = trx.updateTable('reminders')
        .where('id', '=', o.id).where('state', '=', 'sending').where('claimed_by', '=', workerId)
      if (a.state === 'needs_consent' || a.state === 'probably_delivered') {
        const row = await mine
          .set({
            state: a.state, lease_until: null, last_errcode: a.errcode, last_error: a.error, updated_at: at,
            // doubt_since stays on a probably_delivered row: a late delivery report can still confirm it.
            ...(a.state === 'probably_delivered' ? { evidence: 'retry_refused' as const } : {}),
          })
          .returning(['user_id', 'template_id']).executeTakeFirst()
        // WeChat says no credit is left, whatever our count says: believe it.
        if (row) {
          await trx.updateTable('consent_credits').set({ credits: 0, updated_at: at })
            .where('user_id', '=', row.user_id).where('template_id', '=', row.template_id).execute()
        }
      } else if (a.state === 'failed') {
        await mine.set({ state: 'failed', lease_until: null, last_errcode: a.errcode, last_error: a.error, doubt_since: null, updated_at: at }).execute()
      } else if (a.state === 'scheduled') {
        // Not sent: WeChat's trouble, or a request that never left. The attempt is given back.
        await mine.set((eb) => ({
          state: 'scheduled', lease_until: null, claimed_by: null, next_attempt_at: new Date(a.nextAttemptAt),
          last_errcode: a.errcode, last_error: a.error, updated_at: at, send_started_at: null,
          attempts: eb('attempts', '-', 1), waits: eb('waits', '+', 1),
        })).execute()
      } else if (a.state === 'in_doubt') {
        await recordInDoubt(trx, workerId, o.id, a, at)
      }
    }
  })
}

/**
 * A send that may have reached WeChat, decided like a crashed one (claim.ts, reclaimExpiredLeases):
 * WeChat's delivery report, if one came in meanwhile, says it arrived → sent, never sent again.
 * Otherwise it waits for one and is then retried in doubt (no credit check; 43101 = probably
 * delivered). The attempt is given back: an answer that did not come is not a failure.
 */
async function recordInDoubt(trx: Transaction<Database>, workerId: string, id: string, a: Extract<OutcomeAction, { state: 'in_doubt' }>, at: Date): Promise<void> {
  const row = await trx.selectFrom('reminders').select(['user_id', 'template_id', 'send_started_at', 'doubt_since'])
    .where('id', '=', id).where('state', '=', 'sending').where('claimed_by', '=', workerId)
    .forUpdate().executeTakeFirst()
  if (!row?.send_started_at) return
  const started = row.send_started_at
  const report = await takeUnclaimedReport(trx, row.user_id, row.template_id, row.doubt_since ?? started)
  if (report?.errorCode === 0) {
    await resolveAsDelivered(trx, id, report.msgid, started, report.reportedAt, true)
    return
  }
  await trx.updateTable('reminders').set((eb) => ({
    state: 'scheduled', lease_until: null, claimed_by: null, send_started_at: null, updated_at: at,
    // A delivery failure report says it did not arrive: an ordinary retry, with the credit check.
    doubt_since: report ? null : (row.doubt_since ?? started),
    ...(report ? { evidence: 'push_failed' as const } : {}),
    next_attempt_at: new Date(a.nextAttemptAt), last_errcode: a.errcode, last_error: a.error,
    attempts: eb('attempts', '-', 1),
  })).where('id', '=', id).execute()
}
