/**
 * 把微信推来的订阅消息事件落到库里：
 * - popup：每个 accept 加一次额度（与 app 上报的同一次点击不重复计），等授权的提醒放回计划；
 * - change：拒收 → 额度作废，记下“在微信设置里关了”，app 不再催用户点“允许”，改为说明怎样打开；
 * - sent：按 MsgID 确认或判失败；我们没记下的 MsgID 用来判定结果未知的发送（deliveryReports.ts）。
 * Popup and change events are applied once (push_events, keyed by a digest of the event); sent
 * events once per MsgID. A replay of the same push changes nothing.
 */
import { createHash } from 'node:crypto'
import { grantAndRequeue } from '../consentGrants.ts'
import type { Db } from '../db/database.ts'
import { inTransaction, type Executor } from '../db/tx.ts'
import { turnOffTemplate } from '../repositories/credits.ts'
import type { ReportOutcome } from '../repositories/deliveryReports.ts'
import { findUserId, upsertUserByOpenid } from '../repositories/users.ts'
import type { PushEvent } from './events.ts'
import type { ReportSink } from './reportSink.ts'

const GRANTING = new Set(['accept', 'acceptWithAudio'])

export interface AppliedPush {
  applied: boolean
  /** Per sent-event item, for the logs and the tests. */
  reports?: ReportOutcome[]
}

/**
 * `knownTemplates`: the templates this service uses; a push about any other is ignored.
 * `now` stamps what the event does not (WeChat's CreateTime has one-second resolution).
 * Delivery reports go through `reports` (group commit); one of a deleted user is dropped there.
 */
export async function applyPushEvent(
  db: Db, e: PushEvent, knownTemplates: ReadonlySet<string>, now: number, reports: ReportSink,
): Promise<AppliedPush> {
  if (e.kind === 'other') return { applied: false }
  if (!e.items.some((i) => knownTemplates.has(i.templateId))) return { applied: false }

  if (e.kind === 'sent') {
    const outcomes: ReportOutcome[] = await Promise.all(e.items.filter((i) => knownTemplates.has(i.templateId))
      .map((i) => reports.submit({ openid: e.openid, at: e.at, templateId: i.templateId, msgid: i.msgid, errorCode: i.errorCode, errorStatus: i.errorStatus })))
    return { applied: outcomes.some((r) => r !== 'replay' && r !== 'unknown_user'), reports: outcomes }
  }

  const items = e.items.filter((i) => knownTemplates.has(i.templateId))
  const accepted = e.kind === 'popup' ? items.filter((i) => GRANTING.has(i.status)).map((i) => i.templateId) : []
  const rejected = e.kind === 'change' ? items.filter((i) => i.status === 'reject').map((i) => i.templateId) : []
  if (accepted.length === 0 && rejected.length === 0) return { applied: false }
  // A 允许 is consent to hold what a reminder needs, so it may create the user; a rejection may not.
  const userId = accepted.length > 0 ? await upsertUserByOpenid(db, e.openid) : await findUserId(db, e.openid)
  if (!userId) return { applied: false }
  return inTransaction(db, async (trx) => {
    if (!(await firstTime(trx, digest(e), userId, now))) return { applied: false }
    if (accepted.length > 0) await grantAndRequeue(trx, userId, accepted, now, 'push')
    for (const t of rejected) await turnOffTemplate(trx, userId, t, now)
    return { applied: true }
  })
}

/** WeChat retries an unanswered push unchanged: the same kind, user, second and items. */
function digest(e: Exclude<PushEvent, { kind: 'other' | 'sent' }>): string {
  return createHash('sha256').update(JSON.stringify([e.kind, e.openid, e.at, e.items])).digest('hex')
}

async function firstTime(trx: Executor, key: string, userId: string, now: number): Promise<boolean> {
  const row = await trx.insertInto('push_events').values({ dedupe_key: key, user_id: userId, received_at: new Date(now) })
    .onConflict((oc) => oc.column('dedupe_key').doNothing()).returning('dedupe_key').executeTakeFirst()
  return row !== undefined
}
