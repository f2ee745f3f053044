/**
 * 认领到期提醒：FOR UPDATE SKIP LOCKED 批量认领并加租约，多实例互不重复。
 * One transaction decides every claimed row: send (lease it), expire, or wait for consent.
 */
import { sql, type Transaction } from 'kysely'
import type { Db } from '../db/database.ts'
import type { Database } from '../db/schema.ts'
import { resolveAsDelivered, takeUnclaimedReport } from '../repositories/deliveryReports.ts'
import type { ReminderValues } from '../../../src/domain/reminders/reminderSchemas.ts'
import { dbNow, leaseUntil } from './lease.ts'
import { beijingDayStart, decideClaimed, quotaResetsAt, type ClaimDecision } from './schedule.ts'

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
  /** Times WeChat's trouble put it off (the backoff's exponent). */
  waits: number
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
  waits: number
  priority: number
  page: string | null
  doubt_since: Date | null
  credits: number
  ahead: number
  user_rank: number
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
  held?: { workerId: string; ids: Iterable<string> },
): Promise<ReclaimResult> {
  const at = new Date(now)
  // Rows this process still holds (outcomes waiting for the database to come back) are left alone.
  const keep = held ? [...held.ids] : []
  return db.transaction().execute(async (trx) => {
    let q = trx.selectFrom('reminders')
      .select(['id', 'user_id', 'template_id', 'attempts', 'send_started_at'])
      .where('state', '=', 'sending').where('lease_until', '<=', dbNow)
    if (held && keep.length > 0) {
      q = q.where((eb) => eb.or([eb('claimed_by', 'is', null), eb('claimed_by', '<>', held.workerId), eb('id', '<>', sql<string>`all(${keep}::uuid[])`)]))
    }
    const expired = await q.forUpdate().skipLocked().execute()
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

export interface ClaimOptions {
  now: number
  limit: number
  workerId: string
  leaseMs: number
  /** Sends per user per day (Beijing); beyond it the user's due reminders wait for midnight. */
  dailyCap?: number
}

/**
 * Claims due rows and decides each. Fair to everyone: the ranking of a user's pending reminders is
 * computed once per claim (a window over that user's rows, not a count per claimed row), and a user
 * who floods the queue cannot hold the claim loop — when one of their rows needs consent, all their
 * due rows ranked after it follow in the same statement, and when they reach the daily send cap all
 * their due rows move to midnight at once. The next claim then reaches everyone else.
 */
export async function claimDueReminders(db: Db, opts: ClaimOptions): Promise<ClaimResult> {
  const at = new Date(opts.now)
  const dayStart = new Date(beijingDayStart(opts.now))
  const dailyCap = opts.dailyCap ?? Number.POSITIVE_INFINITY
  return db.transaction().execute(async (trx) => {
    // `ahead`: credits this row must leave to others — more decisive pending reminders of the
    // same user and template (locked or not), plus sends in flight under someone's lease.
    const candidates = await sql<CandidateRow>`
      with due as (
        select id, user_id, template_id from reminders
        where state = 'scheduled' and next_attempt_at <= ${at}
        -- Index order only: sorting by priority too would read every due row. Priority decides
        -- who gets a credit (ahead, below), not who is claimed first.
        order by next_attempt_at
        limit ${opts.limit}
        for update skip locked
      ),
      pairs as (select distinct user_id, template_id from due),
      -- LATERAL: one index range per (user, template), whatever the planner thinks of the table's size.
      ranked as (
        select x.* from pairs cross join lateral (
          select p.id,
            count(*) filter (where p.state = 'sending') over () as in_flight,
            row_number() over (partition by p.state order by p.priority, p.event_at, p.fire_at, p.id) - 1 as before
          from reminders p
          where p.user_id = pairs.user_id and p.template_id = pairs.template_id
            and p.event_at > ${at} and p.state in ('scheduled', 'sending')
        ) x
      )
      select r.id, r.user_id, u.openid, r.kind, r.template_id, r.fire_at, r.event_at, r.payload, r.attempts, r.waits,
        r.priority, r.page, r.doubt_since, coalesce(c.credits, 0) as credits,
        (coalesce(k.in_flight, 0) + coalesce(k.before, 0))::int as ahead,
        row_number() over (partition by r.user_id order by r.priority, r.event_at, r.fire_at, r.id)::int as user_rank
      from due join reminders r on r.id = due.id
      join users u on u.id = r.user_id
      left join consent_credits c on c.user_id = r.user_id and c.template_id = r.template_id
      left join ranked k on k.id = r.id
      order by r.user_id, user_rank`.execute(trx)

    const counts: Record<ClaimDecision, number> = { send: 0, expire: 0, needs_consent: 0, defer: 0 }
    const byDecision: Record<ClaimDecision, string[]> = { send: [], expire: [], needs_consent: [], defer: [] }
    const toSend: ClaimedReminder[] = []
    /** Per user: sends counted against the cap so far (from the database, plus this claim's). */
    const load = Number.isFinite(dailyCap)
      ? await userLoads(trx, [...new Set(candidates.rows.map((c) => c.user_id))], dayStart)
      : new Map<string, number>()
    /** Per user and template: the first row that needed consent; every due row ranked after it needs it too. */
    const firstWithoutCredit = new Map<string, CandidateRow>()
    for (const c of candidates.rows) {
      const inDoubt = c.doubt_since !== null
      const userLoad = load.get(c.user_id) ?? 0
      const d = decideClaimed({ eventAt: c.event_at.getTime(), credits: c.credits, ahead: c.ahead, inDoubt, userLoad }, opts.now, dailyCap)
      counts[d]++
      byDecision[d].push(c.id)
      if (d === 'needs_consent') {
        const key = `${c.user_id}\u0000${c.template_id}`
        if (!firstWithoutCredit.has(key)) firstWithoutCredit.set(key, c)
      }
      if (d === 'send') {
        load.set(c.user_id, userLoad + 1)
        toSend.push({
          id: c.id, userId: c.user_id, openid: c.openid, kind: c.kind, templateId: c.template_id,
          fireAt: c.fire_at.getTime(), eventAt: c.event_at.getTime(), values: c.payload, attempts: c.attempts + 1,
          waits: c.waits, page: c.page, inDoubt,
        })
      }
    }
    if (byDecision.send.length > 0) {
      await trx.updateTable('reminders')
        .set((eb) => ({
          state: 'sending', attempts: eb('attempts', '+', 1), lease_until: leaseUntil(opts.leaseMs),
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
      counts.needs_consent += await needConsentAfter([...firstWithoutCredit.values()], trx, at)
    }
    const capped = [...new Set(candidates.rows.filter((c) => byDecision.defer.includes(c.id)).map((c) => c.user_id))]
    if (capped.length > 0) counts.defer += await deferToMidnight(trx, capped, opts.now)
    return { toSend, counts }
  })
}

/**
 * Per user: messages since midnight (Beijing) plus sends in flight, for the daily cap. Its own
 * statement over the claimed users' index ranges: folded into the claim's query it made the planner
 * slow every claim down as the day's sends grew.
 */
async function userLoads(trx: Transaction<Database>, userIds: string[], dayStart: Date): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map()
  // One index range per user; the condition is in the FILTER so the planner cannot choose to read
  // "everything sent today" instead (which grows with the day's sends).
  const rows = await sql<{ user_id: string; n: number }>`
    select u.id as user_id, l.n from unnest(${userIds}::uuid[]) as u(id) cross join lateral (
      select (count(*) filter (where r.sent_at >= ${dayStart} or r.state = 'sending'))::int as n
      from reminders r where r.user_id = u.id
    ) l`.execute(trx)
  return new Map(rows.rows.map((r) => [r.user_id, r.n]))
}

/**
 * Due rows of the same user and template ranked after one that found no credit need consent too
 * (their `ahead` is larger, the credits the same): one statement, so 10,000 of one user's rows do
 * not take 100 claims. Rows locked by another claim are skipped, never waited for.
 */
async function needConsentAfter(firsts: CandidateRow[], trx: Transaction<Database>, at: Date): Promise<number> {
  if (firsts.length === 0) return 0
  const v = firsts.map((c) => sql`(${c.user_id}::uuid, ${c.template_id}::text, ${c.priority}::int, ${c.event_at}::timestamptz, ${c.fire_at}::timestamptz, ${c.id}::uuid)`)
  const res = await sql`
    with v(user_id, template_id, priority, event_at, fire_at, id) as (values ${sql.join(v)}),
    later as (
      select r.id from reminders r join v on r.user_id = v.user_id and r.template_id = v.template_id
      where r.state = 'scheduled' and r.next_attempt_at <= ${at} and r.event_at > ${at} and r.doubt_since is null
        and (r.priority, r.event_at, r.fire_at, r.id) > (v.priority, v.event_at, v.fire_at, v.id)
      for update of r skip locked
    )
    update reminders set state = 'needs_consent', last_error = 'no subscription credit left for this template', updated_at = ${at}
    where id in (select id from later)`.execute(trx)
  return Number(res.numAffectedRows ?? 0n)
}

/** Users at their daily send cap: all their due rows wait for midnight in Beijing, in one statement. */
async function deferToMidnight(trx: Transaction<Database>, userIds: string[], now: number): Promise<number> {
  const at = new Date(now)
  const res = await sql`
    update reminders set next_attempt_at = ${new Date(quotaResetsAt(now))}, updated_at = ${at},
      last_error = 'daily send cap for this user reached; it goes out after midnight (Beijing)'
    where id in (
      select id from reminders where user_id = any(${userIds}::uuid[]) and state = 'scheduled' and next_attempt_at <= ${at}
      for update skip locked)`.execute(trx)
  return Number(res.numAffectedRows ?? 0n)
}
