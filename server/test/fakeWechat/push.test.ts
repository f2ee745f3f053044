/**
 * The stand-in's 消息推送, checked from the outside with WeChat's documented algorithm written out
 * here (not with the service's own push code): JSON events, `List` an object for one item and an
 * array for several, a bare 64-bit MsgID, signatures, and safe-mode encryption.
 */
import assert from 'node:assert/strict'
import { createDecipheriv, createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, beforeEach, describe, it } from 'node:test'
import { startFakeWechat, type FakeWechat } from '../../src/fakeWechat/index.ts'
import { control, hearingData, hearingKeywords, HEARING_TEMPLATE } from '../wechat/support.ts'

const TOKEN = 'AAAAA'
const AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG'
interface Received { query: URLSearchParams; body: string }

describe('fake WeChat: 消息推送', () => {
  let fake: FakeWechat
  let receiver: Server
  let url: string
  let received: Received[] = []
  before(async () => {
    fake = await startFakeWechat()
    receiver = createServer((req, res) => {
      let body = ''
      req.on('data', (c: Buffer) => { body += c.toString() })
      req.on('end', () => { received.push({ query: new URL(req.url!, 'http://x').searchParams, body }); res.end('success') })
    })
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r))
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/wechat/push`
  })
  after(async () => {
    await fake.close()
    await new Promise((r) => receiver.close(r))
  })
  beforeEach(async () => {
    received = []
    await control(fake, 'reset', {})
    await control(fake, 'templates', { templateId: HEARING_TEMPLATE, title: '开庭提醒', keywords: hearingKeywords })
    await control(fake, 'templates', { templateId: 'TPL_b', title: '期限提醒', keywords: { thing1: 'thing' } })
  })
  const signed = (r: Received, ...extra: string[]) =>
    createHash('sha1').update([TOKEN, r.query.get('timestamp')!, r.query.get('nonce')!, ...extra].sort().join('')).digest('hex')

  it('pushes one popup event per tap, List an object for one template and an array for two, signed with the Token', async () => {
    await control(fake, 'push', { url, token: TOKEN })
    const { openid } = await control<{ openid: string }>(fake, 'login', {})
    await control(fake, 'subscribe', { openid, templateIds: [HEARING_TEMPLATE] })
    await control(fake, 'subscribe', { openid, templateIds: [HEARING_TEMPLATE, 'TPL_b'] })
    await fake.state.drainPushes()
    assert.equal(received.length, 2)
    for (const r of received) assert.equal(r.query.get('signature'), signed(r))
    const [one, two] = received.map((r) => JSON.parse(r.body))
    assert.deepEqual(one.List, { TemplateId: HEARING_TEMPLATE, SubscribeStatusString: 'accept', PopupScene: '0' })
    assert.equal(one.Event, 'subscribe_msg_popup_event')
    assert.equal(one.FromUserName, openid)
    assert.ok(Array.isArray(two.List) && two.List.length === 2)
  })

  it('reports each delivery with a bare 64-bit MsgID equal to the one the send answered', async () => {
    await control(fake, 'push', { url, token: TOKEN })
    const { openid } = await control<{ openid: string }>(fake, 'login', {})
    fake.state.addCredits(openid, [HEARING_TEMPLATE])
    const token = ((await (await fetch(`${fake.url}/cgi-bin/stable_token`, { method: 'POST', body: JSON.stringify({ grant_type: 'client_credential', appid: fake.state.appId, secret: fake.state.secret }) })).json()) as { access_token: string }).access_token
    const answer = await (await fetch(`${fake.url}/cgi-bin/message/subscribe/send?access_token=${token}`, { method: 'POST', body: JSON.stringify({ touser: openid, template_id: HEARING_TEMPLATE, data: hearingData }) })).text()
    const msgid = /"msgid":(\d+)/.exec(answer)?.[1]
    assert.match(msgid ?? '', /^\d{19}$/, 'a bare number, too big for a double')
    await fake.state.drainPushes()
    assert.equal(received.length, 1)
    assert.match(received[0]!.body, new RegExp(`"MsgID":${msgid}[,}]`))
    assert.match(received[0]!.body, /"Event":"subscribe_msg_sent_event"/)
    assert.match(received[0]!.body, /"ErrorCode":0/)
  })

  it('in safe mode sends {Encrypt} signed with msg_signature, decryptable with the documented algorithm, AppID inside', async () => {
    await control(fake, 'push', { url, token: TOKEN, aesKey: AES_KEY })
    const { openid } = await control<{ openid: string }>(fake, 'login', {})
    await control(fake, 'turn-off', { openid, templateIds: ['TPL_b'] })
    await fake.state.drainPushes()
    const r = received[0]!
    assert.equal(r.query.get('encrypt_type'), 'aes')
    const { Encrypt } = JSON.parse(r.body) as { Encrypt: string }
    assert.equal(r.query.get('msg_signature'), signed(r, Encrypt))
    const key = Buffer.from(`${AES_KEY}=`, 'base64')
    const d = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false)
    const plain = Buffer.concat([d.update(Buffer.from(Encrypt, 'base64')), d.final()])
    const pad = plain[plain.length - 1]!
    assert.ok(pad >= 1 && pad <= 32 && (plain.length - 0) % 32 === 0)
    const len = plain.readUInt32BE(16)
    const message = JSON.parse(plain.subarray(20, 20 + len).toString())
    assert.equal(plain.subarray(20 + len, plain.length - pad).toString(), fake.state.appId)
    assert.equal(message.Event, 'subscribe_msg_change_event')
    assert.deepEqual(message.List, { TemplateId: 'TPL_b', SubscribeStatusString: 'reject' })
    assert.equal(fake.state.getCredits(openid, 'TPL_b'), 0)
  })

  it('tries an unanswered push again, like WeChat, and counts it', async () => {
    await control(fake, 'push', { url: 'http://127.0.0.1:9/nowhere', token: TOKEN })
    const { openid } = await control<{ openid: string }>(fake, 'login', {})
    await control(fake, 'subscribe', { openid, templateIds: [HEARING_TEMPLATE] })
    await fake.state.drainPushes()
    assert.deepEqual(fake.state.pushStats, { sent: 0, retried: 4, failed: 1 })
  })
})
