/**
 * 调度核心（纯函数）：优先级、退避、每种发送结果的处置、停机期间错过的提醒。
 * Given the time and a random source; it never reads the clock.
 */
import type { ReminderKind } from '../../../src/domain/reminders/reminderSchemas.ts'
import type { SendOutcome } from '../wechat/types.ts'

/**
 * Which reminder gets a scarce one-time credit first: the deadlines whose miss loses the case.
 * 开庭（拒不到庭可缺席判决，民事诉讼法第一百四十七条）> 答辩（第一百二十八条）
 * > 支付令异议（十五日内不提书面异议即可申请执行，第二百二十七条）> 上诉（第一百七十一条）
 * > 举证 > 其余。The order itself is a product judgment, not a legal rule.
 */
const PRIORITY: Record<ReminderKind, number> = {
  hearing: 0,
  answer: 1,
  payment_order_objection: 2,
  appeal_judgment: 3,
  appeal_ruling: 3,
  evidence: 4,
  jurisdiction_objection: 5,
  retrial: 5,
  mediation_end: 6,
  appeal_answer: 4,
  performance: 3,
  small_claims_objection: 4,
  custom: 7,
}

export function priorityOf(kind: ReminderKind): number {
  return PRIORITY[kind]
}

export type ClaimDecision = 'send' | 'expire' | 'needs_consent'

/**
 * What to do with a reminder the dispatcher just claimed.
 * `ahead` = credits already spoken for by this user's more decisive pending reminders for the
 * same template (and by sends in flight), so a credit goes to the most decisive reminder first.
 * `inDoubt`: an earlier send may have been delivered. Such a row is never put to needs_consent (a
 * re-consent would then deliver it twice); it is sent and WeChat's answer decides (applyOutcome).
 * @example decideClaimed({ eventAt: 200, credits: 1, ahead: 0 }, 100) // → 'send'
 * @example decideClaimed({ eventAt: 200, credits: 0, ahead: 0, inDoubt: true }, 100) // → 'send'
 */
export function decideClaimed(r: { eventAt: number; credits: number; ahead: number; inDoubt?: boolean }, now: number): ClaimDecision {
  // Fired late (e.g. the service was down) but the event is over: a reminder now only confuses.
  if (r.eventAt <= now) return 'expire'
  if (!r.inDoubt && r.credits - r.ahead <= 0) return 'needs_consent'
  return 'send'
}

export interface BackoffPolicy {
  baseMs: number
  capMs: number
}

export const defaultBackoff: BackoffPolicy = { baseMs: 30_000, capMs: 6 * 3600_000 }

/**
 * Exponential backoff with "equal jitter": half fixed, half random, so retries spread out
 * but never come back sooner than half the step.
 * @example backoffMs(3, () => 0, { baseMs: 1000, capMs: 60000 }) // → 2000
 */
export function backoffMs(attempt: number, random: () => number, policy: BackoffPolicy = defaultBackoff): number {
  const step = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt - 1))
  return Math.round(step / 2 + (step / 2) * random())
}

export type OutcomeAction =
  | { state: 'sent'; msgid: string | null; spendCredit: true }
  | { state: 'needs_consent'; errcode: number; error: string; zeroCredits: true }
  /** 43101 on the retry of a send whose outcome was unknown: the first one most likely used the consent. */
  | { state: 'probably_delivered'; errcode: number; error: string; zeroCredits: true }
  | { state: 'failed'; errcode: number | null; error: string; alert: boolean }
  | { state: 'scheduled'; errcode: number | null; error: string; nextAttemptAt: number; pauseDispatch: boolean }

/**
 * How one SendOutcome changes the reminder (wechat-platform.md §2.3).
 * `attempts` counts this attempt; `inDoubt`: an earlier send of it may have been delivered.
 */
export function applyOutcome(
  outcome: SendOutcome,
  ctx: { attempts: number; maxAttempts: number; now: number; random: () => number; backoff?: BackoffPolicy; inDoubt?: boolean },
): OutcomeAction {
  switch (outcome.kind) {
    case 'sent':
      return { state: 'sent', msgid: outcome.msgid ?? null, spendCredit: true }
    case 'needs_consent':
      // 43101 after a send that may have gone through: the consent was most likely spent by that
      // delivery. Asking again would make a later consent deliver the same reminder twice.
      if (ctx.inDoubt) return { state: 'probably_delivered', errcode: outcome.errcode, error: `probably delivered before a restart: ${outcome.errmsg}`, zeroCredits: true }
      // 43101: no credit left or consent withdrawn; retrying cannot help, the user must tap 允许 again.
      return { state: 'needs_consent', errcode: outcome.errcode, error: outcome.errmsg, zeroCredits: true }
    case 'rejected':
      // 47003/40003/40037/41030: our formatting or configuration is wrong; say so loudly.
      return { state: 'failed', errcode: outcome.errcode, error: outcome.errmsg, alert: true }
    case 'retryable': {
      const errcode = outcome.errcode ?? null
      if (ctx.attempts >= ctx.maxAttempts) {
        return { state: 'failed', errcode, error: `gave up after ${ctx.attempts} attempts: ${outcome.errmsg}`, alert: true }
      }
      const delay = backoffMs(ctx.attempts, ctx.random, ctx.backoff)
      // 45009 is the daily quota: the whole dispatcher should slow down, not just this reminder.
      return { state: 'scheduled', errcode, error: outcome.errmsg, nextAttemptAt: ctx.now + delay, pauseDispatch: errcode === 45009 }
    }
  }
}
