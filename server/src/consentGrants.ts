/** 一次“允许”的后果：加额度（app 与微信推送不重复计），再把等授权的提醒按重要程度放回计划。 */
import type { Executor } from './db/tx.ts'
import { grantCredits, getCredits, type GrantSource } from './repositories/credits.ts'
import { requeueNeedingConsent } from './repositories/reminders.ts'

/**
 * Returns how many reminders that waited for consent are scheduled again. `capMargin`: see
 * grantCredits (set for the app's own, unconfirmed reports).
 */
export async function grantAndRequeue(
  db: Executor, userId: string, templateIds: string[], now: number, source: GrantSource, capMargin?: number,
): Promise<number> {
  if (templateIds.length === 0) return 0
  await grantCredits(db, userId, templateIds, now, source, capMargin)
  let requeued = 0
  for (const templateId of new Set(templateIds)) {
    requeued += await requeueNeedingConsent(db, userId, templateId, await getCredits(db, userId, templateId), now)
  }
  return requeued
}
