import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, it } from 'node:test'
import { startFakeWechat, type FakeWechat } from '../../src/fakeWechat/index.ts'
import { control, hearingData, hearingKeywords, HEARING_TEMPLATE } from '../wechat/support.ts'

async function post(fake: FakeWechat, path: string, body: object): Promise<Record<string, unknown>> {
  const res = await fetch(`${fake.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return (await res.json()) as Record<string, unknown>
}

describe('fake WeChat: stable_token', () => {
  let fake: FakeWechat
  before(async () => { fake = await startFakeWechat({ tokenTtlSeconds: 7200 }) })
  after(() => fake.close())
  const ask = (extra: object = {}) => post(fake, '/cgi-bin/stable_token', { grant_type: 'client_credential', appid: fake.state.appId, secret: fake.state.secret, ...extra })

  it('returns the same token within its validity in normal mode', async () => {
    const a = await ask()
    const b = await ask()
    assert.equal(typeof a.access_token, 'string')
    assert.equal(a.access_token, b.access_token)
    assert.equal(a.expires_in, 7200)
  })

  it('rotates on force_refresh and keeps the old token usable for at most five minutes', async () => {
    const old = (await ask()).access_token as string
    const fresh = (await ask({ force_refresh: true })).access_token as string
    assert.notEqual(fresh, old)
    const oldExpiry = fake.state.tokens.get(old)!.expiresAt
    assert.ok(oldExpiry - fake.state.now() <= 5 * 60_000)
  })

  it('issues a new token once the current one is inside its last five minutes', async () => {
    const a = (await ask()).access_token
    await control(fake, 'clock', { advanceMs: (7200 - 299) * 1000 })
    try {
      assert.notEqual((await ask()).access_token, a)
    } finally {
      await control(fake, 'clock', { advanceMs: -(7200 - 299) * 1000 })
    }
  })

  it('answers 40013 for a wrong appid and 40125 for a wrong secret', async () => {
    assert.equal((await ask({ appid: 'wxnope' })).errcode, 40013)
    assert.equal((await ask({ secret: 'nope' })).errcode, 40125)
  })
})

describe('fake WeChat: subscribe/send and credits', () => {
  let fake: FakeWechat
  let token: string
  let openid: string
  before(async () => {
    fake = await startFakeWechat()
    token = (await post(fake, '/cgi-bin/stable_token', { grant_type: 'client_credential', appid: fake.state.appId, secret: fake.state.secret })).access_token as string
  })
  after(() => fake.close())
  beforeEach(async () => {
    await control(fake, 'reset', {})
    await control(fake, 'templates', { templateId: HEARING_TEMPLATE, title: '开庭提醒', keywords: hearingKeywords })
    openid = (await control<{ openid: string }>(fake, 'login', {})).openid
    token = (await post(fake, '/cgi-bin/stable_token', { grant_type: 'client_credential', appid: fake.state.appId, secret: fake.state.secret })).access_token as string
  })
  const send = (body: object = {}, t = token) => post(fake, `/cgi-bin/message/subscribe/send?access_token=${t}`, { touser: openid, template_id: HEARING_TEMPLATE, data: hearingData, ...body })

  it('adds one credit per accept and lets exactly that many sends through', async () => {
    await control(fake, 'subscribe', { openid, templateIds: [HEARING_TEMPLATE] })
    await control(fake, 'subscribe', { openid, templateIds: [HEARING_TEMPLATE] })
    const { credits } = await control<{ credits: { credits: number }[] }>(fake, `credits?openid=${openid}`)
    assert.equal(credits[0]!.credits, 2)
    assert.equal((await send()).errcode, 0)
    assert.equal((await send()).errcode, 0)
    assert.equal((await send()).errcode, 43101)
    assert.equal(fake.state.inbox.length, 2)
  })

  it('keeps credits per template: a credit for one template does not pay for another', async () => {
    await control(fake, 'templates', { templateId: 'TPL_other', title: '举证期限提醒', keywords: { thing1: 'thing' } })
    await control(fake, 'subscribe', { openid, templateIds: ['TPL_other'] })
    assert.equal((await send()).errcode, 43101)
  })

  it('answers 47003 naming the keyword, without spending a credit, for a 21-character thing', async () => {
    await control(fake, 'subscribe', { openid, templateIds: [HEARING_TEMPLATE] })
    const r = await send({ data: { ...hearingData, thing3: { value: '一'.repeat(21) } } })
    assert.equal(r.errcode, 47003)
    assert.match(r.errmsg as string, /data\.thing3\.value/)
    assert.equal(fake.state.getCredits(openid, HEARING_TEMPLATE), 1)
  })

  it('answers 47003 for a time keyword that is not a date or time', async () => {
    await control(fake, 'subscribe', { openid, templateIds: [HEARING_TEMPLATE] })
    assert.equal((await send({ data: { ...hearingData, time2: { value: '下周一' } } })).errcode, 47003)
    assert.equal((await send({ data: { ...hearingData, time2: { value: '2026-03-09 09:30' } } })).errcode, 0)
  })

  it('answers 40001 for an unknown token, 42001 for an expired one and 41001 for none', async () => {
    assert.equal((await send({}, 'bogus')).errcode, 40001)
    await control(fake, 'tokens/expire', {})
    assert.equal((await send()).errcode, 42001)
    assert.equal((await post(fake, '/cgi-bin/message/subscribe/send', {})).errcode, 41001)
  })

  it('checks the page against the registered page list, ignoring its query', async () => {
    await control(fake, 'subscribe', { openid, templateIds: [HEARING_TEMPLATE], count: 2 })
    await control(fake, 'pages', { pages: ['pages/case/index'] })
    assert.equal((await send({ page: 'pages/case/index?id=1' })).errcode, 0)
    assert.equal((await send({ page: 'pages/missing/index' })).errcode, 41030)
  })

  it('shows a delivered message on the HTML inbox with Chinese labels and escaped values', async () => {
    await control(fake, 'subscribe', { openid, templateIds: [HEARING_TEMPLATE] })
    await send({ data: { ...hearingData, thing4: { value: '<b>法院</b>' } } })
    const html = await (await fetch(`${fake.url}/__fake/inbox`)).text()
    assert.match(html, /服务通知收件箱/)
    assert.match(html, /开庭提醒/)
    assert.match(html, /2026年3月9日 09:30/)
    assert.match(html, /&lt;b&gt;法院&lt;\/b&gt;/)
    const inbox = await control<{ total: number; messages: { openid: string }[] }>(fake, `inbox.json?openid=${openid}`)
    assert.equal(inbox.total, 1)
  })

  it('refuses to add credits for a template it does not know', async () => {
    const res = await fetch(`${fake.url}/__fake/subscribe`, { method: 'POST', body: JSON.stringify({ openid, templateIds: ['TPL_nope'] }) })
    assert.equal(res.status, 400)
  })
})

describe('fake WeChat: faults', () => {
  let fake: FakeWechat
  before(async () => { fake = await startFakeWechat() })
  after(() => fake.close())

  async function errcodes(seed: number, n: number): Promise<unknown[]> {
    await control(fake, 'faults', { busy: 0.3, quota: 0.2, seed })
    const out: unknown[] = []
    for (let i = 0; i < n; i++) out.push((await post(fake, '/cgi-bin/message/subscribe/send?access_token=none', {})).errcode)
    return out
  }

  it('injects the same fault sequence for the same seed, and roughly the asked-for mix', async () => {
    const a = await errcodes(42, 200)
    const b = await errcodes(42, 200)
    assert.deepEqual(a, b)
    const busy = a.filter((c) => c === -1).length
    const quota = a.filter((c) => c === 45009).length
    assert.ok(busy > 35 && busy < 85, `busy ${busy}`)
    assert.ok(quota > 20 && quota < 60, `quota ${quota}`)
    assert.ok(a.includes(40001), 'the rest reach the real handler')
  })

  it('delays answers by latencyMs using timers, serving concurrent requests in parallel', async () => {
    await control(fake, 'faults', { latencyMs: 100 })
    const started = performance.now()
    await Promise.all(Array.from({ length: 50 }, () => post(fake, '/cgi-bin/message/subscribe/send?access_token=none', {})))
    const elapsed = performance.now() - started
    await control(fake, 'faults', { latencyMs: 0 })
    // Serially the 50 would take 5 s; the bound leaves room for a busy 2-core machine.
    assert.ok(elapsed >= 100 && elapsed < 3000, `elapsed ${elapsed}`)
  })

  it('closes promptly even while a hung request is open', async () => {
    const f = await startFakeWechat()
    await control(f, 'faults', { hang: 1 })
    const hung = fetch(`${f.url}/cgi-bin/message/subscribe/send?access_token=x`, { method: 'POST', body: '{}' }).catch(() => 'closed')
    await new Promise((r) => setTimeout(r, 50))
    await f.close()
    assert.equal(await hung, 'closed')
  })
})

describe('fake WeChat: getwxacodeunlimit and the control API', () => {
  let fake: FakeWechat
  let token: string
  before(async () => {
    fake = await startFakeWechat()
    token = (await post(fake, '/cgi-bin/stable_token', { grant_type: 'client_credential', appid: fake.state.appId, secret: fake.state.secret })).access_token as string
  })
  after(() => fake.close())

  it('answers 40169 for a 33-character scene or one with %, and a PNG for a valid one', async () => {
    const qr = (body: object) => fetch(`${fake.url}/wxa/getwxacodeunlimit?access_token=${token}`, { method: 'POST', body: JSON.stringify(body) })
    assert.equal(((await (await qr({ scene: 'a'.repeat(33) })).json()) as { errcode: number }).errcode, 40169)
    assert.equal(((await (await qr({ scene: 'a%20b' })).json()) as { errcode: number }).errcode, 40169)
    const ok = await qr({ scene: 'a'.repeat(32) })
    assert.equal(ok.headers.get('content-type'), 'image/png')
    assert.deepEqual([...new Uint8Array(await ok.arrayBuffer()).subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47])
  })

  it('rejects a fault probability above 1 and an unknown token errcode with 400', async () => {
    for (const body of [{ busy: 1.5 }, { tokenErrcode: 12345 }, { latencyMs: -1 }]) {
      const res = await fetch(`${fake.url}/__fake/faults`, { method: 'POST', body: JSON.stringify(body) })
      assert.equal(res.status, 400, JSON.stringify(body))
    }
  })

  it('forgets credits, templates and the inbox on reset', async () => {
    await control(fake, 'templates', { templateId: 'T', keywords: { thing1: 'thing' } })
    await control(fake, 'subscribe', { openid: 'oX', templateIds: ['T'] })
    await control(fake, 'reset', {})
    assert.deepEqual(await control(fake, 'credits'), { credits: [] })
    assert.deepEqual(await control(fake, 'templates'), { templates: [] })
  })
})
