import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { startFakeWechat, type FakeWechat } from '../../src/fakeWechat/index.ts'
import { clientFor, control } from './support.ts'

describe('WechatClient.code2Session against the stand-in', () => {
  let fake: FakeWechat
  before(async () => { fake = await startFakeWechat() })
  after(() => fake.close())
  const login = (openid?: string) => control<{ code: string; openid: string }>(fake, 'login', openid ? { openid } : {})

  it('exchanges a fresh code for the openid and never exposes session_key', async () => {
    const { code, openid } = await login('oUserA000000000000000000000')
    const r = await clientFor(fake).code2Session(code)
    assert.deepEqual(r, { ok: true, openid })
  })

  it('refuses a code used twice with 40163', async () => {
    const { code } = await login()
    const client = clientFor(fake)
    assert.equal((await client.code2Session(code)).ok, true)
    const again = await client.code2Session(code)
    assert.equal(!again.ok && again.errcode, 40163)
  })

  it('refuses an unknown code with 40029, reading the JSON that comes as text/plain', async () => {
    const res = await fetch(`${fake.url}/sns/jscode2session?appid=${fake.state.appId}&secret=${fake.state.secret}&js_code=nope&grant_type=authorization_code`)
    assert.equal(res.headers.get('content-type'), 'text/plain')
    const r = await clientFor(fake).code2Session('nope')
    assert.equal(!r.ok && r.errcode, 40029)
  })

  it('refuses a code older than five minutes with 40029', async () => {
    const { code } = await login()
    await control(fake, 'clock', { advanceMs: 5 * 60_000 + 1 })
    try {
      const r = await clientFor(fake).code2Session(code)
      assert.equal(!r.ok && r.errcode, 40029)
    } finally {
      await control(fake, 'clock', { advanceMs: -(5 * 60_000 + 1) })
    }
  })

  it('reports a wrong secret as 40125', async () => {
    const { code } = await login()
    const r = await clientFor(fake, { secret: 'wrong' }).code2Session(code)
    assert.equal(!r.ok && r.errcode, 40125)
  })

  it('reports an unreachable server as errcode -1 instead of throwing', async () => {
    const r = await clientFor(fake, { baseUrl: 'http://127.0.0.1:1' }).code2Session('x')
    assert.equal(!r.ok && r.errcode, -1)
  })
})
