import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, it } from 'node:test'
import type { FakeWechat } from '../../src/fakeWechat/index.ts'
import { createMemoryTokenStore, earlyExpiryMs } from '../../src/wechat/accessToken.ts'
import { clientFor, control, hearingData, HEARING_TEMPLATE, startWithUser } from './support.ts'

// Fixed reference instant for the client's injected clock: 2026-03-02 08:00 Beijing time.
const T0 = Date.UTC(2026, 2 /* March */, 2, 0, 0)

describe('WechatClient access token', () => {
  let fake: FakeWechat
  let openid: string
  before(async () => { ({ fake, openid } = await startWithUser(0)) })
  after(() => fake.close())
  beforeEach(async () => {
    await control(fake, 'faults', {})
    await control(fake, 'subscribe', { openid, templateIds: [HEARING_TEMPLATE], count: 50 })
    fake.state.stats.stableToken = 0
    fake.state.stats.send = 0
  })
  const send = (client: ReturnType<typeof clientFor>) => client.sendSubscribeMessage({ touser: openid, templateId: HEARING_TEMPLATE, data: hearingData })

  it('expires early by 10% of the lifetime, capped at five minutes', () => {
    assert.equal(earlyExpiryMs(7200), 300_000)
    assert.equal(earlyExpiryMs(600), 60_000)
    assert.equal(earlyExpiryMs(300), 30_000)
  })

  it('fetches one token and reuses it until five minutes before a 7200 s token expires', async () => {
    let now = T0
    const client = clientFor(fake, { now: () => now })
    assert.equal((await send(client)).kind, 'sent')
    now = T0 + (7200 - 300) * 1000 - 1
    assert.equal((await send(client)).kind, 'sent')
    assert.equal(fake.state.stats.stableToken, 1)
    now = T0 + (7200 - 300) * 1000
    assert.equal((await send(client)).kind, 'sent')
    assert.equal(fake.state.stats.stableToken, 2)
  })

  it('shares one in-flight token request among twenty concurrent sends', async () => {
    const client = clientFor(fake)
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => send(client)))
    assert.deepEqual(new Set(outcomes.map((o) => o.kind)), new Set(['sent']))
    assert.equal(fake.state.stats.stableToken, 1)
  })

  it('keeps the token in an injected store, so a second client sharing it fetches none', async () => {
    const tokenStore = createMemoryTokenStore()
    await send(clientFor(fake, { tokenStore }))
    await send(clientFor(fake, { tokenStore }))
    assert.equal(fake.state.stats.stableToken, 1)
  })

  for (const mode of ['expired', 'invalid'] as const) {
    it(`drops a token answered with ${mode === 'expired' ? '42001' : '40001'}, fetches a fresh one and retries the send once`, async () => {
      const warnings: object[] = []
      const client = clientFor(fake, { logger: { warn: (o) => warnings.push(o) } })
      assert.equal((await send(client)).kind, 'sent')
      await control(fake, 'tokens/expire', { mode })
      const inboxBefore = fake.state.inbox.length
      assert.equal((await send(client)).kind, 'sent')
      assert.equal(fake.state.stats.stableToken, 2)
      assert.equal(fake.state.stats.send, 3)
      assert.equal(fake.state.inbox.length, inboxBefore + 1)
      assert.deepEqual(warnings, [{ errcode: mode === 'expired' ? 42001 : 40001 }])
    })
  }

  it('retries a stale-token send only once, then reports it as retryable', async () => {
    const client = clientFor(fake)
    await control(fake, 'faults', { tokenErrcode: 40001 })
    const outcome = await send(client)
    assert.equal(outcome.kind, 'retryable')
    assert.equal(outcome.kind === 'retryable' && outcome.errcode, 40001)
    assert.equal(fake.state.stats.send, 2)
    assert.equal(fake.state.stats.stableToken, 2)
  })

  it('reports a wrong secret as rejected without calling the send API', async () => {
    const client = clientFor(fake, { secret: 'wrong' })
    const outcome = await send(client)
    assert.equal(outcome.kind, 'rejected')
    assert.equal(outcome.kind === 'rejected' && outcome.errcode, 40125)
    assert.equal(fake.state.stats.send, 0)
  })

  it('does not cache a failed token fetch: the next call tries again', async () => {
    const client = clientFor(fake, { secret: 'wrong' })
    await send(client)
    await send(client)
    assert.equal(fake.state.stats.stableToken, 2)
  })
})
