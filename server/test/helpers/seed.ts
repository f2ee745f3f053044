/** Bulk seeding for dispatcher tests, fault tests and benchmarks: one user, one credit, one reminder each. */
import type { Db } from '../../src/db/database.ts'
import { priorityOf } from '../../src/dispatcher/schedule.ts'

export interface SeedOptions {
  count: number
  templateId: string
  fireAt: number
  eventAt: number
  /** Prefix so several seeds can share a database. */
  prefix?: string
  credits?: number
}

/**
 * Reminder #i belongs to openid `${prefix}o${i}` and its title ends in `#i`, so duplicates are countable.
 * Kind `custom`: the only kind whose title is the user's own and is not rewritten at send time.
 */
export async function seedReminders(db: Db, o: SeedOptions): Promise<void> {
  const prefix = o.prefix ?? ''
  const chunk = 1000
  for (let start = 0; start < o.count; start += chunk) {
    const n = Math.min(chunk, o.count - start)
    const idx = Array.from({ length: n }, (_, k) => start + k)
    const users = await db.insertInto('users').values(idx.map((i) => ({ openid: `${prefix}o${i}` }))).returning(['id', 'openid']).execute()
    const at = new Date(o.fireAt)
    await db.insertInto('consent_credits')
      .values(users.map((u) => ({ user_id: u.id, template_id: o.templateId, credits: o.credits ?? 1, updated_at: at })))
      .execute()
    await db.insertInto('reminders').values(users.map((u, k) => ({
      user_id: u.id,
      reminder_key: `seed:${start + k}`,
      kind: 'custom',
      template_id: o.templateId,
      priority: priorityOf('custom'),
      fire_at: at,
      event_at: new Date(o.eventAt),
      payload: JSON.stringify({ title: `答辩期提醒 #${prefix}${start + k}`, caseLabel: '(2026)浙0192民初1号', eventAt: '2026-03-12' }),
      request_hash: 'seed',
      state: 'scheduled' as const,
      attempts: 0,
      next_attempt_at: at,
      updated_at: at,
    }))).execute()
  }
}
