/**
 * 认领到期提醒：FOR UPDATE SKIP LOCKED 批量认领并加租约，多实例互不重复。
 * One transaction decides every claimed row: send (lease it), expire, or wait for consent.
 */
import { sql } from 'kysely'
import type { Db } from '../db/database.ts'
import type { ReminderValues } from '../../../src/domain/reminders/reminderSchemas.ts'
import { decideClaimed, type ClaimDecision } from './schedule.ts'

export interface ClaimedReminder {
  id: string
  userId: string
  openid: string
  kind: string
  templateId: string
  fireAt: number
  eventAt: number
  values: ReminderValues
  attempts: number
}

interface CandidateRow {
  id: string
  user_id: string
  openid: string
  kind: string
  template_id: string
  fire_at: Date
  event_at: Date
  payload: ReminderValues
  attempts: number
  credits: number
  ahead: number
}

/**
 * Leases that ran out (a crashed or stuck instance) go back to the schedule, due now. A row that
 * has used up its attempts this way fails instead: it may be the one crashing every process.
 */
export async function reclaimExpiredLeases(db: Db, now: number, maxAttempts = Number.MAX_SAFE_INTEGER): Promise<number> {
  const at = new Date(now)
  const res = await sql`
    update reminders set
      state = case when attempts >= ${maxAttempts} then 'failed' else 'scheduled' end,
      last_error = case when attempts >= ${maxAttempts} then 'lease ran out on the last attempt' else last_error end,
      next_attempt_at = ${at}, lease_until = null, claimed_by = null, updated_at = ${at}
    where id in (
      select id from reminders where state = 'sending' and lease_until <= ${at}
      for update skip locked
    )`.execute(db)
  return Number(res.numAffectedRows ?? 0n)
}

/**
 * Reminders that waited for consent until their event was over are closed: no consent can make
 * them useful now, and while they stay pending the app keeps asking for consent on their behalf.
 */
export async function expireOverdueNeedingConsent(db: Db, now: number): Promise<number> {
  const at = new Date(now)
  const res = await db.updateTable('reminders')
    .set({ state: 'expired', last_error: 'event was over before consent was given', updated_at: at })
    .where('state', '=', 'needs_consent').where('event_at', '<=', at)
    .executeTakeFirst()
  return Number(res.numUpdatedRows)
}

export interface ClaimResult {
  toSend: ClaimedReminder[]
  counts: Record<ClaimDecision, number>
}

export async function claimDueReminders(
  db: Db, opts: { now: number; limit: number; workerId: string; leaseMs: number },
): Promise<ClaimResult> {
  const at = new Date(opts.now)
  return db.transaction().execute(async (trx) => {
    // `ahead`: credits this row must leave to others — more decisive pending reminders of the
    // same user and template (locked or not), plus sends in flight under someone's lease.
    const candidates = await sql<CandidateRow>`
      with due as (
        select id from reminders
        where state = 'scheduled' and next_attempt_at <= ${at}
        -- Index order only: sorting by priority too would read every due row. Priority decides
        -- who gets a credit (ahead, below), not who is claimed first.
        order by next_attempt_at
        limit ${opts.limit}
        for update skip locked
      )
      select r.id, r.user_id, u.openid, r.kind, r.template_id, r.fire_at, r.event_at, r.payload, r.attempts,
        coalesce(c.credits, 0) as credits,
        (select count(*)::int from reminders p
          where p.user_id = r.user_id and p.template_id = r.template_id and p.id <> r.id
            and p.event_at > ${at}
            and (p.state = 'sending'
              or (p.state = 'scheduled'
                and (p.priority, p.event_at, p.fire_at, p.id) < (r.priority, r.event_at, r.fire_at, r.id)))
        ) as ahead
      from due join reminders r on r.id = due.id
      join users u on u.id = r.user_id
      left join consent_credits c on c.user_id = r.user_id and c.template_id = r.template_id`.execute(trx)

    const counts: Record<ClaimDecision, number> = { send: 0, expire: 0, needs_consent: 0 }
    const byDecision: Record<ClaimDecision, string[]> = { send: [], expire: [], needs_consent: [] }
    const toSend: ClaimedReminder[] = []
    for (const c of candidates.rows) {
      const d = decideClaimed({ eventAt: c.event_at.getTime(), credits: c.credits, ahead: c.ahead }, opts.now)
      counts[d]++
      byDecision[d].push(c.id)
      if (d === 'send') {
        toSend.push({
          id: c.id, userId: c.user_id, openid: c.openid, kind: c.kind, templateId: c.template_id,
          fireAt: c.fire_at.getTime(), eventAt: c.event_at.getTime(), values: c.payload, attempts: c.attempts + 1,
        })
      }
    }
    if (byDecision.send.length > 0) {
      await trx.updateTable('reminders')
        .set((eb) => ({
          state: 'sending', attempts: eb('attempts', '+', 1), lease_until: new Date(opts.now + opts.leaseMs),
          claimed_by: opts.workerId, updated_at: at,
        }))
        .where('id', 'in', byDecision.send).execute()
    }
    if (byDecision.expire.length > 0) {
      await trx.updateTable('reminders')
        .set({ state: 'expired', last_error: 'event was over before the reminder could be sent', updated_at: at })
        .where('id', 'in', byDecision.expire).execute()
    }
    if (byDecision.needs_consent.length > 0) {
      await trx.updateTable('reminders')
        .set({ state: 'needs_consent', last_error: 'no subscription credit left for this template', updated_at: at })
        .where('id', 'in', byDecision.needs_consent).execute()
    }
    return { toSend, counts }
  })
}
