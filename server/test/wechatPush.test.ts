import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, it } from 'node:test'
import { eventJson, postPush, signPush, verifyPushUrl, type FakePushTarget } from '../src/fakeWechat/pushSender.ts'
import { FAKE_APPID } from '../src/fakeWechat/index.ts'
import { casePage, DAY, deadlineBody, DEADLINE_TEMPLATE, HEARING_TEMPLATE, HOUR, startTestEnv, type TestEnv } from './helpers/env.ts'

const DB = process.env.TEST_DB ?? 'pglite'
const TOKEN = 'pushToken123'
const AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG'

/** Sets up an env whose API listens (the stand-in pushes to it over HTTP) with the clock at the real now. */
async function pushEnv(aesKey?: string): Promise<{ env: TestEnv; target: FakePushTarget }> {
  const env = await startTestEnv({ push: { token: TOKEN, ...(aesKey ? { aesKey } : { plainAllowed: true }) } })
  env.clock.now = Date.now() // push timestamps are checked against the service's clock
  const url = `${await env.app.listen({ host: '127.0.0.1', port: 0 })}/wechat/push`
  const target: FakePushTarget = { url, token: TOKEN, ...(aesKey ? { aesKey } : {}) }
  env.fake.state.push = target
  return { env, target }
}

describe(`消息推送 in plain mode (${DB})`, () => {
  let env: TestEnv
  let target: FakePushTarget
  let n = 0
  before(async () => { ({ env, target } = await pushEnv()) })
  after(async () => { await env.close() })
  beforeEach(() => { env.clock.now = Date.now() })

  const credits = async (token: string) => (await env.call(token, 'GET', '/v1/credits')).json().credits as { templateId: string; credits: number; turnedOff: boolean }[]
  const reminders = async (token: string) => (await env.call(token, 'GET', '/v1/reminders')).json().reminders as { key: string; state: string; deliveryConfirmedAt: number | null }[]
  const newUser = () => env.login(`o-push-${++n}`)
  /** One 允许 in WeChat's popup, pushed and applied. CreateTime has 1 s resolution and no one taps twice in a second. */
  const tap = async (openid: string, templateIds: string[]) => {
    await fetch(`${env.fake.url}/__fake/subscribe`, { method: 'POST', body: JSON.stringify({ openid, templateIds }) })
    await env.fake.state.drainPushes()
    env.fake.state.clockOffsetMs += 1000
  }

  it("passes WeChat's URL check (提交): the right signature gets echostr back", async () => {
    assert.equal(await verifyPushUrl(target, env.clock.now), true)
  })

  it('refuses a URL check or an event with a wrong signature or a stale timestamp, in the one error shape', async () => {
    const ts = String(Math.floor(env.clock.now / 1000))
    const wrong = await env.app.inject({ method: 'GET', url: `/wechat/push?signature=${'0'.repeat(40)}&timestamp=${ts}&nonce=1&echostr=42` })
    assert.equal(wrong.statusCode, 401)
    assert.deepEqual(wrong.json(), { error: { code: 'bad_signature', message: 'signature does not match WX_PUSH_TOKEN' } })
    const signed = signPush(target, FAKE_APPID, '{}', env.clock.now - 10 * 60_000)
    const stale = await env.app.inject({ method: 'POST', url: `/wechat/push?${signed.query}`, payload: signed.body, headers: { 'content-type': 'application/json' } })
    assert.equal(stale.statusCode, 401)
    assert.equal(stale.json().error.code, 'stale_push')
    const forged = signPush({ ...target, token: 'someoneElse' }, FAKE_APPID, '{}', env.clock.now)
    assert.equal((await postPush(target, forged.query, forged.body)).status, 401)
  })

  it("counts WeChat's popup event and the app's report of the same tap once, and caps reports WeChat never made at pending + margin", async () => {
    const u = await newUser()
    await tap(u.openid, [HEARING_TEMPLATE])
    assert.equal((await credits(u.token)).find((c) => c.templateId === HEARING_TEMPLATE)?.credits, 1)
    await env.call(u.token, 'POST', '/v1/consents', { results: { [HEARING_TEMPLATE]: 'accept' } })
    assert.equal((await credits(u.token)).find((c) => c.templateId === HEARING_TEMPLATE)?.credits, 1, 'the same tap is one credit')
    // 30 reports with no 允许 at WeChat (issue 18): no pending reminders, so at most the margin (3).
    for (let i = 0; i < 30; i++) await env.call(u.token, 'POST', '/v1/consents', { results: { [HEARING_TEMPLATE]: 'accept' } })
    assert.equal((await credits(u.token)).find((c) => c.templateId === HEARING_TEMPLATE)?.credits, 3)
  })

  it("grants on the app's report alone when WeChat sends no popup event (「总是保持以上选择」 shows no popup)", async () => {
    const u = await newUser()
    const res = await env.call(u.token, 'POST', '/v1/consents', { results: { [DEADLINE_TEMPLATE]: 'accept' } })
    assert.equal(res.statusCode, 200)
    assert.equal((await credits(u.token)).find((c) => c.templateId === DEADLINE_TEMPLATE)?.credits, 1)
  })

  it('applies a replayed popup event once (WeChat retries a push it got no answer to)', async () => {
    const u = await newUser()
    env.fake.state.push = { ...target, duplicate: true }
    try {
      await fetch(`${env.fake.url}/__fake/subscribe`, { method: 'POST', body: JSON.stringify({ openid: u.openid, templateIds: [HEARING_TEMPLATE, DEADLINE_TEMPLATE] }) })
      await env.fake.state.drainPushes()
    } finally {
      env.fake.state.push = target
    }
    assert.deepEqual((await credits(u.token)).map((c) => c.credits), [1, 1])
  })

  it('marks a template the user turned off in WeChat\'s settings, voids its credits, and clears the mark on the next 允许', async () => {
    const u = await newUser()
    await tap(u.openid, [DEADLINE_TEMPLATE])
    await fetch(`${env.fake.url}/__fake/turn-off`, { method: 'POST', body: JSON.stringify({ openid: u.openid, templateIds: [DEADLINE_TEMPLATE] }) })
    await env.fake.state.drainPushes()
    assert.deepEqual((await credits(u.token)).find((c) => c.templateId === DEADLINE_TEMPLATE), { templateId: DEADLINE_TEMPLATE, credits: 0, pending: 0, turnedOff: true })
    await tap(u.openid, [DEADLINE_TEMPLATE])
    assert.deepEqual((await credits(u.token)).find((c) => c.templateId === DEADLINE_TEMPLATE), { templateId: DEADLINE_TEMPLATE, credits: 1, pending: 0, turnedOff: false })
  })

  it("confirms a sent reminder by its 64-bit MsgID, once, and fails one whose delivery WeChat reports as failed", async () => {
    const u = await newUser()
    await tap(u.openid, [DEADLINE_TEMPLATE])
    await tap(u.openid, [DEADLINE_TEMPLATE])
    const now = env.clock.now
    await env.call(u.token, 'PUT', '/v1/reminders/a', { ...deadlineBody('answer', { fireAt: now, eventAt: now + 10 * DAY }), page: casePage('c1') })
    await env.dispatcher().runOnce()
    await env.fake.state.drainPushes() // the stand-in reports each delivery
    const [a] = await reminders(u.token)
    assert.equal(a?.state, 'sent')
    assert.ok(a?.deliveryConfirmedAt, 'confirmed by the delivery report')
    const msg = env.fake.state.inbox.find((m) => m.openid === u.openid)!
    assert.match(msg.msgid, /^\d{19}$/)
    const row = await env.tdb.db.selectFrom('reminders').select('msgid').where('reminder_key', '=', 'a').where('msgid', 'is not', null).executeTakeFirstOrThrow()
    assert.equal(row.msgid, msg.msgid, 'the id WeChat answered is stored exactly (a double would round it)')

    // The same MsgID again (a replay) changes nothing; a failure report for another message fails it.
    const replay = signPush(target, FAKE_APPID, eventJson(u.openid, 'gh_x', 'subscribe_msg_sent_event', [{ TemplateId: DEADLINE_TEMPLATE, MsgID: BigInt(msg.msgid), ErrorCode: 10001, ErrorStatus: 'Failed: late replay' }], Math.floor(now / 1000)), now)
    assert.equal((await postPush(target, replay.query, replay.body)).status, 200)
    assert.equal((await reminders(u.token))[0]?.state, 'sent', 'a replayed MsgID is applied once')

    await env.call(u.token, 'PUT', '/v1/reminders/b', { ...deadlineBody('evidence', { fireAt: now, eventAt: now + 10 * DAY }) })
    env.fake.state.push = undefined // hold the stand-in's own report back
    await env.dispatcher().runOnce()
    env.fake.state.push = target
    const second = env.fake.state.inbox.filter((m) => m.openid === u.openid)[1]!
    const failed = signPush(target, FAKE_APPID, eventJson(u.openid, 'gh_x', 'subscribe_msg_sent_event', [{ TemplateId: DEADLINE_TEMPLATE, MsgID: BigInt(second.msgid), ErrorCode: 10001, ErrorStatus: 'Failed: system error' }], Math.floor(now / 1000)), now)
    assert.equal((await postPush(target, failed.query, failed.body)).status, 200)
    const b = (await env.call(u.token, 'GET', '/v1/reminders')).json().reminders.find((r: { key: string }) => r.key === 'b')
    assert.equal(b.state, 'failed')
    assert.equal(b.lastErrcode, 10001)
  })

  it('ignores a delivery report for someone who deleted their data, and keeps nothing of it', async () => {
    const u = await newUser()
    await env.call(u.token, 'DELETE', '/v1/me')
    const now = env.clock.now
    const signed = signPush(target, FAKE_APPID, eventJson(u.openid, 'gh_x', 'subscribe_msg_sent_event', [{ TemplateId: HEARING_TEMPLATE, MsgID: 1700000000000000001n, ErrorCode: 0, ErrorStatus: 'success' }], Math.floor(now / 1000)), now)
    assert.equal((await postPush(target, signed.query, signed.body)).status, 200)
    const users = await env.tdb.db.selectFrom('users').select('id').where('openid', '=', u.openid).execute()
    assert.deepEqual(users, [])
  })

  it('answers success to events it does not handle, and 400 invalid_event to a malformed subscribe event', async () => {
    const now = env.clock.now
    const other = signPush(target, FAKE_APPID, '{"Event":"user_enter_tempsession","FromUserName":"o1","CreateTime":1}', now)
    assert.deepEqual(await postPush(target, other.query, other.body), { status: 200, text: 'success' })
    const bad = signPush(target, FAKE_APPID, '{"Event":"subscribe_msg_popup_event","FromUserName":"o1","CreateTime":1,"List":{}}', now)
    const res = await postPush(target, bad.query, bad.body)
    assert.equal(res.status, 400)
    assert.equal(JSON.parse(res.text).error.code, 'invalid_event')
  })

  it("refuses a push whose timestamp is an hour off the service's clock", async () => {
    env.clock.now = Date.now() + HOUR
    const signed = signPush(target, FAKE_APPID, '{}', Date.now())
    assert.equal((await postPush(target, signed.query, signed.body)).status, 401)
  })
})

