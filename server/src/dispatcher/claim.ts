/**
 * 认领到期提醒：FOR UPDATE SKIP LOCKED 批量认领并加租约，多实例互不重复。
 * One transaction decides every claimed row: send (lease it), expire, or wait for consent.
 */
import { sql } from 'kysely'
import type { Db } from '../db/database.ts'
import { resolveAsDelivered, takeUnclaimedReport } from '../repositories/deliveryReports.ts'
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
  /** Where a tap opens ('case/pages/detail/index?id=…'); null: the template's page, if any. */
  page: string | null
  /** An earlier send of this reminder may have reached WeChat (its process died before recording). */
  inDoubt: boolean
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
  page: string | null
  doubt_since: Date | null
  credits: number
  ahead: number
}

export interface ReclaimResult {
  /** Never begun (no intent recorded): back on the schedule, safe to send. */
  rescheduled: number
  /** Begun, outcome unknown: waiting for evidence, then retried (43101 then means probably delivered). */
  inDoubt: number
  /** Begun, and WeChat's delivery report already says it arrived: recorded as sent, never re-sent. */
  confirmed: number
  failed: number
}

/**
 * Leases that ran out (a crashed or stuck instance). A row whose send was never begun goes back
 * to the schedule, due now. A row whose send was begun has an unknown outcome: WeChat's delivery
 * report decides it if one has arrived; otherwise it waits `evidenceWaitMs` for one, then is
 * retried as "in doubt" (schedule.ts: a 43101 then means probably delivered, never needs consent).
 * A row that has used up its attempts this way fails instead: it may be the one crashing every process.
 */
export async function reclaimExpiredLeases(
  db: Db, now: number, maxAttempts = Number.MAX_SAFE_INTEGER, evidenceWaitMs = 0,
): Promise<ReclaimResult> {
  const at = new Date(now)
  return db.transaction().execute(async (trx) => {
    const expired = await trx.selectFrom('reminders')
      .select(['id', 'user_id', 'template_id', 'attempts', 'send_started_at'])
      .where('state', '=', 'sending').where('lease_until', '<=', at)
      .forUpdate().skipLocked().execute()
    const res: ReclaimResult = { rescheduled: 0, inDoubt: 0, confirmed: 0, failed: 0 }
    for (const r of expired) {
      const lastAttempt = r.attempts >= maxAttempts
      const started = r.send_started_at
      const report = started ? await takeUnclaimedReport(trx, r.user_id, r.template_id, started) : undefined
      if (started && report?.errorCode === 0) {
        await resolveAsDelivered(trx, r.id, report.msgid, started, report.reportedAt, true)
        res.confirmed++
        continue
      }
      const doubt = started && !report // a failure report says it did not arrive: an ordinary retry
      res[lastAttempt ? 'failed' : doubt ? 'inDoubt' : 'rescheduled']++
      await trx.updateTable('reminders').set({
        state: lastAttempt ? 'failed' : 'scheduled',
        ...(lastAttempt ? { last_error: doubt ? 'lease ran out on the last attempt; the message may have been delivered' : 'lease ran out on the last attempt' } : {}),
        next_attempt_at: doubt ? new Date(Math.max(now, started.getTime() + evidenceWaitMs)) : at,
        doubt_since: doubt ? started : null,
        ...(report ? { evidence: 'push_failed' as const } : {}),
        send_started_at: null, lease_until: null, claimed_by: null, updated_at: at,
      }).where('id', '=', r.id).execute()
    }
    return res
  })
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
        r.page, r.doubt_since, coalesce(c.credits, 0) as credits,
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
      const inDoubt = c.doubt_since !== null
      const d = decideClaimed({ eventAt: c.event_at.getTime(), credits: c.credits, ahead: c.ahead, inDoubt }, opts.now)
      counts[d]++
      byDecision[d].push(c.id)
      if (d === 'send') {
        toSend.push({
          id: c.id, userId: c.user_id, openid: c.openid, kind: c.kind, templateId: c.template_id,
          fireAt: c.fire_at.getTime(), eventAt: c.event_at.getTime(), values: c.payload, attempts: c.attempts + 1,
          page: c.page, inDoubt,
        })
      }
    }
    if (byDecision.send.length > 0) {
      await trx.updateTable('reminders')
        .set((eb) => ({
          state: 'sending', attempts: eb('attempts', '+', 1), lease_until: new Date(opts.now + opts.leaseMs),
          claimed_by: opts.workerId, send_started_at: null, updated_at: at,
        }))
        .where('id', 'in', byDecision.send).execute()
    }
    if (byDecision.expire.length > 0) {
      await trx.updateTable('reminders')
        .set((eb) => ({
          state: 'expired', updated_at: at,
          last_error: eb.case().when('doubt_since', 'is not', null)
            .then('event was over before the outcome of an earlier send was known; it may have been delivered')
            .else('event was over before the reminder could be sent').end(),
        }))
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
