/** 一次性订阅额度：每次“允许”+1，发送成功 −1，43101 置 0（wechat-platform.md §2.2、§3.3）。 */
import { sql } from 'kysely'
import type { Db } from '../db/database.ts'

export async function addCredits(db: Db, userId: string, templateIds: string[], now: number): Promise<void> {
  if (templateIds.length === 0) return
  const counts = new Map<string, number>()
  for (const t of templateIds) counts.set(t, (counts.get(t) ?? 0) + 1)
  await db
    .insertInto('consent_credits')
    .values([...counts].map(([template_id, n]) => ({ user_id: userId, template_id, credits: n, updated_at: new Date(now) })))
    .onConflict((oc) =>
      oc.columns(['user_id', 'template_id']).doUpdateSet({
        credits: sql`consent_credits.credits + excluded.credits`,
        updated_at: sql`excluded.updated_at`,
      }),
    )
    .execute()
}

export interface CreditRow {
  templateId: string
  credits: number
  /** Reminders still waiting to be sent with this template (scheduled, sending or needing consent). */
  pending: number
}

/** Credits per template next to the reminders that want them, so the app knows when to ask again. */
export async function listCredits(db: Db, userId: string): Promise<CreditRow[]> {
  const rows = await sql<{ template_id: string; credits: number; pending: number }>`
    with t as (
      select template_id from consent_credits where user_id = ${userId}
      union
      select template_id from reminders where user_id = ${userId}
        and state in ('scheduled', 'sending', 'needs_consent')
    )
    select t.template_id,
      coalesce((select credits from consent_credits c where c.user_id = ${userId} and c.template_id = t.template_id), 0) as credits,
      (select count(*)::int from reminders r where r.user_id = ${userId} and r.template_id = t.template_id
        and r.state in ('scheduled', 'sending', 'needs_consent')) as pending
    from t order by t.template_id`.execute(db)
  return rows.rows.map((r) => ({ templateId: r.template_id, credits: r.credits, pending: r.pending }))
}

export async function getCredits(db: Db, userId: string, templateId: string): Promise<number> {
  const row = await db
    .selectFrom('consent_credits')
    .select('credits')
    .where('user_id', '=', userId)
    .where('template_id', '=', templateId)
    .executeTakeFirst()
  return row?.credits ?? 0
}
