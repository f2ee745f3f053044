/**
 * Retention (issue 18): what the service keeps, and for how long (README, "Retention"). Run by the
 * API process every RETENTION_INTERVAL_MINUTES (startRetention). Every instance may run it: each
 * statement is idempotent, and works in chunks so no statement holds many row locks for long.
 * - finished reminders (sent, probably delivered, failed, expired, cancelled): after
 *   RETAIN_REMINDER_TEXT_DAYS their text (title, 案号, court, note) is dropped; state, kind and
 *   times stay, so the app still shows what happened;
 * - delivery reports after RETAIN_DELIVERY_REPORTS_DAYS; push events (dedupe keys) after
 *   RETAIN_PUSH_EVENTS_DAYS; push nonces once their timestamp window is over;
 * - sessions once expired (a session does not slide: an idle one is an expired one).
 */
import { sql } from 'kysely'
import type { Logger } from 'pino'
import type { RetentionPolicy } from '../config.ts'
import type { Db } from '../db/database.ts'

const CHUNK = 1000
const FINISHED = ['sent', 'probably_delivered', 'failed', 'expired', 'cancelled'] as const

export interface Pruned {
  reminderTexts: number
  deliveryReports: number
  pushEvents: number
  pushNonces: number
  sessions: number
}

/** Repeats a chunked statement until it touches fewer rows than a chunk. */
async function inChunks(run: () => Promise<number>): Promise<number> {
  let total = 0
  for (;;) {
    const n = await run()
    total += n
    if (n < CHUNK) return total
  }
}

const affected = (r: { numAffectedRows?: bigint } | readonly { numAffectedRows?: bigint }[]): number =>
  Number((Array.isArray(r) ? r[0] : r)?.numAffectedRows ?? 0)

export async function pruneOnce(db: Db, now: number, p: RetentionPolicy): Promise<Pruned> {
  const before = (ms: number) => new Date(now - ms)
  // Only the event's date stays: the app's list needs a title string, so it becomes ''.
  const reminderTexts = await inChunks(async () => affected(await sql`
    update reminders set payload = jsonb_build_object('title', '', 'eventAt', payload->'eventAt'), last_error = null
    where id in (select id from reminders where state in (${sql.join([...FINISHED])})
      and updated_at < ${before(p.reminderTextMs)} and payload <> jsonb_build_object('title', '', 'eventAt', payload->'eventAt')
      limit ${CHUNK})`.execute(db)))
  const deliveryReports = await inChunks(async () => affected(await sql`
    delete from delivery_reports where msgid in (select msgid from delivery_reports
      where reported_at < ${before(p.deliveryReportsMs)} limit ${CHUNK})`.execute(db)))
  const pushEvents = await inChunks(async () => affected(await sql`
    delete from push_events where dedupe_key in (select dedupe_key from push_events
      where received_at < ${before(p.pushEventsMs)} limit ${CHUNK})`.execute(db)))
  const pushNonces = await inChunks(async () => affected(await sql`
    delete from push_nonces where (timestamp, nonce) in (select timestamp, nonce from push_nonces
      where expires_at < ${new Date(now)} limit ${CHUNK})`.execute(db)))
  const sessions = await inChunks(async () => affected(await sql`
    delete from sessions where token_hash in (select token_hash from sessions
      where expires_at <= ${new Date(now)} limit ${CHUNK})`.execute(db)))
  return { reminderTexts, deliveryReports, pushEvents, pushNonces, sessions }
}

/** The periodic job: once shortly after start, then every interval. stop() waits for a run in progress. */
export function startRetention(db: Db, policy: RetentionPolicy, logger: Logger, now: () => number = Date.now): { stop(): Promise<void> } {
  let running: Promise<void> | undefined
  const run = () => {
    if (running) return
    running = pruneOnce(db, now(), policy).then(
      (pruned) => { logger.info({ pruned }, 'retention: pruned') },
      (err: unknown) => { logger.error({ err }, 'retention: prune failed; next run retries') },
    ).finally(() => { running = undefined })
  }
  const first = setTimeout(run, 30_000)
  const every = setInterval(run, policy.intervalMs)
  first.unref()
  every.unref()
  return {
    async stop() {
      clearTimeout(first)
      clearInterval(every)
      await running
    },
  }
}
