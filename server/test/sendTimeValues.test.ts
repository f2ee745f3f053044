import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { valuesAtSendTime } from '../src/dispatcher/sendTimeValues.ts'
import { DAY, DEADLINE_TEMPLATE, HEARING_TEMPLATE, startTestEnv, T0, type TestEnv } from './helpers/env.ts'

/** 2026-03-14 09:00 Beijing (01:00 UTC). */
const MAR_14_0900 = Date.UTC(2026, 2 /* Mar */, 14, 1)

describe('relative wording computed at send time, in Beijing time', () => {
  it('says 还剩1天 when a reminder planned for 3 days ahead goes out two days late', () => {
    const planned = { title: '提交答辩状还剩3天', eventAt: '2026-03-17', daysLeft: 3, caseLabel: '(2026)浙0192民初1号' }
    assert.deepEqual(valuesAtSendTime('answer', planned, MAR_14_0900 + 2 * DAY), { ...planned, title: '提交答辩状还剩1天', daysLeft: 1 })
  })

  it('counts the Beijing date, not the UTC one: 00:30 on the 16th in Beijing is still the 15th in UTC', () => {
    const at = Date.UTC(2026, 2, 15, 16, 30) // 2026-03-16 00:30 Beijing
    assert.equal(valuesAtSendTime('answer', { title: 'x', eventAt: '2026-03-17' }, at).daysLeft, 1)
  })

  it('says 今天 (never a negative count) on and after the day, and 今天开庭 for a hearing sent on its morning', () => {
    assert.equal(valuesAtSendTime('evidence', { title: 'x', eventAt: '2026-03-14' }, MAR_14_0900 + DAY).title, '提交证据今天截止')
    assert.equal(valuesAtSendTime('hearing', { title: '明天开庭，请按时到庭', eventAt: '2026-03-14T09:30' }, MAR_14_0900 - 2 * 3600_000).title, '今天开庭，请按时到庭')
  })

  it("keeps a custom reminder's own title but still counts its days at send time", () => {
    const v = valuesAtSendTime('custom', { title: '给法官打电话', eventAt: '2026-03-17', daysLeft: 9 }, MAR_14_0900)
    assert.deepEqual(v, { title: '给法官打电话', eventAt: '2026-03-17', daysLeft: 3 })
  })

  it('leaves values with an impossible date untouched, for the formatter to refuse with its reason', () => {
    const v = { title: 'x', eventAt: '2026-02-30' }
    assert.equal(valuesAtSendTime('answer', v, MAR_14_0900), v)
  })
})

describe(`the message that goes out carries send-time wording (${process.env.TEST_DB ?? 'pglite'})`, () => {
  let env: TestEnv
  before(async () => { env = await startTestEnv() })
  after(async () => { await env.close() })

  it('sends 还剩1天 for a D-3 reminder that waited two days for consent', async () => {
    const u = await env.login('o-wording')
    await env.call(u.token, 'PUT', '/v1/reminders/a', {
      kind: 'answer', fireAt: T0, eventAt: T0 + 10 * DAY,
      values: { title: '提交答辩状还剩3天', caseLabel: '(2026)浙0192民初1号', eventAt: '2026-03-05', daysLeft: 3 },
    })
    await env.dispatcher().runOnce() // no credit yet: waits for consent
    env.clock.now = T0 + 2 * DAY
    env.fake.state.addCredits(u.openid, [DEADLINE_TEMPLATE, HEARING_TEMPLATE])
    await env.call(u.token, 'POST', '/v1/consents', { results: { [DEADLINE_TEMPLATE]: 'accept' } })
    await env.dispatcher().runOnce()
    const [msg] = env.fake.state.inbox.filter((m) => m.openid === u.openid)
    assert.equal(msg?.data.thing1?.value, '提交答辩状还剩1天')
  })
})
