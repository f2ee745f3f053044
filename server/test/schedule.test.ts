import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { reminderKinds } from '../../src/domain/reminders/reminderSchemas.ts'
import { applyOutcome, backoffMs, decideClaimed, priorityOf } from '../src/dispatcher/schedule.ts'

const ctx = { attempts: 1, maxAttempts: 3, now: 1_000_000, random: () => 0.5 }

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
  it('reschedules a retryable error after the backoff', () => {
    const a = applyOutcome({ kind: 'retryable', errcode: -1, errmsg: 'system error' }, { ...ctx, attempts: 2 })
    assert.deepEqual(a, { state: 'scheduled', errcode: -1, error: 'system error', nextAttemptAt: 1_000_000 + 45_000, pauseDispatch: false })
  })
  it('asks the whole dispatcher to pause on 45009 (daily quota)', () => {
    const a = applyOutcome({ kind: 'retryable', errcode: 45009, errmsg: 'quota' }, ctx)
    assert.ok(a.state === 'scheduled' && a.pauseDispatch)
  })
  it('gives up after the last attempt', () => {
    const a = applyOutcome({ kind: 'retryable', errmsg: 'timeout' }, { ...ctx, attempts: 3 })
    assert.equal(a.state, 'failed')
  })
})
