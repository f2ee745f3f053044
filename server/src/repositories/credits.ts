/**
 * 一次性订阅额度：每次“允许”+1，发送成功 −1，43101 置 0（wechat-platform.md §2.2、§3.3）。
 * A 允许 is reported twice when 消息推送 is on: by the app (POST /v1/consents) and by WeChat
 * (subscribe_msg_popup_event), in either order. Each source keeps a count of grants the other has
 * not matched yet, so one tap is one credit whichever arrives first, and a tap only one of them
 * reports (the app lost its network; push is not configured) still counts once.
 */
import { sql } from 'kysely'
import type { Db } from '../db/database.ts'
import { inTransaction, type Executor } from '../db/tx.ts'

/** Reports of the same tap arrive within seconds; older unmatched ones are not paired any more. */
export const GRANT_MATCH_WINDOW_MS = 10 * 60_000

export type GrantSource = 'app' | 'push'

/** One (user, template) row's credits and the grants each source reported that the other has not matched. */
export interface GrantLedger {
  credits: number
  app: { unmatched: number; at: number | null }
  push: { unmatched: number; at: number | null }
}

/**
 * One 允许 reported by `source`. PURE.
 * @example applyGrant({ credits: 1, app: { unmatched: 1, at: 0 }, push: { unmatched: 0, at: null } }, 'push', 1000)
 * // → credits stays 1 (the app already counted this tap), app.unmatched 0
 */
export function applyGrant(l: GrantLedger, source: GrantSource, now: number): GrantLedger {
  const other = source === 'app' ? 'push' : 'app'
  const recent = (s: { unmatched: number; at: number | null }) => s.unmatched > 0 && s.at !== null && now - s.at < GRANT_MATCH_WINDOW_MS
  if (recent(l[other])) return { ...l, [other]: { unmatched: l[other].unmatched - 1, at: l[other].at } }
  const mine = recent(l[source]) ? l[source].unmatched : 0
  return { ...l, credits: l.credits + 1, [other]: { unmatched: 0, at: null }, [source]: { unmatched: mine + 1, at: now } }
}

/**
 * One 允许 per template id (repeated ids count repeatedly), from the app or from WeChat's push.
 * Also clears "turned off in settings": the user has just allowed the template again.
 * `capMargin` (the app's unconfirmed reports): the grant never lifts the credits above the user's
 * pending reminders for that template + the margin. Credits already held are never taken away.
 */
export async function grantCredits(
  db: Executor, userId: string, templateIds: string[], now: number, source: GrantSource, capMargin?: number,
): Promise<void> {
  const at = new Date(now)
  await inTransaction(db, async (trx) => {
    for (const templateId of templateIds) {
      await trx.insertInto('consent_credits').values({ user_id: userId, template_id: templateId, credits: 0, updated_at: at })
        .onConflict((oc) => oc.columns(['user_id', 'template_id']).doNothing()).execute()
      const row = await trx.selectFrom('consent_credits')
        .select(['credits', 'app_unmatched', 'app_unmatched_at', 'push_unmatched', 'push_unmatched_at'])
        .where('user_id', '=', userId).where('template_id', '=', templateId)
        .forUpdate().executeTakeFirstOrThrow()
      const next = applyGrant({
        credits: row.credits,
        app: { unmatched: row.app_unmatched, at: row.app_unmatched_at?.getTime() ?? null },
        push: { unmatched: row.push_unmatched, at: row.push_unmatched_at?.getTime() ?? null },
      }, source, now)
      if (capMargin !== undefined) {
        const cap = (await pendingCount(trx, userId, templateId)) + capMargin
        next.credits = Math.min(next.credits, Math.max(row.credits, cap))
      }
      const when = (ms: number | null) => (ms === null ? null : new Date(ms))
      await trx.updateTable('consent_credits').set({
        credits: next.credits, turned_off_at: null, updated_at: at,
        app_unmatched: next.app.unmatched, app_unmatched_at: when(next.app.at),
        push_unmatched: next.push.unmatched, push_unmatched_at: when(next.push.at),
      }).where('user_id', '=', userId).where('template_id', '=', templateId).execute()
    }
  })
}

/**
 * subscribe_msg_change_event "reject": the user turned the template off in WeChat's settings.
 * Its credits are void (WeChat answers 43101 from now on) and the app should stop asking for it.
 */
export async function turnOffTemplate(db: Executor, userId: string, templateId: string, now: number): Promise<void> {
  const at = new Date(now)
  await db.insertInto('consent_credits')
    .values({ user_id: userId, template_id: templateId, credits: 0, updated_at: at, turned_off_at: at })
    .onConflict((oc) => oc.columns(['user_id', 'template_id']).doUpdateSet({
      credits: 0, turned_off_at: at, app_unmatched: 0, push_unmatched: 0, updated_at: at,
    }))
    .execute()
}

export interface CreditRow {
  templateId: string
  credits: number
  /** Reminders still waiting to be sent with this template (scheduled, sending or needing consent). */
  pending: number
  /** The user turned this template off in WeChat's settings: asking again shows no popup. */
  turnedOff: boolean
}

/** Credits per template next to the reminders that want them, so the app knows when to ask again. */
export async function listCredits(db: Db, userId: string): Promise<CreditRow[]> {
  const rows = await sql<{ template_id: string; credits: number; pending: number; turned_off: boolean }>`
    with t as (
      select template_id from consent_credits where user_id = ${userId}
      union
      select template_id from reminders where user_id = ${userId}
        and state in ('scheduled', 'sending', 'needs_consent')
    )
    select t.template_id,
      coalesce(c.credits, 0) as credits,
      c.turned_off_at is not null as turned_off,
      (select count(*)::int from reminders r where r.user_id = ${userId} and r.template_id = t.template_id
        and r.state in ('scheduled', 'sending', 'needs_consent')) as pending
    from t left join consent_credits c on c.user_id = ${userId} and c.template_id = t.template_id
    order by t.template_id`.execute(db)
  return rows.rows.map((r) => ({ templateId: r.template_id, credits: r.credits, pending: r.pending, turnedOff: r.turned_off }))
}

/** Reminders still waiting to be sent with this template (the credits they will need). */
async function pendingCount(db: Executor, userId: string, templateId: string): Promise<number> {
  const row = await db.selectFrom('reminders').select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', userId).where('template_id', '=', templateId)
    .where('state', 'in', ['scheduled', 'sending', 'needs_consent']).executeTakeFirstOrThrow()
  return Number(row.n)
}

export async function getCredits(db: Executor, userId: string, templateId: string): Promise<number> {
  const row = await db
    .selectFrom('consent_credits')
    .select('credits')
    .where('user_id', '=', userId)
    .where('template_id', '=', templateId)
    .executeTakeFirst()
  return row?.credits ?? 0
}
