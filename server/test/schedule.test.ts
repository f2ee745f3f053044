import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { reminderKinds } from '../../src/domain/reminders/reminderSchemas.ts'
import { applyOutcome, backoffMs, beijingDayStart, decideClaimed, priorityOf, quotaResetsAt, retryDelayBeforeEvent } from '../src/dispatcher/schedule.ts'

/** 2026-03-02 09:00 Beijing (01:00 UTC), a Monday. */
const T0 = Date.UTC(2026, 2, 2, 1, 0)
const DAY = 86_400_000
const ctx = { now: T0, random: () => 0.5, eventAt: T0 + 10 * DAY, waits: 0 }

describe('priorityOf', () => {
  it('ranks hearing, answer, payment-order objection, appeals, evidence ahead of the rest', () => {
    const order = ['hearing', 'answer', 'payment_order_objection', 'appeal_judgment', 'evidence', 'custom'] as const
    for (let i = 1; i < order.length; i++) assert.ok(priorityOf(order[i - 1]!) < priorityOf(order[i]!), `${order[i - 1]} before ${order[i]}`)
    assert.equal(priorityOf('appeal_judgment'), priorityOf('appeal_ruling'))
  })

  it('gives every reminder kind a priority', () => {
    for (const k of reminderKinds) assert.equal(typeof priorityOf(k), 'number', k)
  })
})

describe('decideClaimed', () => {
  it('sends when a credit is left after the more decisive reminders', () => {
    assert.equal(decideClaimed({ eventAt: 2000, credits: 2, ahead: 1 }, 1000), 'send')
  })
  it('asks for consent when the credits are spoken for', () => {
    assert.equal(decideClaimed({ eventAt: 2000, credits: 1, ahead: 1 }, 1000), 'needs_consent')
    assert.equal(decideClaimed({ eventAt: 2000, credits: 0, ahead: 0 }, 1000), 'needs_consent')
  })
  it('expires a reminder whose event is over, even with credits, without spending one', () => {
    assert.equal(decideClaimed({ eventAt: 1000, credits: 5, ahead: 0 }, 1000), 'expire')
  })
})

describe('backoffMs', () => {
  const policy = { baseMs: 1000, capMs: 10_000 }
  it('doubles the step per attempt with half of it jittered', () => {
    assert.equal(backoffMs(1, () => 0, policy), 500)
    assert.equal(backoffMs(1, () => 1, policy), 1000)
    assert.equal(backoffMs(3, () => 0, policy), 2000)
    assert.equal(backoffMs(3, () => 0.5, policy), 3000)
  })
  it('never exceeds the cap', () => {
    assert.equal(backoffMs(20, () => 1, policy), 10_000)
  })
})

describe('applyOutcome', () => {
  it('marks a sent message sent and spends a credit', () => {
    assert.deepEqual(applyOutcome({ kind: 'sent', msgid: 'm1' }, ctx), { state: 'sent', msgid: 'm1', spendCredit: true })
  })
  it('turns 43101 into needs_consent with credits zeroed, never a retry', () => {
    const a = applyOutcome({ kind: 'needs_consent', errcode: 43101, errmsg: 'user refuse to accept the msg' }, ctx)
    assert.equal(a.state, 'needs_consent')
    assert.ok(a.state === 'needs_consent' && a.zeroCredits)
  })
  for (const errcode of [47003, 40003, 40037, 41030]) {
    it(`fails ${errcode} at once and raises an alert`, () => {
      const a = applyOutcome({ kind: 'rejected', errcode, errmsg: 'x' }, ctx)
      assert.deepEqual(a, { state: 'failed', errcode, error: 'x', alert: true })
    })
  }
  it('puts off a request that never left (backoff, no attempt spent), never failing it', () => {
    const a = applyOutcome({ kind: 'retryable', errmsg: 'network error before sending: ECONNREFUSED' }, { ...ctx, waits: 1 })
    assert.deepEqual(a, { state: 'scheduled', errcode: null, error: 'network error before sending: ECONNREFUSED', nextAttemptAt: T0 + 45_000 })
    const many = applyOutcome({ kind: 'retryable', errmsg: 'x' }, { ...ctx, waits: 40 })
    assert.equal(many.state, 'scheduled', 'however often it happened')
  })
  it('backs off on -1 (busy) without spending an attempt, and never past the event', () => {
    const a = applyOutcome({ kind: 'wait', reason: 'busy', errcode: -1, errmsg: 'system error' }, { ...ctx, waits: 12, eventAt: T0 + 10 * 60_000 })
    // 6 h would be the step; five minutes (half the time left) is the most it may wait.
    assert.deepEqual(a, { state: 'scheduled', errcode: -1, error: 'system error', nextAttemptAt: T0 + 5 * 60_000 })
  })
  it('pauses everything on 45009 until the quota resets at midnight in Beijing, and puts the reminder there', () => {
    const a = applyOutcome({ kind: 'wait', reason: 'quota', errcode: 45009, errmsg: 'quota' }, ctx)
    const midnight = Date.UTC(2026, 2, 2, 16, 0) // 2026-03-03 00:00 Beijing
    assert.deepEqual(a, { state: 'scheduled', errcode: 45009, error: 'quota', nextAttemptAt: midnight + 30_000, pauseUntil: midnight })
  })
  it('holds a send that may have reached WeChat in doubt, for the evidence wait or twice the timeout', () => {
    const timeout = { kind: 'in_doubt', errmsg: 'no answer within 10000 ms after the request was written' } as const
    assert.deepEqual(applyOutcome(timeout, { ...ctx, evidenceWaitMs: 120_000, sendTimeoutMs: 10_000 }),
      { state: 'in_doubt', errcode: null, error: timeout.errmsg, nextAttemptAt: T0 + 120_000 })
    assert.deepEqual(applyOutcome(timeout, { ...ctx, evidenceWaitMs: 0, sendTimeoutMs: 10_000 }),
      { state: 'in_doubt', errcode: null, error: timeout.errmsg, nextAttemptAt: T0 + 20_000 })
  })
  it('calls 43101 on an in-doubt retry probably delivered, never needs consent', () => {
    const a = applyOutcome({ kind: 'needs_consent', errcode: 43101, errmsg: 'user refuse to accept the msg' }, { ...ctx, inDoubt: true })
    assert.equal(a.state, 'probably_delivered')
  })
})

