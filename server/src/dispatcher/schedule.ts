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

/** `defer`: the user's daily send cap is reached; it goes out after midnight (Beijing). */
export type ClaimDecision = 'send' | 'expire' | 'needs_consent' | 'defer'

/**
 * What to do with a reminder the dispatcher just claimed.
 * `ahead` = credits already spoken for by this user's more decisive pending reminders for the
 * same template (and by sends in flight), so a credit goes to the most decisive reminder first.
 * `inDoubt`: an earlier send may have been delivered. Such a row is never put to needs_consent (a
 * re-consent would then deliver it twice); it is sent and WeChat's answer decides (applyOutcome).
 * @example decideClaimed({ eventAt: 200, credits: 1, ahead: 0 }, 100) // → 'send'
 * @example decideClaimed({ eventAt: 200, credits: 0, ahead: 0, inDoubt: true }, 100) // → 'send'
 */
export function decideClaimed(
  r: { eventAt: number; credits: number; ahead: number; inDoubt?: boolean; userLoad?: number },
  now: number, dailyCap = Number.POSITIVE_INFINITY,
): ClaimDecision {
  // Fired late (e.g. the service was down) but the event is over: a reminder now only confuses.
  if (r.eventAt <= now) return 'expire'
  if (!r.inDoubt && r.credits - r.ahead <= 0) return 'needs_consent'
  // `userLoad`: this user's sends since midnight (Beijing) plus those in flight. One account cannot
  // keep the senders busy for everyone else (issue 18), and a real user never needs this many a day.
  if ((r.userLoad ?? 0) >= dailyCap) return 'defer'
  return 'send'
}

/**
 * The start of `now`'s day in Beijing, where the daily send cap counts.
 * @example beijingDayStart(Date.UTC(2026, 2, 2, 17, 0)) // 01:00 on 3 March in Beijing → Date.UTC(2026, 2, 2, 16, 0)
 */
export function beijingDayStart(now: number): number {
  return quotaResetsAt(now) - DAY_MS
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

const BEIJING_OFFSET_MS = 8 * 3600_000
const DAY_MS = 86_400_000

/**
 * When WeChat's daily quota (45009) is back: the next midnight in Beijing (UTC+8, no DST), where
 * WeChat counts its days ("日调用量" resets at 0:00).
 * @example quotaResetsAt(Date.UTC(2026, 2, 2, 15, 59)) // 23:59 in Beijing → Date.UTC(2026, 2, 2, 16, 0)
 * @example quotaResetsAt(Date.UTC(2026, 2, 2, 16, 0)) // 00:00 in Beijing → the next day's midnight, Date.UTC(2026, 2, 3, 16, 0)
 */
export function quotaResetsAt(now: number): number {
  return Math.floor((now + BEIJING_OFFSET_MS) / DAY_MS) * DAY_MS + DAY_MS - BEIJING_OFFSET_MS
}

/**
 * A backoff that still leaves time before the event: never later than half the time left, so a
 * reminder whose event is near is tried again (and again) while it can still help.
 * @example retryDelayBeforeEvent(3_600_000, 1000, 61_000) // → 30000
 */
export function retryDelayBeforeEvent(delayMs: number, now: number, eventAt: number): number {
  return Math.max(1000, Math.min(delayMs, Math.floor((eventAt - now) / 2)))
}

export type OutcomeAction =
  | { state: 'sent'; msgid: string | null; spendCredit: true }
  | { state: 'needs_consent'; errcode: number; error: string; zeroCredits: true }
  /** 43101 on the retry of a send whose outcome was unknown: the first one most likely used the consent. */
  | { state: 'probably_delivered'; errcode: number; error: string; zeroCredits: true }
  | { state: 'failed'; errcode: number | null; error: string; alert: boolean }
  /**
   * The request may have reached WeChat: decided by WeChat's delivery report if one is (or comes)
   * in, else retried at `nextAttemptAt` as in doubt (no credit check; 43101 = probably delivered).
   */
  | { state: 'in_doubt'; errcode: number | null; error: string; nextAttemptAt: number }
  /**
   * Not sent, nothing spent: WeChat's quota or load, or a request that never left. The attempt is
   * given back. `pauseUntil`: the whole dispatcher stops sending until then (45009, the daily quota).
   */
  | { state: 'scheduled'; errcode: number | null; error: string; nextAttemptAt: number; pauseUntil?: number }

export interface OutcomeContext {
  now: number
  random: () => number
  /** When the reminder's event is over; retries are placed before it. */
  eventAt: number
  /** Waits so far (quota, busy, before-send errors): the backoff's exponent. */
  waits: number
  backoff?: BackoffPolicy
  /** An earlier send of it may have been delivered. */
  inDoubt?: boolean
  /** How long an in-doubt send waits for WeChat's delivery report (DISPATCH_EVIDENCE_WAIT_SECONDS). */
  evidenceWaitMs?: number
  /** The client's timeout: an in-doubt retry waits at least twice this, so the first request is over at WeChat. */
  sendTimeoutMs?: number
}

/**
 * How one SendOutcome changes the reminder (wechat-platform.md §2.3). Only WeChat saying the request
 * itself is wrong fails a reminder (and its event being over, decided at claim time): quota, busy,
 * timeouts and network trouble wait and spend no attempt.
 */
export function applyOutcome(outcome: SendOutcome, ctx: OutcomeContext): OutcomeAction {
  switch (outcome.kind) {
    case 'sent':
      return { state: 'sent', msgid: outcome.msgid ?? null, spendCredit: true }
    case 'needs_consent':
      // 43101 after a send that may have gone through: the consent was most likely spent by that
      // delivery. Asking again would make a later consent deliver the same reminder twice.
      if (ctx.inDoubt) return { state: 'probably_delivered', errcode: outcome.errcode, error: `probably delivered by an earlier send whose answer was lost: ${outcome.errmsg}`, zeroCredits: true }
      // 43101: no credit left or consent withdrawn; retrying cannot help, the user must tap 允许 again.
      return { state: 'needs_consent', errcode: outcome.errcode, error: outcome.errmsg, zeroCredits: true }
    case 'rejected':
      // 47003/40003/40037/41030: our formatting or configuration is wrong; say so loudly.
      return { state: 'failed', errcode: outcome.errcode, error: outcome.errmsg, alert: true }
    case 'in_doubt': {
      const wait = Math.max(ctx.evidenceWaitMs ?? 0, 2 * (ctx.sendTimeoutMs ?? 0), 1000)
      return { state: 'in_doubt', errcode: outcome.errcode ?? null, error: outcome.errmsg, nextAttemptAt: ctx.now + wait }
    }
    case 'wait':
      if (outcome.reason === 'quota') {
        // The daily quota is back at midnight in Beijing; before then every send would get 45009 again.
        const resets = quotaResetsAt(ctx.now)
        return { state: 'scheduled', errcode: outcome.errcode ?? null, error: outcome.errmsg, nextAttemptAt: resets + Math.round(ctx.random() * 60_000), pauseUntil: resets }
      }
      return later(outcome, ctx)
    case 'retryable':
      return later(outcome, ctx)
  }
}

function later(outcome: { errcode?: number; errmsg: string }, ctx: OutcomeContext): OutcomeAction {
  const delay = retryDelayBeforeEvent(backoffMs(ctx.waits + 1, ctx.random, ctx.backoff), ctx.now, ctx.eventAt)
  return { state: 'scheduled', errcode: outcome.errcode ?? null, error: outcome.errmsg, nextAttemptAt: ctx.now + delay }
}
