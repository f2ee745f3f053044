/**
 * WeChat's delivery reports (subscribe_msg_sent_event), idempotent by MsgID. A report confirms
 * (or fails) the reminder we recorded with that MsgID. A report for a message we never recorded
 * (our process died between WeChat's answer and the record) is the evidence that decides a send
 * whose outcome was unknown: it was delivered, so it is never sent again.
 */
import { inTransaction, type Executor } from '../db/tx.ts'

export interface DeliveryReport {
  templateId: string
  msgid: string
  /** 0: delivered. Anything else: WeChat's asynchronous delivery failed. */
  errorCode: number
  errorStatus: string
}

export type ReportOutcome = 'replay' | 'confirmed' | 'failed' | 'resolved_unknown' | 'unmatched'

/** WeChat stamps CreateTime in whole seconds, from its own clock: allow for both. */
const CLOCK_SLACK_MS = 60_000
/** A report older than this does not explain a send (they arrive within seconds). */
const REPORT_RELEVANCE_MS = 86_400_000

export async function applyDeliveryReport(db: Executor, userId: string, r: DeliveryReport, reportedAt: number): Promise<ReportOutcome> {
  return inTransaction(db, async (trx) => {
    const inserted = await trx.insertInto('delivery_reports').values({
      msgid: r.msgid, user_id: userId, template_id: r.templateId, error_code: r.errorCode,
      error_status: r.errorStatus.slice(0, 200), reported_at: new Date(reportedAt),
    }).onConflict((oc) => oc.column('msgid').doNothing()).returning('msgid').executeTakeFirst()
    if (!inserted) return 'replay'
    const at = new Date(reportedAt)

    const own = await trx.selectFrom('reminders').select(['id', 'state'])
      .where('msgid', '=', r.msgid).where('user_id', '=', userId).forUpdate().executeTakeFirst()
    if (own) {
      if (r.errorCode === 0) {
        await trx.updateTable('reminders').set({ delivery_confirmed_at: at }).where('id', '=', own.id).execute()
      } else {
        await trx.updateTable('reminders').set({
          state: 'failed', last_errcode: r.errorCode, delivery_confirmed_at: null, updated_at: at,
          last_error: `WeChat reported that delivery failed: ${r.errorStatus}`.slice(0, 300),
        }).where('id', '=', own.id).where('state', '=', 'sent').execute()
      }
      await link(trx, r.msgid, own.id)
      return r.errorCode === 0 ? 'confirmed' : 'failed'
    }

    const doubt = await trx.selectFrom('reminders').select(['id', 'state', 'doubt_since'])
      .where('user_id', '=', userId).where('template_id', '=', r.templateId)
      .where('doubt_since', 'is not', null).where('msgid', 'is', null)
      .where('state', 'in', ['scheduled', 'cancelled', 'probably_delivered'])
      .where('doubt_since', '<=', new Date(reportedAt + CLOCK_SLACK_MS))
      .where('doubt_since', '>=', new Date(reportedAt - REPORT_RELEVANCE_MS))
      .orderBy('doubt_since').limit(1).forUpdate().skipLocked().executeTakeFirst()
    if (!doubt) return 'unmatched'
    if (r.errorCode === 0) {
      // A probably_delivered row's 43101 already zeroed the credits; any other row spends one now.
      await resolveAsDelivered(trx, doubt.id, r.msgid, doubt.doubt_since!, at, doubt.state !== 'probably_delivered')
    } else if (doubt.state === 'probably_delivered') {
      await trx.updateTable('reminders').set({
        state: 'failed', last_errcode: r.errorCode, doubt_since: null, evidence: 'push_failed', updated_at: at,
        last_error: `WeChat reported that delivery failed: ${r.errorStatus}`.slice(0, 300),
      }).where('id', '=', doubt.id).execute()
    } else {
      // Not delivered after all: an ordinary retry (with the usual credit check) will send it.
      await trx.updateTable('reminders').set({ doubt_since: null, evidence: 'push_failed', updated_at: at })
        .where('id', '=', doubt.id).execute()
    }
    await link(trx, r.msgid, doubt.id)
    return 'resolved_unknown'
  })
}

/**
 * For a send begun at `startedAt` whose holder died: a delivery report for the same user and
 * template that no recorded reminder claims. Taken (linked) inside the caller's transaction.
 */
export async function takeUnclaimedReport(
  trx: Executor, userId: string, templateId: string, startedAt: Date,
): Promise<{ msgid: string; errorCode: number; reportedAt: Date } | undefined> {
  const row = await trx.selectFrom('delivery_reports as d')
    .select(['d.msgid', 'd.error_code', 'd.reported_at'])
    .where('d.user_id', '=', userId).where('d.template_id', '=', templateId).where('d.reminder_id', 'is', null)
    .where('d.reported_at', '>=', new Date(startedAt.getTime() - CLOCK_SLACK_MS))
    .where('d.reported_at', '<=', new Date(startedAt.getTime() + REPORT_RELEVANCE_MS))
    .where(({ not, exists, selectFrom }) => not(exists(
      selectFrom('reminders as r').select('r.id').whereRef('r.msgid', '=', 'd.msgid'),
    )))
    .orderBy('d.reported_at').limit(1).forUpdate().skipLocked().executeTakeFirst()
  return row ? { msgid: row.msgid, errorCode: row.error_code, reportedAt: row.reported_at } : undefined
}

/** The send begun at `startedAt` reached the user (WeChat's report says so): record it, never send it again. */
export async function resolveAsDelivered(
  trx: Executor, reminderId: string, msgid: string, startedAt: Date, confirmedAt: Date, spendCredit: boolean,
): Promise<void> {
  const row = await trx.updateTable('reminders').set({
    state: 'sent', msgid, sent_at: startedAt, delivery_confirmed_at: confirmedAt, evidence: 'push_confirmed',
    doubt_since: null, lease_until: null, last_errcode: null, last_error: null, updated_at: confirmedAt,
  }).where('id', '=', reminderId).returning(['user_id', 'template_id']).executeTakeFirst()
  if (row && spendCredit) {
    await trx.updateTable('consent_credits')
      .set((eb) => ({ credits: eb.fn('greatest', [eb('credits', '-', 1), eb.lit(0)]), updated_at: confirmedAt }))
      .where('user_id', '=', row.user_id).where('template_id', '=', row.template_id).execute()
  }
  await link(trx, msgid, reminderId)
}

async function link(trx: Executor, msgid: string, reminderId: string): Promise<void> {
  await trx.updateTable('delivery_reports').set({ reminder_id: reminderId }).where('msgid', '=', msgid).execute()
}
