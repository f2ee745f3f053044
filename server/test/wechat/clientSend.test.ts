import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, it } from 'node:test'
import type { FakeWechat } from '../../src/fakeWechat/index.ts'
import type { SubscribeMessage } from '../../src/wechat/types.ts'
import { clientFor as baseClientFor, control, hearingData, HEARING_TEMPLATE, startWithUser } from './support.ts'

// Both transports: node:http (the default) and an injected fetch must classify identically.
for (const transport of ['node:http', 'fetch'] as const) describe(`WechatClient.sendSubscribeMessage outcomes against the stand-in (${transport})`, () => {
  const clientFor = (fake: FakeWechat, extra: Parameters<typeof baseClientFor>[1] = {}) =>
    baseClientFor(fake, transport === 'fetch' ? { fetch: globalThis.fetch, ...extra } : extra)
  let fake: FakeWechat
  let openid: string
  let msg: SubscribeMessage
  before(async () => { ({ fake, openid } = await startWithUser(0)) })
  after(() => fake.close())
  beforeEach(async () => {
    await control(fake, 'faults', {})
    await control(fake, 'pages', { pages: null })
    msg = { touser: openid, templateId: HEARING_TEMPLATE, page: 'pages/case/index?id=7', data: hearingData }
  })
  const credits = () => fake.state.getCredits(openid, HEARING_TEMPLATE)

  it('sends with a credit, spends exactly that credit and returns the msgid', async () => {
    await control(fake, 'subscribe', { openid, templateIds: [HEARING_TEMPLATE] })
    const before = credits()
    const outcome = await clientFor(fake).sendSubscribeMessage(msg)
    assert.equal(outcome.kind, 'sent')
    assert.match(outcome.kind === 'sent' ? outcome.msgid ?? '' : '', /^\d+$/)
    assert.equal(credits(), before - 1)
    assert.deepEqual(fake.state.inbox.at(-1)?.data, hearingData)
  })

  it('answers needs_consent (43101) when the user has no credit left', async () => {
    assert.equal(credits(), 0)
    const outcome = await clientFor(fake).sendSubscribeMessage(msg)
    assert.equal(outcome.kind, 'needs_consent')
    assert.equal(outcome.kind === 'needs_consent' && outcome.errcode, 43101)
  })

  const rejections: [string, number, () => Promise<void> | void][] = [
    ['a thing value over 20 characters (47003)', 47003, () => { msg.data = { ...hearingData, thing1: { value: '一'.repeat(21) } } }],
    ['a missing keyword (47003)', 47003, () => { const { thing4: _omit, ...rest } = hearingData; msg.data = rest }],
    ['an unknown openid (40003)', 40003, () => { msg.touser = 'oUnknownUser000000000000000' }],
    ['an unknown template (40037)', 40037, () => { msg.templateId = 'TPL_missing' }],
    ['a page outside the app page list (41030)', 41030, async () => { await control(fake, 'pages', { pages: ['pages/index/index'] }) }],
  ]
  for (const [what, errcode, arrange] of rejections) {
    it(`reports ${what} as rejected and spends no credit`, async () => {
      await control(fake, 'subscribe', { openid, templateIds: [HEARING_TEMPLATE] })
      await arrange()
      const before = credits()
      const outcome = await clientFor(fake).sendSubscribeMessage(msg)
      assert.equal(outcome.kind, 'rejected')
      assert.equal(outcome.kind === 'rejected' && outcome.errcode, errcode)
      assert.equal(credits(), before)
    })
  }

  const waits: [string, object, 'quota' | 'busy', number][] = [
    ['system busy (-1)', { busy: 1 }, 'busy', -1],
    ['the daily quota (45009)', { quota: 1 }, 'quota', 45009],
  ]
  for (const [what, faults, reason, errcode] of waits) {
    it(`reports ${what} as a wait (${reason}): WeChat did not act`, async () => {
      await control(fake, 'faults', faults)
      const outcome = await clientFor(fake).sendSubscribeMessage(msg)
      assert.deepEqual(outcome.kind === 'wait' && [outcome.reason, outcome.errcode], [reason, errcode])
    })
  }

  it('reports an HTTP 500 as in doubt: the handler behind it may have sent the message', async () => {
    await control(fake, 'faults', { http500: 1 })
    assert.equal((await clientFor(fake).sendSubscribeMessage(msg)).kind, 'in_doubt')
  })

  it('reports a request that never answers as in doubt once the timeout passes', async () => {
    await control(fake, 'faults', { hang: 1 })
    const started = performance.now()
    const outcome = await clientFor(fake, { timeoutMs: 150 }).sendSubscribeMessage(msg)
    assert.equal(outcome.kind, 'in_doubt')
    assert.match(outcome.kind === 'in_doubt' ? outcome.errmsg : '', /no answer within 150 ms after the request was written/)
    assert.ok(performance.now() - started < 2000)
  })

  it('reports a send WeChat delivered but answered after the timeout as in doubt, not as a plain retry', async () => {
    await control(fake, 'subscribe', { openid, templateIds: [HEARING_TEMPLATE] })
    await control(fake, 'faults', { late: 1, lateAnswerMs: 400 })
    const before = fake.state.inbox.length
    const outcome = await clientFor(fake, { timeoutMs: 150 }).sendSubscribeMessage(msg)
    assert.equal(outcome.kind, 'in_doubt')
    assert.equal(fake.state.inbox.length, before + 1, 'it was delivered')
  })

  it('reports a connection closed after WeChat acted as in doubt', async () => {
    await control(fake, 'subscribe', { openid, templateIds: [HEARING_TEMPLATE] })
    await control(fake, 'faults', { drop: 1 })
    assert.equal((await clientFor(fake).sendSubscribeMessage(msg)).kind, 'in_doubt')
  })

  it('reports an unreachable server as retryable: the request never left', async () => {
    const client = clientFor(fake, { baseUrl: 'http://127.0.0.1:1' })
    const outcome = await client.sendSubscribeMessage(msg)
    assert.equal(outcome.kind, 'retryable')
  })

  it('sends the wire field names template_id, miniprogram_state and lang', async () => {
    await control(fake, 'subscribe', { openid, templateIds: [HEARING_TEMPLATE] })
    const outcome = await clientFor(fake).sendSubscribeMessage({ ...msg, miniprogramState: 'trial', lang: 'zh_TW' })
    assert.equal(outcome.kind, 'sent')
    const delivered = fake.state.inbox.at(-1)!
    assert.equal(delivered.miniprogramState, 'trial')
    assert.equal(delivered.lang, 'zh_TW')
    assert.equal(delivered.page, 'pages/case/index?id=7')
  })
})
