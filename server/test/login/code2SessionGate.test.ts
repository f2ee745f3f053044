import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createLoginGate } from '../../src/login/code2SessionGate.ts'

describe('createLoginGate', () => {
  it('lets the budget a minute through, refuses the next, and refills it evenly over the minute', async () => {
    const clock = { now: 0 }
    const gate = createLoginGate({ perMinute: 3, concurrency: 10, now: () => clock.now })
    const got = [] as boolean[]
    for (let i = 0; i < 4; i++) { const r = await gate.acquire(); got.push(r !== undefined); r?.() }
    assert.deepEqual(got, [true, true, true, false])
    clock.now = 20_000 // a third of the minute: one call's worth
    const again = await gate.acquire()
    assert.ok(again)
    again()
    assert.equal(await gate.acquire(), undefined)
  })

  it('holds calls beyond the concurrency in a short queue, and refuses when the queue is full or the wait too long', async () => {
    const gate = createLoginGate({ perMinute: 1000, concurrency: 1, now: Date.now, maxQueue: 1, maxWaitMs: 50 })
    const first = await gate.acquire()
    assert.ok(first)
    const queued = gate.acquire()
    assert.equal(await gate.acquire(), undefined, 'queue full')
    first()
    const second = await queued
    assert.ok(second, 'the queued caller gets the freed slot')
    const late = await gate.acquire() // waits 50 ms for a slot that never frees
    assert.equal(late, undefined)
    second()
    const third = await gate.acquire()
    assert.ok(third)
    third()
  })

  it('counts a release once however often it is called', async () => {
    const gate = createLoginGate({ perMinute: 1000, concurrency: 1, now: Date.now, maxQueue: 0 })
    const a = await gate.acquire()
    a!()
    a!()
    const b = await gate.acquire()
    assert.ok(b)
    assert.equal(await gate.acquire(), undefined, 'still one at a time')
    b!()
  })
})