describe('quotaResetsAt (midnight in Beijing, UTC+8)', () => {
  const cases: [string, number, number][] = [
    ['09:00 on 2 March → 00:00 on 3 March', Date.UTC(2026, 2, 2, 1, 0), Date.UTC(2026, 2, 2, 16, 0)],
    ['23:59 on 2 March → 00:00 on 3 March', Date.UTC(2026, 2, 2, 15, 59), Date.UTC(2026, 2, 2, 16, 0)],
    ['00:00 on 3 March exactly → 00:00 on 4 March', Date.UTC(2026, 2, 2, 16, 0), Date.UTC(2026, 2, 3, 16, 0)],
    ['07:59 on 3 March (still 2 March in UTC) → 00:00 on 4 March', Date.UTC(2026, 2, 2, 23, 59), Date.UTC(2026, 2, 3, 16, 0)],
    ['23:30 on 31 December → 00:00 on 1 January', Date.UTC(2026, 11, 31, 15, 30), Date.UTC(2026, 11, 31, 16, 0)],
  ]
  for (const [name, now, expected] of cases) {
    it(`gives ${name}`, () => assert.equal(quotaResetsAt(now), expected))
  }
  it('starts the daily send cap\'s day at the previous Beijing midnight', () => {
    assert.equal(beijingDayStart(Date.UTC(2026, 2, 2, 17, 0)), Date.UTC(2026, 2, 2, 16, 0))
    assert.equal(beijingDayStart(Date.UTC(2026, 2, 2, 15, 0)), Date.UTC(2026, 2, 1, 16, 0))
  })
})

describe('retryDelayBeforeEvent', () => {
  it('keeps the backoff when the event is far', () => assert.equal(retryDelayBeforeEvent(30_000, 0, DAY), 30_000))
  it('waits at most half the time left', () => assert.equal(retryDelayBeforeEvent(3_600_000, 1000, 61_000), 30_000))
  it('still waits a second when the event is about to pass', () => assert.equal(retryDelayBeforeEvent(30_000, 0, 500), 1000))
})

describe('decideClaimed with the daily cap', () => {
  it('defers a send when the user reached the cap today, and only then', () => {
    assert.equal(decideClaimed({ eventAt: 2000, credits: 1, ahead: 0, userLoad: 50 }, 1000, 50), 'defer')
    assert.equal(decideClaimed({ eventAt: 2000, credits: 1, ahead: 0, userLoad: 49 }, 1000, 50), 'send')
  })
  it('still expires an event that is over and asks for consent first', () => {
    assert.equal(decideClaimed({ eventAt: 1000, credits: 1, ahead: 0, userLoad: 99 }, 1000, 50), 'expire')
    assert.equal(decideClaimed({ eventAt: 2000, credits: 0, ahead: 0, userLoad: 99 }, 1000, 50), 'needs_consent')
  })
})