describe(`消息推送 in safe mode (安全模式) (${DB})`, () => {
  let env: TestEnv
  let target: FakePushTarget
  before(async () => { ({ env, target } = await pushEnv(AES_KEY)) })
  after(async () => { await env.close() })

  it('decrypts an event, checks msg_signature and applies it', async () => {
    const u = await env.login('o-safe-1')
    await fetch(`${env.fake.url}/__fake/subscribe`, { method: 'POST', body: JSON.stringify({ openid: u.openid, templateIds: [HEARING_TEMPLATE] }) })
    await env.fake.state.drainPushes()
    assert.equal(env.fake.state.pushStats.sent, 1)
    assert.equal((await env.call(u.token, 'GET', '/v1/credits')).json().credits[0].credits, 1)
  })

  it('refuses a plain-mode event once an EncodingAESKey is configured (plain signatures do not cover the body)', async () => {
    const signed = signPush({ ...target, aesKey: undefined }, FAKE_APPID, '{"Event":"subscribe_msg_popup_event"}', env.clock.now)
    const res = await postPush(target, signed.query, signed.body)
    assert.equal(res.status, 401)
    assert.equal(JSON.parse(res.text).error.code, 'encryption_required')
  })

  it('refuses a tampered ciphertext (msg_signature) and a message encrypted for another AppID', async () => {
    const signed = signPush(target, FAKE_APPID, '{}', env.clock.now)
    const body = JSON.parse(signed.body) as { Encrypt: string }
    const flipped = body.Encrypt[0] === 'A' ? 'B' : 'A' // a different first character, whatever the ciphertext begins with
    const tampered = JSON.stringify({ ...body, Encrypt: `${flipped}${body.Encrypt.slice(1)}` })
    assert.equal(JSON.parse((await postPush(target, signed.query, tampered)).text).error.code, 'bad_signature')
    const foreign = signPush(target, 'wxffffffffffffffff', '{}', env.clock.now)
    const res = await postPush(target, foreign.query, foreign.body)
    assert.equal(res.status, 401)
    assert.equal(JSON.parse(res.text).error.code, 'undecryptable')
  })
})
